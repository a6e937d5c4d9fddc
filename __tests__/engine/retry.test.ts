import { backoffDelay, isRefusal, THROTTLE_CAP_MS, withRetry } from '../../src/engine/retry.js'
import { FakeClock } from './helpers.js'

function awsError(code: string, status = 400): Error {
  return Object.assign(new Error(`${code}: simulated`), {
    name: code,
    $metadata: { httpStatusCode: status }
  })
}

describe('retrying AWS calls', () => {
  it('retries throttling with jittered, growing, capped backoff until the call succeeds', async () => {
    const clock = new FakeClock()
    let calls = 0
    const result = await withRetry(
      async () => {
        if (++calls < 6) throw awsError('RequestLimitExceeded', 503)
        return 'ok'
      },
      { clock, signal: new AbortController().signal, random: () => 1 }
    )
    expect(result).toBe('ok')
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000, 4000])
  })

  it('never sleeps longer than the cap, however often it is throttled', () => {
    expect(backoffDelay(30, () => 1)).toBe(THROTTLE_CAP_MS)
    expect(backoffDelay(3, () => 0)).toBeGreaterThan(0)
  })

  it('retries eventual consistency only where the call says it is expected', async () => {
    const clock = new FakeClock()
    let calls = 0
    const describe = async (): Promise<string> => {
      if (++calls < 3) throw awsError('InvalidInstanceID.NotFound')
      return 'found'
    }
    await expect(
      withRetry(describe, {
        clock,
        signal: new AbortController().signal,
        retryCodes: ['InvalidInstanceID.NotFound']
      })
    ).resolves.toBe('found')
    calls = 0
    await expect(
      withRetry(describe, { clock, signal: new AbortController().signal })
    ).rejects.toThrow('InvalidInstanceID.NotFound')
  })

  it('gives up on eventual consistency once its patience is spent', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    await expect(
      withRetry(
        async () => {
          throw awsError('DependencyViolation')
        },
        {
          clock,
          signal: new AbortController().signal,
          retryCodes: ['DependencyViolation'],
          patienceMs: 30_000
        }
      )
    ).rejects.toThrow('DependencyViolation')
    expect(clock.now() - start).toBeGreaterThanOrEqual(30_000)
    expect(clock.now() - start).toBeLessThan(40_000)
  })

  it('does not retry a mistake, and stops at once when aborted', async () => {
    const clock = new FakeClock()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw awsError('UnauthorizedOperation', 403)
        },
        { clock, signal: new AbortController().signal }
      )
    ).rejects.toThrow('UnauthorizedOperation')
    expect(calls).toBe(1)

    const controller = new AbortController()
    calls = 0
    await expect(
      withRetry(
        async () => {
          if (++calls === 2) controller.abort(new Error('cancelled'))
          throw awsError('Throttling', 400)
        },
        { clock, signal: controller.signal }
      )
    ).rejects.toThrow('cancelled')
    expect(calls).toBe(2)
  })
})

describe('telling EC2’s “no” from a call whose fate is unknown', () => {
  it('takes only a final answer from AWS as a refusal', () => {
    expect(isRefusal(awsError('InvalidParameterValue'))).toBe(true)
    expect(isRefusal(awsError('InsufficientInstanceCapacity', 500))).toBe(true)
  })

  it('leaves open whether an aborted, timed-out, dropped, throttled or 5xx call took effect', () => {
    expect(isRefusal(Object.assign(new Error('Request aborted'), { name: 'AbortError' }))).toBe(
      false
    )
    expect(isRefusal(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(
      false
    )
    expect(isRefusal(awsError('TimeoutError', 0))).toBe(false)
    expect(isRefusal(awsError('RequestLimitExceeded', 503))).toBe(false)
    expect(isRefusal(awsError('Unknown', 502))).toBe(false)
    expect(isRefusal(new Error('cancelled (SIGINT)'))).toBe(false)
  })
})
