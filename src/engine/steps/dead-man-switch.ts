/**
 * The dead-man switch: an OS shutdown timer on the instance. With
 * InstanceInitiatedShutdownBehavior=terminate, the instance ends itself after the build's time
 * limit even if the runner vanishes (a killed job never runs its cleanup). Cancelled before the
 * instance is stopped for its image.
 */
import type { BuildContext, BuildState, Step } from '../state.js'

// Some images have no sudo for the login user, and a root login needs none.
const asRoot = (command: string): string => `sudo -n ${command} 2>/dev/null || ${command}`

export const armDeadManSwitch: Step = {
  name: 'dead-man-switch',
  title: 'Arming the dead-man switch',
  async run(ctx, state, signal) {
    const minutes = ctx.instanceTimeLimitMinutes
    const result = await state.communicator!.run(asRoot(`shutdown -P +${minutes}`), {
      signal,
      onStderr: line => ctx.reporter.debug(line)
    })
    if (result.exitCode === 0) {
      state.deadManSwitchArmed = true
      ctx.reporter.info(
        `The instance powers itself off (and terminates) in ${minutes} minute${minutes === 1 ? '' : 's'}`
      )
    } else {
      ctx.reporter.warning(
        `Could not schedule a shutdown on the instance (exit ${result.exitCode}): if this run is ` +
          'killed, the post step must remove the instance.'
      )
    }
  }
}

export async function disarmDeadManSwitch(
  ctx: BuildContext,
  state: BuildState,
  signal: AbortSignal
): Promise<void> {
  if (!state.deadManSwitchArmed || !state.communicator) return
  const result = await state.communicator.run(asRoot('shutdown -c'), { signal })
  if (result.exitCode !== 0) {
    ctx.reporter.warning(`Could not cancel the scheduled shutdown (exit ${result.exitCode})`)
  }
  state.deadManSwitchArmed = false
}
