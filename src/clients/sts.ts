/**
 * STS, for trading GitHub's OIDC token for role credentials: AssumeRoleWithWebIdentity over the
 * query protocol, unsigned (the token is the credential), on the same transport as EC2. The
 * endpoint follows AWS_ENDPOINT_URL(_STS) as the SDK does.
 */
import type { AwsCredentials } from '../engine/api.js'
import { answerXml } from './aws-error.js'
import { endpointFor } from './endpoints.js'
import { AwsHttp, type HttpOptions } from './http.js'
import { formBody } from './query.js'
import { child } from './xml.js'

export interface AssumeRoleWithWebIdentityRequest {
  region: string
  roleArn: string
  sessionName: string
  durationSeconds: number
  webIdentityToken: string
  signal?: AbortSignal
}

/** An error STS answered with: its code (e.g. AccessDenied) and message, for the caller to word. */
export class StsError extends Error {
  override name = 'StsError'
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export async function assumeRoleWithWebIdentity(
  request: AssumeRoleWithWebIdentityRequest,
  options: HttpOptions = {}
): Promise<AwsCredentials> {
  const http = new AwsHttp(options)
  try {
    const answer = await http.post({
      service: 'sts',
      region: request.region,
      endpoint: endpointFor('sts', request.region, options.env),
      body: formBody([
        ['Action', 'AssumeRoleWithWebIdentity'],
        ['Version', '2011-06-15'],
        ['RoleArn', request.roleArn],
        ['RoleSessionName', request.sessionName],
        ['DurationSeconds', String(request.durationSeconds)],
        ['WebIdentityToken', request.webIdentityToken]
      ]),
      signal: request.signal
    })
    const result = child(answerXml('sts', answer), 'AssumeRoleWithWebIdentityResult')
    const credentials = child(result, 'Credentials')
    const field = (name: string) => child(credentials, name)?.text || undefined
    const accessKeyId = field('AccessKeyId')
    const secretAccessKey = field('SecretAccessKey')
    if (!accessKeyId || !secretAccessKey) {
      throw new StsError('InvalidResponse', 'STS answered without credentials')
    }
    const sessionToken = field('SessionToken')
    const expiration = field('Expiration')
    return {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(expiration ? { expiration: new Date(expiration) } : {})
    }
  } catch (error) {
    if (error instanceof StsError) throw error
    // STS's code (a network error's, ECONNRESET), as the docs and callers name it: without the
    // `Exception` some codes carry (ExpiredTokenException), as the SDK's error classes had.
    const { Code, code, name, message } = error as {
      Code?: string
      code?: string
      name?: string
      message?: string
    }
    const stsCode = Code ?? code ?? name ?? 'Unknown'
    throw new StsError(stsCode.replace(/Exception$/, ''), message ?? String(error))
  } finally {
    http.destroy()
  }
}
