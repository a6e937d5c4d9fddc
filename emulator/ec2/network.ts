import { AwsError } from '../aws-error.js'
import { applyFilters, tagFilterValues } from '../filters.js'
import { readFilters } from '../query.js'
import { instanceTypes, REGIONS, zonesOf } from '../world/catalogue.js'
import { tagSet } from '../xml.js'
import { paginate, type Ec2Handler } from './context.js'

export const describeRegions: Ec2Handler = ctx => {
  const asked = ctx.params.list('RegionName')
  for (const name of asked) {
    if (!(REGIONS as readonly string[]).includes(name)) {
      throw new AwsError('InvalidParameterValue', `Invalid region: ${name}`)
    }
  }
  const host = ctx.runtime.endpointHost
  let regions = REGIONS.filter(r => asked.length === 0 || asked.includes(r))
  regions = applyFilters(regions, readFilters(ctx.params), (r, name) => {
    if (name === 'region-name') return [r]
    if (name === 'endpoint') return [host]
    if (name === 'opt-in-status') return ['opt-in-not-required']
    return undefined
  })
  return {
    regionInfo: regions.map(r => ({
      regionName: r,
      regionEndpoint: host,
      optInStatus: 'opt-in-not-required'
    }))
  }
}

export const describeAvailabilityZones: Ec2Handler = ctx => {
  const region = ctx.region.name
  const subnets = [...ctx.region.subnets.values()]
  const asked = ctx.params.list('ZoneName')
  const askedIds = ctx.params.list('ZoneId')
  let zones = zonesOf(region).map(zone => ({
    zone,
    zoneId: subnets.find(s => s.zone === zone)?.zoneId ?? zone
  }))
  for (const name of asked) {
    if (!zones.some(z => z.zone === name)) {
      throw new AwsError(
        'InvalidParameterValue',
        `The availability zone '${name}' is not available in region '${region}'`
      )
    }
  }
  zones = zones.filter(
    z =>
      (asked.length === 0 || asked.includes(z.zone)) &&
      (askedIds.length === 0 || askedIds.includes(z.zoneId))
  )
  zones = applyFilters(zones, readFilters(ctx.params), (z, name) => {
    switch (name) {
      case 'zone-name':
        return [z.zone]
      case 'zone-id':
        return [z.zoneId]
      case 'region-name':
        return [region]
      case 'state':
        return ['available']
      case 'zone-type':
        return ['availability-zone']
      case 'opt-in-status':
        return ['opt-in-not-required']
      default:
        return undefined
    }
  })
  return {
    availabilityZoneInfo: zones.map(z => ({
      zoneName: z.zone,
      zoneState: 'available',
      regionName: region,
      zoneId: z.zoneId,
      zoneType: 'availability-zone',
      optInStatus: 'opt-in-not-required',
      groupName: region,
      networkBorderGroup: region,
      messageSet: []
    }))
  }
}

export const describeVpcs: Ec2Handler = ctx => {
  const ids = ctx.params.list('VpcId')
  for (const id of ids) {
    if (!ctx.region.vpcs.has(id))
      throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`)
  }
  let vpcs = [...ctx.region.vpcs.values()].filter(v => ids.length === 0 || ids.includes(v.id))
  vpcs = applyFilters(vpcs, readFilters(ctx.params), (v, name) => {
    switch (name) {
      case 'vpc-id':
        return [v.id]
      case 'is-default':
        return [String(v.isDefault)]
      case 'cidr':
      case 'cidr-block-association.cidr-block':
        return [v.cidrBlock]
      case 'state':
        return ['available']
      case 'owner-id':
        return [v.ownerId]
      default:
        return tagFilterValues(v.tags, name)
    }
  })
  const { page, nextToken } = paginate(ctx, vpcs)
  ctx.observed = page.map(v => ({ id: v.id, state: 'available' }))
  return {
    vpcSet: page.map(v => ({
      vpcId: v.id,
      ownerId: v.ownerId,
      state: 'available',
      cidrBlock: v.cidrBlock,
      cidrBlockAssociationSet: [
        {
          cidrBlock: v.cidrBlock,
          associationId: `vpc-cidr-assoc-${v.id.slice(4)}`,
          cidrBlockState: { state: 'associated' }
        }
      ],
      dhcpOptionsId: 'dopt-00000000',
      instanceTenancy: 'default',
      isDefault: v.isDefault,
      tagSet: tagSet(v.tags)
    })),
    nextToken
  }
}

export const describeSubnets: Ec2Handler = ctx => {
  const ids = ctx.params.list('SubnetId')
  for (const id of ids) {
    if (!ctx.region.subnets.has(id))
      throw new AwsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`)
  }
  let subnets = [...ctx.region.subnets.values()].filter(s => ids.length === 0 || ids.includes(s.id))
  subnets = applyFilters(subnets, readFilters(ctx.params), (s, name) => {
    switch (name) {
      case 'subnet-id':
        return [s.id]
      case 'vpc-id':
        return [s.vpcId]
      case 'availability-zone':
      case 'availabilityZone':
        return [s.zone]
      case 'availability-zone-id':
        return [s.zoneId]
      case 'default-for-az':
      case 'defaultForAz':
        return [String(s.defaultForAz)]
      case 'cidr-block':
      case 'cidr':
        return [s.cidrBlock]
      case 'map-public-ip-on-launch':
        return [String(s.mapPublicIpOnLaunch)]
      case 'state':
        return ['available']
      case 'owner-id':
        return [s.ownerId]
      default:
        return tagFilterValues(s.tags, name)
    }
  })
  const { page, nextToken } = paginate(ctx, subnets)
  ctx.observed = page.map(s => ({ id: s.id, state: 'available' }))
  return {
    subnetSet: page.map(s => ({
      subnetId: s.id,
      subnetArn: `arn:aws:ec2:${ctx.region.name}:${s.ownerId}:subnet/${s.id}`,
      state: 'available',
      ownerId: s.ownerId,
      vpcId: s.vpcId,
      cidrBlock: s.cidrBlock,
      availableIpAddressCount: 4091,
      availabilityZone: s.zone,
      availabilityZoneId: s.zoneId,
      defaultForAz: s.defaultForAz,
      mapPublicIpOnLaunch: s.mapPublicIpOnLaunch,
      assignIpv6AddressOnCreation: false,
      tagSet: tagSet(s.tags)
    })),
    nextToken
  }
}

export const describeInstanceTypes: Ec2Handler = ctx => {
  const known = instanceTypes()
  const asked = ctx.params.list('InstanceType')
  for (const name of asked) {
    if (!known.some(t => t.type === name)) {
      throw new AwsError(
        'InvalidInstanceType',
        `The following supplied instance types do not exist: [${name}]`
      )
    }
  }
  let types = known.filter(t => asked.length === 0 || asked.includes(t.type))
  types = applyFilters(types, readFilters(ctx.params), (t, name) => {
    switch (name) {
      case 'instance-type':
        return [t.type]
      case 'processor-info.supported-architecture':
        return [t.architecture]
      case 'current-generation':
        return ['true']
      case 'burstable-performance-supported':
        return [String(t.type.startsWith('t'))]
      case 'vcpu-info.default-vcpus':
        return [String(t.vcpus)]
      case 'memory-info.size-in-mib':
        return [String(t.memoryMiB)]
      default:
        return undefined
    }
  })
  const { page, nextToken } = paginate(ctx, types, { min: 5, max: 100 })
  return {
    instanceTypeSet: page.map(t => ({
      instanceType: t.type,
      currentGeneration: true,
      freeTierEligible: t.type === 't2.micro' || t.type === 't3.micro',
      supportedUsageClasses: ['on-demand', 'spot'],
      supportedRootDeviceTypes: ['ebs'],
      supportedVirtualizationTypes: ['hvm'],
      bareMetal: false,
      hypervisor: t.type.startsWith('t2.') ? 'xen' : 'nitro',
      processorInfo: { supportedArchitectures: [t.architecture] },
      vCpuInfo: { defaultVCpus: t.vcpus },
      memoryInfo: { sizeInMiB: t.memoryMiB },
      burstablePerformanceSupported: t.type.startsWith('t')
    })),
    nextToken
  }
}
