/**
 * Terminate the instance as soon as the AMI is available, overlapping with the region copies
 * (Packer keeps it until the very end). Not earlier: the image's snapshots are taken from the
 * instance's volumes, and a pending image whose volume disappears can fail.
 */
import type { Step } from '../state.js'
import { terminate } from './launch.js'

export const terminateInstance: Step = {
  name: 'terminate',
  title: 'Terminating the source instance',
  async run(ctx, state, signal) {
    if (state.instance && !state.instanceTerminated) {
      await terminate(ctx, state, [state.instance.id], signal)
    }
  }
}
