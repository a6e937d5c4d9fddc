/**
 * How the engine runs provisioners. src/engine/provisioners/index.ts exports `runProvisioner`.
 */
import type { Provisioner } from '../../template/model.js'
import type { Clock, Reporter } from '../api.js'
import type { Communicator } from '../communicator.js'

export interface ProvisionerContext {
  communicator: Communicator
  reporter: Reporter
  clock: Clock
  signal: AbortSignal
  /** Build variables for `${build.X}` in provisioner strings (see template/build-variables.ts). */
  buildVariables: Record<string, string>
  /** Source name, for only/except (already applied by the engine) and log prefixes. */
  buildName: string
  /** Values never to print (sensitive variables). */
  secrets: string[]
  /** Position in the template's provisioners list (0-based), for messages: `provisioners[1]`. */
  index?: number
}

export type RunProvisioner = (
  provisioner: Provisioner,
  context: ProvisionerContext
) => Promise<void>
