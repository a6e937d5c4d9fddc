/** STS AssumeRoleWithWebIdentity on our transport: what is sent, what is read, how errors read. */
import { assumeRoleWithWebIdentity, StsError } from '../../src/clients/sts.js'
import { cannedServer, params } from './helpers.js'

let server: Awaited<ReturnType<typeof cannedServer>>

beforeEach(async () => {
  server = await cannedServer('never')
})

afterEach(async () => {
  await server.close()
})

const request = {
  region: 'eu-west-1',
  roleArn: 'arn:aws:iam::123456789012:role/ami-builder',
  sessionName: 'ami-build-1-1',
  durationSeconds: 3600,
  webIdentityToken: 'eyJ.token.sig'
}

const assume = (signal?: AbortSignal) =>
  assumeRoleWithWebIdentity({ ...request, signal }, { env: { AWS_ENDPOINT_URL: server.endpoint } })

const stsError = (code: string, message: string) =>
  `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>` +
  `<Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`

describe('AssumeRoleWithWebIdentity', () => {
  it('sends the role, session and token unsigned, and reads the credentials', async () => {
    server.answerWith({
      status: 200,
      body:
        '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
        '<AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>' +
        '<SecretAccessKey>wJalr/secret+key</SecretAccessKey><SessionToken>FwoG&amp;token</SessionToken>' +
        '<Expiration>2030-01-01T01:00:00Z</Expiration></Credentials>' +
        '<SubjectFromWebIdentityToken>repo:org/app:ref:refs/heads/main</SubjectFromWebIdentityToken>' +
        '</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>r-1</RequestId>' +
        '</ResponseMetadata></AssumeRoleWithWebIdentityResponse>'
    })
    expect(await assume()).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'wJalr/secret+key',
      sessionToken: 'FwoG&token',
      expiration: new Date('2030-01-01T01:00:00Z')
    })
    const sent = server.requests[0]!
    expect(sent.headers.authorization).toBeUndefined()
    expect(params(sent.body)).toEqual({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: request.roleArn,
      RoleSessionName: request.sessionName,
      DurationSeconds: '3600',
      WebIdentityToken: request.webIdentityToken
    })
  })

  it.each([
    ['AccessDenied', 'AccessDenied'],
    ['InvalidIdentityToken', 'InvalidIdentityToken'],
    ['ExpiredTokenException', 'ExpiredToken'],
    ['IDPCommunicationError', 'IDPCommunicationError']
  ])('an STS %s error is an StsError with code %s', async (code, expected) => {
    server.answerWith({ status: 400, body: stsError(code, 'No &amp; no') })
    const error = await assume().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StsError)
    expect(error).toMatchObject({ code: expected, message: 'No & no' })
  })

  it('an answer without credentials is an error, not empty credentials', async () => {
    server.answerWith({
      status: 200,
      body: '<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult/></AssumeRoleWithWebIdentityResponse>'
    })
    await expect(assume()).rejects.toMatchObject({ code: 'InvalidResponse' })
  })

  it('a dropped or refused connection keeps its code, which the action retries', async () => {
    const endpoint = server.endpoint
    await server.close()
    const error = await assumeRoleWithWebIdentity(request, {
      env: { AWS_ENDPOINT_URL: endpoint }
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'StsError', code: 'ECONNREFUSED' })
    server = await cannedServer('never')
  })

  it('an abort ends the call at once', async () => {
    const controller = new AbortController()
    const call = assume(controller.signal)
    setTimeout(() => controller.abort(), 20)
    await expect(call).rejects.toMatchObject({ code: 'AbortError' })
  })
})
