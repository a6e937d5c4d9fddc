/**
 * Every way a build can fail ends with a clear error and nothing left in the account.
 */
import type { Emulator, LedgerResource } from '../../emulator/api.js'
import { amazonEbsSteps } from '../../src/engine/build.js'
import { shell, template } from './helpers.js'
import { e2eSource, runBuild, startTestEmulator } from './e2e.js'

let emulator: Emulator
let before: Set<string>

const SENSITIVE = 'hunter2-sensitive-pw'

beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})
beforeEach(() => {
  emulator.setFaults({ rules: [] })
  before = new Set(emulator.ledger().resources.map(r => r.id))
})

async function leaked(): Promise<LedgerResource[]> {
  const deadline = Date.now() + 3000
  for (;;) {
    const left = emulator.ledger().resources.filter(r => !before.has(r.id))
    if (left.length === 0 || Date.now() > deadline) return left
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

const provisioned = (inline: string[]) =>
  template([e2eSource({ ami_regions: ['us-west-2', 'eu-west-1'] })], {
    sensitive: [SENSITIVE],
    provisioners: [shell({ inline, environment_vars: [`PASSWORD=${SENSITIVE}`] })]
  })

async function expectFailure(
  run: Awaited<ReturnType<typeof runBuild>>,
  message: RegExp
): Promise<void> {
  expect(run.result.artifacts).toEqual([])
  expect(run.result.failures).toHaveLength(1)
  expect(run.result.failures[0]!.message).toMatch(message)
  expect(run.reporter.text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
  expect(run.reporter.text).not.toContain(SENSITIVE)
  expect(run.result.leftBehind).toEqual([])
  expect(await leaked()).toEqual([])
}

describe('a failing build leaves nothing behind', () => {
  it('when a provisioner exits 1', async () => {
    const run = await runBuild(provisioned(['echo "about to fail with $PASSWORD"', 'exit 1']))
    await expectFailure(
      run,
      /shell provisioner \(provisioners\[0\], \/work\/template.yml:10\) exited 1/
    )
  })

  it('when SSH never comes up within ssh_timeout', async () => {
    emulator.setFaults({ rules: [{ action: 'RunInstances', sshNever: true }] })
    const run = await runBuild(
      template([e2eSource({ ssh_timeout: 1500 })], { sensitive: [SENSITIVE] })
    )
    await expectFailure(
      run,
      /Could not connect over SSH to ubuntu@127\.0\.0\.\d+:22 within 2 s \(ssh_timeout\)/
    )
  })

  it('when EC2 has no capacity for the instance', async () => {
    emulator.setFaults({
      rules: [
        {
          action: 'RunInstances',
          error: {
            code: 'InsufficientInstanceCapacity',
            message: 'We currently do not have sufficient t3.micro capacity.',
            status: 500
          }
        }
      ]
    })
    const run = await runBuild(provisioned(['true']))
    await expectFailure(
      run,
      /could not launch a t3\.micro in us-east-1: InsufficientInstanceCapacity/
    )
  })

  it('when the image goes failed', async () => {
    emulator.setFaults({ rules: [{ action: 'CreateImage', imageFails: true }] })
    const run = await runBuild(provisioned(['true']))
    await expectFailure(run, /AMI ami-\w+ in us-east-1 failed: /)
  })

  it('when CopyImage fails in the second region after the first copy exists', async () => {
    emulator.setFaults({
      rules: [
        {
          action: 'CopyImage',
          region: 'eu-west-1',
          latencyMs: 150,
          error: {
            code: 'ResourceLimitExceeded',
            message: 'You have reached the maximum number of concurrent copies.'
          }
        }
      ]
    })
    const run = await runBuild(provisioned(['true']))
    await expectFailure(run, /Copying the AMI to eu-west-1 failed: You have reached the maximum/)
    const copied = run.events.filter(e => e.type === 'created' && e.resource.region === 'us-west-2')
    expect(copied.map(e => e.resource.kind)).toContain('image')
  })
})

describe('cancelling a build', () => {
  const source = e2eSource({
    ami_regions: ['us-west-2'],
    ami_users: ['111122223333'],
    force_deregister: true,
    tags: { App: 'web' }
  })
  const steps = amazonEbsSteps(source)
    .flat()
    .map(s => s.name)

  it.each(steps)('at the start of "%s" stops at once and leaves nothing behind', async step => {
    const controller = new AbortController()
    const run = await runBuild(
      template([{ ...source, ami_name: `${source.ami_name}-${step}` }], {
        sensitive: [SENSITIVE],
        provisioners: [shell({ inline: ['echo provisioning'] })]
      }),
      { signal: controller.signal },
      {
        beforeStep: (_build, name) => {
          if (name === step) controller.abort(new Error('SIGINT'))
        }
      }
    )
    expect(run.result.cancelled).toBe(true)
    expect(run.result.failures[0]!.message).toMatch(/^Cancelled/)
    expect(run.result.leftBehind).toEqual([])
    expect(await leaked()).toEqual([])
  })
})

describe('a throttled account', () => {
  it('still builds when 30% of calls are throttled', async () => {
    emulator.setFaults({
      seed: 7,
      rules: [
        {
          action: '*',
          probability: 0.3,
          error: { code: 'RequestLimitExceeded', message: 'Request limit exceeded.', status: 503 }
        }
      ]
    })
    const run = await runBuild(provisioned(['echo ok']))
    expect(run.result.failures).toEqual([])
    expect(Object.keys(run.result.artifacts[0]!.amis)).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1'
    ])
    const throttled = emulator.calls().filter(c => c.error === 'RequestLimitExceeded')
    expect(throttled.length).toBeGreaterThan(5)
    expect(run.reporter.text).not.toContain('RequestLimitExceeded')
    emulator.setFaults({ rules: [] })
    const left = await leaked()
    expect(left.every(r => r.kind === 'image' || r.kind === 'snapshot')).toBe(true)
  })
})
