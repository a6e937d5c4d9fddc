import {
  CopyImageCommand,
  CreateImageCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeTagsCommand,
  EnableImageDeprecationCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
  type EC2Client,
  type Image
} from '@aws-sdk/client-ec2'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost } from './fake-host.js'
import { ec2Client, until } from './sdk.js'

let emulator: Emulator
let ec2: EC2Client
let imageId: string

async function available(client: EC2Client, id: string): Promise<Image> {
  return until(async () => {
    const image = (await client.send(new DescribeImagesCommand({ ImageIds: [id] }))).Images?.[0]
    return image?.State === 'available' ? image : undefined
  })
}

beforeAll(async () => {
  emulator = await startEmulator({
    profile: 'instant',
    instanceHost: await createFakeHost(),
    timings: { createImage: 300 }
  })
  ec2 = ec2Client(emulator)
  const { Images = [] } = await ec2.send(
    new DescribeImagesCommand({
      Owners: ['amazon'],
      Filters: [{ Name: 'architecture', Values: ['arm64'] }]
    })
  )
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: Images[0].ImageId,
      InstanceType: 't4g.small',
      MinCount: 1,
      MaxCount: 1
    })
  )
  const instanceId = run.Instances![0].InstanceId!
  await until(async () =>
    (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations?.[0]
      ?.Instances?.[0]?.State?.Name === 'running'
      ? true
      : undefined
  )
  imageId = (
    await ec2.send(
      new CreateImageCommand({ InstanceId: instanceId, Name: 'base-arm64', NoReboot: true })
    )
  ).ImageId!
})
afterAll(() => emulator?.stop())

describe('images', () => {
  it('reports snapshot progress advancing while the image is pending', async () => {
    const image = (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0]
    const snapshotId = image.BlockDeviceMappings![0].Ebs!.SnapshotId!
    const progress = async () =>
      (await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }))).Snapshots![0]
    const early = await progress()
    expect(early.State).toBe('pending')
    await available(ec2, imageId)
    const done = await progress()
    expect(done).toMatchObject({ State: 'completed', Progress: '100%' })
    expect(parseInt(early.Progress!)).toBeLessThan(100)
    expect(image.Architecture).toBe('arm64')
  })

  it('copies an image to another region as a new image with its own snapshots', async () => {
    await available(ec2, imageId)
    const west = ec2Client(emulator, 'us-west-2')
    const { ImageId } = await west.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: imageId,
        Name: 'base-arm64'
      })
    )
    expect(ImageId).not.toBe(imageId)
    const copy = await available(west, ImageId!)
    expect(copy.Name).toBe('base-arm64')
    const snapshotId = copy.BlockDeviceMappings![0].Ebs!.SnapshotId!
    expect(
      (await west.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }))).Snapshots
    ).toHaveLength(1)
    await expect(
      ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }))
    ).rejects.toMatchObject({ name: 'InvalidSnapshot.NotFound' })
    expect(
      emulator
        .ledger()
        .resources.filter(r => r.kind === 'image')
        .map(r => r.region)
        .sort()
    ).toEqual(['us-east-1', 'us-west-2'])
  })

  it('shares with accounts, groups and organizations, and describes the launch permission back', async () => {
    await ec2.send(
      new ModifyImageAttributeCommand({
        ImageId: imageId,
        LaunchPermission: {
          Add: [
            { UserId: '210987654321' },
            { OrganizationArn: 'arn:aws:organizations::123456789012:organization/o-abc123' }
          ]
        }
      })
    )
    await ec2.send(
      new ModifyImageAttributeCommand({ ImageId: imageId, Description: { Value: 'golden base' } })
    )
    await ec2.send(
      new ModifyImageAttributeCommand({ ImageId: imageId, ImdsSupport: { Value: 'v2.0' } })
    )
    const permission = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId: imageId, Attribute: 'launchPermission' })
    )
    expect(permission.LaunchPermissions).toEqual(
      expect.arrayContaining([
        { UserId: '210987654321' },
        { OrganizationArn: 'arn:aws:organizations::123456789012:organization/o-abc123' }
      ])
    )
    const description = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId: imageId, Attribute: 'description' })
    )
    expect(description.Description?.Value).toBe('golden base')
    const imds = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId: imageId, Attribute: 'imdsSupport' })
    )
    expect(imds.ImdsSupport?.Value).toBe('v2.0')
    await expect(
      ec2.send(
        new ModifyImageAttributeCommand({
          ImageId: imageId,
          LaunchPermission: { Add: [{ UserId: 'not-an-account' }] }
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidAMIAttributeItemValue' })

    await ec2.send(
      new ModifyImageAttributeCommand({
        ImageId: imageId,
        LaunchPermission: { Add: [{ Group: 'all' }] }
      })
    )
    expect(
      (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0].Public
    ).toBe(true)
    await ec2.send(
      new ModifyImageAttributeCommand({
        ImageId: imageId,
        LaunchPermission: { Remove: [{ Group: 'all' }] }
      })
    )
    expect(
      (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0].Public
    ).toBe(false)
  })

  it('sets a deprecation time rounded up to the minute', async () => {
    await ec2.send(
      new EnableImageDeprecationCommand({
        ImageId: imageId,
        DeprecateAt: new Date('2099-01-01T10:00:30Z')
      })
    )
    expect(
      (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0]
        .DeprecationTime
    ).toBe('2099-01-01T10:01:00.000Z')
  })

  it('tags images and snapshots, filters by tag, and deletes tags', async () => {
    const image = await available(ec2, imageId)
    const snapshotId = image.BlockDeviceMappings![0].Ebs!.SnapshotId!
    await ec2.send(
      new CreateTagsCommand({
        Resources: [imageId, snapshotId],
        Tags: [
          { Key: 'App', Value: 'web' },
          { Key: 'Stage', Value: 'dev' }
        ]
      })
    )
    const { Images = [] } = await ec2.send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'tag:App', Values: ['w*'] }]
      })
    )
    expect(Images.map(i => i.ImageId)).toEqual([imageId])
    const { Tags = [] } = await ec2.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [snapshotId] }] })
    )
    expect(Tags.map(t => `${t.ResourceType}:${t.Key}=${t.Value}`).sort()).toEqual([
      'snapshot:App=web',
      'snapshot:Stage=dev'
    ])
    await ec2.send(new DeleteTagsCommand({ Resources: [imageId], Tags: [{ Key: 'Stage' }] }))
    expect(
      (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0].Tags
    ).toEqual([{ Key: 'App', Value: 'web' }])
    await expect(
      ec2.send(
        new CreateTagsCommand({
          Resources: ['i-0123456789abcdef0'],
          Tags: [{ Key: 'a', Value: 'b' }]
        })
      )
    ).rejects.toMatchObject({
      name: 'InvalidInstanceID.NotFound'
    })
  })

  it('shares snapshots for createVolumePermission', async () => {
    const snapshotId = (await available(ec2, imageId)).BlockDeviceMappings![0].Ebs!.SnapshotId!
    await ec2.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: snapshotId,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        UserIds: ['210987654321']
      })
    )
    const attribute = await ec2.send(
      new DescribeSnapshotAttributeCommand({
        SnapshotId: snapshotId,
        Attribute: 'createVolumePermission'
      })
    )
    expect(attribute.CreateVolumePermissions).toEqual([{ UserId: '210987654321' }])
  })

  it('keeps a snapshot while an image uses it, and lets it go after DeregisterImage', async () => {
    const snapshotId = (await available(ec2, imageId)).BlockDeviceMappings![0].Ebs!.SnapshotId!
    await expect(
      ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }))
    ).rejects.toMatchObject({
      name: 'InvalidSnapshot.InUse',
      message: `The snapshot ${snapshotId} is currently in use by ${imageId}`
    })
    await ec2.send(new DeregisterImageCommand({ ImageId: imageId }))
    await expect(
      ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))
    ).rejects.toMatchObject({ name: 'InvalidAMIID.NotFound' })
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }))
    expect(emulator.ledger().resources.some(r => r.id === imageId || r.id === snapshotId)).toBe(
      false
    )
  })
})
