import {
  CreateImageCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import type { Emulator, FaultPlan } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost, type FakeHost } from './fake-host.js'
import { ec2Client, until } from './sdk.js'

let emulator: Emulator
let host: FakeHost
let ec2: EC2Client

async function start(faults?: FaultPlan) {
  host = await createFakeHost()
  emulator = await startEmulator({ profile: 'instant', instanceHost: host, faults })
  ec2 = ec2Client(emulator)
}
afterEach(() => emulator?.stop())

async function jammy(): Promise<string> {
  const { Images = [] } = await ec2.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: ['*jammy*amd64*20240501'] }]
    })
  )
  return Images[0].ImageId!
}

const runOne = async () =>
  (
    await ec2.send(
      new RunInstancesCommand({
        ImageId: await jammy(),
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1
      })
    )
  ).Instances![0].InstanceId!

async function outcomes(count: number): Promise<string[]> {
  const seen: string[] = []
  for (let i = 0; i < count; i++) {
    seen.push(
      await ec2.send(new DescribeRegionsCommand({})).then(
        () => 'ok',
        (e: Error) => e.name
      )
    )
  }
  return seen
}

describe('the fault plan', () => {
  it('throttles the nth call with RequestLimitExceeded and HTTP 503, in AWS’s error XML', async () => {
    await start({
      rules: [{ action: 'DescribeRegions', nth: [2, 3], error: { code: 'RequestLimitExceeded' } }]
    })
    const failure = await ec2
      .send(new DescribeRegionsCommand({}))
      .then(() => ec2.send(new DescribeRegionsCommand({})))
      .catch(e => e)
    expect(failure).toMatchObject({
      name: 'RequestLimitExceeded',
      message: 'Request limit exceeded.',
      $metadata: { httpStatusCode: 503 }
    })
    expect(await outcomes(2)).toEqual(['RequestLimitExceeded', 'ok'])
    expect(emulator.calls().map(c => c.error ?? 'ok')).toEqual([
      'ok',
      'RequestLimitExceeded',
      'RequestLimitExceeded',
      'ok'
    ])
  })

  it('answers InsufficientInstanceCapacity for RunInstances only in the region it names', async () => {
    await start({
      rules: [
        {
          action: 'RunInstances',
          region: 'us-east-1',
          error: { code: 'InsufficientInstanceCapacity' }
        }
      ]
    })
    await expect(runOne()).rejects.toMatchObject({
      name: 'InsufficientInstanceCapacity',
      $metadata: { httpStatusCode: 500 }
    })
    expect(emulator.ledger().resources).toEqual([])
    ec2 = ec2Client(emulator, 'us-west-2')
    await expect(runOne()).resolves.toMatch(/^i-/)
  })

  it('repeats the same probabilistic faults for the same seed', async () => {
    const plan = {
      seed: 7,
      rules: [
        { action: 'DescribeRegions', probability: 0.5, error: { code: 'RequestLimitExceeded' } }
      ]
    }
    await start(plan)
    const first = await outcomes(12)
    await emulator.stop()
    await start(plan)
    expect(await outcomes(12)).toEqual(first)
    expect(first).toContain('ok')
    expect(first).toContain('RequestLimitExceeded')
  })

  it('adds latency to matching calls', async () => {
    await start({ rules: [{ action: 'DescribeRegions', latencyMs: 150 }] })
    const started = Date.now()
    await ec2.send(new DescribeRegionsCommand({}))
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('lets an image go failed, with its snapshots in error', async () => {
    await start({ rules: [{ action: 'CreateImage', imageFails: true }] })
    const id = await runOne()
    await until(async () =>
      (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]
        ?.Instances?.[0]?.State?.Name === 'running'
        ? true
        : undefined
    )
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    const { ImageId } = await until(() =>
      ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'doomed' })).catch(() => undefined)
    )
    const image = await until(async () => {
      const found = (await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] })))
        .Images?.[0]
      return found?.State === 'failed' ? found : undefined
    })
    expect(image.StateReason?.Code).toBe('Server.InternalError')
    expect(emulator.ledger().resources.find(r => r.kind === 'snapshot')?.state).toBe('error')
  })

  it('keeps sshd down for an instance whose SSH never comes up, and starts it late when told', async () => {
    await start({
      rules: [
        { action: 'RunInstances', nth: [1], sshNever: true },
        { action: 'RunInstances', nth: [2], sshDelayMs: 200 }
      ]
    })
    const never = await runOne()
    const late = await runOne()
    const runningAt = await until(
      async () => emulator.transitions().find(t => t.id === late && t.to === 'running')?.time
    )
    await until(async () => host.running.get(late))
    expect(Date.now() - runningAt).toBeGreaterThanOrEqual(190)
    expect(emulator.transitions().some(t => t.id === never && t.to === 'running')).toBe(true)
    expect(host.running.has(never)).toBe(false)
  })

  it('replaces the plan at run time, from code or over HTTP', async () => {
    await start()
    emulator.setFaults({
      rules: [{ action: 'DescribeRegions', error: { code: 'Unavailable', status: 503 } }]
    })
    expect(await outcomes(1)).toEqual(['Unavailable'])
    const response = await fetch(`${emulator.endpoint}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ rules: [] })
    })
    expect(response.status).toBe(200)
    expect(await outcomes(1)).toEqual(['ok'])
    const bad = await fetch(`${emulator.endpoint}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ rules: [{}] })
    })
    expect(bad.status).toBe(400)
  })
})
