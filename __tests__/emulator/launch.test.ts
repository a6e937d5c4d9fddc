/**
 * RunInstances as AWS does it: a launch is atomic (the instance exists, tagged, the moment EC2
 * accepts the call, whatever becomes of the answer), idempotent by client token, and the
 * instance's attributes change the way ModifyInstanceAttribute allows.
 */
import { jest } from '@jest/globals'
import {
  CopyImageCommand,
  CreateImageCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client,
  type RunInstancesCommandInput
} from '@aws-sdk/client-ec2'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost, type FakeHost } from './fake-host.js'
import { ec2Client, until } from './sdk.js'

const RUN = { Key: 'ami-build:run-id', Value: 'run-7' }

let emulator: Emulator
let host: FakeHost
let ec2: EC2Client
/** Resolves the instance host's pending createRoot calls (a slow disk). */
let releaseRoots: (() => void) | undefined

async function start(options: { slowRoots?: boolean } = {}): Promise<void> {
  host = await createFakeHost()
  if (options.slowRoots) {
    const createRoot = host.createRoot.bind(host)
    const gate = new Promise<void>(resolve => (releaseRoots = resolve))
    host.createRoot = async (id, from) => {
      await gate
      return createRoot(id, from)
    }
  }
  emulator = await startEmulator({
    profile: 'instant',
    timings: { terminate: 50 },
    instanceHost: host
  })
  ec2 = ec2Client(emulator)
}

afterEach(async () => {
  releaseRoots?.()
  releaseRoots = undefined
  await emulator?.stop()
})

async function jammyAmd64(): Promise<string> {
  const { Images = [] } = await ec2.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: ['*jammy-22.04-amd64-server-20240501'] }]
    })
  )
  return Images[0].ImageId!
}

async function launchInput(
  extra: Partial<RunInstancesCommandInput> = {}
): Promise<RunInstancesCommandInput> {
  return {
    ImageId: await jammyAmd64(),
    InstanceType: 't3.micro',
    MinCount: 1,
    MaxCount: 1,
    TagSpecifications: [
      { ResourceType: 'instance', Tags: [RUN] },
      { ResourceType: 'volume', Tags: [RUN] }
    ],
    ...extra
  }
}

async function byToken(token: string) {
  const { Reservations = [] } = await ec2.send(
    new DescribeInstancesCommand({ Filters: [{ Name: 'client-token', Values: [token] }] })
  )
  return Reservations.flatMap(r => r.Instances ?? [])
}

async function stateOf(id: string): Promise<string | undefined> {
  const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))
  return Reservations[0]?.Instances?.[0]?.State?.Name
}

describe('a launch', () => {
  it('exists, pending and tagged, while EC2 is still preparing its answer', async () => {
    await start({ slowRoots: true })
    const answer = ec2.send(new RunInstancesCommand(await launchInput({ ClientToken: 'slow-1' })))

    const [seen] = await until(async () => {
      const found = await byToken('slow-1')
      return found.length ? found : undefined
    })
    expect(seen.State?.Name).toBe('pending')
    expect(seen.Tags).toEqual([RUN])
    expect(
      emulator
        .ledger()
        .resources.map(r => r.kind)
        .sort()
    ).toEqual(['instance', 'volume'])

    releaseRoots!()
    const { Instances = [] } = await answer
    expect(Instances[0].InstanceId).toBe(seen.InstanceId)
    expect(Instances[0].PrivateIpAddress).toMatch(/^127\.0\.0\.\d+$/)
  })

  it('terminated before its answer leaves nothing once the answer is out', async () => {
    await start({ slowRoots: true })
    const answer = ec2.send(new RunInstancesCommand(await launchInput({ ClientToken: 'slow-2' })))
    const [seen] = await until(async () => {
      const found = await byToken('slow-2')
      return found.length ? found : undefined
    })
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [seen.InstanceId!] }))

    releaseRoots!()
    await answer
    await until(async () => ((await stateOf(seen.InstanceId!)) === 'terminated' ? true : undefined))
    expect(emulator.ledger().resources).toEqual([])
    expect(host.running.size).toBe(0)
    expect(host.released).toHaveLength(1)
  })

  it('that the host cannot set up ends terminated, as a launch that fails inside AWS does', async () => {
    await start()
    host.createRoot = async () => {
      throw new Error('no space left on device')
    }
    // The emulator logs what went wrong on its side; expected here.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const input = await launchInput({ ClientToken: 'broken-1' })
    await expect(ec2.send(new RunInstancesCommand(input))).rejects.toMatchObject({
      name: 'InternalError'
    })

    const [ended] = await byToken('broken-1')
    expect(ended.State?.Name).toBe('terminated')
    expect(ended.StateReason?.Code).toBe('Server.InternalError')
    expect(emulator.ledger().resources).toEqual([])
    expect(host.released).toHaveLength(1)
    // A retry of the same launch is answered with the instance it made, not a second one.
    const again = await ec2.send(new RunInstancesCommand(input))
    expect(again.Instances![0].InstanceId).toBe(ended.InstanceId)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('no space left on device'))
    logged.mockRestore()
  })

  it('answered late (answerLatencyMs) has already happened when the answer is still on its way', async () => {
    await start()
    emulator.setFaults({ rules: [{ action: 'RunInstances', answerLatencyMs: 1_000 }] })
    const sent = Date.now()
    const answer = ec2.send(new RunInstancesCommand(await launchInput({ ClientToken: 'late-1' })))

    const [seen] = await until(async () => {
      const found = await byToken('late-1')
      return found.length ? found : undefined
    })
    expect(Date.now() - sent).toBeLessThan(1_000)
    const { Instances = [] } = await answer
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1_000)
    expect(Instances[0].InstanceId).toBe(seen.InstanceId)
  })
})

describe('a client token', () => {
  it('makes a repeated launch answer with the same instance instead of a second one', async () => {
    await start()
    const input = await launchInput({ ClientToken: 'build-web' })
    const first = await ec2.send(new RunInstancesCommand(input))
    const again = await ec2.send(new RunInstancesCommand(input))

    expect(again.Instances![0].InstanceId).toBe(first.Instances![0].InstanceId)
    expect(again.ReservationId).toBe(first.ReservationId)
    expect(emulator.ledger().resources.filter(r => r.kind === 'instance')).toHaveLength(1)
    expect((await byToken('build-web')).map(i => i.InstanceId)).toEqual([
      first.Instances![0].InstanceId
    ])
    expect(first.Instances![0].ClientToken).toBe('build-web')
  })

  it('refuses the same token with different parameters', async () => {
    await start()
    await ec2.send(new RunInstancesCommand(await launchInput({ ClientToken: 'build-web' })))
    await expect(
      ec2.send(
        new RunInstancesCommand(
          await launchInput({ ClientToken: 'build-web', InstanceType: 't3.small' })
        )
      )
    ).rejects.toMatchObject({ name: 'IdempotentParameterMismatch' })
    expect(emulator.ledger().resources.filter(r => r.kind === 'instance')).toHaveLength(1)
  })
})

describe('ModifyInstanceAttribute', () => {
  async function stoppedInstance(): Promise<string> {
    const { Instances = [] } = await ec2.send(new RunInstancesCommand(await launchInput()))
    const id = Instances[0].InstanceId!
    await until(async () => ((await stateOf(id)) === 'running' ? true : undefined))
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    await until(async () => ((await stateOf(id)) === 'stopped' ? true : undefined))
    return id
  }

  async function described(id: string) {
    const { Reservations = [] } = await ec2.send(
      new DescribeInstancesCommand({ InstanceIds: [id] })
    )
    return Reservations[0].Instances![0]
  }

  it('sets ena_support and sriov_support on a stopped instance, and the image taken from it has them', async () => {
    await start()
    const id = await stoppedInstance()
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, EnaSupport: { Value: false } })
    )
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, SriovNetSupport: { Value: 'simple' } })
    )
    expect(await described(id)).toMatchObject({ EnaSupport: false, SriovNetSupport: 'simple' })

    const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'no-ena' }))
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }))
    expect(Images[0].EnaSupport).toBe(false)
  })

  it('changes what EC2 allows only while stopped, and the rest while running', async () => {
    await start()
    const { Instances = [] } = await ec2.send(new RunInstancesCommand(await launchInput()))
    const id = Instances[0].InstanceId!
    await until(async () => ((await stateOf(id)) === 'running' ? true : undefined))

    await expect(
      ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, EnaSupport: { Value: true } }))
    ).rejects.toMatchObject({
      name: 'IncorrectInstanceState',
      message: `The instance '${id}' is not in the 'stopped' state.`
    })
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, SourceDestCheck: { Value: false } })
    )
    await ec2.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        InstanceInitiatedShutdownBehavior: { Value: 'terminate' }
      })
    )
    expect(await described(id)).toMatchObject({ SourceDestCheck: false })
  })

  it('refuses two attributes in one call, an unknown value, and a protected instance’s termination', async () => {
    await start()
    const id = await stoppedInstance()
    await expect(
      ec2.send(
        new ModifyInstanceAttributeCommand({
          InstanceId: id,
          EnaSupport: { Value: true },
          SourceDestCheck: { Value: true }
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterCombination' })
    await expect(
      ec2.send(
        new ModifyInstanceAttributeCommand({ InstanceId: id, SriovNetSupport: { Value: 'fast' } })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' })

    await ec2.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        DisableApiTermination: { Value: true }
      })
    )
    await expect(
      ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    ).rejects.toMatchObject({ name: 'OperationNotPermitted' })
    await ec2.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        Attribute: 'disableApiTermination',
        Value: 'false'
      })
    )
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    expect(await stateOf(id)).toBe('shutting-down')
  })
})

describe('CopyImage', () => {
  it('tags the copy and its snapshots as they are made (TagSpecifications)', async () => {
    await start()
    const west = ec2Client(emulator, 'us-west-2')
    const { Instances = [] } = await ec2.send(new RunInstancesCommand(await launchInput()))
    const id = Instances[0].InstanceId!
    await until(async () => ((await stateOf(id)) === 'running' ? true : undefined))
    const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'web' }))
    await until(async () => {
      const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }))
      return Images[0]?.State === 'available' ? true : undefined
    })

    const copy = await west.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: ImageId,
        Name: 'web',
        TagSpecifications: [
          { ResourceType: 'image', Tags: [RUN] },
          { ResourceType: 'snapshot', Tags: [RUN] }
        ]
      })
    )
    const { Images = [] } = await west.send(
      new DescribeImagesCommand({ ImageIds: [copy.ImageId!] })
    )
    expect(Images[0].Tags).toEqual([RUN])
    const { Snapshots = [] } = await west.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        Filters: [{ Name: 'tag:ami-build:run-id', Values: ['run-7'] }]
      })
    )
    expect(Snapshots.length).toBeGreaterThan(0)
    expect(Snapshots.map(s => s.Description)).toEqual(
      Snapshots.map(() => expect.stringContaining(copy.ImageId!))
    )
  })
})

describe('a Spot launch', () => {
  it('is a one-time Spot instance that cannot be stopped, and a price below the Spot price is never fulfilled', async () => {
    await start()
    const spot = {
      MarketType: 'spot' as const,
      SpotOptions: { SpotInstanceType: 'one-time' as const }
    }
    const { Instances = [] } = await ec2.send(
      new RunInstancesCommand(await launchInput({ InstanceMarketOptions: spot }))
    )
    const id = Instances[0].InstanceId!
    const { Reservations = [] } = await ec2.send(
      new DescribeInstancesCommand({ InstanceIds: [id] })
    )
    const described = Reservations[0].Instances![0]
    expect(described.InstanceLifecycle).toBe('spot')
    expect(described.SpotInstanceRequestId).toMatch(/^sir-[0-9a-f]+$/)

    await until(async () => ((await stateOf(id)) === 'running' ? true : undefined))
    await expect(ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))).rejects.toMatchObject({
      name: 'UnsupportedOperation',
      message: expect.stringContaining('one-time Spot Instance request')
    })
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }))

    await expect(
      ec2.send(
        new RunInstancesCommand(
          await launchInput({
            InstanceMarketOptions: {
              ...spot,
              SpotOptions: { ...spot.SpotOptions, MaxPrice: '0.001' }
            }
          })
        )
      )
    ).rejects.toMatchObject({ name: 'SpotMaxPriceTooLow' })
  })
})
