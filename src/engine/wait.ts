/**
 * Waiting for EC2 resources: prompt but frugal.
 *
 * Packer polls every 15 s whatever it waits for, so it notices a ready resource 7.5 s late on
 * average and makes ~40 calls for a ten-minute copy. We know roughly how long each transition
 * takes, so we poll soon (a fast environment answers at once), back off, sleep through the part
 * of the wait where nothing can have happened, and poll tightly only in the window where the
 * resource is expected. When the resource reports progress (snapshots), two readings give the
 * rate and so the moment it will be ready.
 */
import type { Clock, Reporter } from './api.js'
import { formatDuration } from './clock.js'

/** How long a transition usually takes (real AWS). */
export interface Expected {
  minMs: number
  maxMs: number
}

/** Reference durations (PRODUCT.md "Testing against something real"). */
export const EXPECTED = {
  running: { minMs: 15_000, maxMs: 20_000 },
  stopped: { minMs: 30_000, maxMs: 60_000 },
  imageAvailable: { minMs: 120_000, maxMs: 360_000 },
  copyAvailable: { minMs: 300_000, maxMs: 900_000 },
  terminated: { minMs: 30_000, maxMs: 60_000 }
} satisfies Record<string, Expected>

export interface Observation<T> {
  done: boolean
  value?: T
  /** Set when the resource will never get there (image `failed`, instance terminated). */
  failure?: string
  /** 0–100 when the resource reports it. */
  progress?: number
}

export interface PollPolicy {
  /** Delay before the first poll. */
  firstMs: number
  /** Interval when the resource is due: the mean lag is about half of it. */
  tightMs: number
  /** Longest single sleep between polls. */
  capMs: number
  /** Growth of the delay while backing off. */
  factor: number
}

export const DEFAULT_POLICY: PollPolicy = {
  firstMs: 300,
  tightMs: 1000,
  capMs: 60_000,
  factor: 3
}

/**
 * How this environment's pace compares with AWS's, learned from the first transition a build
 * watches (the instance starting). Once the pace is known to be AWS's, waits sleep through the
 * stretch where the resource cannot be ready and poll only in its window. Anything much faster
 * (the emulator, a test) has its windows scaled down by the measured ratio and is still probed
 * soon, since one transition says little about the proportions of the others.
 */
export class Pace {
  private awsLike?: boolean
  private factor = 1

  /** A transition expected to take `expected` took between `atLeastMs` and `atMostMs`. */
  observe(expected: Expected, atLeastMs: number, atMostMs: number): void {
    if (this.awsLike !== undefined) return
    // AWS itself varies; only a transition far quicker than its usual minimum says "not AWS".
    this.awsLike = atLeastMs >= expected.minMs / 2
    if (this.awsLike) return
    const typical = (expected.minMs + expected.maxMs) / 2
    this.factor = Math.min(1, Math.max(0.001, (atLeastMs + atMostMs) / 2 / typical))
  }

  /** True once the windows of EXPECTED are known to hold here. */
  get known(): boolean {
    return this.awsLike === true
  }

  /** The window to expect here: never stretched, only shrunk for a faster environment. */
  scale(expected: Expected): Expected {
    return { minMs: expected.minMs * this.factor, maxMs: expected.maxMs * this.factor }
  }
}

export interface ProgressReading {
  elapsedMs: number
  percent: number
}

/** When a resource reporting progress will be done, from the rate between two readings. */
export function predictEnd(first: ProgressReading, last: ProgressReading): number | undefined {
  // At 99–100 % the resource is finishing (AWS holds snapshots at 99 % a while): poll tightly.
  if (last.percent >= 99) return last.elapsedMs
  if (last.elapsedMs <= first.elapsedMs || last.percent <= first.percent) return undefined
  const rate = (last.percent - first.percent) / (last.elapsedMs - first.elapsedMs)
  return last.elapsedMs + (100 - last.percent) / rate
}

/** Progress now, extrapolated from the readings so far: a line between two polls shows where
 * the resource is, not where it was at the last poll. */
export function estimatedPercent(
  first: ProgressReading | undefined,
  last: ProgressReading | undefined,
  elapsedMs: number
): number | undefined {
  if (!first || !last) return undefined
  const end = predictEnd(first, last)
  if (end === undefined || end <= last.elapsedMs) return last.percent
  const rate = (100 - last.percent) / (end - last.elapsedMs)
  return Math.min(99, last.percent + rate * (elapsedMs - last.elapsedMs))
}

export interface ScheduleInput {
  elapsedMs: number
  previousDelayMs?: number
  expected: Expected
  /** From predictEnd, when known. */
  predictedEndMs?: number
  /** One progress reading only: the rate is unknown, the remaining time guessed from it alone. */
  guessedEndMs?: number
  /** The expected window holds here (Pace.known): nothing is polled before it. */
  windowKnown?: boolean
  /** The resource reports progress: an early reading gives its rate. */
  reportsProgress?: boolean
}

/** The poll interval inside the expected window (mean lag is half of it): 2 s across a stop's
 * 30–60 s, 1 s across a boot's 15–20 s. Wide windows (images) are narrowed by their progress. */
function windowInterval(expected: Expected, policy: PollPolicy): number {
  return Math.max(policy.tightMs, (expected.maxMs - expected.minMs) / 15)
}

/** How long to sleep before the next poll. Pure, so the schedule is testable on its own. */
export function nextPollDelay(input: ScheduleInput, policy: PollPolicy = DEFAULT_POLICY): number {
  const { elapsedMs, previousDelayMs, expected } = input
  const { firstMs, tightMs, capMs, factor } = policy
  const clamp = (ms: number): number => Math.max(Math.min(ms, capMs), Math.min(firstMs, tightMs))
  if (input.predictedEndMs !== undefined) {
    // Sleep most of the way (no cap: the rate is measured), then re-measure near the end, where
    // a rate that drifted would show.
    const remaining = input.predictedEndMs - elapsedMs
    return remaining > tightMs ? remaining - Math.max(tightMs / 2, remaining * 0.1) : tightMs
  }
  if (input.guessedEndMs !== undefined) {
    // A single reading overestimates the remaining time when progress started late, so only go
    // halfway there and take a second reading.
    const remaining = input.guessedEndMs - elapsedMs
    if (remaining > 2 * tightMs) return clamp(remaining / 2)
  }
  const interval = windowInterval(expected, policy)
  const windowStart = expected.minMs - interval
  if (previousDelayMs === undefined) {
    if (!input.windowKnown) return firstMs
    // A progress reading a quarter of the way in gives the rate in time to sleep most of the
    // rest; without progress, the first look is where the window opens.
    return input.reportsProgress ? expected.minMs / 4 : windowStart
  }
  if (elapsedMs < windowStart) {
    const backoff = previousDelayMs * factor
    // Sleep through to the window rather than overshoot it.
    return clamp(elapsedMs + backoff * 2 > windowStart ? windowStart - elapsedMs : backoff)
  }
  if (elapsedMs <= expected.maxMs) return clamp(interval)
  // Later than usual: something is slow, back off again.
  return clamp(Math.max(tightMs, previousDelayMs * 1.5))
}

export interface WaitOptions<T> {
  /** "instance i-0abc to be running": completes "Waiting for …". */
  what: string
  /** wantProgress is false once the end is near: then only the state matters, one call. */
  check: (signal: AbortSignal, wantProgress: boolean) => Promise<Observation<T>>
  expected: Expected
  timeoutMs: number
  clock: Clock
  signal: AbortSignal
  reporter: Reporter
  /** A progress line at most this often during long waits. Default 20 s. */
  progressEveryMs?: number
  /** The build's pace: read for the schedule, and taught by this wait's outcome. */
  pace?: Pace
  /** check() reports progress (snapshots). */
  reportsProgress?: boolean
  policy?: PollPolicy
}

export class WaitTimeoutError extends Error {}
export class WaitFailedError extends Error {}

export async function waitFor<T>(options: WaitOptions<T>): Promise<T> {
  const { clock, signal, reporter } = options
  const progressEvery = options.progressEveryMs ?? 20_000
  const started = clock.now()
  let lastLine = started
  let previousDelay: number | undefined
  let firstReading: ProgressReading | undefined
  let lastReading: ProgressReading | undefined
  /** When the resource was last seen not ready: the transition took at least this long. */
  let notYetAt = 0

  const elapsed = (): number => clock.now() - started
  const expected = options.pace?.scale(options.expected) ?? options.expected
  const sleep = async (ms: number): Promise<void> => {
    // Long sleeps are cut at progress-line boundaries so a long wait is never silent.
    let left = ms
    while (left > 0) {
      const untilLine = lastLine + progressEvery - clock.now()
      const chunk = Math.min(left, Math.max(untilLine, 1))
      await clock.sleep(chunk, signal)
      left -= chunk
      if (clock.now() - lastLine >= progressEvery) {
        lastLine = clock.now()
        const estimate = estimatedPercent(firstReading, lastReading, elapsed())
        const percent = estimate === undefined ? '' : `, ${Math.floor(estimate)}%`
        reporter.info(`Waiting for ${options.what} (${formatDuration(elapsed())}${percent})`)
      }
    }
  }

  for (;;) {
    const delay = nextPollDelay(
      {
        elapsedMs: elapsed(),
        previousDelayMs: previousDelay,
        expected,
        predictedEndMs:
          firstReading && lastReading ? predictEnd(firstReading, lastReading) : undefined,
        guessedEndMs:
          lastReading && lastReading === firstReading && lastReading.percent > 0
            ? (lastReading.elapsedMs * 100) / lastReading.percent
            : undefined,
        windowKnown: options.pace?.known,
        reportsProgress: options.reportsProgress
      },
      options.policy
    )
    if (elapsed() + delay > options.timeoutMs) {
      await sleep(Math.max(0, options.timeoutMs - elapsed()))
    } else {
      await sleep(delay)
    }
    previousDelay = delay
    const policy = options.policy ?? DEFAULT_POLICY
    const askedAt = elapsed()
    const observation = await options.check(signal, delay > policy.tightMs)
    if (observation.failure !== undefined) throw new WaitFailedError(observation.failure)
    if (observation.done) {
      options.pace?.observe(options.expected, notYetAt, elapsed())
      return observation.value as T
    }
    notYetAt = askedAt
    if (observation.progress !== undefined && observation.progress > 0) {
      const reading = { elapsedMs: elapsed(), percent: observation.progress }
      if (!firstReading) firstReading = reading
      lastReading = reading
    }
    if (elapsed() >= options.timeoutMs) {
      throw new WaitTimeoutError(
        `Timed out after ${formatDuration(elapsed())} waiting for ${options.what}`
      )
    }
  }
}
