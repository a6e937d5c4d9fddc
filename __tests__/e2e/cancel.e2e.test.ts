/**
 * Never leak: a job cancelled at any moment of the build, or killed outright, followed by the
 * post step (which the runner runs even then), leaves nothing in the account but the AMIs of a
 * build that finished. Each run gets its own emulator, so "nothing" is the whole ledger: every
 * instance, key pair, security group, image, snapshot and volume, tagged or not.
 */
import type { Emulator, LedgerResource } from '../../emulator/index.js'
import {
  ensureDist,
  runAction,
  runPost,
  type Cancellation,
  type StepResult
} from '../helpers/runner.js'
import {
  buildStep,
  leftByRun,
  mapLimit,
  phaseWhenCancelled,
  removeStepFiles,
  seededRandom,
  settledLedger,
  startE2eEmulator,
  startRecordingProxy,
  stopAllEmulators,
  stopE2eEmulator,
  type RecordingProxy
} from './harness.js'
import { expectPolicyToCover } from './iam.js'

const MOMENTS = 20
const SEED = 20261122
/** Builds at once: enough to keep the suite short, few enough for two busy cores. */
const LANES = 4
/**
 * The runner's 7.5 s and 2.5 s, shortened in proportion to the emulator's pace: the action still
 * gets SIGINT, then SIGTERM, then SIGKILL, with time to clean up in between or not.
 */
const QUICK_RUNNER = { sigtermAfterMs: 1_500, sigkillAfterMs: 500 }

/** How long one uncancelled build takes here, now: the span the cancellation moments cover. */
let buildMs: number
/** When, after the step started, that build's RunInstances reached EC2. */
let launchCallMs: number

beforeAll(async () => {
  ensureDist()
  const emulator = await startE2eEmulator()
  try {
    const started = Date.now()
    const step = await runAction(buildStep(emulator))
    if (step.exitCode !== 0) {
      throw new Error(`the uncancelled build failed:\n${step.stdout.slice(-3000)}\n${step.stderr}`)
    }
    buildMs = step.durationMs
    launchCallMs = emulator.calls().find(call => call.action === 'RunInstances')!.time - started
    removeStepFiles(step)
  } finally {
    await stopE2eEmulator(emulator)
  }
}, 600_000)

afterAll(async () => {
  expectPolicyToCover(await stopAllEmulators())
})

interface Outcome {
  at: string
  phase: string
  ended: string
  /** How many resources the main step left for the post step. */
  leftForPost: number
  /** What stayed after the post step that should not have. */
  left: LedgerResource[]
  /** What was wrong; [] when nothing was left. */
  problems: string[]
  /** The main step's error annotations, to tell a failed build from a cancelled one. */
  errors: string[]
}

/** One job: the build, cancelled as `cancel` says, then the post step, in a fresh emulator. */
async function cancelThenPost(cancel: Cancellation): Promise<Outcome> {
  const emulator = await startE2eEmulator()
  let main: StepResult | undefined
  try {
    main = await runAction(buildStep(emulator, { cancel }))
    const leftForPost = emulator.ledger().resources
    const post = await runPost(main)
    const { problems, left } = await problemsAfter(emulator, main, post, leftForPost)
    return {
      at: typeof cancel.at === 'number' ? `${(cancel.at / 1000).toFixed(2)} s` : String(cancel.at),
      phase: phaseWhenCancelled(main),
      ended: main.signal ?? `exit ${main.exitCode}`,
      leftForPost: leftForPost.length,
      left,
      problems,
      errors: main.annotations.filter(a => a.level === 'error').map(a => a.message)
    }
  } finally {
    await stopE2eEmulator(emulator)
    removeStepFiles(main)
  }
}

async function problemsAfter(
  emulator: Emulator,
  main: StepResult,
  post: StepResult,
  leftForPost: LedgerResource[]
): Promise<{ problems: string[]; left: LedgerResource[] }> {
  const problems: string[] = []
  if (main.timedOut) problems.push('the main step hung until the harness killed it')
  if (post.exitCode !== 0) {
    problems.push(`the post step failed (${post.exitCode}): ${post.stdout.slice(-1500)}`)
  }
  // A build that finished before the cancellation keeps its AMIs, and says so in its outputs;
  // nothing else may stay.
  const deliverables = new Set<string>()
  if (main.outputs['ami-ids']) {
    Object.values(JSON.parse(main.outputs['ami-ids']) as Record<string, string>).forEach(id =>
      deliverables.add(id)
    )
    main.outputs['snapshot-ids'].split(',').forEach(id => deliverables.add(id))
  }
  const left = (await settledLedger(emulator)).filter(resource => !deliverables.has(resource.id))
  if (left.length > 0) {
    problems.push(
      `left ${listed(left)} (before the post step: ${listed(leftForPost) || 'nothing'})`
    )
  }
  const tagged = leftByRun(emulator, main)
  if (tagged.length > 0) problems.push(`left with the run's tag: ${listed(tagged)}`)
  return { problems, left }
}

/** One line of the table the suite prints: when, in which phase, how the step ended. */
function report(outcome: Outcome): string {
  const line = `  at ${outcome.at}: ${outcome.phase}, ${outcome.ended}`
  if (outcome.problems.length > 0) return `${line}; ${outcome.problems.join('; ')}`
  // A step that ended without being told to is worth a look even when nothing leaked.
  if (outcome.phase.startsWith('before the action')) return `${line} (${outcome.errors.join('; ')})`
  return line
}

const listed = (resources: LedgerResource[]): string =>
  resources.map(r => `${r.kind} ${r.id} (${r.region}, ${r.state})`).join(', ')

describe('a cancelled or killed job, followed by the post step', () => {
  it(`leaves nothing behind when cancelled at any of ${MOMENTS} seeded moments across the build`, async () => {
    const random = seededRandom(SEED)
    const moments = Array.from({ length: MOMENTS }, () => Math.round(random() * buildMs)).sort(
      (a, b) => a - b
    )
    const outcomes = await mapLimit(moments, LANES, at => cancelThenPost({ at, ...QUICK_RUNNER }))

    process.stdout.write(
      `Cancelled ${MOMENTS} builds (an uncancelled one takes ${(buildMs / 1000).toFixed(1)} s):\n` +
        outcomes.map(report).join('\n') +
        '\n'
    )
    expect(outcomes.filter(outcome => outcome.problems.length > 0)).toEqual([])
    // The moments really are spread over the build, not bunched in one phase.
    expect(new Set(outcomes.map(outcome => outcome.phase)).size).toBeGreaterThanOrEqual(5)
  }, 600_000)

  it('with the runner’s own delays, cancelled while the AMI is being created, the step removes everything itself and exits before the kill', async () => {
    const emulator = await startE2eEmulator()
    try {
      const main = await runAction(buildStep(emulator, { cancel: { at: /Creating ami-/ } }))

      expect(main.signalsSent[0]?.signal).toBe('SIGINT')
      expect({ exitCode: main.exitCode, signal: main.signal }).toEqual({
        exitCode: 1,
        signal: null
      })
      expect(main.signalsSent.map(sent => sent.signal)).not.toContain('SIGKILL')
      expect(main.annotations).toContainEqual(
        expect.objectContaining({ level: 'error', message: expect.stringMatching(/cancelled/i) })
      )
      expect(await settledLedger(emulator)).toEqual([])

      const post = await runPost(main)
      expect(post.exitCode).toBe(0)
      expect(await settledLedger(emulator)).toEqual([])
      removeStepFiles(main)
    } finally {
      await stopE2eEmulator(emulator)
    }
  }, 120_000)

  it('leaves nothing behind when killed with no warning while booting, provisioning, imaging or copying', async () => {
    const moments = [
      /Launched i-/,
      /Provisioning with shell/,
      /Creating ami-/,
      /Copying ami-\S+ to us-west-2/
    ]
    const outcomes = await mapLimit(moments, LANES, at => cancelThenPost({ at, sequence: 'kill' }))

    expect(outcomes.map(({ ended, errors }) => ({ ended, errors }))).toEqual(
      moments.map(() => ({ ended: 'SIGKILL', errors: [] }))
    )
    // Killed mid-build, the step could not clean up: the post step had real work each time.
    for (const outcome of outcomes) expect(outcome.leftForPost).toBeGreaterThan(0)
    expect(outcomes.filter(outcome => outcome.problems.length > 0)).toEqual([])
  }, 300_000)
})

/** How long the answer to RunInstances is held back after EC2 has launched the instance. */
const LAUNCH_ANSWER_LATE_MS = 5_000

describe('a job cancelled after EC2 launched the instance but before its answer came, then the post step', () => {
  let emulator: Emulator
  let proxy: RecordingProxy
  let main: StepResult
  let post: StepResult
  let started: number

  beforeAll(async () => {
    emulator = await startE2eEmulator()
    proxy = await startRecordingProxy(emulator, {
      holdBack: { action: 'RunInstances', ms: LAUNCH_ANSWER_LATE_MS }
    })
    started = Date.now()
    main = await runAction(
      buildStep(
        { roleArn: emulator.roleArn, endpoint: proxy.endpoint, oidc: proxy.oidc },
        { cancel: { at: launchCallMs + 1_500, ...QUICK_RUNNER } }
      )
    )
    post = await runPost(main)
  }, 120_000)

  afterAll(async () => {
    await proxy?.close()
    removeStepFiles(main)
  })

  it('is cancelled while the answer to RunInstances is on its way', () => {
    const sigint = started + main.signalsSent[0].atMs
    expect(proxy.heldBack).toHaveLength(1)
    expect(sigint).toBeGreaterThan(proxy.heldBack[0].arrived)
    expect(sigint).toBeLessThan(proxy.heldBack[0].arrived + LAUNCH_ANSWER_LATE_MS)
    expect(post.exitCode).toBe(0)
  })

  it('leaves nothing behind', async () => {
    expect(await settledLedger(emulator)).toEqual([])
  })
})
