import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { AwsError } from './aws-error.js'
import type { CredentialStore, Identity } from './credentials.js'

/** What a verified Signature Version 4 tells the emulator: who signed, for which region/service. */
export interface SignedBy {
  identity: Identity
  region: string
  service: string
}

const MAX_SKEW_MS = 15 * 60 * 1000

/** The codes AWS answers with differ by service: EC2 says AuthFailure, STS InvalidClientTokenId. */
function refusal(service: string, kind: 'unknown' | 'signature' | 'expired' | 'skew') {
  const ec2 = service === 'ec2'
  switch (kind) {
    case 'unknown':
      return ec2
        ? new AwsError(
            'AuthFailure',
            'AWS was not able to validate the provided access credentials',
            401
          )
        : new AwsError(
            'InvalidClientTokenId',
            'The security token included in the request is invalid.',
            403
          )
    case 'signature':
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. ' +
          'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        403
      )
    case 'expired':
      // EC2 reports expired temporary credentials as RequestExpired; STS (like most services) as
      // ExpiredToken. Both SDKs treat either as "refresh the credentials".
      return ec2
        ? new AwsError('RequestExpired', 'Request has expired.', 400)
        : new AwsError('ExpiredToken', 'The security token included in the request is expired', 400)
    case 'skew':
      return ec2
        ? new AwsError('RequestExpired', 'Request has expired.', 400)
        : new AwsError(
            'SignatureDoesNotMatch',
            'Signature expired: the request time is too skewed.',
            403
          )
  }
}

export const sha256Hex = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex')

const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest()

/** RFC 3986 encoding as SigV4 wants it (unreserved characters kept, everything else %XX). */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function canonicalQuery(search: string): string {
  if (!search) return ''
  const pairs: Array<[string, string]> = []
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue
    const [k, v = ''] = part.split('=')
    pairs.push([
      uriEncode(decodeURIComponent(k.replace(/\+/g, ' '))),
      uriEncode(decodeURIComponent(v.replace(/\+/g, ' ')))
    ])
  }
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
  return pairs.map(([k, v]) => `${k}=${v}`).join('&')
}

function canonicalPath(path: string): string {
  const segments = path.split('/').map(s => uriEncode(decodeURIComponent(s)))
  return segments.join('/') || '/'
}

/** Header values as SigV4 canonicalises them, from the raw headers (repeats joined by commas). */
function headerValues(request: IncomingMessage): Map<string, string> {
  const values = new Map<string, string[]>()
  const raw = request.rawHeaders
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase()
    const value = raw[i + 1].trim().replace(/\s+/g, ' ')
    values.set(name, [...(values.get(name) ?? []), value])
  }
  return new Map([...values].map(([k, v]) => [k, v.join(',')]))
}

function parseAuthorization(
  header: string
): { credential: string; signedHeaders: string[]; signature: string } | undefined {
  const match = /^AWS4-HMAC-SHA256\s+(.*)$/.exec(header.trim())
  if (!match) return undefined
  const fields: Record<string, string> = {}
  for (const part of match[1].split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  if (!fields.Credential || !fields.SignedHeaders || !fields.Signature) return undefined
  return {
    credential: fields.Credential,
    signedHeaders: fields.SignedHeaders.split(';'),
    signature: fields.Signature
  }
}

function parseAmzDate(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!m) return NaN
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])
}

/**
 * Verifies a request signed with SigV4 in the Authorization header. Returns undefined for an
 * unsigned request (the caller decides whether the action allows that); throws the AwsError AWS
 * would answer for anything wrong.
 */
export function verifySignature(
  request: IncomingMessage,
  body: Buffer,
  store: CredentialStore,
  now: number,
  serviceHint: string
): SignedBy | undefined {
  const header = request.headers.authorization
  if (!header) return undefined
  const auth = parseAuthorization(header)
  if (!auth) {
    throw new AwsError(
      'IncompleteSignature',
      `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature'.`,
      400
    )
  }
  const [accessKeyId, date, region, service, terminator] = auth.credential.split('/')
  if (!accessKeyId || !date || !region || !service || terminator !== 'aws4_request') {
    throw new AwsError(
      'IncompleteSignature',
      `Credential should be scoped to a valid region, not '${region ?? ''}'.`,
      400
    )
  }
  const identity = store.get(accessKeyId)
  if (!identity) throw refusal(service || serviceHint, 'unknown')

  const headers = headerValues(request)
  const amzDate = headers.get('x-amz-date') ?? ''
  const signedAt = parseAmzDate(amzDate)
  if (Number.isNaN(signedAt) || amzDate.slice(0, 8) !== date) throw refusal(service, 'signature')
  if (Math.abs(now - signedAt) > MAX_SKEW_MS) throw refusal(service, 'skew')

  if (identity.sessionToken !== undefined) {
    const token = headers.get('x-amz-security-token')
    if (token !== identity.sessionToken) throw refusal(service, 'unknown')
  }

  const bodyHash = sha256Hex(body)
  const declared = headers.get('x-amz-content-sha256')
  if (declared !== undefined && declared !== 'UNSIGNED-PAYLOAD' && declared !== bodyHash) {
    throw refusal(service, 'signature')
  }
  const payloadHash = declared ?? bodyHash

  const url = new URL(request.url ?? '/', 'http://localhost')
  const canonicalHeaders = auth.signedHeaders
    .map(name => `${name}:${headers.get(name) ?? ''}\n`)
    .join('')
  const canonicalRequest = [
    request.method ?? 'POST',
    canonicalPath(url.pathname),
    canonicalQuery(url.search),
    canonicalHeaders,
    auth.signedHeaders.join(';'),
    payloadHash
  ].join('\n')
  const scope = `${date}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${identity.secretAccessKey}`, date), region), service),
    'aws4_request'
  )
  const expected = createHmac('sha256', signingKey).update(stringToSign).digest()
  const given = Buffer.from(auth.signature, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw refusal(service, 'signature')
  }
  // Checked after the signature, as AWS does: an expired session still has to be signed right.
  if (identity.expiresAt !== undefined && now >= identity.expiresAt)
    throw refusal(service, 'expired')
  return { identity, region, service }
}
