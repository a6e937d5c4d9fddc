/**
 * Stop the instance so the image is consistent: cancel the dead-man switch, drop SSH, stop,
 * wait until stopped, then set ena_support / sriov_support (only settable while stopped).
 * One-time spot instances cannot be stopped; their image is taken with a reboot instead.
 *
 * SSH is over for good here, so while the instance stops, the temporary security group and key
 * pair go: nothing is left to wait for the instance's termination at the end of the build.
 */
import { errorMessage } from '../retry.js'
import type { BuildContext, BuildState, Step } from '../state.js'
import { EXPECTED, waitFor } from '../wait.js'
import { disarmDeadManSwitch } from './dead-man-switch.js'
import { deleteKeyPair } from './key-pair.js'
import { releaseSecurityGroup, waitTerminated } from './security-group.js'

/** The temporary SSH access, removed early; what fails here is left to the cleanup. */
async function releaseSshAccess(
  ctx: BuildContext,
  state: BuildState,
  signal: AbortSignal
): Promise<void> {
  await Promise.all([
    releaseSecurityGroup(ctx, state, signal),
    deleteKeyPair(ctx, state, signal).catch(error => {
      if (signal.aborted) throw error
      ctx.reporter.info(`Could not delete the key pair yet (${errorMessage(error)})`)
    })
  ])
}

export const stopInstance: Step = {
  name: 'stop',
  title: 'Stopping the instance',
  // After the launch step's cleanup has terminated the instance, and everything else is undone.
  cleanupOrder: 'last',
  async run(ctx, state, signal) {
    const { ec2 } = ctx
    const instance = state.instance!
    await disarmDeadManSwitch(ctx, state, signal)
    const communicator = state.communicator
    state.communicator = undefined
    await communicator?.close()
    if (instance.spot) {
      await releaseSshAccess(ctx, state, signal)
      ctx.reporter.info('Spot instance: not stopped; the image is taken with a reboot')
      return
    }
    await ec2.send(new ec2.sdk.StopInstancesCommand({ InstanceIds: [instance.id] }), { signal })
    const stopped = waitFor({
      what: `instance ${instance.id} to stop`,
      expected: EXPECTED.stopped,
      pace: ctx.pace,
      timeoutMs: 15 * 60_000,
      clock: ctx.clock,
      signal,
      reporter: ctx.reporter,
      check: async s => {
        const out = await ec2.send(
          new ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instance.id] }),
          { signal: s }
        )
        const found = out.Reservations?.[0]?.Instances?.[0]
        const name = found?.State?.Name
        if (name === 'stopped') return { done: true }
        if (name === 'terminated' || name === 'shutting-down') {
          return { done: false, failure: `Instance ${instance.id} was ${name} instead of stopping` }
        }
        return { done: false }
      }
    })
    // Both settle before the step ends, so a cleanup never races a release still under way.
    const [stop, release] = await Promise.allSettled([
      stopped,
      releaseSshAccess(ctx, state, signal)
    ])
    if (stop.status === 'rejected') throw stop.reason
    if (release.status === 'rejected') throw release.reason
    const { ena_support: ena, sriov_support: sriov } = ctx.source
    if (ena !== undefined) {
      await ec2.send(
        new ec2.sdk.ModifyInstanceAttributeCommand({
          InstanceId: instance.id,
          EnaSupport: { Value: ena }
        }),
        { signal }
      )
    }
    if (sriov) {
      await ec2.send(
        new ec2.sdk.ModifyInstanceAttributeCommand({
          InstanceId: instance.id,
          SriovNetSupport: { Value: 'simple' }
        }),
        { signal }
      )
    }
    ctx.reporter.info(`Instance ${instance.id} stopped`)
  },
  /** A failed build still ends with its instance terminated, not merely on its way, as when the
   * temporary group's deletion had to wait for it: what the build reports removed is gone. */
  async cleanup(ctx, state, { signal, succeeded }) {
    const group = state.temporarySecurityGroupId
    const released = group && !ctx.tracker.isLive('security-group', group, ctx.source.region)
    if (succeeded || !released || !state.instance || !state.instanceTerminated) return
    await waitTerminated(ctx, state.instance.id, signal)
  }
}
