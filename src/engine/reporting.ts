import type { Reporter } from './api.js'

/**
 * A build's reporter. Each step is a group titled like Packer's "==> web: Launching …". With
 * several builds at once, every line carries the build's name too and no groups open (GitHub's groups do not nest, and interleaved groups would swallow each other).
 */
export function prefixed(base: Reporter, name: string, several: boolean): Reporter {
  if (!several) {
    return {
      info: m => base.info(m),
      warning: m => base.warning(m),
      error: m => base.error(m),
      debug: m => base.debug(m),
      mask: s => base.mask(s),
      group: (title, fn) => base.group(`==> ${name}: ${title}`, fn)
    }
  }
  const p = (message: string): string =>
    message
      .split('\n')
      .map(line => `${name}: ${line}`)
      .join('\n')
  return {
    info: m => base.info(p(m)),
    warning: m => base.warning(p(m)),
    error: m => base.error(p(m)),
    debug: m => base.debug(p(m)),
    mask: s => base.mask(s),
    group: async (title, fn) => {
      base.info(`==> ${name}: ${title}`)
      return fn()
    }
  }
}
