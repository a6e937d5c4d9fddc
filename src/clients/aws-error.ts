/**
 * An error answer from EC2 or STS, in the shape the SDK gave it (engine/retry.ts reads `name`,
 * `Code`, `$metadata.httpStatusCode`): EC2 answers `<Response><Errors><Error><Code>…`, STS
 * `<ErrorResponse><Error><Code>…`; anything else (an HTML page from a proxy) keeps its status.
 */
import type { AwsAnswer } from './http.js'
import { child, parseXml, XmlError, type XmlElement } from './xml.js'

export class AwsServiceError extends Error {
  readonly Code: string
  readonly $fault: 'client' | 'server'
  readonly $metadata: { httpStatusCode: number; requestId?: string }

  constructor(code: string, message: string, status: number, requestId?: string) {
    super(message)
    this.name = code
    this.Code = code
    this.$fault = status >= 500 ? 'server' : 'client'
    this.$metadata = { httpStatusCode: status, ...(requestId ? { requestId } : {}) }
  }
}

/** The request ID of an answer: its header, else the body's (EC2 RequestID, STS RequestId). */
export function requestIdOf(
  headers: Record<string, string | string[] | undefined>,
  root?: XmlElement
): string | undefined {
  const header = headers['x-amzn-requestid'] ?? headers['x-amz-request-id']
  if (typeof header === 'string') return header
  const fromBody =
    child(root, 'RequestID') ??
    child(root, 'RequestId') ??
    child(root, 'requestId') ??
    child(child(root, 'ResponseMetadata'), 'RequestId')
  return fromBody?.text || undefined
}

export function errorFromAnswer(
  service: string,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: string
): AwsServiceError {
  let root: XmlElement | undefined
  try {
    root = body.trim() ? parseXml(body) : undefined
  } catch {
    root = undefined
  }
  const error = child(child(root, 'Errors'), 'Error') ?? child(root, 'Error')
  const code = child(error, 'Code')?.text
  const requestId = requestIdOf(headers, root)
  if (code) {
    const message = child(error, 'Message')?.text ?? child(error, 'message')?.text
    return new AwsServiceError(code, message || code, status, requestId)
  }
  const excerpt = body.replace(/\s+/g, ' ').trim().slice(0, 200)
  return new AwsServiceError(
    status === 404 ? 'NotFound' : 'Unknown',
    `${service.toUpperCase()} answered HTTP ${status} without an AWS error` +
      (excerpt ? `: ${excerpt}` : ' (empty body)'),
    status,
    requestId
  )
}

/** The root element of a successful answer (undefined when it has no body); an error answer is
 * thrown as the AwsServiceError it carries. */
export function answerXml(service: string, answer: AwsAnswer): XmlElement | undefined {
  const { status, headers, body } = answer
  if (status >= 300) throw errorFromAnswer(service, status, headers, body)
  if (!body.trim()) return undefined
  try {
    return parseXml(body)
  } catch (error) {
    if (!(error instanceof XmlError)) throw error
    throw new Error(`${service.toUpperCase()} answered with unreadable XML (${error.message})`)
  }
}
