/**
 * OIDC → STS against the emulator: GitHub's token endpoint and AssumeRoleWithWebIdentity, over
 * real HTTP on loopback, through @actions/core and the AWS SDK as the action uses them.
 */
import { jest } from '@jest/globals'
import { githubCredentialDeps, resolveCredentials } from '../../src/action/credentials.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'

let emulator: Emulator
const saved = { ...process.env }

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant' })
})

afterAll(async () => {
  await emulator.stop()
})

beforeEach(() => {
  // @actions/core masks the token on stdout as the runner expects; keep it out of the test log.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(() => {
  jest.restoreAllMocks()
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

function jobWithIdTokenPermission(): void {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = emulator.oidc.requestUrl
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = emulator.oidc.requestToken
  process.env.AWS_ENDPOINT_URL = emulator.endpoint
  // No ambient credentials: the role's are the only ones.
  delete process.env.AWS_ACCESS_KEY_ID
  delete process.env.AWS_SECRET_ACCESS_KEY
}

const inputs = () => ({
  roleToAssume: emulator.roleArn,
  awsRegion: 'us-east-1',
  roleSessionName: 'ami-build-test',
  roleDurationSeconds: 900,
  audience: emulator.oidc.audience
})

describe('role credentials from GitHub’s OIDC token', () => {
  it('are issued by STS for the role, and STS saw the session name', async () => {
    jobWithIdTokenPermission()
    const masked: string[] = []

    const credentials = await resolveCredentials(inputs(), {
      ...githubCredentialDeps,
      env: process.env,
      mask: secret => masked.push(secret),
      info: () => {}
    })

    expect(credentials?.accessKeyId).toMatch(/^ASIA/)
    expect(masked).toEqual(
      expect.arrayContaining([
        credentials!.accessKeyId,
        credentials!.secretAccessKey,
        credentials!.sessionToken
      ])
    )
    const assume = emulator.calls().filter(call => call.action === 'AssumeRoleWithWebIdentity')
    expect(assume).toHaveLength(1)
    expect(assume[0]).toMatchObject({
      service: 'sts',
      status: 200,
      params: expect.objectContaining({
        RoleArn: emulator.roleArn,
        RoleSessionName: 'ami-build-test',
        DurationSeconds: '900'
      })
    })
  })

  it('explain a token for the wrong audience instead of failing obscurely', async () => {
    jobWithIdTokenPermission()

    await expect(
      resolveCredentials(
        { ...inputs(), audience: 'not-sts' },
        { ...githubCredentialDeps, env: process.env, info: () => {}, sleep: async () => {} }
      )
    ).rejects.toThrow(
      `STS did not accept GitHub's OIDC token for ${emulator.roleArn}: Incorrect token audience. Check that the account has the OIDC provider`
    )
  })
})
