import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { abortOnSignals, CancelledError } from '../../src/action/cancel.js'
import { runPost, type PostDeps } from '../../src/action/post.js'
import { readSavedState, StateRecorder } from '../../src/action/state.js'
import type { Reporter, SweepOptions, TrackedResource } from '../../src/engine/api.js'

const instance: TrackedResource = { kind: 'instance', id: 'i-1', region: 'us-east-1', build: 'web' }
const group: TrackedResource = {
  kind: 'security-group',
  id: 'sg-1',
  region: 'us-east-1',
  build: 'web'
}

/** The runner's state file: later saves of a name win. */
function stateFile() {
  const saved: Record<string, string> = {}
  return { saved, save: (name: string, value: string) => (saved[name] = value) }
}

describe('the state the main step saves for the post step', () => {
  it('tracks every live resource from the moment it exists until it is removed', () => {
    const { saved, save } = stateFile()
    const recorder = new StateRecorder(save)

    recorder.start('42-1-abcd', ['us-east-1', 'us-west-2', 'us-east-1'])
    expect(readSavedState(name => saved[name] ?? '')).toEqual({
      runId: '42-1-abcd',
      regions: ['us-east-1', 'us-west-2'],
      resources: [],
      finished: false,
      outcome: undefined
    })

    recorder.onResource({ type: 'created', resource: instance })
    recorder.onResource({ type: 'created', resource: group })
    expect(readSavedState(name => saved[name] ?? '').resources).toEqual([instance, group])

    recorder.onResource({ type: 'removed', resource: instance })
    recorder.onResource({ type: 'kept', resource: group })
    recorder.finish('succeeded')
    expect(readSavedState(name => saved[name] ?? '')).toMatchObject({
      resources: [],
      finished: true,
      outcome: 'succeeded'
    })
  })

  it('reads as "no build" when nothing was saved', () => {
    expect(readSavedState(() => '')).toEqual({
      runId: undefined,
      regions: [],
      resources: [],
      finished: false,
      outcome: undefined
    })
  })
})

describe('the post step', () => {
  const silent: Reporter = {
    info: () => {},
    warning: () => {},
    error: () => {},
    debug: () => {},
    group: (_title, fn) => fn(),
    mask: () => {}
  }
  let stdout: string[]
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'ami-build-post-')), 'step_summary')

  beforeEach(() => {
    process.env.GITHUB_STEP_SUMMARY = summaryFile
    writeFileSync(summaryFile, '')
    stdout = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(String(chunk))
      return true
    })
    process.env.INPUT_TEMPLATE = 'web.yml'
  })

  afterEach(() => {
    jest.restoreAllMocks()
    delete process.env.INPUT_TEMPLATE
    process.exitCode = undefined
  })

  function deps(state: Record<string, string>, sweeps: SweepOptions[]): PostDeps {
    return {
      getState: name => state[name] ?? '',
      loadSweep: async () => async options => {
        sweeps.push(options)
        return { removed: options.resources, failed: [] }
      },
      credentials: {
        env: {},
        getIDToken: async () => 'unused',
        assumeRole: async () => {
          throw new Error('not expected')
        },
        mask: () => {},
        sleep: async () => {},
        info: () => {}
      },
      reporter: silent,
      signal: new AbortController().signal
    }
  }

  it('does nothing, without loading the engine, after a build that cleaned up after itself', async () => {
    const sweeps: SweepOptions[] = []
    await runPost(
      deps(
        {
          'run-id': '42-1-abcd',
          regions: '["us-east-1"]',
          resources: '[]',
          outcome: 'succeeded',
          finished: 'true'
        },
        sweeps
      )
    )
    expect(sweeps).toEqual([])
    expect(stdout.join('')).toContain('nothing to do')
  })

  it.each(['failed', 'cancelled', ''])(
    'sweeps the run’s tags after a build whose outcome is "%s", even with nothing saved as left: a call cut off in flight can have made something',
    async outcome => {
      const sweeps: SweepOptions[] = []
      await runPost(
        deps(
          {
            'run-id': '42-1-abcd',
            regions: '["us-east-1","us-west-2"]',
            resources: '[]',
            outcome,
            finished: 'true'
          },
          sweeps
        )
      )
      expect(sweeps).toHaveLength(1)
      expect(sweeps[0]).toMatchObject({ runId: '42-1-abcd', regions: ['us-east-1', 'us-west-2'] })
    }
  )

  it('does nothing when no build started', async () => {
    const sweeps: SweepOptions[] = []
    await runPost(deps({}, sweeps))
    expect(sweeps).toEqual([])
  })

  it('sweeps the saved resources and the run’s tags in every region after an interrupted build', async () => {
    const sweeps: SweepOptions[] = []
    await runPost(
      deps(
        {
          'run-id': '42-1-abcd',
          regions: '["us-east-1","us-west-2"]',
          resources: JSON.stringify([instance])
        },
        sweeps
      )
    )
    expect(sweeps).toEqual([
      expect.objectContaining({
        runId: '42-1-abcd',
        regions: ['us-east-1', 'us-west-2'],
        resources: [instance],
        credentials: undefined
      })
    ])
    expect(stdout.join('')).toContain('Removed instance i-1 in us-east-1.')
    expect(readFileSync(summaryFile, 'utf8')).toContain('<li>instance i-1 in us-east-1</li>')
    expect(process.exitCode).toBeUndefined()
  })
})

describe('cancellation', () => {
  it('aborts the build at the first signal and exits on its own before the runner’s SIGKILL', async () => {
    const controller = new AbortController()
    const log: string[] = []
    const exits: number[] = []
    const remove = abortOnSignals({
      controller,
      log: message => log.push(message),
      exit: code => exits.push(code),
      exitAfterSigtermMs: 20
    })
    try {
      process.emit('SIGINT', 'SIGINT')
      expect(controller.signal.aborted).toBe(true)
      expect(controller.signal.reason).toBeInstanceOf(CancelledError)
      expect(exits).toEqual([])

      process.emit('SIGTERM', 'SIGTERM')
      await new Promise(resolve => setTimeout(resolve, 60))
      expect(exits).toEqual([1])
      expect(log[0]).toContain('Received SIGINT: cancelling the build')
    } finally {
      remove()
    }
  })
})
