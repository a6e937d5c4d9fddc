import {
  CredentialsError,
  defaultSessionName,
  resolveCredentials,
  type CredentialDeps
} from '../../src/action/credentials.js'
import type { AssumeRoleWithWebIdentityRequest } from '../../src/clients/sts.js'
import { StsError } from '../../src/clients/sts.js'

const role = 'arn:aws:iam::123456789012:role/ami-builder'
const oidcEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token?x=1',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2'
}
const issued = {
  accessKeyId: 'ASIAEXAMPLEKEY',
  secretAccessKey: 'secret-access-key',
  sessionToken: 'session-token'
}

function world(options: { env?: Record<string, string>; tokenFailures?: number; sts?: unknown[] }) {
  const events: string[] = []
  const requests: AssumeRoleWithWebIdentityRequest[] = []
  const sleeps: number[] = []
  let tokenFailures = options.tokenFailures ?? 0
  const stsAnswers = [...(options.sts ?? [])]
  const deps: CredentialDeps = {
    env: options.env ?? oidcEnv,
    getIDToken: async audience => {
      events.push(`token for ${audience}`)
      if (tokenFailures-- > 0) throw new Error('Error message: Failed to get ID Token. 503')
      return 'oidc-jwt'
    },
    assumeRole: async request => {
      requests.push(request)
      events.push('assume')
      const answer = stsAnswers.shift()
      if (answer instanceof Error) throw answer
      return issued
    },
    mask: secret => events.push(`mask ${secret}`),
    sleep: async ms => {
      sleeps.push(ms)
    },
    info: () => {}
  }
  return { deps, events, requests, sleeps }
}

const inputs = {
  roleToAssume: role,
  awsRegion: 'eu-west-1',
  roleSessionName: undefined,
  roleDurationSeconds: 3600,
  audience: 'sts.amazonaws.com'
}

describe('credentials for a build', () => {
  it('uses the default credential chain when no role is given', async () => {
    const { deps, events } = world({})
    expect(await resolveCredentials({ ...inputs, roleToAssume: undefined }, deps)).toBeUndefined()
    expect(events).toEqual([])
  })

  it('trades the OIDC token for role credentials in aws-region and masks them at once', async () => {
    const { deps, events, requests } = world({})

    expect(await resolveCredentials(inputs, deps)).toEqual(issued)
    expect(requests).toEqual([
      {
        region: 'eu-west-1',
        roleArn: role,
        sessionName: 'ami-build-4242-2',
        durationSeconds: 3600,
        webIdentityToken: 'oidc-jwt'
      }
    ])
    expect(events).toEqual([
      'token for sts.amazonaws.com',
      'mask oidc-jwt',
      'assume',
      'mask ASIAEXAMPLEKEY',
      'mask secret-access-key',
      'mask session-token'
    ])
  })

  it('says to add the id-token permission when the job has none', async () => {
    const { deps } = world({ env: { GITHUB_RUN_ID: '1' } })
    const attempt = resolveCredentials(inputs, deps)
    await expect(attempt).rejects.toThrow(CredentialsError)
    await expect(resolveCredentials(inputs, deps)).rejects.toThrow(
      'add `permissions: id-token: write` to the job'
    )
  })

  it('asks for aws-region when a role is to be assumed and no region is known', async () => {
    const { deps } = world({})
    await expect(resolveCredentials({ ...inputs, awsRegion: undefined }, deps)).rejects.toThrow(
      'Input `aws-region` is required with `role-to-assume`'
    )
  })

  it('retries getting the token with growing pauses, then succeeds', async () => {
    const { deps, sleeps } = world({ tokenFailures: 2 })
    expect(await resolveCredentials(inputs, deps)).toEqual(issued)
    expect(sleeps).toHaveLength(2)
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] * 0.9)
  })

  it('gives up on the token after five attempts with GitHub’s reason', async () => {
    const { deps, sleeps } = world({ tokenFailures: 10 })
    await expect(resolveCredentials(inputs, deps)).rejects.toThrow(
      'Could not get an OIDC token from GitHub: Failed to get ID Token. 503'
    )
    expect(sleeps).toHaveLength(4)
  })

  it('retries a passing STS hiccup but not a refused role, which it explains', async () => {
    const hiccup = world({ sts: [new StsError('IDPCommunicationError', 'try later')] })
    expect(await resolveCredentials(inputs, hiccup.deps)).toEqual(issued)
    expect(hiccup.requests).toHaveLength(2)

    const refused = world({ sts: [new StsError('AccessDenied', 'Not authorized')] })
    await expect(resolveCredentials(inputs, refused.deps)).rejects.toThrow(
      `STS refused to let this workflow assume ${role}: Not authorized. Check that the role's trust policy`
    )
    expect(refused.requests).toHaveLength(1)
  })
})

describe('the default role session name', () => {
  it('is derived from the run and stays within STS’s characters and length', () => {
    expect(defaultSessionName({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '1' })).toBe(
      'ami-build-123-1'
    )
    expect(defaultSessionName({})).toBe('ami-build')
    expect(defaultSessionName({ GITHUB_RUN_ID: 'a b/c'.repeat(20) })).toMatch(/^[\w+=,.@-]{2,64}$/)
  })
})
