import {
  DEFAULT_POLICY,
  EXPECTED,
  nextPollDelay,
  Pace,
  predictEnd,
  waitFor,
  WaitFailedError,
  WaitTimeoutError,
  type Expected,
  type Observation
} from '../../src/engine/wait.js'
import { FakeClock, RecordingReporter } from './helpers.js'

/** Polls a resource that becomes ready at readyAtMs (optionally reporting linear progress from
 * progressFromMs), and returns how many polls it took and how late the wait noticed. */
async function simulate(
  expected: Expected,
  readyAtMs: number,
  progressFromMs?: number,
  pace?: Pace
): Promise<{ polls: number; lagMs: number; reporter: RecordingReporter; pollTimes: number[] }> {
  const clock = new FakeClock()
  const start = clock.now()
  const reporter = new RecordingReporter()
  let polls = 0
  const pollTimes: number[] = []
  await waitFor({
    what: 'the thing',
    expected,
    pace,
    reportsProgress: progressFromMs !== undefined,
    timeoutMs: 60 * 60_000,
    clock,
    signal: new AbortController().signal,
    reporter,
    check: async (): Promise<Observation<void>> => {
      polls++
      const t = clock.now() - start
      pollTimes.push(t)
      if (t >= readyAtMs) return { done: true }
      if (progressFromMs === undefined || t < progressFromMs) return { done: false }
      return { done: false, progress: ((t - progressFromMs) / (readyAtMs - progressFromMs)) * 100 }
    }
  })
  return { polls, lagMs: clock.now() - start - readyAtMs, reporter, pollTimes }
}

describe('waiting for a resource', () => {
  it('notices an instance that boots in the usual 16.5 s within a second, in fewer polls than a 1 s loop', async () => {
    const { polls, lagMs } = await simulate(EXPECTED.running, 16_500)
    expect(lagMs).toBeLessThanOrEqual(1000)
    expect(polls).toBeLessThanOrEqual(10)
  })

  it('answers at once in a fast environment: the first poll comes within a third of a second', async () => {
    const { polls, lagMs } = await simulate(EXPECTED.running, 100)
    expect(polls).toBe(1)
    expect(lagMs).toBeLessThan(DEFAULT_POLICY.firstMs)
  })

  it('predicts an image from its snapshot progress: a 4-minute image is noticed within a second in a dozen polls (Packer: 16)', async () => {
    const { polls, lagMs } = await simulate(EXPECTED.imageAvailable, 240_000, 5_000)
    expect(lagMs).toBeLessThanOrEqual(1000)
    expect(polls).toBeLessThanOrEqual(12)
  })

  it('predicts a 12-minute region copy from progress within a second, in far fewer polls than Packer’s 48', async () => {
    const { polls, lagMs } = await simulate(EXPECTED.copyAvailable, 720_000, 20_000)
    expect(lagMs).toBeLessThanOrEqual(1000)
    expect(polls).toBeLessThanOrEqual(18)
  })

  it('keeps polling, backing off, when a resource is much slower than usual', async () => {
    const { lagMs } = await simulate(EXPECTED.running, 200_000)
    expect(lagMs).toBeLessThanOrEqual(DEFAULT_POLICY.capMs)
  })

  it('prints a progress line during a long wait, not on every poll', async () => {
    const { reporter } = await simulate(EXPECTED.imageAvailable, 240_000, 5_000)
    const progress = reporter.lines.filter(l => l.startsWith('info: Waiting for the thing'))
    expect(progress.length).toBeGreaterThanOrEqual(8)
    expect(progress.length).toBeLessThanOrEqual(14)
    expect(progress.at(-1)).toMatch(/\(\dm\d\ds, \d+%\)/)
  })

  it('fails with the resource’s own reason when it will never get there', async () => {
    const clock = new FakeClock()
    await expect(
      waitFor({
        what: 'AMI ami-1',
        expected: EXPECTED.imageAvailable,
        timeoutMs: 60_000,
        clock,
        signal: new AbortController().signal,
        reporter: new RecordingReporter(),
        check: async () => ({ done: false, failure: 'AMI ami-1 failed: InternalError' })
      })
    ).rejects.toThrow(new WaitFailedError('AMI ami-1 failed: InternalError'))
  })

  it('gives up at its timeout with a message saying what it waited for', async () => {
    const clock = new FakeClock()
    await expect(
      waitFor({
        what: 'instance i-1 to be running',
        expected: EXPECTED.running,
        timeoutMs: 60_000,
        clock,
        signal: new AbortController().signal,
        reporter: new RecordingReporter(),
        check: async () => ({ done: false })
      })
    ).rejects.toThrow(WaitTimeoutError)
    expect(clock.now() - Date.parse('2026-03-04T05:06:07Z')).toBeLessThanOrEqual(61_000)
  })

  it('stops at once when the build is aborted, with no further poll', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    let polls = 0
    const waiting = waitFor({
      what: 'x',
      expected: EXPECTED.copyAvailable,
      timeoutMs: 60 * 60_000,
      clock,
      signal: controller.signal,
      reporter: new RecordingReporter(),
      check: async () => {
        polls++
        if (polls === 3) controller.abort(new Error('cancelled'))
        return { done: false }
      }
    })
    await expect(waiting).rejects.toThrow('cancelled')
    expect(polls).toBe(3)
  })
})

describe('the poll schedule', () => {
  it('sleeps through the time nothing can happen instead of overshooting the expected window', () => {
    const delay = nextPollDelay({
      elapsedMs: 8_000,
      previousDelayMs: 5_000,
      expected: EXPECTED.running
    })
    expect(8_000 + delay).toBe(EXPECTED.running.minMs - DEFAULT_POLICY.tightMs)
  })

  it('polls at the tight interval inside a narrow expected window', () => {
    expect(
      nextPollDelay({ elapsedMs: 16_000, previousDelayMs: 1000, expected: EXPECTED.running })
    ).toBe(1000)
  })

  it('predicts the end from two progress readings', () => {
    expect(predictEnd({ elapsedMs: 10_000, percent: 10 }, { elapsedMs: 20_000, percent: 30 })).toBe(
      55_000
    )
    expect(
      predictEnd({ elapsedMs: 10_000, percent: 10 }, { elapsedMs: 20_000, percent: 10 })
    ).toBeUndefined()
  })
})

describe('waiting at AWS’s pace', () => {
  /** A build whose instance booted in AWS's usual 16.5 s. */
  async function awsPace(): Promise<Pace> {
    const pace = new Pace()
    await simulate(EXPECTED.running, 16_500, undefined, pace)
    return pace
  }

  it('learns from a 16.5 s boot that the expected windows hold, and from a 2 s one that they do not', async () => {
    expect((await awsPace()).known).toBe(true)
    const fast = new Pace()
    await simulate(EXPECTED.running, 2_000, undefined, fast)
    expect(fast.known).toBe(false)
    const stop = fast.scale(EXPECTED.stopped)
    expect(stop.maxMs).toBeLessThan(EXPECTED.stopped.minMs / 2)
    expect(stop.minMs).toBeGreaterThan(0)
  })

  it('notices a 45 s stop within two seconds in at most 10 polls, none while it cannot be stopped yet', async () => {
    const { polls, lagMs, pollTimes } = await simulate(
      EXPECTED.stopped,
      45_000,
      undefined,
      await awsPace()
    )
    expect(lagMs).toBeLessThanOrEqual(1000)
    expect(polls).toBeLessThanOrEqual(12)
    expect(pollTimes[0]).toBeGreaterThanOrEqual(EXPECTED.stopped.minMs - 2000)
  })

  it('polls a stop at the end of its window about every 2 s', async () => {
    const { lagMs, polls } = await simulate(EXPECTED.stopped, 59_000, undefined, await awsPace())
    expect(lagMs).toBeLessThanOrEqual(2000)
    expect(polls).toBeLessThanOrEqual(17)
  })

  it('reads a 3-minute image’s progress a quarter of the way into its window and sleeps to its predicted end', async () => {
    const { polls, lagMs, pollTimes } = await simulate(
      EXPECTED.imageAvailable,
      175_000,
      0,
      await awsPace()
    )
    expect(pollTimes[0]).toBe(EXPECTED.imageAvailable.minMs / 4)
    expect(lagMs).toBeLessThanOrEqual(1000)
    expect(polls).toBeLessThanOrEqual(8)
  })

  it('watches a realistic build (boot, stop, image) in about as many polls as Packer’s 15 s waiters, which also wait out the termination, and notices them a second late on average', async () => {
    const pace = new Pace()
    const boot = await simulate(EXPECTED.running, 16_500, undefined, pace)
    const stop = await simulate(EXPECTED.stopped, 45_000, undefined, pace)
    const image = await simulate(EXPECTED.imageAvailable, 175_000, 0, pace)
    const ours = boot.polls + stop.polls + image.polls
    const packers = [16_500, 45_000, 175_000, 45_000].reduce(
      (n, ms) => n + Math.ceil(ms / 15_000),
      0
    )
    expect(boot.polls).toBeLessThanOrEqual(8)
    expect(stop.polls).toBeLessThanOrEqual(10)
    expect(image.polls).toBeLessThanOrEqual(6)
    expect(ours).toBeLessThanOrEqual(packers + 2)
    const lags = [boot.lagMs, stop.lagMs, image.lagMs]
    expect(lags.reduce((a, b) => a + b) / lags.length).toBeLessThanOrEqual(1000)
    expect(Math.max(...lags)).toBeLessThanOrEqual(2000)
  })
})
