/**
 * SIGINT in the middle of a long wait: the runner kills the job 10 s after it, so the wait must
 * stop at once and the instance's termination go out within about two seconds. And SIGINT in the
 * middle of a call: what the call made is found and removed though its answer never came.
 */
import type { CallRecord, Emulator } from '../../emulator/api.js'
import { shell, template } from './helpers.js'
import { e2eSource, runBuild, startTestEmulator } from './e2e.js'

let emulator: Emulator

beforeAll(async () => {
  // Images take 20 s here, so the cancel lands mid-wait.
  emulator = await startTestEmulator({ timings: { createImage: 20_000 } })
})
afterAll(async () => {
  await emulator?.stop()
})

describe('cancelling during the AMI wait', () => {
  it('stops waiting at once, terminates the instance within 2 s, and leaves nothing behind', async () => {
    const before = new Set(emulator.ledger().resources.map(r => r.id))
    const controller = new AbortController()
    let abortedAt = 0
    const started = Date.now()
    const run = await runBuild(
      template([e2eSource()], { provisioners: [shell({ inline: ['echo hi'] })] }),
      {
        signal: controller.signal,
        onResource: event => {
          if (event.type === 'created' && event.resource.kind === 'image') {
            setTimeout(() => {
              abortedAt = Date.now()
              controller.abort(new Error('SIGINT'))
            }, 300)
          }
        }
      }
    )
    expect(run.result.cancelled).toBe(true)
    expect(run.result.failures[0]!.message).toBe('Cancelled during: Creating the AMI')
    const terminate = emulator
      .calls()
      .find(c => c.action === 'TerminateInstances' && c.time >= started)
    expect(terminate!.time - abortedAt).toBeLessThan(2000)
    expect(Date.now() - abortedAt).toBeLessThan(8000)
    const deadline = Date.now() + 3000
    let left = emulator.ledger().resources.filter(r => !before.has(r.id))
    while (left.length && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 50))
      left = emulator.ledger().resources.filter(r => !before.has(r.id))
    }
    expect(left).toEqual([])
    expect(run.result.cleanedUp.map(r => r.kind).sort()).toEqual(
      expect.arrayContaining(['image', 'instance', 'key-pair', 'security-group'])
    )
  })
})

describe('cancelling while RunInstances is in flight', () => {
  afterEach(() => emulator.setFaults({ rules: [] }))

  it('finds the instance EC2 launched though its answer never came, and leaves nothing behind', async () => {
    const before = new Set(emulator.ledger().resources.map(r => r.id))
    // EC2 launches at once; its answer is held back long enough to cancel in between.
    emulator.setFaults({ rules: [{ action: 'RunInstances', answerLatencyMs: 2_000 }] })
    const controller = new AbortController()
    let abortedAt = 0
    const started = Date.now()
    const launched = (): boolean =>
      emulator.ledger().resources.some(r => r.kind === 'instance' && !before.has(r.id))
    const run = await runBuild(
      template([e2eSource()]),
      { signal: controller.signal },
      {
        beforeStep: (_build, step) => {
          if (step !== 'launch') return
          const watch = setInterval(() => {
            if (!launched()) return
            clearInterval(watch)
            abortedAt = Date.now()
            controller.abort(new Error('SIGINT'))
          }, 5)
        }
      }
    )

    const cleanedUpAt = Date.now()

    // The emulator logs the call once its answer is out; the build was done before that.
    let runInstances: CallRecord | undefined
    while (
      !(runInstances = emulator.calls().find(c => c.action === 'RunInstances' && c.time >= started))
    ) {
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    expect(abortedAt).toBeGreaterThan(runInstances.time)
    expect(cleanedUpAt).toBeLessThan(runInstances.time + runInstances.durationMs)
    expect(run.result.failures[0]!.message).toBe('Cancelled during: Launching the source instance')
    expect(run.reporter.text).toMatch(/Found i-\w+, launched by a request that was cut off/)
    expect(run.result.cleanedUp.map(r => r.kind).sort()).toEqual([
      'instance',
      'key-pair',
      'security-group'
    ])
    expect(run.result.leftBehind).toEqual([])
    const deadline = Date.now() + 3000
    let left = emulator.ledger().resources.filter(r => !before.has(r.id))
    while (left.length && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 50))
      left = emulator.ledger().resources.filter(r => !before.has(r.id))
    }
    expect(left).toEqual([])
  })
})
