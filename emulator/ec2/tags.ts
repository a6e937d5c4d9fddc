import { AwsError, invalidParameter } from '../aws-error.js'
import { applyFilters } from '../filters.js'
import { readFilters, readTags } from '../query.js'
import { paginate, ok, type Ec2Context, type Ec2Handler } from './context.js'

const NOT_FOUND: Record<string, string> = {
  i: 'InvalidInstanceID.NotFound',
  ami: 'InvalidAMIID.NotFound',
  snap: 'InvalidSnapshot.NotFound',
  vol: 'InvalidVolume.NotFound',
  sg: 'InvalidGroup.NotFound',
  key: 'InvalidKeyPair.NotFound',
  vpc: 'InvalidVpcID.NotFound',
  subnet: 'InvalidSubnetID.NotFound'
}

function taggable(ctx: Ec2Context, id: string) {
  const found = ctx.region.taggable(id)
  const instance = ctx.region.instances.get(id)
  // A brand-new instance is not yet visible to CreateTags either (eventual consistency).
  if (!found || (instance && instance.visibleAt > ctx.runtime.now())) {
    const prefix = id.split('-')[0]
    const code = NOT_FOUND[prefix]
    if (!code) throw invalidParameter(`Invalid id: "${id}"`)
    throw new AwsError(code, `The ID '${id}' does not exist`)
  }
  return found
}

export const createTags: Ec2Handler = ctx => {
  const ids = ctx.params.list('ResourceId')
  const tags = readTags(ctx.params)
  if (ids.length === 0)
    throw new AwsError('MissingParameter', 'The request must contain the parameter resourceIdSet')
  for (const [key] of Object.entries(tags)) {
    if (key.startsWith('aws:'))
      throw invalidParameter(`Tag keys starting with 'aws:' are reserved for internal use`)
    if (key.length > 128)
      throw invalidParameter(`Tag key exceeds the maximum length of 128 characters`)
  }
  const targets = ids.map(id => taggable(ctx, id))
  for (const target of targets) Object.assign(target.tags, tags)
  return ok()
}

export const deleteTags: Ec2Handler = ctx => {
  const ids = ctx.params.list('ResourceId')
  const targets = ids.map(id => taggable(ctx, id))
  const members = ctx.params.members('Tag')
  for (const target of targets) {
    if (members.length === 0) {
      for (const key of Object.keys(target.tags)) delete target.tags[key]
      continue
    }
    for (const member of members) {
      const key = member.require('Key')
      const value = member.get('Value')
      // A given value deletes the tag only when it matches; an absent value deletes any.
      if (value === undefined || target.tags[key] === value) delete target.tags[key]
    }
  }
  return ok()
}

export const describeTags: Ec2Handler = ctx => {
  const region = ctx.region
  const now = ctx.runtime.now()
  const rows: Array<{ resourceId: string; resourceType: string; key: string; value: string }> = []
  const add = (id: string, type: string, tags: Record<string, string>) => {
    for (const [key, value] of Object.entries(tags))
      rows.push({ resourceId: id, resourceType: type, key, value })
  }
  for (const i of region.instances.values())
    if (i.visibleAt <= now && i.state !== 'terminated') add(i.id, 'instance', i.tags)
  for (const i of region.images.values())
    if (!i.seeded && i.ownerId === ctx.caller.accountId) add(i.id, 'image', i.tags)
  for (const s of region.snapshots.values())
    if (!s.seeded && s.ownerId === ctx.caller.accountId) add(s.id, 'snapshot', s.tags)
  for (const v of region.volumes.values()) add(v.id, 'volume', v.tags)
  for (const g of region.securityGroups.values()) add(g.id, 'security-group', g.tags)
  for (const k of region.keyPairs.values()) add(k.id, 'key-pair', k.tags)
  for (const v of region.vpcs.values()) add(v.id, 'vpc', v.tags)
  for (const s of region.subnets.values()) add(s.id, 'subnet', s.tags)
  const filtered = applyFilters(rows, readFilters(ctx.params), (row, name) => {
    switch (name) {
      case 'resource-id':
        return [row.resourceId]
      case 'resource-type':
        return [row.resourceType]
      case 'key':
        return [row.key]
      case 'value':
        return [row.value]
      default:
        if (name.startsWith('tag:')) return row.key === name.slice(4) ? [row.value] : []
        return undefined
    }
  })
  const { page, nextToken } = paginate(ctx, filtered)
  return { tagSet: page, nextToken }
}
