/**
 * The temporary security group: SSH only, only from temporary_security_group_source_cidrs.
 * Skipped when the template names its own security_group_ids.
 */
import { randomBytes } from 'node:crypto'
import { errorCode, errorMessage } from '../retry.js'
import type { BuildContext, BuildState, Step } from '../state.js'
import { EXPECTED, waitFor } from '../wait.js'
import { ec2Tags, runTags } from '../state.js'

export const securityGroup: Step = {
  name: 'security-group',
  title: 'Creating temporary security group',
  // It can go only once the instance has let go of it.
  cleanupOrder: 'last',
  async run(ctx, state, signal) {
    const { source, ec2 } = ctx
    if (source.security_group_ids.length > 0) {
      state.securityGroupIds = source.security_group_ids
      ctx.reporter.info(`Using security groups ${source.security_group_ids.join(', ')}`)
      return
    }
    const name = `ami-build-${ctx.runId}-${source.name}-${randomBytes(3).toString('hex')}`
    const created = await ec2.send(
      new ec2.sdk.CreateSecurityGroupCommand({
        GroupName: name,
        Description: `Temporary group for ami-build run ${ctx.runId} (${source.name})`,
        VpcId: state.vpcId,
        TagSpecifications: [{ ResourceType: 'security-group', Tags: ec2Tags(runTags(ctx)) }]
      }),
      { signal }
    )
    const groupId = created.GroupId!
    state.temporarySecurityGroupId = groupId
    state.securityGroupIds = [groupId]
    ctx.tracker.created('security-group', groupId, source.region)
    await ec2.send(
      new ec2.sdk.AuthorizeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: source.ssh_port,
            ToPort: source.ssh_port,
            IpRanges: source.temporary_security_group_source_cidrs.map(CidrIp => ({
              CidrIp,
              Description: 'ami-build SSH'
            }))
          }
        ]
      }),
      // A new group takes a moment to be visible everywhere.
      { signal, retry: ['InvalidGroup.NotFound'], patienceMs: 60_000 }
    )
    ctx.reporter.info(
      `Created ${groupId}: SSH port ${source.ssh_port} from ${source.temporary_security_group_source_cidrs.join(', ')}`
    )
  },
  async cleanup(ctx, state, { signal }) {
    const groupId = state.temporarySecurityGroupId
    if (!groupId || !ctx.tracker.isLive('security-group', groupId, ctx.source.region)) return
    if (state.instance && state.instanceTerminated)
      await waitTerminated(ctx, state.instance.id, signal)
    try {
      await ctx.ec2.send(new ctx.ec2.sdk.DeleteSecurityGroupCommand({ GroupId: groupId }), {
        signal,
        // EC2 may take a moment more to let go of the group.
        retry: ['DependencyViolation'],
        patienceMs: 300_000
      })
    } catch (error) {
      if (errorCode(error) !== 'InvalidGroup.NotFound') throw error
    }
    ctx.tracker.markRemoved('security-group', groupId, ctx.source.region)
    ctx.reporter.info(`Deleted temporary security group ${groupId}`)
  }
}

/**
 * Once SSH is done, the instance needs no way in: move it onto its VPC's default security group
 * and delete the temporary one at once, while the instance stops. Otherwise the group could go
 * only after the instance is terminated, 30–60 s at the end of every build. Best effort: when it
 * does not work out, the cleanup removes the group the usual way, after the instance.
 */
export async function releaseSecurityGroup(
  ctx: BuildContext,
  state: BuildState,
  signal: AbortSignal
): Promise<void> {
  const { ec2, source } = ctx
  const groupId = state.temporarySecurityGroupId
  const instance = state.instance
  if (!groupId || !instance || !ctx.tracker.isLive('security-group', groupId, source.region)) {
    return
  }
  try {
    const found = await ec2.send(
      new ec2.sdk.DescribeSecurityGroupsCommand({
        Filters: [
          { Name: 'group-name', Values: ['default'] },
          { Name: 'vpc-id', Values: [state.vpcId!] }
        ]
      }),
      { signal }
    )
    const defaultGroup = found.SecurityGroups?.[0]?.GroupId
    if (!defaultGroup) throw new Error(`${state.vpcId} has no default security group`)
    await ec2.send(
      new ec2.sdk.ModifyInstanceAttributeCommand({
        InstanceId: instance.id,
        Groups: [defaultGroup]
      }),
      { signal }
    )
    state.securityGroupIds = [defaultGroup]
    await ec2.send(new ec2.sdk.DeleteSecurityGroupCommand({ GroupId: groupId }), {
      signal,
      // The move takes a moment to reach every part of EC2.
      retry: ['DependencyViolation'],
      patienceMs: 15_000
    })
  } catch (error) {
    if (signal.aborted) throw error
    ctx.reporter.info(
      `Could not release ${groupId} early (${errorMessage(error)}): it goes after the instance`
    )
    return
  }
  ctx.tracker.markRemoved('security-group', groupId, source.region)
  ctx.reporter.info(`Moved ${instance.id} to the default security group; deleted ${groupId}`)
}

/** The group is deletable only once the instance is fully terminated (30–60 s on AWS): wait for
 * that with the adaptive waiter rather than hammering DeleteSecurityGroup. */
export async function waitTerminated(
  ctx: BuildContext,
  instanceId: string,
  signal: AbortSignal
): Promise<void> {
  await waitFor({
    what: `instance ${instanceId} to terminate`,
    expected: EXPECTED.terminated,
    pace: ctx.pace,
    timeoutMs: 5 * 60_000,
    clock: ctx.clock,
    signal,
    reporter: ctx.reporter,
    check: async s => {
      const out = await ctx.ec2.send(
        new ctx.ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instanceId] }),
        { signal: s, retry: ['InvalidInstanceID.NotFound'], patienceMs: 10_000 }
      )
      const state = out.Reservations?.[0]?.Instances?.[0]?.State?.Name
      return { done: state === undefined || state === 'terminated' }
    }
  })
}
