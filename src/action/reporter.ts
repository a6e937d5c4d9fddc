/** The engine's Reporter on top of the runner's workflow commands: log lines, groups, annotations and masking. */
import * as workflow from './workflow.js'
import type { Reporter } from '../engine/api.js'

export const actionsReporter: Reporter = {
  info: message => workflow.info(message),
  warning: message => workflow.warning(message),
  error: message => workflow.error(message),
  debug: message => workflow.debug(message),
  group: (title, fn) => workflow.group(title, fn),
  mask: secret => workflow.setSecret(secret)
}
