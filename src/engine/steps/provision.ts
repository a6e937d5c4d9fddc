/**
 * The template's provisioners, in order, for this source (only/except). Each opens its own log
 * group, so this step opens none.
 */
import type { Step } from '../state.js'

export const provision: Step = {
  name: 'provision',
  title: 'Provisioning',
  ownsGroups: true,
  async run(ctx, state, signal) {
    const name = ctx.source.name
    for (const [index, provisioner] of ctx.template.provisioners.entries()) {
      if (provisioner.only.length > 0 && !provisioner.only.includes(name)) continue
      if (provisioner.except.includes(name)) continue
      signal.throwIfAborted()
      await ctx.runProvisioner(provisioner, {
        communicator: state.communicator!,
        reporter: ctx.reporter,
        clock: ctx.clock,
        signal,
        buildVariables: state.buildVariables,
        buildName: name,
        secrets: ctx.secrets,
        index
      })
    }
  }
}
