import { escapeXml } from './xml.js'

/** An error AWS would answer with: its code, message and HTTP status. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400
  ) {
    super(message)
    this.name = 'AwsError'
  }
}

export function ec2ErrorXml(error: AwsError, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(error.code)}` +
    `</Code><Message>${escapeXml(error.message)}</Message></Error></Errors>` +
    `<RequestID>${requestId}</RequestID></Response>`
  )
}

export function stsErrorXml(error: AwsError, requestId: string): string {
  const type = error.status >= 500 ? 'Receiver' : 'Sender'
  return (
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  )
}

/** Statuses AWS uses for codes a fault plan may name without a status. */
const STATUS_BY_CODE: Record<string, number> = {
  RequestLimitExceeded: 503,
  Throttling: 400,
  InsufficientInstanceCapacity: 500,
  InternalError: 500,
  ServiceUnavailable: 503,
  Unavailable: 503,
  UnauthorizedOperation: 403,
  AuthFailure: 401,
  DryRunOperation: 412
}

const MESSAGE_BY_CODE: Record<string, string> = {
  RequestLimitExceeded: 'Request limit exceeded.',
  InsufficientInstanceCapacity:
    'We currently do not have sufficient capacity in the Availability Zone you requested. ' +
    'Our system will be working on provisioning additional capacity.',
  InternalError: 'An internal error has occurred',
  UnauthorizedOperation: 'You are not authorized to perform this operation.'
}

export function faultError(code: string, message?: string, status?: number): AwsError {
  return new AwsError(
    code,
    message ?? MESSAGE_BY_CODE[code] ?? `Injected fault: ${code}`,
    status ?? STATUS_BY_CODE[code] ?? 400
  )
}

export const invalidParameter = (message: string): AwsError =>
  new AwsError('InvalidParameterValue', message, 400)

export const missingParameter = (name: string): AwsError =>
  new AwsError('MissingParameter', `The request must contain the parameter ${name}`, 400)
