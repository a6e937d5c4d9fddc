import { AwsError, invalidParameter } from '../aws-error.js'
import { applyFilters, tagFilterValues } from '../filters.js'
import { readFilters, type Params } from '../query.js'
import { newId, type IpPermission, type SecurityGroup } from '../world/state.js'
import { tagSet, type XmlObject } from '../xml.js'
import { ok, paginate, tagsFor, type Ec2Context, type Ec2Handler } from './context.js'

export function findGroup(ctx: Ec2Context, id: string): SecurityGroup {
  const group = ctx.region.securityGroups.get(id)
  if (!group)
    throw new AwsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`)
  return group
}

function groupByName(ctx: Ec2Context, name: string, vpcId: string): SecurityGroup | undefined {
  for (const g of ctx.region.securityGroups.values())
    if (g.name === name && g.vpcId === vpcId) return g
  return undefined
}

/** GroupId, or GroupName in the default VPC, as the older clients send it. */
function targetGroup(ctx: Ec2Context): SecurityGroup {
  const id = ctx.params.get('GroupId')
  if (id !== undefined) return findGroup(ctx, id)
  const name = ctx.params.get('GroupName')
  if (name === undefined)
    throw new AwsError(
      'MissingParameter',
      'The request must contain the parameter groupId or groupName'
    )
  const group = groupByName(ctx, name, ctx.region.defaultVpc.id)
  if (!group) {
    throw new AwsError(
      'InvalidGroup.NotFound',
      `The security group '${name}' does not exist in default VPC '${ctx.region.defaultVpc.id}'`
    )
  }
  return group
}

export const createSecurityGroup: Ec2Handler = ctx => {
  const name = ctx.params.require('GroupName')
  const description = ctx.params.require('GroupDescription')
  const vpcId = ctx.params.get('VpcId') ?? ctx.region.defaultVpc.id
  if (!ctx.region.vpcs.has(vpcId))
    throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`)
  if (name.length > 255 || name.startsWith('sg-')) {
    throw invalidParameter(
      `Invalid security group name '${name}': up to 255 characters, not starting with sg-.`
    )
  }
  if (groupByName(ctx, name, vpcId)) {
    throw new AwsError(
      'InvalidGroup.Duplicate',
      `The security group '${name}' already exists for VPC '${vpcId}'`
    )
  }
  const group: SecurityGroup = {
    id: newId('sg'),
    name,
    description,
    vpcId,
    ownerId: ctx.caller.accountId,
    ingress: [],
    egress: [{ ipProtocol: '-1', cidrs: [{ cidr: '0.0.0.0/0' }], ipv6Cidrs: [], groups: [] }],
    tags: tagsFor(ctx.params, 'security-group', ['security-group']),
    isDefault: false
  }
  ctx.region.securityGroups.set(group.id, group)
  ctx.runtime.transition(ctx.region.name, 'security-group', group.id, 'none', 'available')
  return ok({ groupId: group.id, tagSet: tagSet(group.tags) })
}

function readPermissions(ctx: Ec2Context, params: Params): IpPermission[] {
  const permissions = params.members('IpPermissions').map(p => ({
    ipProtocol: normaliseProtocol(p.require('IpProtocol')),
    fromPort: p.int('FromPort'),
    toPort: p.int('ToPort'),
    cidrs: p
      .members('IpRanges')
      .map(r => ({ cidr: checkCidr(r.require('CidrIp')), description: r.get('Description') })),
    ipv6Cidrs: p
      .members('Ipv6Ranges')
      .map(r => ({ cidr: r.require('CidrIpv6'), description: r.get('Description') })),
    groups: p.members('Groups').map(g => ({
      groupId: findGroup(ctx, g.require('GroupId')).id,
      userId: ctx.caller.accountId
    }))
  }))
  // The flat form (IpProtocol, FromPort, ToPort, CidrIp) older SDKs and Packer 1.x send.
  const protocol = params.get('IpProtocol')
  if (protocol !== undefined) {
    const cidr = params.get('CidrIp')
    permissions.push({
      ipProtocol: normaliseProtocol(protocol),
      fromPort: params.int('FromPort'),
      toPort: params.int('ToPort'),
      cidrs: cidr === undefined ? [] : [{ cidr: checkCidr(cidr), description: undefined }],
      ipv6Cidrs: [],
      groups: []
    })
  }
  if (permissions.length === 0)
    throw new AwsError('MissingParameter', 'No permissions given: set IpPermissions.')
  return permissions
}

function normaliseProtocol(protocol: string): string {
  const named: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', all: '-1' }
  const value = named[protocol.toLowerCase()] ?? protocol.toLowerCase()
  if (!['tcp', 'udp', 'icmp', '-1'].includes(value)) {
    throw invalidParameter(`Invalid value '${protocol}' for IP protocol. Unknown protocol.`)
  }
  return value
}

function checkCidr(cidr: string): string {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr)
  if (!m || m.slice(1, 5).some(o => Number(o) > 255) || Number(m[5]) > 32) {
    throw invalidParameter(`CIDR block ${cidr} is malformed`)
  }
  return cidr
}

function ruleKeys(p: IpPermission): string[] {
  const base = `${p.ipProtocol}:${p.fromPort ?? ''}:${p.toPort ?? ''}`
  return [
    ...p.cidrs.map(c => `${base}:${c.cidr}`),
    ...p.ipv6Cidrs.map(c => `${base}:${c.cidr}`),
    ...p.groups.map(g => `${base}:${g.groupId}`)
  ]
}

function authorize(ctx: Ec2Context, direction: 'ingress' | 'egress'): XmlObject {
  const group = targetGroup(ctx)
  const permissions = readPermissions(ctx, ctx.params)
  const existing = new Set(group[direction].flatMap(ruleKeys))
  for (const p of permissions) {
    for (const key of ruleKeys(p)) {
      if (existing.has(key)) {
        const [protocol, from, to, source] = key.split(':')
        throw new AwsError(
          'InvalidPermission.Duplicate',
          `the specified rule "peer: ${source}, ${protocol.toUpperCase()}, from port: ${from}, to port: ${to}, ALLOW" already exists`
        )
      }
    }
  }
  group[direction].push(...permissions)
  return ok({
    securityGroupRuleSet: permissions.flatMap(p =>
      p.cidrs.map(c => ({
        securityGroupRuleId: newId('sgr'),
        groupId: group.id,
        groupOwnerId: group.ownerId,
        isEgress: direction === 'egress',
        ipProtocol: p.ipProtocol,
        fromPort: p.fromPort ?? -1,
        toPort: p.toPort ?? -1,
        cidrIpv4: c.cidr,
        description: c.description
      }))
    )
  })
}

export const authorizeSecurityGroupIngress: Ec2Handler = ctx => authorize(ctx, 'ingress')
export const authorizeSecurityGroupEgress: Ec2Handler = ctx => authorize(ctx, 'egress')

export const revokeSecurityGroupIngress: Ec2Handler = ctx => {
  const group = targetGroup(ctx)
  const remove = new Set(readPermissions(ctx, ctx.params).flatMap(ruleKeys))
  group.ingress = group.ingress
    .map(p => ({
      ...p,
      cidrs: p.cidrs.filter(
        c => !remove.has(`${p.ipProtocol}:${p.fromPort ?? ''}:${p.toPort ?? ''}:${c.cidr}`)
      )
    }))
    .filter(p => p.cidrs.length + p.ipv6Cidrs.length + p.groups.length > 0)
  return ok()
}

export const deleteSecurityGroup: Ec2Handler = ctx => {
  const group = targetGroup(ctx)
  if (group.isDefault) {
    throw new AwsError(
      'CannotDelete',
      `the specified group: "${group.id}" name: "default" cannot be deleted by a user`
    )
  }
  for (const instance of ctx.region.instances.values()) {
    if (instance.state !== 'terminated' && instance.securityGroupIds.includes(group.id)) {
      throw new AwsError('DependencyViolation', `resource ${group.id} has a dependent object`)
    }
  }
  for (const other of ctx.region.securityGroups.values()) {
    if (
      [...other.ingress, ...other.egress].some(p => p.groups.some(g => g.groupId === group.id)) &&
      other !== group
    ) {
      throw new AwsError('DependencyViolation', `resource ${group.id} has a dependent object`)
    }
  }
  ctx.region.securityGroups.delete(group.id)
  ctx.runtime.transition(ctx.region.name, 'security-group', group.id, 'available', 'deleted')
  return ok({ groupId: group.id })
}

function permissionXml(p: IpPermission): XmlObject {
  return {
    ipProtocol: p.ipProtocol,
    fromPort: p.fromPort,
    toPort: p.toPort,
    groups: p.groups.map(g => ({ groupId: g.groupId, userId: g.userId })),
    ipRanges: p.cidrs.map(c => ({ cidrIp: c.cidr, description: c.description })),
    ipv6Ranges: p.ipv6Cidrs.map(c => ({ cidrIpv6: c.cidr, description: c.description })),
    prefixListIds: []
  }
}

export const describeSecurityGroups: Ec2Handler = ctx => {
  const ids = ctx.params.list('GroupId')
  const names = ctx.params.list('GroupName')
  for (const id of ids) findGroup(ctx, id)
  const all = [...ctx.region.securityGroups.values()]
  for (const name of names) {
    if (!all.some(g => g.name === name && g.vpcId === ctx.region.defaultVpc.id)) {
      throw new AwsError(
        'InvalidGroup.NotFound',
        `The security group '${name}' does not exist in default VPC '${ctx.region.defaultVpc.id}'`
      )
    }
  }
  let groups = all.filter(
    g => (ids.length === 0 || ids.includes(g.id)) && (names.length === 0 || names.includes(g.name))
  )
  groups = applyFilters(groups, readFilters(ctx.params), (g, name) => {
    switch (name) {
      case 'group-id':
        return [g.id]
      case 'group-name':
        return [g.name]
      case 'vpc-id':
        return [g.vpcId]
      case 'description':
        return [g.description]
      case 'owner-id':
        return [g.ownerId]
      case 'ip-permission.cidr':
        return g.ingress.flatMap(p => p.cidrs.map(c => c.cidr))
      case 'ip-permission.from-port':
        return g.ingress.map(p => String(p.fromPort ?? ''))
      case 'ip-permission.to-port':
        return g.ingress.map(p => String(p.toPort ?? ''))
      case 'ip-permission.protocol':
        return g.ingress.map(p => p.ipProtocol)
      default:
        return tagFilterValues(g.tags, name)
    }
  })
  const { page, nextToken } = paginate(ctx, groups)
  ctx.observed = page.map(g => ({ id: g.id, state: 'available' }))
  return {
    securityGroupInfo: page.map(g => ({
      ownerId: g.ownerId,
      groupId: g.id,
      groupName: g.name,
      groupDescription: g.description,
      vpcId: g.vpcId,
      ipPermissions: g.ingress.map(permissionXml),
      ipPermissionsEgress: g.egress.map(permissionXml),
      tagSet: tagSet(g.tags),
      securityGroupArn: `arn:aws:ec2:${ctx.region.name}:${g.ownerId}:security-group/${g.id}`
    })),
    nextToken
  }
}
