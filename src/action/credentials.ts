/**
 * AWS credentials for a build. With `role-to-assume`: GitHub's OIDC token, traded with STS
 * AssumeRoleWithWebIdentity (in `aws-region`), masked the moment it exists. Without it: nothing
 * here, and the SDK's default credential chain (environment, instance profile) applies.
 */
import * as workflow from './workflow.js'
import type { AwsCredentials } from '../engine/api.js'
import type { AssumeRoleWithWebIdentityRequest } from '../clients/sts.js'
import { InputError, type ActionInputs } from './inputs.js'

export interface CredentialDeps {
  env: Record<string, string | undefined>
  getIDToken(audience: string): Promise<string>
  assumeRole(request: AssumeRoleWithWebIdentityRequest): Promise<AwsCredentials>
  mask(secret: string): void
  sleep(ms: number): Promise<void>
  info(message: string): void
}

export const githubCredentialDeps: CredentialDeps = {
  env: process.env,
  // The one use of @actions/core: its OIDC client brings an HTTP stack (undici, ~1 MB) that only a
  // build with `role-to-assume` needs, so it is loaded here and never on the validate path.
  getIDToken: async audience => (await import('@actions/core')).getIDToken(audience),
  assumeRole: async request => {
    const { assumeRoleWithWebIdentity } = await import('../clients/sts.js')
    return assumeRoleWithWebIdentity(request)
  },
  mask: secret => workflow.setSecret(secret),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  info: message => workflow.info(message)
}

/** A failure to get credentials that the user fixes in the workflow or in IAM. */
export class CredentialsError extends InputError {
  override name = 'CredentialsError'
}

const ATTEMPTS = 5
const FIRST_BACKOFF_MS = 1000
// STS answers these when it (or GitHub's JWKS endpoint behind it) has a moment of trouble; a
// refused role (AccessDenied) or a bad token is not going to change by asking again.
const RETRYABLE_STS = new Set([
  'IDPCommunicationError',
  'Throttling',
  'ThrottlingException',
  'ServiceUnavailable',
  'InternalFailure',
  'TimeoutError',
  'ECONNRESET'
])

export async function resolveCredentials(
  inputs: Pick<
    ActionInputs,
    'roleToAssume' | 'awsRegion' | 'roleSessionName' | 'roleDurationSeconds' | 'audience'
  >,
  deps: CredentialDeps = githubCredentialDeps
): Promise<AwsCredentials | undefined> {
  if (!inputs.roleToAssume) return undefined
  const region = inputs.awsRegion ?? deps.env.AWS_REGION ?? deps.env.AWS_DEFAULT_REGION
  if (!region) {
    throw new CredentialsError(
      'Input `aws-region` is required with `role-to-assume`: STS is called in that region.'
    )
  }
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new CredentialsError(
      'The job cannot get an OIDC token, which `role-to-assume` needs: add `permissions: id-token: write` to the job (or the workflow).'
    )
  }

  const token = await retry(
    'get the OIDC token from GitHub',
    () => deps.getIDToken(inputs.audience),
    () => true,
    deps
  ).catch(error => {
    throw new CredentialsError(
      `Could not get an OIDC token from GitHub: ${(error as Error).message.replace(/^Error message: /, '')}`
    )
  })
  deps.mask(token)

  const credentials = await retry(
    `assume ${inputs.roleToAssume}`,
    () =>
      deps.assumeRole({
        region,
        roleArn: inputs.roleToAssume!,
        sessionName: inputs.roleSessionName ?? defaultSessionName(deps.env),
        durationSeconds: inputs.roleDurationSeconds,
        webIdentityToken: token
      }),
    error => RETRYABLE_STS.has((error as { code?: string }).code ?? ''),
    deps
  ).catch(error => {
    throw explainStsError(error, inputs.roleToAssume!, inputs.audience)
  })
  deps.mask(credentials.accessKeyId)
  deps.mask(credentials.secretAccessKey)
  if (credentials.sessionToken) deps.mask(credentials.sessionToken)
  deps.info(`Assumed ${inputs.roleToAssume} (credentials masked in the log).`)
  return credentials
}

/** `ami-build-<run id>-<attempt>`: findable in CloudTrail from the run, and always valid. */
export function defaultSessionName(env: Record<string, string | undefined>): string {
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-')
  return `ami-build${run ? `-${run}` : ''}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

async function retry<T>(
  what: string,
  attempt: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  deps: CredentialDeps
): Promise<T> {
  for (let number = 1; ; number++) {
    try {
      return await attempt()
    } catch (error) {
      if (number >= ATTEMPTS || !retryable(error)) throw error
      const backoff = FIRST_BACKOFF_MS * 2 ** (number - 1) * (0.5 + Math.random() / 2)
      deps.info(`Could not ${what} (${(error as Error).message}); trying again.`)
      await deps.sleep(backoff)
    }
  }
}

function explainStsError(error: unknown, roleArn: string, audience: string): Error {
  const { code, message } = error as { code?: string; message?: string }
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    return new CredentialsError(
      `STS refused to let this workflow assume ${roleArn}: ${message}. Check that the role's trust policy allows the GitHub OIDC provider (token.actions.githubusercontent.com) with this repository in the \`sub\` condition and \`${audience}\` as audience (see the README).`
    )
  }
  if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim') {
    return new CredentialsError(
      `STS did not accept GitHub's OIDC token for ${roleArn}: ${message}. Check that the account has the OIDC provider token.actions.githubusercontent.com and that \`audience\` matches its client ID.`
    )
  }
  if (code === 'ValidationError') {
    return new CredentialsError(`STS refused the request to assume ${roleArn}: ${message}`)
  }
  return error instanceof Error ? error : new Error(String(error))
}
