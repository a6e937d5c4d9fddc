import {
  DescribeAvailabilityZonesCommand,
  DescribeImagesCommand,
  DescribeInstanceTypesCommand,
  DescribeRegionsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  paginateDescribeImages,
  type _InstanceType
} from '@aws-sdk/client-ec2'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost } from './fake-host.js'
import { ec2Client } from './sdk.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant', instanceHost: await createFakeHost() })
})
afterAll(() => emulator?.stop())

describe('the public catalogue', () => {
  it('finds the newest Ubuntu 22.04 amd64 image the way Packer’s source_ami_filter asks', async () => {
    const ec2 = ec2Client(emulator)
    const { Images = [] } = await ec2.send(
      new DescribeImagesCommand({
        Owners: ['099720109477'],
        Filters: [
          { Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*'] },
          { Name: 'virtualization-type', Values: ['hvm'] },
          { Name: 'root-device-type', Values: ['ebs'] }
        ]
      })
    )
    expect(Images.length).toBeGreaterThan(2)
    for (const image of Images) {
      expect(image.Name).toMatch(
        /^ubuntu\/images\/hvm-ssd\/ubuntu-jammy-22\.04-amd64-server-\d{8}$/
      )
      expect(image.Architecture).toBe('x86_64')
      expect(image.OwnerId).toBe('099720109477')
      expect(image.State).toBe('available')
      expect(image.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId).toMatch(/^snap-/)
    }
    const newest = [...Images].sort((a, b) =>
      (b.CreationDate ?? '').localeCompare(a.CreationDate ?? '')
    )[0]
    expect(newest.Name).toBe('ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240501')
  })

  it('answers the amazon owner alias with Amazon Linux 2023, and ? matches one character', async () => {
    const ec2 = ec2Client(emulator, 'eu-central-1')
    const { Images = [] } = await ec2.send(
      new DescribeImagesCommand({
        Owners: ['amazon'],
        Filters: [{ Name: 'name', Values: ['al2023-ami-2023.4.2024040?.0-kernel-6.1-arm64'] }]
      })
    )
    expect(Images.map(i => i.Name)).toEqual(['al2023-ami-2023.4.20240401.0-kernel-6.1-arm64'])
    expect(Images[0].ImageOwnerAlias).toBe('amazon')
    expect(Images[0].OwnerId).toBe('137112412989')
  })

  it('gives each region its own image IDs, stable from run to run', async () => {
    const name = 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20240701'
    const find = async (region: string) =>
      (
        await ec2Client(emulator, region).send(
          new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: [name] }] })
        )
      ).Images?.[0]?.ImageId
    const east = await find('us-east-1')
    const west = await find('us-west-2')
    expect(east).toMatch(/^ami-[0-9a-f]{17}$/)
    expect(west).toMatch(/^ami-[0-9a-f]{17}$/)
    expect(east).not.toBe(west)
    const again = await startEmulator({ profile: 'instant', instanceHost: await createFakeHost() })
    try {
      expect(
        (
          await ec2Client(again).send(
            new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: [name] }] })
          )
        ).Images?.[0]?.ImageId
      ).toBe(east)
    } finally {
      await again.stop()
    }
  })

  it('pages DescribeImages with MaxResults and NextToken as the SDK paginator does', async () => {
    const ec2 = ec2Client(emulator)
    const names: string[] = []
    let pages = 0
    for await (const page of paginateDescribeImages(
      { client: ec2, pageSize: 5 },
      { Owners: ['099720109477'] }
    )) {
      pages++
      names.push(...(page.Images ?? []).map(i => i.Name!))
    }
    expect(names).toHaveLength(16)
    expect(new Set(names).size).toBe(16)
    expect(pages).toBe(4)
  })

  it('refuses an unknown filter and a missing image as AWS does', async () => {
    const ec2 = ec2Client(emulator)
    await expect(
      ec2.send(new DescribeImagesCommand({ Filters: [{ Name: 'colour', Values: ['blue'] }] }))
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      $metadata: { httpStatusCode: 400 }
    })
    await expect(
      ec2.send(new DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] }))
    ).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound',
      message: "The image id '[ami-0123456789abcdef0]' does not exist"
    })
  })

  it('has every catalogue region, its zones, a default VPC and one default subnet per zone', async () => {
    const ec2 = ec2Client(emulator, 'us-west-2')
    const { Regions = [] } = await ec2.send(new DescribeRegionsCommand({}))
    expect(Regions.map(r => r.RegionName)).toEqual(
      expect.arrayContaining([
        'us-east-1',
        'us-east-2',
        'us-west-1',
        'us-west-2',
        'eu-west-1',
        'eu-central-1',
        'ap-southeast-2'
      ])
    )
    const { AvailabilityZones = [] } = await ec2.send(new DescribeAvailabilityZonesCommand({}))
    expect(AvailabilityZones.map(z => z.ZoneName)).toEqual([
      'us-west-2a',
      'us-west-2b',
      'us-west-2c'
    ])
    const { Vpcs = [] } = await ec2.send(
      new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })
    )
    expect(Vpcs).toHaveLength(1)
    const { Subnets = [] } = await ec2.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [Vpcs[0].VpcId!] }] })
    )
    expect(Subnets.map(s => s.AvailabilityZone).sort()).toEqual([
      'us-west-2a',
      'us-west-2b',
      'us-west-2c'
    ])
    expect(Subnets.every(s => s.DefaultForAz && s.MapPublicIpOnLaunch)).toBe(true)
  })

  it('knows the architecture of each instance type', async () => {
    const ec2 = ec2Client(emulator)
    const { InstanceTypes = [] } = await ec2.send(
      new DescribeInstanceTypesCommand({ InstanceTypes: ['t3.micro', 't4g.micro', 'c7g.large'] })
    )
    expect(
      Object.fromEntries(
        InstanceTypes.map(t => [t.InstanceType, t.ProcessorInfo?.SupportedArchitectures])
      )
    ).toEqual({
      't3.micro': ['x86_64'],
      't4g.micro': ['arm64'],
      'c7g.large': ['arm64']
    })
    await expect(
      ec2.send(
        new DescribeInstanceTypesCommand({ InstanceTypes: ['t3.colossal' as _InstanceType] })
      )
    ).rejects.toMatchObject({
      name: 'InvalidInstanceType'
    })
  })
})
