/**
 * `ami-build build`: the action's build on a terminal or another CI system. Credentials come from
 * the AWS SDK's default chain (environment, profile, instance role). Ctrl-C cancels the build and
 * removes what it created; a second Ctrl-C leaves at once, naming the tag to clean up by.
 */
import { randomBytes } from 'node:crypto'
import type { Reporter, RunBuild } from '../engine/api.js'
import type { TemplateArgs } from './args.js'
import type { CliIo } from './main.js'
import { loadFromCommandLine } from './validate.js'

export interface BuildArgs extends TemplateArgs {
  workingDirectory: string
  region?: string
  onError: 'cleanup' | 'abort'
}

export async function runBuild(
  args: BuildArgs,
  io: CliIo,
  loadEngine: () => Promise<RunBuild>
): Promise<number> {
  const loaded = await loadFromCommandLine(args, io, await io.templateTools())
  if (!loaded.ok) {
    io.stderr(`${loaded.errors.length} error(s); nothing was built\n`)
    return 1
  }

  const reporter = maskingReporter(io, loaded.template.sensitiveValues)
  const runId = `cli-${randomBytes(4).toString('hex')}`
  // Printed first, so that whatever happens to this process, `ami-build cleanup` can find the rest.
  reporter.info(
    `Run ID ${runId}: if this build is killed, \`ami-build cleanup --run-id ${runId}\` removes what it left.`
  )
  const controller = new AbortController()
  const onInterrupt = (): void => {
    if (controller.signal.aborted) {
      reporter.error(
        `Leaving before the cleanup finished: remove what carries the tag ami-build:run-id=${runId}.`
      )
      process.exit(130)
    }
    reporter.warning('Cancelling: removing what the build created (Ctrl-C again to leave now).')
    controller.abort(new Error('cancelled'))
  }
  process.on('SIGINT', onInterrupt)
  process.on('SIGTERM', onInterrupt)
  try {
    const build = await loadEngine()
    const result = await build({
      template: loaded.template,
      defaultRegion: args.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION,
      runId,
      onError: args.onError,
      signal: controller.signal,
      reporter
    })
    for (const artifact of result.artifacts) {
      const amis = Object.entries(artifact.amis).map(([region, ami]) => `${region}: ${ami}`)
      io.stdout(`${artifact.name}: ${artifact.amiName} (${amis.join(', ') || 'no AMI'})\n`)
    }
    for (const resource of result.leftBehind) {
      reporter.warning(
        `left behind: ${resource.kind} ${resource.id} in ${resource.region} (${resource.reason})`
      )
    }
    for (const failure of result.failures) reporter.error(`${failure.name}: ${failure.message}`)
    return result.cancelled || result.failures.length > 0 ? 1 : 0
  } finally {
    process.off('SIGINT', onInterrupt)
    process.off('SIGTERM', onInterrupt)
  }
}

/** Log lines on stdout/stderr, with every sensitive value replaced before it is printed. */
export function maskingReporter(io: CliIo, initialSecrets: string[]): Reporter {
  const secrets = new Set(initialSecrets.filter(secret => secret !== ''))
  const redact = (text: string): string => {
    let result = text
    for (const secret of secrets) result = result.split(secret).join('***')
    return result
  }
  return {
    info: message => io.stdout(redact(message) + '\n'),
    warning: message => io.stderr(`warning: ${redact(message)}\n`),
    error: message => io.stderr(`error: ${redact(message)}\n`),
    debug: message => {
      if (io.env.AMI_BUILD_DEBUG) io.stderr(`debug: ${redact(message)}\n`)
    },
    group: async (title, fn) => {
      io.stdout(`==> ${redact(title)}\n`)
      return fn()
    },
    mask: secret => {
      if (secret !== '') secrets.add(secret)
    }
  }
}
