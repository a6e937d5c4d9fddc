import {
  CreateKeyPairCommand,
  DescribeKeyPairsCommand,
  DescribeRegionsCommand,
  EC2Client
} from '@aws-sdk/client-ec2'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { generateKeyPairSync, createSign } from 'node:crypto'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost } from './fake-host.js'
import { ec2Client, stsClient } from './sdk.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({
    profile: 'instant',
    instanceHost: await createFakeHost(),
    stsDefaultDurationSeconds: 1
  })
})
afterAll(() => emulator?.stop())

async function idToken(audience = 'sts.amazonaws.com', requestToken = emulator.oidc.requestToken) {
  const response = await fetch(
    `${emulator.oidc.requestUrl}&audience=${encodeURIComponent(audience)}`,
    {
      headers: { Authorization: `bearer ${requestToken}` }
    }
  )
  return { status: response.status, body: (await response.json()) as { value?: string } }
}

async function assume(token: string, roleArn = emulator.roleArn) {
  const sts = new STSClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' }
  })
  return sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: 'ami-build',
      WebIdentityToken: token
    })
  )
}

describe('signature version 4', () => {
  it('accepts the root credentials it issued', async () => {
    const { Regions = [] } = await ec2Client(emulator).send(new DescribeRegionsCommand({}))
    expect(Regions.length).toBeGreaterThanOrEqual(7)
  })

  it('refuses an access key it never issued, with each service’s own code', async () => {
    const stranger = {
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    }
    await expect(
      ec2Client(emulator, 'us-east-1', stranger).send(new DescribeRegionsCommand({}))
    ).rejects.toMatchObject({
      name: 'AuthFailure',
      $metadata: { httpStatusCode: 401 }
    })
    await expect(
      stsClient(emulator, stranger).send(new GetCallerIdentityCommand({}))
    ).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
      $metadata: { httpStatusCode: 403 }
    })
  })

  it('refuses a wrong secret and a body changed after signing as SignatureDoesNotMatch', async () => {
    const wrongSecret = {
      ...emulator.credentials,
      secretAccessKey: emulator.credentials.secretAccessKey.replace(/.$/, 'x') + 'y'
    }
    await expect(
      ec2Client(emulator, 'us-east-1', wrongSecret).send(new DescribeRegionsCommand({}))
    ).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 }
    })
    const inner = new NodeHttpHandler()
    const tampering = new EC2Client({
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials: emulator.credentials,
      maxAttempts: 1,
      requestHandler: {
        handle: (request, options) => {
          request.body = String(request.body).replace('KeyName=mine', 'KeyName=evil')
          return inner.handle(request, options)
        }
      } as NodeHttpHandler
    })
    await expect(
      tampering.send(new CreateKeyPairCommand({ KeyName: 'mine' }))
    ).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' })
    expect(emulator.ledger().resources.filter(r => r.name === 'evil')).toEqual([])
  })

  it('refuses an unsigned EC2 request', async () => {
    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeRegions&Version=2016-11-15'
    })
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('<Code>AuthFailure</Code>')
  })

  it('takes the region from the credential scope: each region has its own resources', async () => {
    await ec2Client(emulator, 'eu-west-1').send(
      new CreateKeyPairCommand({ KeyName: 'only-in-ireland' })
    )
    await expect(
      ec2Client(emulator, 'us-east-1').send(
        new DescribeKeyPairsCommand({ KeyNames: ['only-in-ireland'] })
      )
    ).rejects.toMatchObject({
      name: 'InvalidKeyPair.NotFound'
    })
    const { KeyPairs = [] } = await ec2Client(emulator, 'eu-west-1').send(
      new DescribeKeyPairsCommand({ KeyNames: ['only-in-ireland'] })
    )
    expect(KeyPairs).toHaveLength(1)
    expect(emulator.calls().at(-1)).toMatchObject({
      region: 'eu-west-1',
      action: 'DescribeKeyPairs'
    })
  })
})

describe('GitHub OIDC → STS → EC2', () => {
  it('issues an ID token only for the request token, and @actions/core can fetch it', async () => {
    expect(emulator.oidc.requestUrl).toContain('?')
    expect((await idToken('sts.amazonaws.com', 'wrong')).status).toBe(401)
    const saved = {
      url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    }
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = emulator.oidc.requestUrl
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = emulator.oidc.requestToken
    try {
      const core = await import('@actions/core')
      const jwt = await core.getIDToken('sts.amazonaws.com')
      const claims = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString())
      expect(claims).toMatchObject({
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'sts.amazonaws.com'
      })
    } finally {
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token
    }
  })

  it('exchanges the token for temporary credentials that sign EC2 calls as the assumed role, and then expire', async () => {
    const { body } = await idToken()
    const { Credentials, AssumedRoleUser } = await assume(body.value!)
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/)
    expect(AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/ami-builder/ami-build'
    )
    const temporary = {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!
    }

    const identity = await stsClient(emulator, temporary).send(new GetCallerIdentityCommand({}))
    expect(identity.Arn).toBe(AssumedRoleUser?.Arn)
    await ec2Client(emulator, 'us-east-1', temporary).send(new DescribeRegionsCommand({}))
    expect(emulator.calls().at(-1)?.caller).toEqual({
      accessKeyId: temporary.accessKeyId,
      arn: AssumedRoleUser!.Arn
    })
    const assumeCall = emulator.calls().find(c => c.action === 'AssumeRoleWithWebIdentity')
    expect(assumeCall?.params.WebIdentityToken).toBe('***')

    await expect(
      ec2Client(emulator, 'us-east-1', { ...temporary, sessionToken: 'forged' }).send(
        new DescribeRegionsCommand({})
      )
    ).rejects.toMatchObject({
      name: 'AuthFailure'
    })
    // stsDefaultDurationSeconds is 1 in this suite.
    await new Promise(resolve =>
      setTimeout(resolve, Math.max(0, Credentials!.Expiration!.getTime() - Date.now()) + 50)
    )
    await expect(
      ec2Client(emulator, 'us-east-1', temporary).send(new DescribeRegionsCommand({}))
    ).rejects.toMatchObject({
      name: 'RequestExpired'
    })
    await expect(
      stsClient(emulator, temporary).send(new GetCallerIdentityCommand({}))
    ).rejects.toMatchObject({ name: 'ExpiredToken' })
  })

  it('refuses a token for another audience, another role, or signed by someone else', async () => {
    const other = await idToken('api://elsewhere')
    await expect(assume(other.body.value!)).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException'
    })
    const good = await idToken()
    await expect(
      assume(good.body.value!, 'arn:aws:iam::123456789012:role/admin')
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 }
    })
    const [header, payload] = good.body.value!.split('.')
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const forged = `${header}.${payload}.${createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey).toString('base64url')}`
    await expect(assume(forged)).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' })
  })

  it('speaks the JSON protocol to SDKs that ask for it with X-Amz-Target', async () => {
    const { body } = await idToken()
    const call = (payload: object) =>
      fetch(emulator.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'AWSSecurityTokenServiceV20110615.AssumeRoleWithWebIdentity'
        },
        body: JSON.stringify(payload)
      })
    const ok = await call({
      RoleArn: emulator.roleArn,
      RoleSessionName: 'json',
      WebIdentityToken: body.value
    })
    expect(ok.status).toBe(200)
    const answer = (await ok.json()) as { Credentials: { AccessKeyId: string; Expiration: number } }
    expect(answer.Credentials.AccessKeyId).toMatch(/^ASIA/)
    expect(typeof answer.Credentials.Expiration).toBe('number')
    const refused = await call({
      RoleArn: emulator.roleArn,
      RoleSessionName: 'json',
      WebIdentityToken: 'x.y.z'
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('x-amzn-query-error')).toBe('InvalidIdentityToken;Sender')
    expect(await refused.json()).toMatchObject({ __type: 'InvalidIdentityToken' })
  })
})
