import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  GetConsoleOutputCommand,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost, type FakeHost } from './fake-host.js'
import { ec2Client, until } from './sdk.js'

const RUN = { Key: 'ami-build:run-id', Value: 'run-42' }

let emulator: Emulator
let host: FakeHost
let ec2: EC2Client

beforeEach(async () => {
  host = await createFakeHost()
  // Termination long enough that the DependencyViolation window is there even on a loaded machine.
  emulator = await startEmulator({
    profile: 'instant',
    timings: { terminate: 500 },
    instanceHost: host
  })
  ec2 = ec2Client(emulator)
})
afterEach(() => emulator?.stop())

async function jammyAmd64(): Promise<string> {
  const { Images = [] } = await ec2.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: ['*jammy-22.04-amd64-server-20240501'] }]
    })
  )
  return Images[0].ImageId!
}

async function state(instanceId: string): Promise<string | undefined> {
  const { Reservations = [] } = await ec2.send(
    new DescribeInstancesCommand({ InstanceIds: [instanceId] })
  )
  return Reservations[0]?.Instances?.[0]?.State?.Name
}

const reaches = (instanceId: string, wanted: string) =>
  until(async () => ((await state(instanceId)) === wanted ? true : undefined))

async function launch(extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]> = {}) {
  const key = await ec2.send(
    new CreateKeyPairCommand({ KeyName: `k-${Math.random()}`, KeyType: 'ed25519' })
  )
  const group = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: `g-${Math.random()}`, Description: 'ssh' })
  )
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: group.GroupId,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '127.0.0.0/8' }] }
      ]
    })
  )
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: await jammyAmd64(),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: key.KeyName,
      SecurityGroupIds: [group.GroupId!],
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [RUN, { Key: 'Name', Value: 'builder' }] },
        { ResourceType: 'volume', Tags: [RUN] }
      ],
      ...extra
    })
  )
  return { key, groupId: group.GroupId!, instance: run.Instances![0] }
}

describe('an instance’s life', () => {
  it('boots to running, starts sshd with the key pair for the image’s user, and reports a loopback address', async () => {
    const { key, instance } = await launch()
    expect(instance.State?.Name).toBe('pending')
    expect(instance.PrivateIpAddress).toMatch(/^127\.0\.0\.\d+$/)
    expect(instance.Tags).toEqual(expect.arrayContaining([RUN]))
    await reaches(instance.InstanceId!, 'running')
    const sshd = await until(async () => host.running.get(instance.InstanceId!))
    expect(sshd.user).toBe('ubuntu')
    expect(sshd.address).toBe(instance.PrivateIpAddress)
    expect(sshd.authorizedKey).toMatch(/^ssh-ed25519 AAAA/)
    expect(key.KeyMaterial).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/)

    const { Reservations = [] } = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [{ Name: 'tag:ami-build:run-id', Values: ['run-42'] }]
      })
    )
    const described = Reservations[0].Instances![0]
    expect(described.PublicIpAddress).toBe(instance.PrivateIpAddress)
    expect(described.PublicDnsName ?? '').toBe('')
    expect(described.Architecture).toBe('x86_64')
    const status = await ec2.send(
      new DescribeInstanceStatusCommand({ InstanceIds: [instance.InstanceId!] })
    )
    expect(status.InstanceStatuses?.[0]?.InstanceStatus?.Status).toBe('ok')
    const console = await ec2.send(new GetConsoleOutputCommand({ InstanceId: instance.InstanceId }))
    expect(Buffer.from(console.Output!, 'base64').toString()).toContain('Cloud-init')

    const volumes = await ec2.send(
      new DescribeVolumesCommand({
        Filters: [{ Name: 'attachment.instance-id', Values: [instance.InstanceId!] }]
      })
    )
    expect(volumes.Volumes?.[0]?.Tags).toEqual([RUN])
    expect(volumes.Volumes?.[0]?.Size).toBe(8)
  })

  it('honours what RunInstances asks: subnet, metadata options, profile, volume size, and several instances in one reservation', async () => {
    const { Subnets = [] } = await ec2.send(
      new DescribeSubnetsCommand({
        Filters: [{ Name: 'availability-zone', Values: ['us-east-1c'] }]
      })
    )
    const { instance } = await launch({
      MinCount: 2,
      MaxCount: 2,
      SubnetId: Subnets[0].SubnetId,
      MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
      IamInstanceProfile: { Name: 'builder' },
      UserData: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/sda1',
          Ebs: { VolumeSize: 20, VolumeType: 'gp3', DeleteOnTermination: true }
        }
      ]
    })
    await reaches(instance.InstanceId!, 'running')
    const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({}))
    expect(Reservations).toHaveLength(1)
    const [first, second] = Reservations[0].Instances!
    expect(second.PrivateIpAddress).not.toBe(first.PrivateIpAddress)
    expect(first).toMatchObject({
      SubnetId: Subnets[0].SubnetId,
      VpcId: Subnets[0].VpcId,
      Placement: { AvailabilityZone: 'us-east-1c' },
      MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
      IamInstanceProfile: { Arn: 'arn:aws:iam::123456789012:instance-profile/builder' },
      RootDeviceName: '/dev/sda1',
      InstanceType: 't3.micro'
    })
    expect(first.LaunchTime).toBeInstanceOf(Date)
    expect(first.SecurityGroups?.[0]?.GroupId).toMatch(/^sg-/)
    const volumeId = first.BlockDeviceMappings![0].Ebs!.VolumeId!
    const { Volumes = [] } = await ec2.send(new DescribeVolumesCommand({ VolumeIds: [volumeId] }))
    expect(Volumes[0]).toMatchObject({
      Size: 20,
      VolumeType: 'gp3',
      AvailabilityZone: 'us-east-1c',
      State: 'in-use'
    })
  })

  it('stops (sshd gone), starts again, and terminates; terminated instances leave the ledger but stay visible', async () => {
    const { instance } = await launch()
    const id = instance.InstanceId!
    await reaches(id, 'running')
    await until(async () => host.running.get(id))
    const stopping = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    expect(stopping.StoppingInstances?.[0]).toMatchObject({
      CurrentState: { Name: 'stopping', Code: 64 },
      PreviousState: { Name: 'running', Code: 16 }
    })
    expect(host.running.has(id)).toBe(false)
    await reaches(id, 'stopped')
    await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }))
    await reaches(id, 'running')
    await until(async () => host.running.get(id))
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    await reaches(id, 'terminated')
    expect(host.running.has(id)).toBe(false)
    expect(host.released).toContain(instance.PrivateIpAddress)
    expect(
      emulator.ledger().resources.filter(r => r.kind === 'instance' || r.kind === 'volume')
    ).toEqual([])
    const order = emulator
      .transitions()
      .filter(t => t.id === id)
      .map(t => t.to)
    expect(order).toEqual([
      'pending',
      'running',
      'stopping',
      'stopped',
      'pending',
      'running',
      'shutting-down',
      'terminated'
    ])
  })

  it('refuses to delete a security group while a non-terminated instance uses it', async () => {
    const { key, groupId, instance } = await launch()
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId!] }))
    await expect(
      ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }))
    ).rejects.toMatchObject({
      name: 'DependencyViolation',
      message: `resource ${groupId} has a dependent object`
    })
    await reaches(instance.InstanceId!, 'terminated')
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }))
    await ec2.send(new DeleteKeyPairCommand({ KeyName: key.KeyName }))
    await expect(
      ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] }))
    ).rejects.toMatchObject({ name: 'InvalidGroup.NotFound' })
    expect(emulator.leftovers({ key: RUN.Key, value: RUN.Value })).toEqual([])
    expect(emulator.ledger().resources).toEqual([])
  })

  it('lets a group go at once when its instance moves to the default group while stopping', async () => {
    const { key, groupId, instance } = await launch()
    const id = instance.InstanceId!
    await reaches(id, 'running')
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    const { SecurityGroups = [] } = await ec2.send(
      new DescribeSecurityGroupsCommand({
        Filters: [
          { Name: 'group-name', Values: ['default'] },
          { Name: 'vpc-id', Values: [instance.VpcId!] }
        ]
      })
    )
    expect(SecurityGroups).toHaveLength(1)
    const defaultGroup = SecurityGroups[0]!.GroupId!
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, Groups: [defaultGroup] }))
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }))
    const { Reservations = [] } = await ec2.send(
      new DescribeInstancesCommand({ InstanceIds: [id] })
    )
    expect(Reservations[0]!.Instances![0]!.SecurityGroups).toEqual([
      { GroupId: defaultGroup, GroupName: 'default' }
    ])
    await expect(
      ec2.send(new DeleteSecurityGroupCommand({ GroupId: defaultGroup }))
    ).rejects.toMatchObject({ name: 'CannotDelete' })
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    await ec2.send(new DeleteKeyPairCommand({ KeyName: key.KeyName }))
    await reaches(id, 'terminated')
    expect(emulator.leftovers({ key: RUN.Key, value: RUN.Value })).toEqual([])
  })

  it('fails like AWS when the instance type’s architecture does not match the image', async () => {
    await expect(launch({ InstanceType: 't4g.micro' })).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining(
        "The architecture 'arm64' of the specified instance type does not match the architecture 'x86_64'"
      )
    })
  })

  it('answers InvalidInstanceID.NotFound right after launch while the realistic consistency window lasts', async () => {
    await emulator.stop()
    host = await createFakeHost()
    emulator = await startEmulator({
      profile: 'instant',
      timings: { describeLag: 1500 },
      instanceHost: host
    })
    ec2 = ec2Client(emulator)
    const { instance } = await launch()
    await expect(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: [instance.InstanceId!] }))
    ).rejects.toMatchObject({
      name: 'InvalidInstanceID.NotFound'
    })
    await until(async () =>
      (await state(instance.InstanceId!).catch(() => undefined)) ? true : undefined
    )
  })

  it('shuts down from inside as InstanceInitiatedShutdownBehavior says', async () => {
    const { instance } = await launch({ InstanceInitiatedShutdownBehavior: 'terminate' })
    const sshd = await until(async () => host.running.get(instance.InstanceId!))
    sshd.onShutdown()
    await reaches(instance.InstanceId!, 'terminated')
    const { Reservations = [] } = await ec2.send(
      new DescribeInstancesCommand({ InstanceIds: [instance.InstanceId!] })
    )
    expect(Reservations[0].Instances![0].StateReason?.Code).toBe('Client.InstanceInitiatedShutdown')
  })
})

describe('images from instances', () => {
  it('reboots a running instance for CreateImage unless NoReboot is set', async () => {
    const { instance } = await launch()
    const id = instance.InstanceId!
    await until(async () => host.running.get(id))
    await ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'no-reboot', NoReboot: true }))
    expect(host.running.has(id)).toBe(true)
    await ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'with-reboot' }))
    expect(host.running.has(id)).toBe(false)
    await until(async () => host.running.get(id))
    expect(await state(id)).toBe('running')
  })

  it('captures the instance root: snapshots advance to completed, the image becomes available, and a new instance starts from its contents', async () => {
    const { instance } = await launch()
    const id = instance.InstanceId!
    await reaches(id, 'running')
    await writeFile(
      join(emulator.instanceRoot('us-east-1', id), 'provisioned.txt'),
      'nginx installed\n'
    )
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }))
    await reaches(id, 'stopped')
    const { ImageId } = await ec2.send(
      new CreateImageCommand({
        InstanceId: id,
        Name: 'web-1.0.0',
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: [RUN] }]
      })
    )
    const pending = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }))
    expect(pending.Images?.[0]?.State).toBe('pending')
    const image = await until(async () => {
      const { Images = [] } = await ec2.send(
        new DescribeImagesCommand({
          Owners: ['self'],
          Filters: [{ Name: 'name', Values: ['web-*'] }]
        })
      )
      return Images[0]?.State === 'available' ? Images[0] : undefined
    })
    const snapshotId = image.BlockDeviceMappings![0].Ebs!.SnapshotId!
    const { Snapshots = [] } = await ec2.send(
      new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] })
    )
    expect(Snapshots[0]).toMatchObject({ State: 'completed', Progress: '100%', Tags: [RUN] })
    await expect(
      ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'web-1.0.0' }))
    ).rejects.toMatchObject({
      name: 'InvalidAMIName.Duplicate'
    })

    const second = await ec2.send(
      new RunInstancesCommand({ ImageId, InstanceType: 't3.small', MinCount: 1, MaxCount: 1 })
    )
    const root = emulator.instanceRoot('us-east-1', second.Instances![0].InstanceId!)
    const { readFile } = await import('node:fs/promises')
    expect(await readFile(join(root, 'provisioned.txt'), 'utf8')).toBe('nginx installed\n')
  })
})
