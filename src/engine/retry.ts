/**
 * The engine's retry policy for AWS calls. The EC2 client makes one attempt per call
 * (clients/ec2.ts) so that every sleep goes through the injected clock and stops at once when the
 * build is aborted.
 *
 * Two kinds of errors are retried, never reported:
 * - throttling and transient server errors: jittered exponential backoff, capped;
 * - eventual consistency, named per call (InvalidInstanceID.NotFound right after RunInstances,
 *   DependencyViolation while an instance still holds a security group): retried until the
 *   call's patience runs out.
 */
import type { Clock } from './api.js'

const THROTTLING = new Set([
  'RequestLimitExceeded',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ServiceUnavailable',
  'Unavailable',
  'InternalError',
  'InternalFailure',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError'
])

const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'])

export interface RetryOptions {
  clock: Clock
  signal: AbortSignal
  /** Error codes that mean "not yet" rather than "no": retried until patienceMs has passed. */
  retryCodes?: readonly string[]
  /** How long to keep retrying retryCodes. Default 2 minutes. */
  patienceMs?: number
  /** Throttling retries before giving up. Default 10. */
  maxThrottleRetries?: number
  random?: () => number
}

export const THROTTLE_BASE_MS = 250
export const THROTTLE_CAP_MS = 20_000

/** The AWS error code of an error EC2 answered with (its `name`, as the SDK's errors have it), or
 * undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const e = error as { name?: unknown; Code?: unknown; code?: unknown }
  if (typeof e.Code === 'string') return e.Code
  if (typeof e.code === 'string') return e.code
  if (typeof e.name === 'string' && e.name !== 'Error') return e.name
  return undefined
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Throttling, a 5xx, or a dropped connection: worth another try after a pause. */
export function isTransient(error: unknown): boolean {
  const code = errorCode(error)
  if (code && (THROTTLING.has(code) || NETWORK.has(code))) return true
  // A named error is what it says (InsufficientInstanceCapacity comes with a 500 and is final);
  // the status decides only for an answer without a usable code.
  if (code && code !== 'Unknown' && !code.endsWith('ServerError')) return false
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
  return typeof status === 'number' && (status === 429 || status >= 500)
}

/**
 * EC2 answered, and the answer is a final no (a capacity or validation error): the request was
 * turned down and did nothing. Anything else — an abort, a timeout, a dropped connection, a 5xx —
 * leaves open whether it took effect.
 */
export function isRefusal(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
  return typeof status === 'number' && errorCode(error) !== undefined && !isTransient(error)
}

/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): spreads concurrent
 * builds' retries instead of having them collide again. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(THROTTLE_CAP_MS, THROTTLE_BASE_MS * 2 ** attempt)
  return Math.max(50, Math.floor(random() * ceiling))
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { clock, signal } = options
  const random = options.random ?? Math.random
  const patienceMs = options.patienceMs ?? 120_000
  const maxThrottleRetries = options.maxThrottleRetries ?? 10
  const started = clock.now()
  let throttled = 0
  let waited = 0
  for (;;) {
    signal.throwIfAborted()
    try {
      return await fn()
    } catch (error) {
      if (signal.aborted) throw signal.reason
      const code = errorCode(error)
      if (isTransient(error) && throttled < maxThrottleRetries) {
        await clock.sleep(backoffDelay(throttled++, random), signal)
        continue
      }
      if (code && options.retryCodes?.includes(code) && clock.now() - started < patienceMs) {
        // Eventual consistency settles in about a second; start there and stay frugal.
        await clock.sleep(Math.min(5000, 500 * 2 ** Math.min(waited++, 4)), signal)
        continue
      }
      throw error
    }
  }
}
