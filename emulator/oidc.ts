import {
  createSign,
  createVerify,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type KeyObject
} from 'node:crypto'
import { AwsError } from './aws-error.js'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface OidcClaims {
  iss: string
  aud: string
  sub: string
  exp: number
  iat: number
  nbf: number
  jti: string
  [claim: string]: unknown
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

/**
 * GitHub's OIDC provider as an Actions job sees it: a request token that authorises fetching ID
 * tokens, and RS256 JWTs signed with a key only this emulator holds.
 */
export class OidcProvider {
  readonly requestToken = randomBytes(24).toString('hex')
  private readonly privateKey: KeyObject
  private readonly publicKey: KeyObject
  private readonly keyId = randomBytes(8).toString('hex')

  constructor(private readonly tokenLifetimeSeconds = 300) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = privateKey
    this.publicKey = publicKey
  }

  issue(audience: string, nowMs: number): string {
    const now = Math.floor(nowMs / 1000)
    const claims: OidcClaims = {
      jti: randomUUID(),
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      aud: audience,
      ref: 'refs/heads/main',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      workflow: 'build',
      event_name: 'push',
      run_id: String(Date.now()),
      iss: GITHUB_ISSUER,
      nbf: now - 5,
      iat: now,
      exp: now + this.tokenLifetimeSeconds
    }
    const header = { typ: 'JWT', alg: 'RS256', kid: this.keyId }
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const signature = createSign('RSA-SHA256').update(unsigned).sign(this.privateKey)
    return `${unsigned}.${b64url(signature)}`
  }

  /** Checks a web identity token as STS does; throws the STS error for anything wrong. */
  verify(token: string, audience: string, nowMs: number): OidcClaims {
    const invalid = (why: string) => new AwsError('InvalidIdentityToken', why, 400)
    const parts = token.split('.')
    if (parts.length !== 3) throw invalid('The ID token provided is not a valid JWT.')
    let header: { alg?: string }
    let claims: OidcClaims
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'))
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    } catch {
      throw invalid('The ID token provided is not a valid JWT.')
    }
    if (header.alg !== 'RS256')
      throw invalid('The ID token is signed with an unsupported algorithm.')
    const signatureOk = createVerify('RSA-SHA256')
      .update(`${parts[0]}.${parts[1]}`)
      .verify(this.publicKey, Buffer.from(parts[2], 'base64url'))
    if (!signatureOk) throw invalid("Couldn't verify the signature of the ID token.")
    if (claims.iss !== GITHUB_ISSUER) {
      throw invalid(`No OpenIDConnect provider found in your account for ${String(claims.iss)}`)
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
    if (!audiences.includes(audience)) {
      throw invalid('Incorrect token audience')
    }
    const now = Math.floor(nowMs / 1000)
    if (typeof claims.exp !== 'number' || now >= claims.exp) {
      throw new AwsError(
        'ExpiredTokenException',
        'Token expired: current date/time must be before the expiration date/time.',
        400
      )
    }
    if (typeof claims.nbf === 'number' && now < claims.nbf)
      throw invalid('The ID token is not yet valid.')
    return claims
  }
}
