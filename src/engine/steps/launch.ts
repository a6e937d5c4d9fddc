/**
 * The source instance: launched with the run's tags on the instance and its volumes, and
 * InstanceInitiatedShutdownBehavior=terminate so that the dead-man switch (an OS shutdown timer)
 * ends it for good if this process vanishes. Waits until it is running.
 *
 * Its cleanup runs first and only issues TerminateInstances: the instance is what costs money,
 * and nothing else needs to wait for it except the security group, which retries. A launch cut
 * off before EC2 answered may still have happened (a launch is atomic on EC2's side, the answer
 * is not), so then the cleanup first looks for the instance by the launch's client token.
 */
import type { BlockDeviceMapping, Instance, RunInstancesCommandInput } from '@aws-sdk/client-ec2'
import { createHash } from 'node:crypto'
import type { BlockDevice } from '../../template/model.js'
import { errorCode, isRefusal } from '../retry.js'
import type { BuildContext, BuildState, LaunchedInstance, Step } from '../state.js'
import { BuildError, ec2Tags, runTags } from '../state.js'
import { EXPECTED, waitFor } from '../wait.js'

export function blockDeviceMappings(devices: BlockDevice[]): BlockDeviceMapping[] {
  return devices.map(d => {
    if (d.no_device) return { DeviceName: d.device_name, NoDevice: '' }
    if (d.virtual_name) return { DeviceName: d.device_name, VirtualName: d.virtual_name }
    return {
      DeviceName: d.device_name,
      Ebs: {
        VolumeSize: d.volume_size,
        VolumeType: d.volume_type as never,
        Iops: d.iops,
        Throughput: d.throughput,
        DeleteOnTermination: d.delete_on_termination,
        Encrypted: d.encrypted,
        KmsKeyId: d.kms_key_id,
        SnapshotId: d.snapshot_id
      }
    }
  })
}

/** encrypt_boot: launching on an encrypted root makes an encrypted AMI directly, where Packer
 * makes an unencrypted one and then an encrypted copy of it (one more snapshot, minutes longer). */
function launchMappings(ctx: BuildContext, state: BuildState): BlockDeviceMapping[] | undefined {
  const { source } = ctx
  const mappings = blockDeviceMappings(source.launch_block_device_mappings)
  const root = state.sourceImage?.rootDeviceName
  if (source.encrypt_boot && root) {
    const existing = mappings.find(m => m.DeviceName === root)
    if (existing?.Ebs) {
      existing.Ebs.Encrypted = true
      existing.Ebs.KmsKeyId ??= source.kms_key_id
    } else if (!existing) {
      mappings.push({ DeviceName: root, Ebs: { Encrypted: true, KmsKeyId: source.kms_key_id } })
    }
  }
  return mappings.length ? mappings : undefined
}

function launchInput(ctx: BuildContext, state: BuildState): RunInstancesCommandInput {
  const { source } = ctx
  const tags = {
    Name: `ami-build builder (${source.name})`,
    ...source.run_tags,
    ...runTags(ctx)
  }
  const volumeTags = { ...source.run_volume_tags, ...runTags(ctx) }
  const profile = source.iam_instance_profile
  const metadata = source.metadata_options
  const input: RunInstancesCommandInput = {
    ImageId: state.sourceImage!.id,
    InstanceType: source.instance_type as never,
    MinCount: 1,
    MaxCount: 1,
    KeyName: state.keyPair!.name,
    ClientToken: launchClientToken(ctx),
    UserData: source.user_data ? Buffer.from(source.user_data).toString('base64') : undefined,
    IamInstanceProfile: profile
      ? profile.startsWith('arn:')
        ? { Arn: profile }
        : { Name: profile }
      : undefined,
    MetadataOptions: metadata
      ? {
          HttpEndpoint: metadata.http_endpoint,
          HttpTokens: metadata.http_tokens,
          HttpPutResponseHopLimit: metadata.http_put_response_hop_limit,
          InstanceMetadataTags: metadata.instance_metadata_tags
        }
      : undefined,
    BlockDeviceMappings: launchMappings(ctx, state),
    Placement: state.availabilityZone ? { AvailabilityZone: state.availabilityZone } : undefined,
    InstanceInitiatedShutdownBehavior: 'terminate',
    TagSpecifications: [
      { ResourceType: 'instance', Tags: ec2Tags(tags) },
      { ResourceType: 'volume', Tags: ec2Tags(volumeTags) }
    ]
  }
  if (source.associate_public_ip_address !== undefined) {
    // An explicit public-IP choice is only expressible on a network interface.
    input.NetworkInterfaces = [
      {
        DeviceIndex: 0,
        AssociatePublicIpAddress: source.associate_public_ip_address,
        SubnetId: state.subnetId,
        Groups: state.securityGroupIds,
        DeleteOnTermination: true
      }
    ]
  } else {
    input.SubnetId = state.subnetId
    input.SecurityGroupIds = state.securityGroupIds
  }
  if (source.spot_price) {
    // One-time spot: it cannot be stopped, so the image is taken with a reboot (as Packer does).
    input.InstanceMarketOptions = {
      MarketType: 'spot',
      SpotOptions: {
        SpotInstanceType: 'one-time',
        InstanceInterruptionBehavior: 'terminate',
        MaxPrice: source.spot_price === 'auto' ? undefined : source.spot_price
      }
    }
  }
  return input
}

function describeLaunched(instance: Instance, spot: boolean): LaunchedInstance {
  return {
    id: instance.InstanceId!,
    publicIp: instance.PublicIpAddress || undefined,
    privateIp: instance.PrivateIpAddress || undefined,
    publicDns: instance.PublicDnsName || undefined,
    privateDns: instance.PrivateDnsName || undefined,
    spot
  }
}

const CAPACITY_ERRORS = new Set([
  'InsufficientInstanceCapacity',
  'InstanceLimitExceeded',
  'VcpuLimitExceeded',
  'SpotMaxPriceTooLow',
  'InsufficientFreeAddressesInSubnet',
  'Unsupported'
])

export const launchInstance: Step = {
  name: 'launch',
  title: 'Launching the source instance',
  cleanupOrder: 'first',
  async run(ctx, state, signal) {
    const { ec2, source } = ctx
    const input = launchInput(ctx, state)
    // Marked before the call: if it is cut off in flight, EC2 may have launched the instance all
    // the same, and the cleanup must look for it.
    state.launchRequested = true
    let out
    try {
      out = await ec2.send(new ec2.sdk.RunInstancesCommand(input), { signal })
    } catch (error) {
      // Only an answer that says no rules the instance out; an abort or a lost answer does not.
      if (!signal.aborted && isRefusal(error)) state.launchRequested = false
      const code = errorCode(error)
      if (!signal.aborted && code && CAPACITY_ERRORS.has(code)) {
        throw new BuildError(
          `EC2 could not launch a ${source.instance_type} in ${source.region}` +
            `${state.availabilityZone ? ` (${state.availabilityZone})` : ''}: ${code}: ` +
            `${(error as Error).message}. Try another instance_type, availability_zone or subnet.`
        )
      }
      throw error
    }
    const launched = out.Instances![0]!
    state.instance = describeLaunched(launched, Boolean(source.spot_price))
    ctx.tracker.created('instance', launched.InstanceId!, source.region)
    ctx.reporter.info(
      `Launched ${launched.InstanceId} (${source.instance_type}) from ${state.sourceImage!.id}`
    )

    const id = launched.InstanceId!
    const launchedAt = ctx.clock.now()
    const running = await waitFor<Instance>({
      what: `instance ${id} to be running`,
      expected: EXPECTED.running,
      pace: ctx.pace,
      timeoutMs: 10 * 60_000,
      clock: ctx.clock,
      signal,
      reporter: ctx.reporter,
      check: async s => {
        let described
        try {
          described = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: [id] }), {
            signal: s
          })
        } catch (error) {
          // A new instance takes a moment to be visible to Describe: not yet, on the wait's own
          // schedule rather than a retry loop of its own.
          const unseenFor = ctx.clock.now() - launchedAt
          if (errorCode(error) === 'InvalidInstanceID.NotFound' && unseenFor < 120_000) {
            return { done: false }
          }
          throw error
        }
        const instance = described.Reservations?.[0]?.Instances?.[0]
        const name = instance?.State?.Name
        if (name === 'running') return { done: true, value: instance }
        if (name === 'terminated' || name === 'shutting-down' || name === 'stopped') {
          return {
            done: false,
            failure: `Instance ${id} became ${name} while starting: ${instance?.StateReason?.Message ?? 'no reason given'}`
          }
        }
        return { done: false }
      }
    })
    const ready = describeLaunched(running, Boolean(source.spot_price))
    state.instance = ready
    ctx.reporter.info(
      `Instance ${id} is running (${[...new Set([ready.publicIp, ready.privateIp].filter(Boolean))].join(', ')})`
    )
  },
  async cleanup(ctx, state, { signal }) {
    if (state.instanceTerminated) return
    let ids = state.instance ? [state.instance.id] : []
    if (ids.length === 0 && state.launchRequested) {
      ids = await findLostLaunch(ctx, signal)
      for (const id of ids) ctx.tracker.created('instance', id, ctx.source.region)
    }
    if (ids.length === 0) return
    await terminate(ctx, state, ids, signal)
  }
}

/**
 * RunInstances' idempotency token: one per build of a run, so a retried launch never makes a
 * second instance, and the cleanup can find a launch whose answer never came (`client-token`).
 * EC2 allows 64 ASCII characters.
 */
export function launchClientToken(ctx: BuildContext): string {
  const digest = createHash('sha256').update(`${ctx.runId}\n${ctx.source.name}`).digest('hex')
  return `ami-build-${digest.slice(0, 40)}`
}

/** How long the cleanup keeps looking for an instance whose launch was cut off: EC2 shows a new
 * instance to Describe within a second or two (eventual consistency), and a request already on
 * its way may still be acted on. Short, since the runner kills a cancelled job 10 s after SIGINT
 * (the post step's sweep by tag is the backstop). */
export const LOST_LAUNCH_PATIENCE_MS = 5_000

/** The instance a cut-off RunInstances may have launched, found by its client token. */
async function findLostLaunch(ctx: BuildContext, signal: AbortSignal): Promise<string[]> {
  const started = ctx.clock.now()
  const token = launchClientToken(ctx)
  for (let attempt = 0; ; attempt++) {
    const out = await ctx.ec2.send(
      new ctx.ec2.sdk.DescribeInstancesCommand({
        Filters: [
          { Name: 'client-token', Values: [token] },
          { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
        ]
      }),
      { signal }
    )
    const ids = (out.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId!)
    if (ids.length > 0) {
      ctx.reporter.info(`Found ${ids.join(', ')}, launched by a request that was cut off`)
      return ids
    }
    const left = LOST_LAUNCH_PATIENCE_MS - (ctx.clock.now() - started)
    if (left <= 0) return []
    await ctx.clock.sleep(Math.min(left, 250 * 2 ** Math.min(attempt, 2)), signal)
  }
}

export async function terminate(
  ctx: BuildContext,
  state: BuildState,
  ids: string[],
  signal: AbortSignal
): Promise<Record<string, string | undefined>> {
  let states: Record<string, string | undefined> = {}
  try {
    const out = await ctx.ec2.send(
      new ctx.ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }),
      { signal, retry: ['InvalidInstanceID.NotFound'], patienceMs: 10_000 }
    )
    states = Object.fromEntries(
      (out.TerminatingInstances ?? []).map(i => [i.InstanceId!, i.CurrentState?.Name])
    )
  } catch (error) {
    if (errorCode(error) !== 'InvalidInstanceID.NotFound') throw error
  }
  state.instanceTerminated = true
  for (const id of ids) ctx.tracker.markRemoved('instance', id, ctx.source.region)
  ctx.reporter.info(`Terminating instance ${ids.join(', ')}`)
  return states
}
