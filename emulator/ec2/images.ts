import { AwsError, invalidParameter } from '../aws-error.js'
import { applyFilters, tagFilterValues } from '../filters.js'
import { readFilters } from '../query.js'
import type { Runtime } from '../runtime.js'
import {
  newId,
  type BlockDevice,
  type Image,
  type RegionState,
  type Snapshot
} from '../world/state.js'
import { tagSet, type XmlObject } from '../xml.js'
import {
  checkId,
  isoTime,
  ok,
  paginate,
  tagsFor,
  type Ec2Context,
  type Ec2Handler
} from './context.js'
import { attributesOf, findInstance, reboot } from './instances.js'

const GIB = 1024 ** 3

function canLaunch(image: Image, accountId: string): boolean {
  return image.ownerId === accountId || image.public || image.launchUsers.has(accountId)
}

function imageNotFound(id: string): AwsError {
  return new AwsError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`)
}

export function findImage(ctx: Ec2Context, id: string, region: RegionState = ctx.region): Image {
  checkId(id, 'ami', 'InvalidAMIID.Malformed')
  const image = region.images.get(id)
  if (!image || image.state === 'deregistered' || !canLaunch(image, ctx.caller.accountId))
    throw imageNotFound(id)
  return image
}

function ownImage(ctx: Ec2Context, id: string): Image {
  const image = findImage(ctx, id)
  if (image.ownerId !== ctx.caller.accountId) {
    throw new AwsError('AuthFailure', `Not authorized for image:${image.id}`, 400)
  }
  return image
}

/** AMI names: 3–128 characters of letters, digits, ( ) [ ] space . / - ' @ _ */
function checkImageName(ctx: Ec2Context, name: string, region: RegionState): void {
  if (name.length < 3 || name.length > 128 || !/^[A-Za-z0-9()[\] ./\-'@_]+$/.test(name)) {
    throw new AwsError(
      'InvalidAMIName.Malformed',
      `AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'`
    )
  }
  for (const other of region.images.values()) {
    if (
      other.name === name &&
      other.ownerId === ctx.caller.accountId &&
      other.state !== 'deregistered'
    ) {
      throw new AwsError(
        'InvalidAMIName.Duplicate',
        `AMI name ${name} is already in use by AMI ${other.id}`
      )
    }
  }
}

function transitionImage(runtime: Runtime, image: Image, to: Image['state']): void {
  runtime.transition(image.region, 'image', image.id, image.state, to)
  image.state = to
}

/** Creates the image's snapshots and finishes (or fails) the image and them after `durationMs`. */
function buildImage(
  ctx: Ec2Context,
  region: RegionState,
  image: Image,
  sources: Array<{ device: BlockDevice; volumeId: string }>,
  snapshotTags: Record<string, string>,
  durationMs: number,
  description: string
): void {
  const { runtime } = ctx
  const now = runtime.now()
  image.blockDevices = sources.map(({ device, volumeId }) => {
    const snapshot: Snapshot = {
      id: newId('snap'),
      region: region.name,
      volumeId,
      volumeSize: device.volumeSize,
      state: 'pending',
      startTime: now,
      completesAt: now + durationMs,
      ownerId: ctx.caller.accountId,
      description,
      encrypted: device.encrypted,
      createVolumeUsers: new Set(),
      createVolumeGroups: new Set(),
      tags: { ...snapshotTags },
      seeded: false
    }
    region.snapshots.set(snapshot.id, snapshot)
    runtime.transition(region.name, 'snapshot', snapshot.id, 'none', 'pending')
    return { ...device, snapshotId: snapshot.id }
  })
  region.images.set(image.id, image)
  runtime.transition(region.name, 'image', image.id, 'none', 'pending')
  const fails = ctx.faults.some(rule => rule.imageFails)
  runtime.after(durationMs, () => {
    if (image.state !== 'pending') return
    for (const device of image.blockDevices) {
      const snapshot = device.snapshotId ? region.snapshots.get(device.snapshotId) : undefined
      if (!snapshot || snapshot.state !== 'pending') continue
      const to = fails ? 'error' : 'completed'
      runtime.transition(region.name, 'snapshot', snapshot.id, snapshot.state, to)
      snapshot.state = to
    }
    if (fails)
      image.stateReason = {
        code: 'Server.InternalError',
        message: 'Server.InternalError: Internal error on launch'
      }
    transitionImage(runtime, image, fails ? 'failed' : 'available')
  })
}

export const createImage: Ec2Handler = async ctx => {
  const { params, runtime, region } = ctx
  const instance = findInstance(ctx, params.require('InstanceId'))
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    throw new AwsError(
      'IncorrectInstanceState',
      `Instance '${instance.id}' is not in a state from which it can be imaged.`
    )
  }
  const name = params.require('Name')
  checkImageName(ctx, name, region)
  const allowed = ['image', 'snapshot']
  const imageTags = tagsFor(params, 'image', allowed)
  const snapshotTags = tagsFor(params, 'snapshot', allowed)
  const source = region.images.get(instance.imageId)
  const id = newId('ami')
  // The snapshot is point-in-time: the contents are taken now, as the call returns.
  const captured = await runtime.host.captureImage(instance.rootDir, id)
  // Without NoReboot, AWS reboots a running instance so that its filesystems are consistent.
  if (instance.state === 'running' && params.bool('NoReboot') !== true)
    reboot(runtime, region, instance)
  const excluded = new Set(
    params
      .members('BlockDeviceMapping')
      .filter(m => m.get('NoDevice') !== undefined)
      .map(m => m.require('DeviceName'))
  )
  const sources = instance.blockDevices
    .filter(d => !excluded.has(d.deviceName))
    .map(d => {
      const volume = region.volumes.get(d.volumeId)
      const device: BlockDevice = {
        deviceName: d.deviceName,
        volumeSize: volume?.size ?? 8,
        volumeType: volume?.volumeType ?? 'gp3',
        deleteOnTermination: d.deleteOnTermination,
        encrypted: volume?.encrypted ?? false,
        iops: volume?.iops,
        throughput: volume?.throughput
      }
      return { device, volumeId: d.volumeId }
    })
  const image: Image = {
    id,
    region: region.name,
    name,
    description: params.get('Description'),
    ownerId: ctx.caller.accountId,
    state: 'pending',
    architecture: instance.architecture,
    creationDate: new Date(runtime.now()).toISOString(),
    public: false,
    launchUsers: new Set(),
    launchGroups: new Set(),
    launchOrgArns: new Set(),
    launchOuArns: new Set(),
    rootDeviceName: instance.rootDeviceName,
    blockDevices: [],
    // As on AWS, the image has what the instance had: a build that sets ena_support on its
    // stopped instance gets an ENA image.
    enaSupport: attributesOf(instance).enaSupport,
    defaultUser: source?.defaultUser ?? instance.defaultUser,
    contentsDir: captured.dir,
    sourceInstanceId: instance.id,
    tags: imageTags,
    seeded: false
  }
  const duration =
    runtime.timings.createImage +
    Math.round((runtime.timings.createImagePerGiB * captured.bytes) / GIB)
  buildImage(
    ctx,
    region,
    image,
    sources,
    snapshotTags,
    duration,
    `Created by CreateImage(${instance.id}) for ${id}`
  )
  return { imageId: id }
}

export const copyImage: Ec2Handler = async ctx => {
  const { params, runtime, region } = ctx
  const sourceRegionName = params.require('SourceRegion')
  const sourceRegion = runtime.region(sourceRegionName)
  if (!sourceRegion) throw invalidParameter(`Invalid region: ${sourceRegionName}`)
  const source = findImage(ctx, params.require('SourceImageId'), sourceRegion)
  if (source.state !== 'available') {
    throw new AwsError(
      'IncorrectState',
      `Image ${source.id} is not in a valid state for copying (state: ${source.state})`
    )
  }
  const name = params.require('Name')
  checkImageName(ctx, name, region)
  const allowed = ['image', 'snapshot']
  const imageTags = params.bool('CopyImageTags')
    ? { ...source.tags, ...tagsFor(params, 'image', allowed) }
    : tagsFor(params, 'image', allowed)
  const snapshotTags = tagsFor(params, 'snapshot', allowed)
  const id = newId('ami')
  const contentsDir = source.contentsDir
    ? await runtime.host.copyImage(source.contentsDir, id)
    : undefined
  const encrypted = params.bool('Encrypted') ?? false
  const image: Image = {
    ...source,
    id,
    region: region.name,
    name,
    description: params.get('Description') ?? source.description,
    ownerId: ctx.caller.accountId,
    ownerAlias: undefined,
    state: 'pending',
    stateReason: undefined,
    creationDate: new Date(runtime.now()).toISOString(),
    public: false,
    launchUsers: new Set(),
    launchGroups: new Set(),
    launchOrgArns: new Set(),
    launchOuArns: new Set(),
    deprecationTime: undefined,
    contentsDir,
    sourceInstanceId: undefined,
    tags: imageTags,
    seeded: false
  }
  const sources = source.blockDevices.map(device => ({
    device: { ...device, encrypted: device.encrypted || encrypted },
    volumeId: 'vol-ffffffff'
  }))
  buildImage(
    ctx,
    region,
    image,
    sources,
    snapshotTags,
    runtime.timings.copyImage,
    `Copied for DestinationAmi ${id} from SourceAmi ${source.id} for SourceSnapshot. Task created on ${isoTime(runtime.now())}.`
  )
  return { imageId: id }
}

export const deregisterImage: Ec2Handler = async ctx => {
  const image = ownImage(ctx, ctx.params.require('ImageId'))
  transitionImage(ctx.runtime, image, 'deregistered')
  ctx.region.images.delete(image.id)
  if (image.contentsDir) await ctx.runtime.host.removeImage(image.contentsDir)
  return ok()
}

function imageXml(image: Image): XmlObject {
  return {
    imageId: image.id,
    imageLocation: `${image.ownerAlias ?? image.ownerId}/${image.name}`,
    imageState: image.state,
    imageOwnerId: image.ownerId,
    creationDate: image.creationDate,
    isPublic: image.public,
    architecture: image.architecture,
    imageType: 'machine',
    sriovNetSupport: 'simple',
    imageOwnerAlias: image.ownerAlias,
    name: image.name,
    description: image.description,
    rootDeviceType: 'ebs',
    rootDeviceName: image.rootDeviceName,
    blockDeviceMapping: image.blockDevices.map(d => ({
      deviceName: d.deviceName,
      ebs: {
        snapshotId: d.snapshotId,
        volumeSize: d.volumeSize,
        deleteOnTermination: d.deleteOnTermination,
        volumeType: d.volumeType,
        encrypted: d.encrypted,
        iops: d.iops,
        throughput: d.throughput
      }
    })),
    virtualizationType: 'hvm',
    tagSet: tagSet(image.tags),
    hypervisor: 'xen',
    enaSupport: image.enaSupport,
    stateReason: image.stateReason,
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    bootMode: image.architecture === 'arm64' ? 'uefi' : undefined,
    imdsSupport: image.imdsSupport,
    deprecationTime: image.deprecationTime,
    sourceInstanceId: image.sourceInstanceId
  }
}

export const describeImages: Ec2Handler = ctx => {
  const { params } = ctx
  const account = ctx.caller.accountId
  const ids = params.list('ImageId')
  const owners = params.list('Owner')
  const executableBy = params.list('ExecutableBy')
  const found = ids.map(id => findImage(ctx, id))
  let images =
    ids.length > 0
      ? found
      : [...ctx.region.images.values()].filter(
          i => i.state !== 'deregistered' && canLaunch(i, account)
        )
  if (owners.length > 0) {
    images = images.filter(i =>
      owners.some(o =>
        o === 'self'
          ? i.ownerId === account
          : o === i.ownerId || (i.ownerAlias !== undefined && o === i.ownerAlias)
      )
    )
  }
  if (executableBy.length > 0) {
    images = images.filter(i =>
      executableBy.some(e =>
        e === 'all' ? i.public : i.launchUsers.has(e === 'self' ? account : e)
      )
    )
  }
  images = applyFilters(images, readFilters(params), (i, name) => {
    switch (name) {
      case 'name':
        return [i.name]
      case 'image-id':
        return [i.id]
      case 'owner-id':
        return [i.ownerId]
      case 'owner-alias':
        return [i.ownerAlias]
      case 'state':
        return [i.state]
      case 'architecture':
        return [i.architecture]
      case 'virtualization-type':
        return ['hvm']
      case 'root-device-type':
        return ['ebs']
      case 'root-device-name':
        return [i.rootDeviceName]
      case 'image-type':
        return ['machine']
      case 'hypervisor':
        return ['xen']
      case 'is-public':
        return [String(i.public)]
      case 'description':
        return [i.description]
      case 'ena-support':
        return [String(i.enaSupport)]
      case 'platform-details':
        return ['Linux/UNIX']
      case 'creation-date':
        return [i.creationDate]
      case 'imds-support':
        return [i.imdsSupport]
      case 'block-device-mapping.snapshot-id':
        return i.blockDevices.map(d => d.snapshotId)
      case 'block-device-mapping.volume-size':
        return i.blockDevices.map(d => String(d.volumeSize))
      case 'block-device-mapping.volume-type':
        return i.blockDevices.map(d => d.volumeType)
      case 'block-device-mapping.device-name':
        return i.blockDevices.map(d => d.deviceName)
      case 'block-device-mapping.encrypted':
        return i.blockDevices.map(d => String(d.encrypted))
      default:
        return tagFilterValues(i.tags, name)
    }
  })
  images.sort((a, b) => a.id.localeCompare(b.id))
  const { page, nextToken } = paginate(ctx, images)
  ctx.observed = page.map(i => ({ id: i.id, state: i.state }))
  return { imagesSet: page.map(i => imageXml(i)), nextToken }
}

export const describeImageAttribute: Ec2Handler = ctx => {
  const image = ownImage(ctx, ctx.params.require('ImageId'))
  const attribute = ctx.params.require('Attribute')
  const value = (v: string | undefined) => (v === undefined ? {} : { value: v })
  const answers: Record<string, XmlObject> = {
    description: { description: value(image.description) },
    launchPermission: {
      launchPermission: [
        ...[...image.launchGroups].map(group => ({ group })),
        ...[...image.launchUsers].map(userId => ({ userId })),
        ...[...image.launchOrgArns].map(organizationArn => ({ organizationArn })),
        ...[...image.launchOuArns].map(organizationalUnitArn => ({ organizationalUnitArn }))
      ]
    },
    imdsSupport: { imdsSupport: value(image.imdsSupport) },
    blockDeviceMapping: {
      blockDeviceMapping: image.blockDevices.map(d => ({
        deviceName: d.deviceName,
        ebs: {
          snapshotId: d.snapshotId,
          volumeSize: d.volumeSize,
          deleteOnTermination: d.deleteOnTermination,
          volumeType: d.volumeType,
          encrypted: d.encrypted
        }
      }))
    },
    bootMode: { bootMode: value(image.architecture === 'arm64' ? 'uefi' : undefined) },
    kernel: { kernel: {} },
    ramdisk: { ramdisk: {} },
    productCodes: { productCodes: [] },
    sriovNetSupport: { sriovNetSupport: value('simple') },
    deregistrationProtection: { deregistrationProtection: value('disabled') },
    lastLaunchedTime: { lastLaunchedTime: {} }
  }
  const answer = answers[attribute]
  if (!answer)
    throw invalidParameter(
      `Value (${attribute}) for parameter attribute is invalid. Unknown attribute.`
    )
  ctx.observed = [{ id: image.id, state: image.state }]
  return { imageId: image.id, ...answer }
}

function checkUserId(userId: string): string {
  if (!/^\d{12}$/.test(userId)) {
    throw new AwsError(
      'InvalidAMIAttributeItemValue',
      `Invalid attribute item value "${userId}" for userId item type.`
    )
  }
  return userId
}

export const modifyImageAttribute: Ec2Handler = ctx => {
  const { params } = ctx
  const image = ownImage(ctx, params.require('ImageId'))
  const attribute = params.get('Attribute')
  const description =
    params.get('Description.Value') ??
    (attribute === 'description' ? params.get('Value') : undefined)
  if (description !== undefined) image.description = description
  const imds =
    params.get('ImdsSupport.Value') ??
    (attribute === 'imdsSupport' ? params.get('Value') : undefined)
  if (imds !== undefined) {
    if (imds !== 'v2.0')
      throw invalidParameter(
        `Value (${imds}) for parameter imdsSupport is invalid. Valid values: v2.0.`
      )
    image.imdsSupport = imds
  }
  type Change = { users: string[]; groups: string[]; orgs: string[]; ous: string[] }
  const read = (kind: 'Add' | 'Remove'): Change => {
    const members = params.members(`LaunchPermission.${kind}`)
    const change: Change = {
      users: members.map(m => m.get('UserId')).filter((v): v is string => v !== undefined),
      groups: members.map(m => m.get('Group')).filter((v): v is string => v !== undefined),
      orgs: members.map(m => m.get('OrganizationArn')).filter((v): v is string => v !== undefined),
      ous: members
        .map(m => m.get('OrganizationalUnitArn'))
        .filter((v): v is string => v !== undefined)
    }
    // The older flat form: Attribute=launchPermission&OperationType=add&UserId.1=...
    if (
      attribute === 'launchPermission' &&
      params.get('OperationType')?.toLowerCase() === kind.toLowerCase()
    ) {
      change.users.push(...params.list('UserId'))
      change.groups.push(...params.list('UserGroup'))
      change.orgs.push(...params.list('OrganizationArn'))
      change.ous.push(...params.list('OrganizationalUnitArn'))
    }
    return change
  }
  const add = read('Add')
  const remove = read('Remove')
  for (const group of [...add.groups, ...remove.groups]) {
    if (group !== 'all')
      throw new AwsError(
        'InvalidAMIAttributeItemValue',
        `Invalid attribute item value "${group}" for group item type.`
      )
  }
  for (const arn of [...add.orgs, ...add.ous]) {
    if (!arn.startsWith('arn:aws:organizations::'))
      throw invalidParameter(`Invalid organization ARN: ${arn}`)
  }
  add.users.forEach(u => image.launchUsers.add(checkUserId(u)))
  add.groups.forEach(g => image.launchGroups.add(g))
  add.orgs.forEach(o => image.launchOrgArns.add(o))
  add.ous.forEach(o => image.launchOuArns.add(o))
  remove.users.forEach(u => image.launchUsers.delete(checkUserId(u)))
  remove.groups.forEach(g => image.launchGroups.delete(g))
  remove.orgs.forEach(o => image.launchOrgArns.delete(o))
  remove.ous.forEach(o => image.launchOuArns.delete(o))
  image.public = image.launchGroups.has('all')
  return ok()
}

export const enableImageDeprecation: Ec2Handler = ctx => {
  const image = ownImage(ctx, ctx.params.require('ImageId'))
  const at = Date.parse(ctx.params.require('DeprecateAt'))
  if (Number.isNaN(at)) throw invalidParameter('DeprecateAt must be a date and time (ISO 8601).')
  if (at <= ctx.runtime.now()) throw invalidParameter('The deprecation time must be in the future.')
  // AWS rounds the time up to the next minute.
  const minute = 60_000
  image.deprecationTime = new Date(Math.ceil(at / minute) * minute)
    .toISOString()
    .replace(/\.\d{3}Z$/, '.000Z')
  return ok()
}

export const disableImageDeprecation: Ec2Handler = ctx => {
  const image = ownImage(ctx, ctx.params.require('ImageId'))
  image.deprecationTime = undefined
  return ok()
}
