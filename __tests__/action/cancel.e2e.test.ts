/**
 * Cancelling a job at any moment never leaks: the bundled main entry is cancelled the way the
 * runner cancels (SIGINT, SIGTERM, SIGKILL) at seeded random moments across a whole build, then
 * the post entry runs; afterwards the account holds exactly what it held before. Set
 * AMI_BUILD_CANCEL_SEED to replay a failing sequence.
 */
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { actionsOutsideReadmePolicy } from './policy.js'
import {
  ensureDist,
  repositoryRoot,
  runAction,
  runPost,
  type Cancellation,
  type StepOptions,
  type StepResult
} from '../helpers/runner.js'

const SEED = Number(process.env.AMI_BUILD_CANCEL_SEED ?? 20261122)
const POINTS = 20

let emulator: Emulator
let reference: StepResult

beforeAll(async () => {
  ensureDist()
  emulator = await startEmulator({ profile: 'instant' })
  // One build to completion: its timeline spreads the cancellation points over every phase.
  reference = await runAction(step())
  expect(reference.exitCode).toBe(0)
}, 300_000)

afterAll(async () => {
  await emulator?.stop()
})

function step(overrides: Partial<StepOptions> = {}): StepOptions {
  const workspace = mkdtempSync(join(tmpdir(), 'ami-build-cancel-'))
  cpSync(join(repositoryRoot, '__tests__/action/fixtures/build'), workspace, { recursive: true })
  return {
    workspace,
    inputs: {
      template: 'template.yml',
      'role-to-assume': emulator.roleArn,
      'aws-region': 'us-east-1',
      variables: 'db_password=correct-horse-battery'
    },
    env: { AWS_ENDPOINT_URL: emulator.endpoint },
    oidc: emulator.oidc,
    timeoutMs: 120_000,
    ...overrides
  }
}

/** mulberry32: a small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A moment of the reference build, `ms` after its start, as a point in the build's progress: so
 * many ms after the last stdout line printed before it. On a slower or busier machine the same
 * point still falls in the same phase, where a fixed offset would drift past the build's end.
 */
function progressPoint(ms: number): Cancellation['at'] {
  const before = reference.lines.filter(line => line.atMs <= ms)
  if (before.length === 0) return ms
  return { line: before.length, afterMs: ms - before[before.length - 1].atMs }
}

function describePoint(at: Cancellation['at']): string {
  if (typeof at === 'number') return `${at} ms after start`
  if (at instanceof RegExp) return `on ${at}`
  return `${at.afterMs} ms after line ${at.line} ("${reference.lines[at.line - 1].text.slice(0, 60)}")`
}

function liveIds(): Set<string> {
  return new Set(emulator.ledger().resources.map(resource => `${resource.region}/${resource.id}`))
}

describe(`cancelling a build (seed ${SEED})`, () => {
  it(`at ${POINTS} random moments, followed by the post step, leaves the account as it was`, async () => {
    const next = random(SEED)
    const outcomes: string[] = []
    for (let point = 0; point < POINTS; point++) {
      const ms = Math.round(next() * reference.durationMs)
      const at = progressPoint(ms)
      const before = liveIds()

      const main = await runAction(
        step({ cancel: { at, sigtermAfterMs: 1500, sigkillAfterMs: 500 } })
      )
      const post = await runPost(main, { oidc: emulator.oidc })

      const tail = main.stdout
        .split('\n')
        .filter(line => line && !line.startsWith('::add-mask::'))
        .slice(-4)
        .join(' | ')
      const context = `cancelled ${describePoint(at)}, ${ms} ms into the reference's ${reference.durationMs} (seed ${SEED}, point ${point}), exit ${main.exitCode ?? main.signal}: ${tail}`
      expect({ context, post: post.exitCode }).toEqual({ context, post: 0 })
      const added = emulator
        .ledger()
        .resources.filter(resource => !before.has(`${resource.region}/${resource.id}`))
      // AMIs may exist afterwards only when the step delivered them as its outputs.
      const delivered = main.outputs['ami-ids']
        ? Object.values(JSON.parse(main.outputs['ami-ids']))
        : []
      expect({
        context,
        images: added
          .filter(r => r.kind === 'image')
          .map(r => r.id)
          .sort(),
        others: added.filter(r => r.kind !== 'image' && r.kind !== 'snapshot')
      }).toEqual({ context, images: [...delivered].sort(), others: [] })
      if (delivered.length === 0) expect({ context, added }).toEqual({ context, added: [] })
      outcomes.push(delivered.length > 0 ? 'finished' : main.signal ? 'killed' : 'cancelled')
    }
    // The points really fell during the build, not all after it.
    expect(outcomes.filter(outcome => outcome === 'cancelled').length).toBeGreaterThan(POINTS / 2)
  }, 900_000)

  it('by a SIGKILL with no warning, followed by the post step, leaves the account as it was', async () => {
    const before = liveIds()

    const main = await runAction(
      step({ cancel: { at: /Provisioning with shell/, sequence: 'kill' } })
    )
    expect(main.signal).toBe('SIGKILL')
    expect(liveIds().size).toBeGreaterThan(before.size)
    const post = await runPost(main, { oidc: emulator.oidc })

    expect(post.exitCode).toBe(0)
    expect([...liveIds()].filter(id => !before.has(id))).toEqual([])
  }, 120_000)

  it('calls only what the README’s IAM policies allow, cleanup and post step included', () => {
    expect(actionsOutsideReadmePolicy(emulator.calls())).toEqual([])
  })
})
