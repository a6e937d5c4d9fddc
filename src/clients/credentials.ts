/**
 * Where a build's AWS credentials come from, in order: those it was given (the action's OIDC
 * role), the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, unless
 * AWS_PROFILE names a profile), else the SDK's default chain (profiles, SSO, web identity token
 * file, container and instance metadata). The chain is loaded only then: it is most of the SDK's
 * credential code. Credentials with an expiration are fetched again shortly before it.
 */
import type { AwsCredentials } from '../engine/api.js'
import type { Env } from './endpoints.js'

/** Credentials to sign a request to `region` with. */
export type CredentialSource = (region: string) => Promise<AwsCredentials>

/** The SDK's own margin: credentials this close to expiring count as expired. */
const REFRESH_BEFORE_MS = 5 * 60_000

export function credentialSource(
  given?: AwsCredentials,
  env: Env = process.env,
  loadChain: () => Promise<CredentialSource> = loadDefaultChain
): CredentialSource {
  const fixed = given ?? fromEnv(env)
  if (fixed) return async () => fixed
  let chain: Promise<CredentialSource> | undefined
  let current: Promise<AwsCredentials> | undefined
  let expiresAt = Infinity
  return region => {
    if (current && Date.now() < expiresAt - REFRESH_BEFORE_MS) return current
    chain ??= loadChain()
    current = chain
      .then(provider => provider(region))
      .then(credentials => {
        expiresAt = credentials.expiration?.getTime() ?? Infinity
        return credentials
      })
    // A failure is not remembered: the next request asks the chain again.
    current.catch(() => (current = undefined))
    return current
  }
}

function fromEnv(env: Env): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY
  if (env.AWS_PROFILE || !accessKeyId || !secretAccessKey) return undefined
  const expiration = env.AWS_CREDENTIAL_EXPIRATION
  return {
    accessKeyId,
    secretAccessKey,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    ...(expiration ? { expiration: new Date(expiration) } : {})
  }
}

async function loadDefaultChain(): Promise<CredentialSource> {
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node')
  const provider = defaultProvider()
  return async region => {
    // The region is for the chain's own STS calls (a web identity token file, SSO).
    const found = await provider({ callerClientConfig: { region: async () => region } })
    return {
      accessKeyId: found.accessKeyId,
      secretAccessKey: found.secretAccessKey,
      ...(found.sessionToken ? { sessionToken: found.sessionToken } : {}),
      ...(found.expiration ? { expiration: found.expiration } : {})
    }
  }
}
