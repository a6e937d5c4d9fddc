import {
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  EC2Client,
  RunInstancesCommand
} from '@aws-sdk/client-ec2'
import type { CallRecord, Emulator, Ledger, TransitionRecord } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost } from './fake-host.js'
import { ec2Client, until } from './sdk.js'

let emulator: Emulator
let ec2: EC2Client

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant', instanceHost: await createFakeHost() })
  ec2 = ec2Client(emulator)
})
afterAll(() => emulator?.stop())

const getJson = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${emulator.endpoint}${path}`)).json()) as T

describe('the ledger and the call log', () => {
  it('lists live resources by region and tag, and leftovers(tag) finds a run’s own', async () => {
    const tag = { Key: 'run', Value: 'r1' }
    await ec2.send(
      new CreateKeyPairCommand({
        KeyName: 'tagged',
        TagSpecifications: [{ ResourceType: 'key-pair', Tags: [tag] }]
      })
    )
    await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'untagged', Description: 'x' }))
    const ledger = await getJson<Ledger>('/_emulator/ledger')
    expect(ledger.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'key-pair',
          name: 'tagged',
          region: 'us-east-1',
          tags: { run: 'r1' },
          owner: '123456789012'
        }),
        expect.objectContaining({ kind: 'security-group', name: 'untagged', region: 'us-east-1' })
      ])
    )
    expect(ledger.resources.some(r => r.kind === 'image')).toBe(false)
    expect(emulator.leftovers({ key: 'run', value: 'r1' }).map(r => r.name)).toEqual(['tagged'])
    const narrowed = await getJson<Ledger>('/_emulator/ledger?tag=run=r1')
    expect(narrowed.resources.map(r => r.name)).toEqual(['tagged'])
  })

  it('records every call with its caller, and what each Describe showed', async () => {
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }))
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: Images.find(i => i.Architecture === 'x86_64')!.ImageId,
        InstanceType: 't3.nano',
        MinCount: 1,
        MaxCount: 1
      })
    )
    const id = run.Instances![0].InstanceId!
    await until(async () =>
      (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]
        ?.Instances?.[0]?.State?.Name === 'running'
        ? true
        : undefined
    )
    const calls = await getJson<CallRecord[]>('/_emulator/calls')
    const describes = calls.filter(c => c.action === 'DescribeInstances')
    expect(describes.at(-1)?.observed).toEqual([{ id, state: 'running' }])
    expect(describes.at(-1)?.caller).toEqual({
      accessKeyId: emulator.credentials.accessKeyId,
      arn: 'arn:aws:iam::123456789012:user/emulator'
    })
    expect(calls.find(c => c.action === 'RunInstances')?.params).toMatchObject({
      InstanceType: 't3.nano',
      MinCount: '1'
    })
    const transitions = await getJson<TransitionRecord[]>('/_emulator/transitions')
    const boot = transitions.filter(t => t.id === id)
    expect(boot.map(t => t.to)).toEqual(['pending', 'running'])
    // A benchmark's measure: how long after the transition the client noticed it.
    const noticed = describes.find(c =>
      c.observed?.some(o => o.id === id && o.state === 'running')
    )!
    expect(noticed.time + noticed.durationMs).toBeGreaterThanOrEqual(boot[1].time)
  })

  it('answers DryRun with DryRunOperation (412) and an unknown action with InvalidAction', async () => {
    await expect(ec2.send(new DescribeInstancesCommand({ DryRun: true }))).rejects.toMatchObject({
      name: 'DryRunOperation',
      $metadata: { httpStatusCode: 412 }
    })
    const renaming = new EC2Client({
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials: emulator.credentials,
      maxAttempts: 1
    })
    renaming.middlewareStack.add(
      next => async args => {
        const request = args.request as { body: string; headers: Record<string, string> }
        request.body = request.body.replace('Action=DescribeRegions', 'Action=LaunchRockets')
        request.headers['content-length'] = String(Buffer.byteLength(request.body))
        return next(args)
      },
      { step: 'build', priority: 'low' }
    )
    const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2')
    await expect(renaming.send(new DescribeRegionsCommand({}))).rejects.toMatchObject({
      name: 'InvalidAction',
      message: 'The action LaunchRockets is not valid for this web service.'
    })
  })
})
