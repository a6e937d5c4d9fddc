import { AwsError } from './aws-error.js'
import type { CredentialStore, Identity } from './credentials.js'
import type { OidcProvider } from './oidc.js'
import type { Params } from './query.js'
import type { XmlObject } from './xml.js'

export interface StsContext {
  params: Params
  caller: Identity | undefined
  now: number
  store: CredentialStore
  oidc: OidcProvider
  accountId: string
  roleArn: string
  audience: string
  defaultDurationSeconds: number
}

export const STS_ACTIONS = new Set(['AssumeRoleWithWebIdentity', 'GetCallerIdentity'])
/** Actions AWS accepts without a signature: the token itself is the credential. */
export const UNSIGNED_STS_ACTIONS = new Set(['AssumeRoleWithWebIdentity'])

export function handleSts(action: string, ctx: StsContext): XmlObject {
  switch (action) {
    case 'AssumeRoleWithWebIdentity':
      return assumeRoleWithWebIdentity(ctx)
    case 'GetCallerIdentity': {
      const caller = ctx.caller
      if (!caller)
        throw new AwsError(
          'MissingAuthenticationToken',
          'Request is missing Authentication Token',
          403
        )
      return { UserId: caller.userId, Account: caller.accountId, Arn: caller.arn }
    }
    default:
      throw new AwsError(
        'InvalidAction',
        `Could not find operation ${action} for version 2011-06-15`,
        400
      )
  }
}

function assumeRoleWithWebIdentity(ctx: StsContext): XmlObject {
  const { params } = ctx
  const roleArn = params.require('RoleArn')
  const sessionName = params.require('RoleSessionName')
  const token = params.require('WebIdentityToken')
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: ` +
        'Member must satisfy regular expression pattern: [\\w+=,.@-]*',
      400
    )
  }
  const duration = params.int('DurationSeconds')
  if (duration !== undefined && (duration < 900 || duration > 43200)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: ` +
        'Member must have value greater than or equal to 900',
      400
    )
  }
  const claims = ctx.oidc.verify(token, ctx.audience, ctx.now)
  if (roleArn !== ctx.roleArn) {
    throw new AwsError(
      'AccessDenied',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      403
    )
  }
  const seconds = duration ?? ctx.defaultDurationSeconds
  const expiresAt = ctx.now + seconds * 1000
  const { identity, roleId } = ctx.store.session(ctx.accountId, roleArn, sessionName, expiresAt)
  return {
    Credentials: {
      AccessKeyId: identity.accessKeyId,
      SecretAccessKey: identity.secretAccessKey,
      SessionToken: identity.sessionToken,
      Expiration: new Date(expiresAt)
    },
    SubjectFromWebIdentityToken: claims.sub,
    AssumedRoleUser: { Arn: identity.arn, AssumedRoleId: `${roleId}:${sessionName}` },
    PackedPolicySize: 0,
    Provider: claims.iss,
    Audience: claims.aud
  }
}
