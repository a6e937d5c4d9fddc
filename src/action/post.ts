/**
 * The post step (`post-if: always()`): the runner runs it even after a cancellation or a crash of
 * the main step. It removes whatever the build left, from the saved state and from the run's tags
 * in every region the build touched, and does nothing, quickly, when the main step finished its
 * own cleanup.
 */
import * as workflow from './workflow.js'
import type { Reporter, RunSweep, TrackedResource } from '../engine/api.js'
import { githubCredentialDeps, resolveCredentials, type CredentialDeps } from './credentials.js'
import { getInputs, InputError } from './inputs.js'
import { readSavedState } from './state.js'
import { escapeHtml } from './summary.js'

export interface PostDeps {
  getState(name: string): string
  loadSweep(): Promise<RunSweep>
  credentials: CredentialDeps
  reporter: Reporter
  signal: AbortSignal
}

export async function runPost(deps: PostDeps): Promise<void> {
  try {
    const state = readSavedState(deps.getState)
    if (!state.runId) {
      workflow.info('No build started: nothing to clean up.')
      return
    }
    // A build that failed or was cancelled is swept by its tags even when it believes it removed
    // everything: a call cut off in flight can have made something it never heard of. Only a
    // build that says it succeeded is taken at its word.
    const outcome = state.outcome
    if (state.finished && state.resources.length === 0 && outcome === 'succeeded') {
      workflow.info('The build cleaned up after itself: nothing to do.')
      return
    }
    workflow.info(
      state.finished && state.resources.length === 0
        ? `The build ${outcome === 'cancelled' ? 'was cancelled' : 'failed'}: looking for anything run ${state.runId} left in ${state.regions.join(', ')}.`
        : `The build did not finish its cleanup: removing what run ${state.runId} left in ${state.regions.join(', ')}.`
    )
    const inputs = getInputs()
    const credentials = await resolveCredentials(inputs, deps.credentials)
    const sweep = await deps.loadSweep()
    const result = await sweep({
      runId: state.runId,
      regions: state.regions,
      resources: state.resources,
      credentials,
      reporter: deps.reporter,
      signal: deps.signal
    })
    if (result.removed.length === 0 && result.failed.length === 0) {
      workflow.info('Nothing was left.')
    }
    for (const resource of result.removed) workflow.info(`Removed ${describe(resource)}.`)
    await writeSummary(result.removed, result.failed)
    if (result.failed.length > 0) {
      workflow.setFailed(
        `Could not remove ${result.failed.map(r => `${describe(r)} (${r.reason})`).join('; ')}. Remove them by hand; they carry the tag ami-build:run-id=${state.runId}.`
      )
    }
  } catch (error) {
    if (error instanceof InputError) workflow.setFailed(error.message)
    else workflow.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error))
  }
}

export const githubPostDeps = (
  loadSweep: () => Promise<RunSweep>,
  reporter: Reporter,
  signal: AbortSignal
): PostDeps => ({
  getState: name => workflow.getState(name),
  loadSweep,
  credentials: githubCredentialDeps,
  reporter,
  signal
})

function describe(resource: TrackedResource): string {
  return `${resource.kind} ${resource.id} in ${resource.region}`
}

async function writeSummary(
  removed: TrackedResource[],
  failed: Array<TrackedResource & { reason: string }>
): Promise<void> {
  if (removed.length === 0 && failed.length === 0) return
  const summary = workflow.summary.addHeading('AMI build: cleanup after an interrupted build', 3)
  if (removed.length > 0) summary.addList(removed.map(resource => escapeHtml(describe(resource))))
  if (failed.length > 0) {
    summary.addRaw('<p>⚠️ Could not remove:</p>', true)
    summary.addList(failed.map(resource => escapeHtml(`${describe(resource)}: ${resource.reason}`)))
  }
  await summary.write()
}
