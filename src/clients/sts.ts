/**
 * STS, for trading GitHub's OIDC token for role credentials. The SDK is imported on the build
 * path only; its endpoint comes from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_STS.
 */
import type { AwsCredentials } from '../engine/api.js'

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
  request: AssumeRoleWithWebIdentityRequest
): Promise<AwsCredentials> {
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts')
  // The call is authenticated by the token itself; the SDK must not go looking for credentials.
  const client = new STSClient({ region: request.region, maxAttempts: 1 })
  try {
    const answer = await client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds,
        WebIdentityToken: request.webIdentityToken
      }),
      { abortSignal: request.signal }
    )
    const credentials = answer.Credentials
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      throw new StsError('InvalidResponse', 'STS answered without credentials')
    }
    return {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
      expiration: credentials.Expiration
    }
  } catch (error) {
    if (error instanceof StsError) throw error
    const { Code, name, message } = error as { Code?: string; name?: string; message?: string }
    // The SDK names modeled errors after their class (InvalidIdentityTokenException); STS's own
    // code, which callers and the docs use, is without the suffix.
    const code = (Code ?? name ?? 'Unknown').replace(/Exception$/, '')
    throw new StsError(code, message ?? String(error))
  } finally {
    client.destroy()
  }
}
