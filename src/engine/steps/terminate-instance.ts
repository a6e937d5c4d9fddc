/**
 * Terminate the instance as soon as the AMI is available, overlapping with the region copies
 * (Packer keeps it until the very end). Not earlier: the image's snapshots are taken from the
 * instance's volumes, and a pending image whose volume disappears can fail.
 *
 * Nothing waits for `terminated`: the temporary security group already went while the instance
 * stopped, and a shutting-down instance always terminates. EC2's answer to TerminateInstances
 * says whether it is on its way; only when it does not is the instance looked at once more.
 */
import type { Step } from '../state.js'
import { terminate } from './launch.js'

const ON_ITS_WAY = new Set(['shutting-down', 'terminated'])

export const terminateInstance: Step = {
  name: 'terminate',
  title: 'Terminating the source instance',
  async run(ctx, state, signal) {
    const instance = state.instance
    if (!instance || state.instanceTerminated) return
    let now = (await terminate(ctx, state, [instance.id], signal))[instance.id]
    if (!now || !ON_ITS_WAY.has(now)) {
      const out = await ctx.ec2.send(
        new ctx.ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instance.id] }),
        { signal }
      )
      now = out.Reservations?.[0]?.Instances?.[0]?.State?.Name
    }
    if (now && ON_ITS_WAY.has(now)) {
      ctx.reporter.info(`Instance ${instance.id} is ${now}; it finishes terminating on its own`)
    } else {
      ctx.reporter.warning(
        `Instance ${instance.id} is ${now ?? 'not found'} after TerminateInstances: check that it terminates.`
      )
    }
  }
}
