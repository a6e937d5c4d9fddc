/**
 * Cancellation as the runner does it: SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
 * that. The first signal aborts the build, which stops every wait at once and starts the cleanup.
 * After SIGTERM the step exits on its own shortly before the kill would come: whatever cleanup is
 * unfinished then is the post step's, which finds it in the saved state and by the run's tags.
 */

/** How long before the runner's SIGKILL (2.5 s after SIGTERM) the step leaves by itself. */
export const EXIT_AFTER_SIGTERM_MS = 2000

export interface CancelOptions {
  controller: AbortController
  log(message: string): void
  /** Ends the process (process.exit in the action). */
  exit(code: number): void
  exitAfterSigtermMs?: number
}

/**
 * Installs the handlers; returns a function that removes them. The action keeps them until the
 * process ends: a signal arriving just after the build finished must not kill the step with the
 * default handler and turn a delivered AMI into a failed step.
 */
export function abortOnSignals(options: CancelOptions): () => void {
  let exitTimer: NodeJS.Timeout | undefined
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!options.controller.signal.aborted) {
      options.log(`Received ${signal}: cancelling the build and removing what it created.`)
      options.controller.abort(new CancelledError(signal))
    }
    if (signal === 'SIGTERM' && exitTimer === undefined) {
      options.log('Still cleaning up; the post step removes whatever is left.')
      exitTimer = setTimeout(
        () => options.exit(1),
        options.exitAfterSigtermMs ?? EXIT_AFTER_SIGTERM_MS
      )
      // A step that finishes its cleanup sooner ends sooner.
      exitTimer.unref()
    }
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    if (exitTimer) clearTimeout(exitTimer)
  }
}

export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor(readonly signal: NodeJS.Signals) {
    super(`cancelled (${signal})`)
  }
}
