/**
 * `ami-build cleanup --run-id ID`: what the action's post step does, for a terminal or another CI
 * system — remove everything a killed or interrupted build left behind, found by the run's tag,
 * in the regions given. Finished builds' AMIs and what `--on-error abort` kept are never touched.
 */
import type { RunSweep } from '../engine/api.js'
import { maskingReporter } from './build.js'
import type { CliIo } from './main.js'

export interface CleanupArgs {
  runId: string
  regions: string[]
}

export async function runCleanup(
  args: CleanupArgs,
  io: CliIo,
  loadSweep: () => Promise<RunSweep>
): Promise<number> {
  const region = io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION
  const regions = args.regions.length > 0 ? args.regions : region ? [region] : []
  if (regions.length === 0) {
    io.stderr('ami-build: cleanup needs a region: pass --region or set AWS_REGION.\n')
    return 2
  }
  const reporter = maskingReporter(io, [])
  const controller = new AbortController()
  const onInterrupt = (): void => controller.abort(new Error('cancelled'))
  process.on('SIGINT', onInterrupt)
  process.on('SIGTERM', onInterrupt)
  try {
    reporter.info(`Looking for what run ${args.runId} left in ${regions.join(', ')}`)
    const sweep = await loadSweep()
    const result = await sweep({
      runId: args.runId,
      regions,
      resources: [],
      reporter,
      signal: controller.signal
    })
    if (result.removed.length === 0 && result.failed.length === 0) {
      reporter.info('Nothing to remove.')
    }
    return result.failed.length > 0 ? 1 : 0
  } finally {
    process.off('SIGINT', onInterrupt)
    process.off('SIGTERM', onInterrupt)
  }
}
