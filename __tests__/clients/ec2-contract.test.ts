/**
 * Our EC2 client against the AWS SDK's, command by command: the same input must make the same
 * request, and the same answer must read as the same output (or the same error). The answers are
 * the emulator's own, recorded on the way through a proxy, then replayed to the SDK.
 */
import * as sdk from '@aws-sdk/client-ec2'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createEc2Clients, type Ec2Client, type Ec2Clients } from '../../src/clients/ec2.js'
import type { Ec2Command } from '../../src/clients/query.js'
import { generateEd25519 } from '../../src/engine/keys.js'
import { createFakeHost } from '../emulator/fake-host.js'
import { until } from '../emulator/sdk.js'
import {
  cannedServer,
  params,
  recordingProxy,
  sdkEc2,
  withoutMetadata,
  type TestServer
} from './helpers.js'

type Commands = Ec2Clients['sdk']
type Action = keyof Commands extends `${infer A}Command` ? A : never

let emulator: Emulator
let proxy: Awaited<ReturnType<typeof recordingProxy>>
let replay: Awaited<ReturnType<typeof cannedServer>>
let ours: Ec2Clients

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant', instanceHost: await createFakeHost() })
  proxy = await recordingProxy(emulator.endpoint)
  replay = await cannedServer({ status: 500, body: '' })
  ours = await createEc2Clients(undefined, {
    env: {
      AWS_ENDPOINT_URL: proxy.endpoint,
      AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey
    }
  })
})

afterAll(async () => {
  ours.destroy()
  await Promise.all([proxy.close(), replay.close()])
  await emulator.stop()
})

type Outcome =
  | { output: Record<string, unknown> }
  | { error: { name: string; fault: unknown; status: unknown; message: string } }

async function outcome(sent: Promise<object>): Promise<Outcome> {
  return sent.then(
    output => ({ output: withoutMetadata(output) as Record<string, unknown> }),
    (
      error: { name: string; $fault?: unknown; $metadata?: { httpStatusCode?: unknown } } & Error
    ) => ({
      error: {
        name: error.name,
        fault: error.$fault,
        status: error.$metadata?.httpStatusCode,
        message: error.message
      }
    })
  )
}

function last(server: TestServer) {
  return server.requests[server.requests.length - 1]!
}

/**
 * Sends `input` with our client (through the recording proxy to the emulator) and with the SDK
 * (to a server replaying the emulator's answer); both must have sent the same parameters and
 * read the answer alike. Returns our output.
 */
async function both<A extends Action>(
  action: A,
  input: ConstructorParameters<Commands[`${A}Command`]>[0],
  { region = 'us-east-1', ignore = [] }: { region?: string; ignore?: string[] } = {}
): Promise<Record<string, unknown>> {
  const Ours = ours.sdk[`${action}Command`] as unknown as new (
    input: object
  ) => Ec2Command<object, object>
  const Theirs = (sdk as unknown as Record<string, new (input: object) => object>)[
    `${action}Command`
  ]!
  const client: Ec2Client = ours.client(region)
  const ourOutcome = await outcome(client.send(new Ours(input)))
  const request = last(proxy)
  replay.answerWith(proxy.answers[proxy.answers.length - 1]!)
  const theirOutcome = await outcome(
    sdkEc2(replay.endpoint, region).send(new Theirs(input) as never) as Promise<object>
  )
  const sent = (body: string) => {
    const all: Record<string, string> = { action, ...params(body) }
    for (const name of ignore) delete all[name]
    return all
  }
  expect(sent(request.body)).toEqual(sent(last(replay).body))
  expect(ourOutcome).toEqual(theirOutcome)
  if ('error' in ourOutcome)
    throw Object.assign(new Error(ourOutcome.error.message), ourOutcome.error)
  return ourOutcome.output
}

const RUN = [{ Key: 'ami-build:run-id', Value: 'contract' }]

describe('every command the engine sends, against the SDK', () => {
  it('makes the same requests and reads the emulator’s answers alike, through a whole build', async () => {
    const regions = await both('DescribeRegions', { AllRegions: true })
    expect((regions.Regions as unknown[]).length).toBeGreaterThan(1)

    const images = await both('DescribeImages', {
      Owners: ['099720109477'],
      Filters: [
        { Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*'] },
        { Name: 'virtualization-type', Values: ['hvm'] },
        { Name: 'root-device-type', Values: ['ebs'] }
      ],
      IncludeDeprecated: true
    })
    const source = (images.Images as sdk.Image[])[0]!
    expect(source.BlockDeviceMappings?.length).toBeGreaterThan(0)

    const vpcs = await both('DescribeVpcs', {
      Filters: [{ Name: 'is-default', Values: ['true'] }]
    })
    const vpcId = (vpcs.Vpcs as sdk.Vpc[])[0]!.VpcId!
    const subnets = await both('DescribeSubnets', {
      Filters: [{ Name: 'vpc-id', Values: [vpcId] }]
    })
    const subnet = (subnets.Subnets as sdk.Subnet[])[0]!

    const key = generateEd25519('contract')
    await both('ImportKeyPair', {
      KeyName: 'contract',
      PublicKeyMaterial: Buffer.from(key.publicKey),
      TagSpecifications: [{ ResourceType: 'key-pair', Tags: RUN }]
    })
    const keys = await both('DescribeKeyPairs', { KeyNames: ['contract'] })
    expect((keys.KeyPairs as sdk.KeyPairInfo[])[0]!.KeyName).toBe('contract')

    const group = await both('CreateSecurityGroup', {
      GroupName: 'ami-build-contract',
      Description: 'SSH for <ami-build> & "friends" — temporary',
      VpcId: vpcId,
      TagSpecifications: [{ ResourceType: 'security-group', Tags: RUN }]
    })
    const groupId = group.GroupId as string
    await both('AuthorizeSecurityGroupIngress', {
      GroupId: groupId,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 22,
          ToPort: 22,
          IpRanges: [{ CidrIp: '127.0.0.1/32', Description: 'the runner' }]
        }
      ]
    })
    const groups = await both('DescribeSecurityGroups', { GroupIds: [groupId] })
    expect((groups.SecurityGroups as sdk.SecurityGroup[])[0]!.Description).toContain('<ami-build>')

    const launched = await both('RunInstances', {
      ImageId: source.ImageId!,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: 'contract',
      ClientToken: 'contract-launch',
      UserData: Buffer.from('#cloud-config\n').toString('base64'),
      MetadataOptions: {
        HttpEndpoint: 'enabled',
        HttpTokens: 'required',
        HttpPutResponseHopLimit: 2
      },
      BlockDeviceMappings: [
        {
          DeviceName: source.RootDeviceName!,
          Ebs: { VolumeSize: 10, VolumeType: 'gp3', DeleteOnTermination: true, Encrypted: false }
        },
        { DeviceName: '/dev/sdf', NoDevice: '' }
      ],
      Placement: { AvailabilityZone: subnet.AvailabilityZone },
      InstanceInitiatedShutdownBehavior: 'terminate',
      SubnetId: subnet.SubnetId,
      SecurityGroupIds: [groupId],
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'builder' }, ...RUN] },
        { ResourceType: 'volume', Tags: RUN }
      ]
    })
    const instanceId = (launched.Instances as sdk.Instance[])[0]!.InstanceId!
    const described = await both('DescribeInstances', { InstanceIds: [instanceId] })
    const instance = (described.Reservations as sdk.Reservation[])[0]!.Instances![0]!
    expect(instance.LaunchTime).toBeInstanceOf(Date)
    expect(instance.SecurityGroups?.[0]?.GroupId).toBe(groupId)

    await both('StopInstances', { InstanceIds: [instanceId] })
    await until(async () => {
      const out = await ours
        .client('us-east-1')
        .send(new ours.sdk.DescribeInstancesCommand({ InstanceIds: [instanceId] }))
      return out.Reservations?.[0]?.Instances?.[0]?.State?.Name === 'stopped' || undefined
    })
    await both('ModifyInstanceAttribute', { InstanceId: instanceId, EnaSupport: { Value: true } })
    await both('ModifyInstanceAttribute', {
      InstanceId: instanceId,
      SriovNetSupport: { Value: 'simple' }
    })

    const created = await both('CreateImage', {
      InstanceId: instanceId,
      Name: 'contract-image',
      Description: 'made by the contract test',
      TagSpecifications: [
        { ResourceType: 'image', Tags: RUN },
        { ResourceType: 'snapshot', Tags: RUN }
      ]
    })
    const imageId = created.ImageId as string
    await both('DescribeImages', { ImageIds: [imageId] })
    await both('DescribeImages', {
      Owners: ['self'],
      Filters: [{ Name: 'name', Values: ['contract-image'] }]
    })
    const snapshots = await both('DescribeSnapshots', {
      OwnerIds: ['self'],
      Filters: [{ Name: 'tag:ami-build:run-id', Values: ['contract'] }]
    })
    const snapshotId = (snapshots.Snapshots as sdk.Snapshot[])[0]?.SnapshotId

    await both('CreateTags', { Resources: [imageId], Tags: [{ Key: 'App', Value: 'web' }, ...RUN] })
    await both('DeleteTags', { Resources: [imageId], Tags: [{ Key: 'App' }] })
    await both('ModifyImageAttribute', {
      ImageId: imageId,
      LaunchPermission: { Add: [{ UserId: '111122223333' }, { Group: 'all' }] }
    })
    await both('ModifyImageAttribute', { ImageId: imageId, ImdsSupport: { Value: 'v2.0' } })
    if (snapshotId) {
      await both('ModifySnapshotAttribute', {
        SnapshotId: snapshotId,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        UserIds: ['111122223333']
      })
    }
    await both('EnableImageDeprecation', {
      ImageId: imageId,
      DeprecateAt: new Date('2030-01-01T00:00:00Z')
    })

    const copied = await both(
      'CopyImage',
      {
        SourceImageId: imageId,
        SourceRegion: 'us-east-1',
        Name: 'contract-image',
        Description: 'copy',
        Encrypted: false,
        ClientToken: 'contract-copy'
      },
      { region: 'us-west-2' }
    )
    await both('DeregisterImage', { ImageId: copied.ImageId as string }, { region: 'us-west-2' })

    await both('TerminateInstances', { InstanceIds: [instanceId] })
    await both('DeleteKeyPair', { KeyName: 'contract' })
    await both('DeregisterImage', { ImageId: imageId })
    if (snapshotId) await both('DeleteSnapshot', { SnapshotId: snapshotId })
    // The group may still be in use by the terminating instance: either answer is read alike.
    await both('DeleteSecurityGroup', { GroupId: groupId }).catch((error: Error) =>
      expect(error.name).toBe('DependencyViolation')
    )
    expect(snapshotId).toBeDefined()
  })

  it('reads the emulator’s errors alike: code, status, fault and message', async () => {
    await expect(
      both('DescribeImages', { ImageIds: ['ami-0000000000000000f'] })
    ).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound',
      status: 400,
      fault: 'client'
    })
    emulator.setFaults({
      rules: [{ action: 'DescribeRegions', error: { code: 'RequestLimitExceeded' } }]
    })
    try {
      await expect(both('DescribeRegions', {})).rejects.toMatchObject({
        name: 'RequestLimitExceeded',
        status: 503,
        fault: 'server'
      })
    } finally {
      emulator.setFaults({ rules: [] })
    }
  })

  it('generates an idempotency token, as the SDK does, when the input has none', async () => {
    const input = { SourceImageId: 'ami-0000000000000000f', SourceRegion: 'us-east-1', Name: 'x' }
    await expect(both('CopyImage', input, { ignore: ['ClientToken'] })).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound'
    })
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(params(last(proxy).body).ClientToken).toMatch(uuid)
    expect(params(last(replay).body).ClientToken).toMatch(uuid)
  })
})
