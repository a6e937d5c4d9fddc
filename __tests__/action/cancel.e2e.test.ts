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
  type StepOptions
} from '../helpers/runner.js'

const SEED = Number(process.env.AMI_BUILD_CANCEL_SEED ?? 20261122)
const POINTS = 20

let emulator: Emulator
let buildMs: number

beforeAll(async () => {
  ensureDist()
  emulator = await startEmulator({ profile: 'instant' })
  // One build to completion: its duration spreads the cancellation points over every phase.
  const reference = await runAction(step())
  expect(reference.exitCode).toBe(0)
  buildMs = reference.durationMs
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

function liveIds(): Set<string> {
  return new Set(emulator.ledger().resources.map(resource => `${resource.region}/${resource.id}`))
}

describe(`cancelling a build (seed ${SEED})`, () => {
  it(`at ${POINTS} random moments, followed by the post step, leaves the account as it was`, async () => {
    const next = random(SEED)
    const outcomes: string[] = []
    for (let point = 0; point < POINTS; point++) {
      const at = Math.round(next() * buildMs)
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
      const context = `cancelled at ${at} ms of ${buildMs} (seed ${SEED}, point ${point}), exit ${main.exitCode ?? main.signal}: ${tail}`
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
