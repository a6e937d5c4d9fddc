import { AwsError, invalidParameter } from '../aws-error.js'
import { applyFilters, tagFilterValues } from '../filters.js'
import { randomId } from '../credentials.js'
import { readFilters, type Params } from '../query.js'
import type { Runtime } from '../runtime.js'
import { instanceTypeArchitecture } from '../world/catalogue.js'
import {
  INSTANCE_STATE_CODES,
  newId,
  type Instance,
  type InstanceState,
  type RegionState,
  type Subnet,
  type Volume
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
import { findImage } from './images.js'
import { findGroup } from './security-groups.js'

/** How long a terminated instance stays visible in DescribeInstances (about an hour on AWS). */
const TERMINATED_VISIBLE_MS = 60 * 60 * 1000

export function findInstance(ctx: Ec2Context, id: string): Instance {
  checkId(id, 'i', 'InvalidInstanceID.Malformed')
  const instance = ctx.region.instances.get(id)
  // Right after RunInstances the instance is not yet visible everywhere (eventual consistency).
  if (!instance || instance.visibleAt > ctx.runtime.now() || !stillVisible(ctx.runtime, instance)) {
    throw new AwsError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`)
  }
  return instance
}

function stillVisible(runtime: Runtime, instance: Instance): boolean {
  return (
    instance.terminatedAt === undefined ||
    runtime.now() - instance.terminatedAt < TERMINATED_VISIBLE_MS
  )
}

function setState(runtime: Runtime, instance: Instance, to: InstanceState): void {
  const from = instance.state
  instance.state = to
  runtime.transition(instance.region, 'instance', instance.id, from, to)
}

function gmt(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' GMT')
}

// ---- the instance state machine --------------------------------------------------------------

function becomeRunning(runtime: Runtime, region: RegionState, instance: Instance): void {
  if (instance.state !== 'pending') return
  setState(runtime, instance, 'running')
  instance.stateReason = undefined
  instance.stateTransitionReason = ''
  instance.consoleOutput.push(
    `[    0.000000] Linux version 6.5.0-1014-aws (buildd@emulator) #14-Ubuntu SMP`,
    `Cloud-init v. 23.4.4 running 'init' at ${gmt(runtime.now())}.`
  )
  if (instance.sshNever) return
  runtime.after(runtime.timings.sshReady + instance.sshDelayMs, () =>
    startSshd(runtime, region, instance)
  )
}

async function startSshd(runtime: Runtime, region: RegionState, instance: Instance): Promise<void> {
  if (instance.state !== 'running' || instance.sshd) return
  if (!instance.authorizedKey) {
    instance.consoleOutput.push('ci-info: no authorized SSH keys fingerprints found for user.')
  }
  let handle
  try {
    handle = await runtime.host.startSshd({
      instanceId: instance.id,
      address: instance.address,
      user: instance.defaultUser,
      authorizedKey: instance.authorizedKey ?? '',
      rootDir: instance.rootDir,
      onShutdown: () => initiatedShutdown(runtime, region, instance)
    })
  } catch (error) {
    // Terminated while sshd was starting: its root may be gone already, which is no failure.
    if (instance.state !== 'running' || runtime.isStopped) return
    throw error
  }
  // The instance may have been stopped or terminated while sshd was starting.
  if (instance.state !== 'running' || runtime.isStopped) {
    await handle.stop()
    return
  }
  instance.sshd = handle
  instance.consoleOutput.push(
    `Cloud-init v. 23.4.4 finished at ${gmt(runtime.now())}. Datasource DataSourceEc2Local.`
  )
}

/** Stops the instance's sshd; the returned promise settles once the process is gone. */
function stopSshd(runtime: Runtime, instance: Instance): Promise<void> {
  const handle = instance.sshd
  instance.sshd = undefined
  if (!handle) return Promise.resolve()
  const stopped = handle.stop()
  runtime.track(stopped)
  return stopped.catch(() => undefined)
}

function beginStop(
  runtime: Runtime,
  instance: Instance,
  reason: { code: string; message: string }
): void {
  setState(runtime, instance, 'stopping')
  instance.stateReason = reason
  instance.stateTransitionReason = `User initiated (${gmt(runtime.now())})`
  const sshdGone = stopSshd(runtime, instance)
  runtime.after(runtime.timings.stop, async () => {
    // Nothing may still answer on the address once the instance reads `stopped`.
    await sshdGone
    if (instance.state === 'stopping') setState(runtime, instance, 'stopped')
  })
}

function beginStart(runtime: Runtime, region: RegionState, instance: Instance): void {
  setState(runtime, instance, 'pending')
  instance.stateReason = undefined
  runtime.after(runtime.timings.start, () => becomeRunning(runtime, region, instance))
}

function beginTerminate(
  runtime: Runtime,
  region: RegionState,
  instance: Instance,
  reason: { code: string; message: string }
): void {
  setState(runtime, instance, 'shutting-down')
  instance.stateReason = reason
  instance.stateTransitionReason = `User initiated (${gmt(runtime.now())})`
  const sshdGone = stopSshd(runtime, instance)
  runtime.after(runtime.timings.terminate, async () => {
    await sshdGone
    // Terminated in the instant of its launch: the address and root it is getting are released too.
    await hostReady(instance)
    if (instance.state !== 'shutting-down') return
    setState(runtime, instance, 'terminated')
    instance.terminatedAt = runtime.now()
    runtime.host.releaseAddress(instance.address)
    for (const device of instance.blockDevices) {
      const volume = region.volumes.get(device.volumeId)
      if (!volume) continue
      volume.attachment = undefined
      const to = device.deleteOnTermination ? 'deleted' : 'available'
      runtime.transition(region.name, 'volume', volume.id, volume.state, to)
      volume.state = to
      if (to === 'deleted') region.volumes.delete(volume.id)
    }
    await runtime.host.removeRoot(instance.rootDir)
  })
}

/** A reboot (CreateImage without NoReboot does one): SSH drops and comes back, state stays running. */
export function reboot(runtime: Runtime, region: RegionState, instance: Instance): void {
  if (instance.state !== 'running') return
  const sshdGone = stopSshd(runtime, instance)
  if (instance.sshNever) return
  runtime.after(runtime.timings.sshReady, async () => {
    await sshdGone
    await startSshd(runtime, region, instance)
  })
}

/** `shutdown -h now` inside the instance: stop or terminate as InstanceInitiatedShutdownBehavior says. */
function initiatedShutdown(runtime: Runtime, region: RegionState, instance: Instance): void {
  if (instance.state !== 'running') return
  const reason = {
    code: 'Client.InstanceInitiatedShutdown',
    message: 'Client.InstanceInitiatedShutdown: Instance initiated shutdown'
  }
  if (instance.shutdownBehavior === 'terminate') beginTerminate(runtime, region, instance, reason)
  else beginStop(runtime, instance, reason)
}

// ---- RunInstances ------------------------------------------------------------------------------

/** Client token → the launch it made, per region (RunInstances idempotency). */
const idempotent = new WeakMap<RegionState, Map<string, Launch>>()

function chooseSubnet(ctx: Ec2Context): Subnet {
  const nic = ctx.params.members('NetworkInterface')[0]
  const subnetId = ctx.params.get('SubnetId') ?? nic?.get('SubnetId')
  if (subnetId !== undefined) {
    const subnet = ctx.region.subnets.get(subnetId)
    if (!subnet)
      throw new AwsError('InvalidSubnetID.NotFound', `The subnet ID '${subnetId}' does not exist`)
    return subnet
  }
  const zone = ctx.params.get('Placement.AvailabilityZone')
  const defaults = [...ctx.region.subnets.values()].filter(s => s.defaultForAz)
  if (zone !== undefined) {
    const subnet = defaults.find(s => s.zone === zone)
    if (!subnet) throw invalidParameter(`Invalid availability zone: [${zone}]`)
    return subnet
  }
  return defaults[0]
}

function chooseGroups(ctx: Ec2Context, vpcId: string): string[] {
  const nic = ctx.params.members('NetworkInterface')[0]
  const ids = [...ctx.params.list('SecurityGroupId'), ...(nic?.list('SecurityGroupId') ?? [])]
  const names = ctx.params.list('SecurityGroup')
  const groups = ids.map(id => findGroup(ctx, id))
  for (const name of names) {
    const group = [...ctx.region.securityGroups.values()].find(
      g => g.name === name && g.vpcId === vpcId
    )
    if (!group)
      throw new AwsError(
        'InvalidGroup.NotFound',
        `The security group '${name}' does not exist in VPC '${vpcId}'`
      )
    groups.push(group)
  }
  for (const group of groups) {
    if (group.vpcId !== vpcId) {
      throw invalidParameter(`Security group ${group.id} and subnet belong to different networks.`)
    }
  }
  if (groups.length > 0) return [...new Set(groups.map(g => g.id))]
  const fallback = [...ctx.region.securityGroups.values()].find(
    g => g.isDefault && g.vpcId === vpcId
  )
  return fallback ? [fallback.id] : []
}

export const runInstances: Ec2Handler = async ctx => {
  const { params, runtime, region } = ctx
  const clientToken = params.get('ClientToken')
  const seen = idempotent.get(region) ?? new Map<string, Launch>()
  idempotent.set(region, seen)
  const request = requestSignature(params)
  const earlier = clientToken === undefined ? undefined : seen.get(clientToken)
  if (earlier) {
    if (earlier.request !== request) {
      throw new AwsError(
        'IdempotentParameterMismatch',
        `The client token '${clientToken}' was already used with different parameters.`
      )
    }
    // The same launch, answered again: a retry after a lost answer must not launch twice.
    await earlier.ready
    return reservationXml(ctx, earlier.instances)
  }

  const image = findImage(ctx, params.require('ImageId'))
  if (image.state !== 'available') {
    throw new AwsError(
      'InvalidAMIID.Unavailable',
      `The image id '[${image.id}]' is not available (state: ${image.state})`
    )
  }
  const instanceType = params.get('InstanceType') ?? 'm1.small'
  const architecture = instanceTypeArchitecture(instanceType)
  if (!architecture) throw invalidParameter(`Invalid value '${instanceType}' for InstanceType.`)
  if (architecture !== image.architecture) {
    throw invalidParameter(
      `The architecture '${architecture}' of the specified instance type does not match the architecture ` +
        `'${image.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching ` +
        `architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover ` +
        `the architecture of the instance type or AMI.`
    )
  }
  const minCount = params.int('MinCount') ?? 1
  const maxCount = params.int('MaxCount') ?? minCount
  if (minCount < 1 || maxCount < minCount) {
    throw invalidParameter(`Invalid MinCount/MaxCount: ${minCount}/${maxCount}.`)
  }
  if (maxCount > 20) {
    throw new AwsError(
      'InstanceLimitExceeded',
      `You have requested more instances (${maxCount}) than your current instance limit of 20 allows for the specified instance type.`
    )
  }
  const keyName = params.get('KeyName')
  const keyPair = keyName === undefined ? undefined : region.keyPairs.get(keyName)
  if (keyName !== undefined && !keyPair) {
    throw new AwsError('InvalidKeyPair.NotFound', `The key pair '${keyName}' does not exist`)
  }
  const subnet = chooseSubnet(ctx)
  const securityGroupIds = chooseGroups(ctx, subnet.vpcId)
  const shutdownBehavior = (params.get('InstanceInitiatedShutdownBehavior') ?? 'stop') as
    'stop' | 'terminate'
  if (shutdownBehavior !== 'stop' && shutdownBehavior !== 'terminate') {
    throw invalidParameter(
      `Value (${String(shutdownBehavior)}) for parameter instanceInitiatedShutdownBehavior is invalid.`
    )
  }
  const httpTokens =
    params.get('MetadataOptions.HttpTokens') ??
    (image.imdsSupport === 'v2.0' ? 'required' : 'optional')
  if (!['optional', 'required'].includes(httpTokens)) {
    throw invalidParameter(
      `Value (${httpTokens}) for parameter MetadataOptions.HttpTokens is invalid.`
    )
  }
  const metadataOptions = {
    httpTokens,
    httpEndpoint: params.get('MetadataOptions.HttpEndpoint') ?? 'enabled',
    httpPutResponseHopLimit:
      params.int('MetadataOptions.HttpPutResponseHopLimit') ??
      (image.imdsSupport === 'v2.0' ? 2 : 1),
    instanceMetadataTags: params.get('MetadataOptions.InstanceMetadataTags') ?? 'disabled'
  }
  const profileName = params.get('IamInstanceProfile.Name')
  const profileArn = params.get('IamInstanceProfile.Arn')
  const iamInstanceProfile =
    profileName !== undefined || profileArn !== undefined
      ? {
          arn: profileArn ?? `arn:aws:iam::${ctx.caller.accountId}:instance-profile/${profileName}`,
          id: randomId('AIPA', 17)
        }
      : undefined
  const userData = params.get('UserData')
  if (userData !== undefined && Buffer.from(userData, 'base64').length > 16 * 1024) {
    throw invalidParameter('User data is limited to 16384 bytes')
  }
  const resourceTypes = ['instance', 'volume', 'network-interface', 'spot-instances-request']
  const instanceTags = tagsFor(params, 'instance', resourceTypes)
  const volumeTags = tagsFor(params, 'volume', resourceTypes)
  const devices = blockDevices(ctx, image)

  const sshDelayMs = ctx.faults.reduce((sum, rule) => sum + (rule.sshDelayMs ?? 0), 0)
  const sshNever = ctx.faults.some(rule => rule.sshNever)
  const spot = spotRequest(ctx, instanceType)
  const reservationId = newId('r')
  const now = runtime.now()
  // On AWS a launch is atomic: the instance exists, pending and tagged, the moment EC2 accepts
  // the call, whatever becomes of the answer. So it is in the region before this handler awaits
  // anything; a cleanup that runs meanwhile finds it by its tags or its client token.
  const launched: Instance[] = []
  for (let index = 0; index < maxCount; index++) {
    const id = newId('i')
    const attached = devices.map(device => {
      const volume: Volume = {
        id: newId('vol'),
        region: region.name,
        size: device.volumeSize,
        volumeType: device.volumeType,
        zone: subnet.zone,
        state: 'in-use',
        snapshotId: device.snapshotId,
        attachment: {
          instanceId: id,
          device: device.deviceName,
          deleteOnTermination: device.deleteOnTermination,
          attachTime: now
        },
        createTime: now,
        encrypted: device.encrypted,
        iops: device.iops,
        throughput: device.throughput,
        tags: { ...volumeTags }
      }
      region.volumes.set(volume.id, volume)
      runtime.transition(region.name, 'volume', volume.id, 'none', 'in-use')
      return {
        deviceName: device.deviceName,
        volumeId: volume.id,
        deleteOnTermination: device.deleteOnTermination,
        attachTime: now
      }
    })
    const instance: Instance = {
      id,
      region: region.name,
      reservationId,
      ownerId: ctx.caller.accountId,
      imageId: image.id,
      instanceType,
      architecture,
      keyName,
      authorizedKey: keyPair?.publicKey,
      defaultUser: image.defaultUser,
      state: 'pending',
      stateTransitionReason: '',
      launchTime: now,
      zone: subnet.zone,
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      securityGroupIds,
      // Filled in by setUp, before anything reads them (see hostReady).
      address: '',
      rootDir: '',
      userData,
      metadataOptions,
      iamInstanceProfile,
      shutdownBehavior,
      rootDeviceName: image.rootDeviceName,
      blockDevices: attached,
      clientToken,
      spot: spot && { ...spot, requestId: newId('sir') },
      amiLaunchIndex: index,
      visibleAt: now + (runtime.timings.describeLag ?? 0),
      sshDelayMs,
      sshNever,
      consoleOutput: [],
      tags: { ...instanceTags }
    }
    region.instances.set(id, instance)
    runtime.transition(region.name, 'instance', id, 'none', 'pending')
    launched.push(instance)
  }
  const ready = Promise.all(launched.map(i => setUp(runtime, region, i, image.contentsDir)))
  if (clientToken !== undefined) {
    seen.set(clientToken, {
      request,
      instances: launched,
      // A launch the host could not set up ended terminated: a retry is answered with that.
      ready: ready.then(
        () => undefined,
        () => undefined
      )
    })
  }
  await ready
  return reservationXml(ctx, launched)
}

interface Launch {
  /** The request's parameters, to tell a retry from a different launch reusing the token. */
  request: string
  instances: Instance[]
  ready: Promise<void>
}

function requestSignature(params: Params): string {
  return JSON.stringify(
    Object.entries(params.values)
      .filter(([name]) => name !== 'ClientToken' && name !== 'Action' && name !== 'Version')
      .sort(([a], [b]) => a.localeCompare(b))
  )
}

/** Instances whose address and root directory are still being made. */
const settingUp = new WeakMap<Instance, Promise<void>>()

/** Settles once the instance has its address and root (at once for every settled instance). */
function hostReady(instance: Instance): Promise<void> {
  return settingUp.get(instance) ?? Promise.resolve()
}

/**
 * Gives a registered instance its loopback address and root directory, then starts its boot.
 * If the host cannot, the instance ends as a launch that failed on AWS does: terminated, with
 * Server.InternalError, its volumes deleted.
 */
function setUp(
  runtime: Runtime,
  region: RegionState,
  instance: Instance,
  contentsDir: string | undefined
): Promise<void> {
  const work = (async () => {
    try {
      instance.address = await runtime.host.allocateAddress()
      instance.rootDir = await runtime.host.createRoot(instance.id, contentsDir)
    } catch (error) {
      if (instance.address) runtime.host.releaseAddress(instance.address)
      instance.address = ''
      endAtOnce(runtime, region, instance, {
        code: 'Server.InternalError',
        message: 'Server.InternalError: Internal error on launch'
      })
      throw error
    }
    runtime.after(runtime.timings.boot, () => becomeRunning(runtime, region, instance))
  })()
  settingUp.set(
    instance,
    work.catch(() => undefined)
  )
  return work
}

function endAtOnce(
  runtime: Runtime,
  region: RegionState,
  instance: Instance,
  reason: { code: string; message: string }
): void {
  setState(runtime, instance, 'terminated')
  instance.stateReason = reason
  instance.terminatedAt = runtime.now()
  for (const device of instance.blockDevices) {
    const volume = region.volumes.get(device.volumeId)
    if (!volume) continue
    runtime.transition(region.name, 'volume', volume.id, volume.state, 'deleted')
    region.volumes.delete(volume.id)
  }
}

function blockDevices(ctx: Ec2Context, image: ReturnType<typeof findImage>) {
  const devices = image.blockDevices.map(d => ({ ...d }))
  for (const mapping of ctx.params.members('BlockDeviceMapping')) {
    const deviceName = mapping.require('DeviceName')
    const existing = devices.findIndex(d => d.deviceName === deviceName)
    if (mapping.get('NoDevice') !== undefined) {
      if (existing >= 0) devices.splice(existing, 1)
      continue
    }
    if (!mapping.has('Ebs')) continue
    const ebs = mapping.sub('Ebs')
    const base = existing >= 0 ? devices[existing] : undefined
    const snapshotId = ebs.get('SnapshotId') ?? base?.snapshotId
    const snapshotSize = snapshotId ? ctx.region.snapshots.get(snapshotId)?.volumeSize : undefined
    const volumeSize = ebs.int('VolumeSize') ?? base?.volumeSize ?? snapshotSize
    if (volumeSize === undefined) {
      throw new AwsError(
        'InvalidBlockDeviceMapping',
        `The device '${deviceName}' needs a volume size or a snapshot.`
      )
    }
    if (snapshotSize !== undefined && volumeSize < snapshotSize) {
      throw new AwsError(
        'InvalidBlockDeviceMapping',
        `Volume of size ${volumeSize}GB is smaller than snapshot '${snapshotId}', expect size >= ${snapshotSize}GB`
      )
    }
    const volumeType = ebs.get('VolumeType') ?? base?.volumeType ?? 'gp2'
    if (!['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'].includes(volumeType)) {
      throw invalidParameter(`Value (${volumeType}) for parameter volumeType is invalid.`)
    }
    const device = {
      deviceName,
      snapshotId,
      volumeSize,
      volumeType,
      deleteOnTermination: ebs.bool('DeleteOnTermination') ?? base?.deleteOnTermination ?? true,
      encrypted: ebs.bool('Encrypted') ?? base?.encrypted ?? false,
      iops: ebs.int('Iops'),
      throughput: ebs.int('Throughput')
    }
    if (existing >= 0) devices[existing] = device
    else devices.push(device)
  }
  return devices
}

// ---- Describe ----------------------------------------------------------------------------------

function exposedAddress(instance: Instance): { publicIp?: string; privateIp?: string } {
  // No address yet: the launch is still being set up.
  const live = instance.state !== 'terminated' && instance.address !== ''
  const hasPublic =
    instance.address !== '' &&
    ['pending', 'running', 'stopping', 'shutting-down'].includes(instance.state)
  return {
    publicIp: hasPublic ? instance.address : undefined,
    privateIp: live ? instance.address : undefined
  }
}

function stateXml(state: InstanceState): XmlObject {
  return { code: INSTANCE_STATE_CODES[state], name: state }
}

function instanceXml(ctx: Ec2Context, instance: Instance): XmlObject {
  const region = ctx.region
  const { publicIp, privateIp } = exposedAddress(instance)
  const groups = instance.securityGroupIds.map(id => ({
    groupId: id,
    groupName: region.securityGroups.get(id)?.name ?? id
  }))
  return {
    instanceId: instance.id,
    imageId: instance.imageId,
    instanceState: stateXml(instance.state),
    // Empty on purpose: a DNS name would resolve outside loopback. Clients fall back to the IP.
    privateDnsName: '',
    dnsName: '',
    reason: instance.stateTransitionReason,
    keyName: instance.keyName,
    amiLaunchIndex: instance.amiLaunchIndex,
    productCodes: [],
    instanceType: instance.instanceType,
    instanceLifecycle: instance.spot ? 'spot' : undefined,
    spotInstanceRequestId: instance.spot?.requestId,
    launchTime: isoTime(instance.launchTime),
    placement: { availabilityZone: instance.zone, groupName: '', tenancy: 'default' },
    monitoring: { state: 'disabled' },
    subnetId: instance.state === 'terminated' ? undefined : instance.subnetId,
    vpcId: instance.state === 'terminated' ? undefined : instance.vpcId,
    privateIpAddress: privateIp,
    ipAddress: publicIp,
    sourceDestCheck: attributesOf(instance).sourceDestCheck,
    groupSet: groups,
    stateReason: instance.stateReason,
    architecture: instance.architecture,
    rootDeviceType: 'ebs',
    rootDeviceName: instance.rootDeviceName,
    blockDeviceMapping:
      instance.state === 'terminated'
        ? []
        : instance.blockDevices.map(d => ({
            deviceName: d.deviceName,
            ebs: {
              volumeId: d.volumeId,
              status: 'attached',
              attachTime: isoTime(d.attachTime),
              deleteOnTermination: d.deleteOnTermination
            }
          })),
    virtualizationType: 'hvm',
    clientToken: instance.clientToken ?? '',
    tagSet: tagSet(instance.tags),
    hypervisor: 'xen',
    networkInterfaceSet:
      instance.state === 'terminated'
        ? []
        : [
            {
              networkInterfaceId: `eni-${instance.id.slice(2)}`,
              subnetId: instance.subnetId,
              vpcId: instance.vpcId,
              ownerId: instance.ownerId,
              status: 'in-use',
              privateIpAddress: privateIp,
              sourceDestCheck: attributesOf(instance).sourceDestCheck,
              groupSet: groups,
              attachment: {
                attachmentId: `eni-attach-${instance.id.slice(2)}`,
                deviceIndex: 0,
                status: 'attached',
                attachTime: isoTime(instance.launchTime),
                deleteOnTermination: true
              },
              association: publicIp
                ? { publicIp, publicDnsName: '', ipOwnerId: 'amazon' }
                : undefined,
              privateIpAddressesSet: privateIp
                ? [{ privateIpAddress: privateIp, primary: true }]
                : []
            }
          ],
    iamInstanceProfile: instance.iamInstanceProfile,
    ebsOptimized: attributesOf(instance).ebsOptimized,
    enaSupport: attributesOf(instance).enaSupport,
    sriovNetSupport: attributesOf(instance).sriovNetSupport,
    metadataOptions: { state: 'applied', ...instance.metadataOptions },
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    bootMode: 'uefi-preferred',
    currentInstanceBootMode: instance.architecture === 'arm64' ? 'uefi' : 'legacy-bios'
  }
}

function reservationXml(ctx: Ec2Context, instances: Instance[]): XmlObject {
  const first = instances[0]
  return {
    reservationId: first.reservationId,
    ownerId: first.ownerId,
    groupSet: [],
    instancesSet: instances.map(i => instanceXml(ctx, i))
  }
}

function instanceFilterValues(
  ctx: Ec2Context,
  i: Instance,
  name: string
): Array<string | undefined> | undefined {
  const { publicIp, privateIp } = exposedAddress(i)
  switch (name) {
    case 'instance-id':
      return [i.id]
    case 'instance-state-name':
      return [i.state]
    case 'instance-state-code':
      return [String(INSTANCE_STATE_CODES[i.state])]
    case 'instance-type':
      return [i.instanceType]
    case 'image-id':
      return [i.imageId]
    case 'key-name':
      return [i.keyName]
    case 'vpc-id':
      return [i.vpcId]
    case 'subnet-id':
      return [i.subnetId]
    case 'availability-zone':
      return [i.zone]
    case 'private-ip-address':
      return [privateIp]
    case 'ip-address':
      return [publicIp]
    case 'architecture':
      return [i.architecture]
    case 'instance.group-id':
    case 'group-id':
      return i.securityGroupIds
    case 'instance.group-name':
    case 'group-name':
      return i.securityGroupIds.map(id => ctx.region.securityGroups.get(id)?.name)
    case 'reservation-id':
      return [i.reservationId]
    case 'owner-id':
      return [i.ownerId]
    case 'root-device-type':
      return ['ebs']
    case 'launch-time':
      return [isoTime(i.launchTime)]
    case 'client-token':
      return [i.clientToken]
    case 'metadata-options.http-tokens':
      return [i.metadataOptions.httpTokens]
    default:
      return tagFilterValues(i.tags, name)
  }
}

function visibleInstances(ctx: Ec2Context): Instance[] {
  const ids = ctx.params.list('InstanceId')
  const found = ids.map(id => findInstance(ctx, id))
  const now = ctx.runtime.now()
  const pool =
    ids.length > 0
      ? found
      : [...ctx.region.instances.values()].filter(
          i => i.visibleAt <= now && stillVisible(ctx.runtime, i)
        )
  return applyFilters(pool, readFilters(ctx.params), (i, name) =>
    instanceFilterValues(ctx, i, name)
  )
}

export const describeInstances: Ec2Handler = ctx => {
  const instances = visibleInstances(ctx)
  const { page, nextToken } = paginate(ctx, instances)
  ctx.observed = page.map(i => ({ id: i.id, state: i.state }))
  const reservations = new Map<string, Instance[]>()
  for (const i of page)
    reservations.set(i.reservationId, [...(reservations.get(i.reservationId) ?? []), i])
  return {
    reservationSet: [...reservations.values()].map(group => reservationXml(ctx, group)),
    nextToken
  }
}

export const describeInstanceStatus: Ec2Handler = ctx => {
  const includeAll = ctx.params.bool('IncludeAllInstances') === true
  const filters = readFilters(ctx.params)
  const instances = visibleInstances({ ...ctx, params: ctx.params.without('Filter') }).filter(
    i => includeAll || i.state === 'running'
  )
  const status = (i: Instance) =>
    i.state !== 'running' ? 'not-applicable' : i.sshd ? 'ok' : 'initializing'
  const filtered = applyFilters(instances, filters, (i, name) => {
    if (name === 'instance-status.status' || name === 'system-status.status') return [status(i)]
    if (name === 'instance-state-name') return [i.state]
    if (name === 'availability-zone') return [i.zone]
    return undefined
  })
  const { page, nextToken } = paginate(ctx, filtered)
  ctx.observed = page.map(i => ({ id: i.id, state: `${i.state}/${status(i)}` }))
  const detail = (s: string) => ({
    status: s,
    details:
      s === 'not-applicable'
        ? []
        : [{ name: 'reachability', status: s === 'ok' ? 'passed' : 'initializing' }]
  })
  return {
    instanceStatusSet: page.map(i => ({
      instanceId: i.id,
      availabilityZone: i.zone,
      instanceState: stateXml(i.state),
      systemStatus: detail(status(i)),
      instanceStatus: detail(status(i))
    })),
    nextToken
  }
}

// ---- Stop, start, terminate --------------------------------------------------------------------

function stateChanges(ctx: Ec2Context, change: (i: Instance) => void): XmlObject {
  const instances = ctx.params.list('InstanceId').map(id => findInstance(ctx, id))
  if (instances.length === 0)
    throw new AwsError('MissingParameter', 'The request must contain the parameter InstanceId')
  const previous = instances.map(i => i.state)
  for (const i of instances) change(i)
  return {
    instancesSet: instances.map((i, n) => ({
      instanceId: i.id,
      currentState: stateXml(i.state),
      previousState: stateXml(previous[n])
    }))
  }
}

/** What a Spot price is here, per instance-hour: a MaxPrice below it is never fulfilled. */
const SPOT_PRICE = 0.0035

/** InstanceMarketOptions of RunInstances: a Spot launch, or none. */
function spotRequest(ctx: Ec2Context, instanceType: string): { persistent: boolean } | undefined {
  const market = ctx.params.get('InstanceMarketOptions.MarketType')
  if (market === undefined) return undefined
  if (market !== 'spot' && market !== 'capacity-block') {
    throw invalidParameter(`Value (${market}) for parameter marketType is invalid.`)
  }
  const type = ctx.params.get('InstanceMarketOptions.SpotOptions.SpotInstanceType') ?? 'one-time'
  if (type !== 'one-time' && type !== 'persistent') {
    throw invalidParameter(`Value (${type}) for parameter spotInstanceType is invalid.`)
  }
  const maxPrice = ctx.params.get('InstanceMarketOptions.SpotOptions.MaxPrice')
  if (maxPrice !== undefined && Number(maxPrice) < SPOT_PRICE) {
    throw new AwsError(
      'SpotMaxPriceTooLow',
      `Your Spot request price of ${maxPrice} is lower than the minimum required Spot request fulfillment price of ${SPOT_PRICE} for ${instanceType}.`
    )
  }
  return { persistent: type === 'persistent' }
}

function incorrectState(i: Instance, action: string): AwsError {
  return new AwsError(
    'IncorrectInstanceState',
    `This instance '${i.id}' is not in a state from which it can be ${action}.`
  )
}

export const stopInstances: Ec2Handler = ctx => {
  const instances = ctx.params.list('InstanceId').map(id => findInstance(ctx, id))
  for (const i of instances) {
    if (i.spot && !i.spot.persistent) {
      throw new AwsError(
        'UnsupportedOperation',
        `You can't stop the Spot Instance '${i.id}' because it is associated with a one-time Spot Instance request. You can only stop Spot Instances associated with persistent Spot Instance requests.`
      )
    }
    if (i.state === 'pending' || i.state === 'shutting-down' || i.state === 'terminated')
      throw incorrectState(i, 'stopped')
  }
  return stateChanges(ctx, i => {
    if (i.state === 'running') {
      beginStop(ctx.runtime, i, {
        code: 'Client.UserInitiatedShutdown',
        message: 'Client.UserInitiatedShutdown: User initiated shutdown'
      })
    }
  })
}

export const startInstances: Ec2Handler = ctx => {
  const instances = ctx.params.list('InstanceId').map(id => findInstance(ctx, id))
  for (const i of instances) {
    if (i.state === 'stopping' || i.state === 'shutting-down' || i.state === 'terminated')
      throw incorrectState(i, 'started')
  }
  return stateChanges(ctx, i => {
    if (i.state === 'stopped') beginStart(ctx.runtime, ctx.region, i)
  })
}

export const terminateInstances: Ec2Handler = ctx => {
  for (const id of ctx.params.list('InstanceId')) {
    if (attributesOf(findInstance(ctx, id)).disableApiTermination) {
      throw new AwsError(
        'OperationNotPermitted',
        `The instance '${id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`
      )
    }
  }
  return stateChanges(ctx, i => {
    if (i.state === 'terminated' || i.state === 'shutting-down') return
    beginTerminate(ctx.runtime, ctx.region, i, {
      code: 'Client.UserInitiatedShutdown',
      message: 'Client.UserInitiatedShutdown: User initiated shutdown'
    })
  })
}

// ---- Attributes --------------------------------------------------------------------------------

/** The attributes the instance model leaves out, with AWS's defaults for a new instance. */
export interface InstanceAttributes {
  enaSupport: boolean
  sriovNetSupport?: 'simple'
  sourceDestCheck: boolean
  disableApiTermination: boolean
  disableApiStop: boolean
  ebsOptimized: boolean
}

const attributes = new WeakMap<Instance, InstanceAttributes>()

export function attributesOf(instance: Instance): InstanceAttributes {
  let found = attributes.get(instance)
  if (!found) {
    found = {
      enaSupport: true,
      sourceDestCheck: true,
      disableApiTermination: false,
      disableApiStop: false,
      ebsOptimized: false
    }
    attributes.set(instance, found)
  }
  return found
}

/** Attribute name (the `Attribute` parameter) → the structure that sets it instead. */
const ATTRIBUTE_MEMBERS: Record<string, string> = {
  instanceType: 'InstanceType',
  userData: 'UserData',
  disableApiTermination: 'DisableApiTermination',
  disableApiStop: 'DisableApiStop',
  instanceInitiatedShutdownBehavior: 'InstanceInitiatedShutdownBehavior',
  sourceDestCheck: 'SourceDestCheck',
  groupSet: 'GroupId',
  ebsOptimized: 'EbsOptimized',
  sriovNetSupport: 'SriovNetSupport',
  enaSupport: 'EnaSupport',
  kernel: 'Kernel',
  ramdisk: 'Ramdisk'
}

/** What EC2 lets change only while the instance is stopped. */
const ONLY_WHEN_STOPPED = new Set([
  'instanceType',
  'userData',
  'ebsOptimized',
  'sriovNetSupport',
  'enaSupport',
  'kernel',
  'ramdisk'
])

export const modifyInstanceAttribute: Ec2Handler = ctx => {
  const { params } = ctx
  const instance = findInstance(ctx, params.require('InstanceId'))
  // Either `Attribute` + `Value`, or one structure such as `EnaSupport.Value` (the SDK's form).
  const legacy = params.get('Attribute')
  const given = Object.entries(ATTRIBUTE_MEMBERS).filter(([, member]) =>
    member === 'GroupId' ? params.list('GroupId').length > 0 : params.has(member)
  )
  if (legacy !== undefined && !(legacy in ATTRIBUTE_MEMBERS)) {
    throw invalidParameter(
      `Value (${legacy}) for parameter attribute is invalid. Unknown attribute.`
    )
  }
  const chosen = legacy ?? given[0]?.[0]
  if (chosen === undefined) {
    throw new AwsError('MissingParameter', 'No attributes specified.')
  }
  if (given.length + (legacy === undefined ? 0 : 1) > 1) {
    throw new AwsError(
      'InvalidParameterCombination',
      'Fields for multiple attribute types specified: only one attribute can be modified at a time.'
    )
  }
  if (instance.state === 'terminated' || instance.state === 'shutting-down') {
    throw incorrectState(instance, 'modified')
  }
  if (ONLY_WHEN_STOPPED.has(chosen) && instance.state !== 'stopped') {
    throw new AwsError(
      'IncorrectInstanceState',
      `The instance '${instance.id}' is not in the 'stopped' state.`
    )
  }
  const member = ATTRIBUTE_MEMBERS[chosen]
  const value = (): string => {
    const text = legacy !== undefined ? params.get('Value') : params.get(`${member}.Value`)
    if (text === undefined) throw new AwsError('MissingParameter', `No value for ${chosen}.`)
    return text
  }
  const flag = (): boolean => {
    const text = value()
    if (text !== 'true' && text !== 'false') {
      throw invalidParameter(`Value (${text}) for parameter ${chosen} is invalid.`)
    }
    return text === 'true'
  }
  const attrs = attributesOf(instance)
  switch (chosen) {
    case 'enaSupport':
      attrs.enaSupport = flag()
      break
    case 'sriovNetSupport': {
      const text = value()
      if (text !== 'simple') {
        throw invalidParameter(`Value (${text}) for parameter sriovNetSupport is invalid.`)
      }
      attrs.sriovNetSupport = 'simple'
      break
    }
    case 'sourceDestCheck':
      attrs.sourceDestCheck = flag()
      break
    case 'disableApiTermination':
      attrs.disableApiTermination = flag()
      break
    case 'disableApiStop':
      attrs.disableApiStop = flag()
      break
    case 'ebsOptimized':
      attrs.ebsOptimized = flag()
      break
    case 'instanceType': {
      const type = value()
      const architecture = instanceTypeArchitecture(type)
      if (!architecture) throw invalidParameter(`Invalid value '${type}' for InstanceType.`)
      if (architecture !== instance.architecture) {
        throw invalidParameter(
          `The instance type '${type}' does not support the '${instance.architecture}' architecture of the instance.`
        )
      }
      instance.instanceType = type
      break
    }
    case 'userData':
      instance.userData = value()
      break
    case 'instanceInitiatedShutdownBehavior': {
      const behavior = value()
      if (behavior !== 'stop' && behavior !== 'terminate') {
        throw invalidParameter(
          `Value (${behavior}) for parameter instanceInitiatedShutdownBehavior is invalid.`
        )
      }
      instance.shutdownBehavior = behavior
      break
    }
    case 'groupSet': {
      const ids = legacy !== undefined ? [value()] : params.list('GroupId')
      const groups = ids.map(id => findGroup(ctx, id))
      if (groups.some(g => g.vpcId !== instance.vpcId)) {
        throw invalidParameter('Security groups and the instance belong to different networks.')
      }
      instance.securityGroupIds = [...new Set(groups.map(g => g.id))]
      break
    }
    default:
      // kernel and ramdisk: paravirtual only; every emulated instance is HVM.
      throw new AwsError(
        'UnsupportedOperation',
        `The instance '${instance.id}' does not support the ${chosen} attribute.`
      )
  }
  return ok()
}

export const getConsoleOutput: Ec2Handler = ctx => {
  const instance = findInstance(ctx, ctx.params.require('InstanceId'))
  const text = instance.consoleOutput.join('\n')
  return {
    instanceId: instance.id,
    timestamp: isoTime(ctx.runtime.now()),
    output: text === '' ? undefined : Buffer.from(text + '\n').toString('base64')
  }
}

/** Stops every sshd of a region, for the emulator's shutdown. */
export function stopAllSshd(runtime: Runtime): void {
  for (const region of runtime.regions.values()) {
    for (const instance of region.instances.values()) void stopSshd(runtime, instance)
  }
}
