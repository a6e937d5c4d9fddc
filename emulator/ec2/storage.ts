import { AwsError, invalidParameter } from '../aws-error.js'
import { applyFilters, tagFilterValues } from '../filters.js'
import { readFilters } from '../query.js'
import type { Snapshot, Volume } from '../world/state.js'
import { tagSet } from '../xml.js'
import { checkId, isoTime, ok, paginate, type Ec2Context, type Ec2Handler } from './context.js'

function canUse(snapshot: Snapshot, accountId: string): boolean {
  return (
    snapshot.ownerId === accountId ||
    snapshot.createVolumeUsers.has(accountId) ||
    snapshot.createVolumeGroups.has('all')
  )
}

function findSnapshot(ctx: Ec2Context, id: string): Snapshot {
  checkId(id, 'snap', 'InvalidSnapshotID.Malformed')
  const snapshot = ctx.region.snapshots.get(id)
  if (!snapshot || !canUse(snapshot, ctx.caller.accountId)) {
    throw new AwsError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`)
  }
  return snapshot
}

function ownSnapshot(ctx: Ec2Context, id: string): Snapshot {
  const snapshot = findSnapshot(ctx, id)
  if (snapshot.ownerId !== ctx.caller.accountId) {
    throw new AwsError(
      'UnauthorizedOperation',
      `You are not authorized to perform this operation on ${id}.`,
      403
    )
  }
  return snapshot
}

/** Progress follows the clock between the start and the planned end: no timers needed. */
function progress(ctx: Ec2Context, snapshot: Snapshot): number {
  if (snapshot.state === 'completed') return 100
  const total = snapshot.completesAt - snapshot.startTime
  if (total <= 0) return 99
  return Math.max(
    0,
    Math.min(99, Math.floor(((ctx.runtime.now() - snapshot.startTime) / total) * 100))
  )
}

export const describeSnapshots: Ec2Handler = ctx => {
  const { params } = ctx
  const account = ctx.caller.accountId
  const ids = params.list('SnapshotId')
  const owners = params.list('Owner')
  const restorableBy = params.list('RestorableBy')
  const found = ids.map(id => findSnapshot(ctx, id))
  // Public snapshots show only when asked for (by ID, owner or RestorableBy=all), not in "list mine".
  const askedPublic = owners.length > 0 || restorableBy.includes('all')
  let snapshots =
    ids.length > 0
      ? found
      : [...ctx.region.snapshots.values()].filter(
          s =>
            s.ownerId === account ||
            s.createVolumeUsers.has(account) ||
            (askedPublic && s.createVolumeGroups.has('all'))
        )
  if (owners.length > 0)
    snapshots = snapshots.filter(s =>
      owners.some(o => (o === 'self' ? s.ownerId === account : s.ownerId === o))
    )
  if (restorableBy.length > 0) {
    snapshots = snapshots.filter(s =>
      restorableBy.some(r =>
        r === 'all'
          ? s.createVolumeGroups.has('all')
          : s.createVolumeUsers.has(r === 'self' ? account : r)
      )
    )
  }
  snapshots = applyFilters(snapshots, readFilters(params), (s, name) => {
    switch (name) {
      case 'snapshot-id':
        return [s.id]
      case 'status':
        return [s.state]
      case 'volume-id':
        return [s.volumeId]
      case 'owner-id':
        return [s.ownerId]
      case 'progress':
        return [`${progress(ctx, s)}%`]
      case 'description':
        return [s.description]
      case 'encrypted':
        return [String(s.encrypted)]
      case 'volume-size':
        return [String(s.volumeSize)]
      case 'start-time':
        return [isoTime(s.startTime)]
      default:
        return tagFilterValues(s.tags, name)
    }
  })
  const { page, nextToken } = paginate(ctx, snapshots)
  ctx.observed = page.map(s => ({ id: s.id, state: `${s.state}/${progress(ctx, s)}%` }))
  return {
    snapshotSet: page.map(s => ({
      snapshotId: s.id,
      volumeId: s.volumeId,
      status: s.state,
      startTime: isoTime(s.startTime),
      progress: `${progress(ctx, s)}%`,
      ownerId: s.ownerId,
      volumeSize: s.volumeSize,
      description: s.description,
      encrypted: s.encrypted,
      tagSet: tagSet(s.tags),
      storageTier: 'standard'
    })),
    nextToken
  }
}

export const deleteSnapshot: Ec2Handler = ctx => {
  const snapshot = ownSnapshot(ctx, ctx.params.require('SnapshotId'))
  for (const image of ctx.region.images.values()) {
    if (
      image.state !== 'deregistered' &&
      image.blockDevices.some(d => d.snapshotId === snapshot.id)
    ) {
      throw new AwsError(
        'InvalidSnapshot.InUse',
        `The snapshot ${snapshot.id} is currently in use by ${image.id}`
      )
    }
  }
  ctx.region.snapshots.delete(snapshot.id)
  ctx.runtime.transition(ctx.region.name, 'snapshot', snapshot.id, snapshot.state, 'deleted')
  return ok()
}

export const modifySnapshotAttribute: Ec2Handler = ctx => {
  const { params } = ctx
  const snapshot = ownSnapshot(ctx, params.require('SnapshotId'))
  const attribute = params.get('Attribute') ?? 'createVolumePermission'
  if (attribute !== 'createVolumePermission') {
    throw invalidParameter(
      `Value (${attribute}) for parameter attribute is invalid. Only createVolumePermission can be modified.`
    )
  }
  const apply = (kind: 'Add' | 'Remove', add: boolean) => {
    const members = params.members(`CreateVolumePermission.${kind}`)
    const users = members.map(m => m.get('UserId')).filter((v): v is string => v !== undefined)
    const groups = members.map(m => m.get('Group')).filter((v): v is string => v !== undefined)
    if (params.get('OperationType')?.toLowerCase() === kind.toLowerCase()) {
      users.push(...params.list('UserId'))
      groups.push(...params.list('UserGroup'))
    }
    for (const user of users) {
      if (!/^\d{12}$/.test(user)) throw invalidParameter(`Invalid user ID: ${user}`)
      if (add) snapshot.createVolumeUsers.add(user)
      else snapshot.createVolumeUsers.delete(user)
    }
    for (const group of groups) {
      if (group !== 'all') throw invalidParameter(`Invalid group: ${group}`)
      if (add) snapshot.createVolumeGroups.add(group)
      else snapshot.createVolumeGroups.delete(group)
    }
  }
  apply('Add', true)
  apply('Remove', false)
  return ok()
}

export const describeSnapshotAttribute: Ec2Handler = ctx => {
  const snapshot = ownSnapshot(ctx, ctx.params.require('SnapshotId'))
  const attribute = ctx.params.require('Attribute')
  if (attribute !== 'createVolumePermission') {
    throw invalidParameter(`Value (${attribute}) for parameter attribute is invalid.`)
  }
  return {
    snapshotId: snapshot.id,
    createVolumePermission: [
      ...[...snapshot.createVolumeGroups].map(group => ({ group })),
      ...[...snapshot.createVolumeUsers].map(userId => ({ userId }))
    ]
  }
}

function findVolume(ctx: Ec2Context, id: string): Volume {
  checkId(id, 'vol', 'InvalidVolumeID.Malformed')
  const volume = ctx.region.volumes.get(id)
  if (!volume || volume.state === 'deleted')
    throw new AwsError('InvalidVolume.NotFound', `The volume '${id}' does not exist.`)
  return volume
}

export const describeVolumes: Ec2Handler = ctx => {
  const ids = ctx.params.list('VolumeId')
  const found = ids.map(id => findVolume(ctx, id))
  let volumes =
    ids.length > 0 ? found : [...ctx.region.volumes.values()].filter(v => v.state !== 'deleted')
  volumes = applyFilters(volumes, readFilters(ctx.params), (v, name) => {
    switch (name) {
      case 'volume-id':
        return [v.id]
      case 'status':
        return [v.state]
      case 'size':
        return [String(v.size)]
      case 'snapshot-id':
        return [v.snapshotId]
      case 'availability-zone':
        return [v.zone]
      case 'volume-type':
        return [v.volumeType]
      case 'encrypted':
        return [String(v.encrypted)]
      case 'attachment.instance-id':
        return [v.attachment?.instanceId]
      case 'attachment.device':
        return [v.attachment?.device]
      case 'attachment.status':
        return [v.attachment ? 'attached' : undefined]
      case 'attachment.delete-on-termination':
        return [v.attachment ? String(v.attachment.deleteOnTermination) : undefined]
      default:
        return tagFilterValues(v.tags, name)
    }
  })
  const { page, nextToken } = paginate(ctx, volumes)
  ctx.observed = page.map(v => ({ id: v.id, state: v.state }))
  return {
    volumeSet: page.map(v => ({
      volumeId: v.id,
      size: v.size,
      snapshotId: v.snapshotId ?? '',
      availabilityZone: v.zone,
      status: v.state,
      createTime: isoTime(v.createTime),
      attachmentSet: v.attachment
        ? [
            {
              volumeId: v.id,
              instanceId: v.attachment.instanceId,
              device: v.attachment.device,
              status: 'attached',
              attachTime: isoTime(v.attachment.attachTime),
              deleteOnTermination: v.attachment.deleteOnTermination
            }
          ]
        : [],
      volumeType: v.volumeType,
      iops: v.iops ?? (v.volumeType === 'gp3' ? 3000 : 100),
      throughput: v.volumeType === 'gp3' ? (v.throughput ?? 125) : undefined,
      encrypted: v.encrypted,
      multiAttachEnabled: false,
      tagSet: tagSet(v.tags)
    })),
    nextToken
  }
}

export const deleteVolume: Ec2Handler = ctx => {
  const volume = findVolume(ctx, ctx.params.require('VolumeId'))
  if (volume.attachment) {
    throw new AwsError(
      'VolumeInUse',
      `Volume ${volume.id} is currently attached to ${volume.attachment.instanceId}`
    )
  }
  ctx.runtime.transition(ctx.region.name, 'volume', volume.id, volume.state, 'deleted')
  volume.state = 'deleted'
  ctx.region.volumes.delete(volume.id)
  return ok()
}
