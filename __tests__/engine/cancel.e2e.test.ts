/**
 * SIGINT in the middle of a long wait: the runner kills the job 10 s after it, so the wait must
 * stop at once and the instance's termination go out within about two seconds.
 */
import type { Emulator } from '../../emulator/api.js'
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
