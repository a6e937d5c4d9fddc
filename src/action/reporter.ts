/** The engine's Reporter on top of @actions/core: log lines, groups, annotations and masking. */
import * as core from '@actions/core'
import type { Reporter } from '../engine/api.js'

export const actionsReporter: Reporter = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  error: message => core.error(message),
  debug: message => core.debug(message),
  group: (title, fn) => core.group(title, fn),
  mask: secret => core.setSecret(secret)
}
