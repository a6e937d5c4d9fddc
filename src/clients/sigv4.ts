/**
 * AWS Signature Version 4 for a POST with a form body, on node:crypto. Written here rather than
 * taken from @smithy/signature-v4 because that package loads ~250 KB of @smithy/core (35–60 ms
 * at start-up, measured) for four HMACs; a test checks this signer against it.
 */
import { createHash, createHmac } from 'node:crypto'
import type { AwsCredentials } from '../engine/api.js'
import { uriEncode } from './query.js'

export interface SignableRequest {
  method: string
  url: URL
  /** Lower-case names; host must be among them. */
  headers: Record<string, string>
  body: string
}

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest()

/** `20240101T000000Z` */
export function amzDate(time: Date): string {
  return time.toISOString().replace(/[-:]|\.\d{3}/g, '')
}

/** Adds x-amz-date, x-amz-security-token (temporary credentials) and authorization. */
export function sign(
  request: SignableRequest,
  credentials: AwsCredentials,
  region: string,
  service: string,
  now: Date = new Date()
): void {
  const datetime = amzDate(now)
  const date = datetime.slice(0, 8)
  request.headers['x-amz-date'] = datetime
  if (credentials.sessionToken) request.headers['x-amz-security-token'] = credentials.sessionToken
  const names = Object.keys(request.headers)
    .map(name => name.toLowerCase())
    .sort()
  const signedHeaders = names.join(';')
  const canonicalHeaders = names
    .map(name => `${name}:${request.headers[name]!.trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  const canonicalRequest = [
    request.method,
    canonicalPath(request.url.pathname),
    canonicalQuery(request.url.searchParams),
    canonicalHeaders,
    signedHeaders,
    sha256(request.body)
  ].join('\n')
  const scope = `${date}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', datetime, scope, sha256(canonicalRequest)].join('\n')
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), region), service),
    'aws4_request'
  )
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex')
  request.headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`
}

/** Every service but S3 encodes the (already encoded) path once more, after removing empty, `.`
 * and `..` segments. */
function canonicalPath(path: string): string {
  const segments: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(uriEncode(segment))
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : ''
  return `/${segments.join('/')}${trailing}`
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([key, value]) => [uriEncode(key), uriEncode(value)])
    .sort(([a, av], [b, bv]) => (a! < b! ? -1 : a! > b! ? 1 : av! < bv! ? -1 : av! > bv! ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
}
