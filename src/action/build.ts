/**
 * `command: build`: load the template, get credentials, run the engine, and leave the step's
 * outputs, job summary and (for the post step) saved state. The engine is loaded with a dynamic
 * import, so that `validate` never loads the AWS SDK or ssh2.
 */
import * as workflow from './workflow.js'
import type { BuildResult, Reporter, RunBuild } from '../engine/api.js'
import { buildSummaryHtml } from './build-summary.js'
import { resolveCredentials, type CredentialDeps } from './credentials.js'
import type { ActionInputs } from './inputs.js'
import { buildOutputs } from './outputs.js'
import { StateRecorder } from './state.js'
import { loadFromInputs, type TemplateTools, type Workspace } from './template.js'

export interface BuildDeps {
  loadEngine(): Promise<RunBuild>
  credentials: CredentialDeps
  reporter: Reporter
  signal: AbortSignal
  saveState(name: string, value: string): void
}

export async function runBuild(
  inputs: ActionInputs,
  tools: TemplateTools,
  workspace: Workspace,
  deps: BuildDeps
): Promise<void> {
  const { displayPath, result: loaded } = await loadFromInputs(inputs, tools, workspace)
  if (!loaded.ok) {
    const count = loaded.errors.length
    workflow.setFailed(
      `${displayPath}: ${count} error${count === 1 ? '' : 's'}; nothing was built. Each one is annotated on its line.`
    )
    return
  }
  const template = loaded.template
  const regions = template.sources.flatMap(source => [
    source.region || inputs.awsRegion || '',
    ...source.ami_regions
  ])
  if (regions.includes('')) {
    workflow.setFailed(
      'A source sets no `region` and the `aws-region` input is empty: set one of them.'
    )
    return
  }

  // From here on the post step may have work to do: the run ID tags every temporary resource.
  const recorder = new StateRecorder(deps.saveState)
  const runId = newRunId(workspace.env)
  recorder.start(runId, regions)

  const credentials = await resolveCredentials(inputs, deps.credentials)
  const build = await deps.loadEngine()
  const result = await build({
    template,
    defaultRegion: inputs.awsRegion,
    credentials,
    runId,
    onError: inputs.onError,
    signal: deps.signal,
    reporter: deps.reporter,
    onResource: recorder.onResource
  })

  for (const [name, value] of Object.entries(buildOutputs(result))) workflow.setOutput(name, value)
  await workflow.summary.addRaw(buildSummaryHtml(result, displayPath)).write()
  for (const resource of result.leftBehind) {
    workflow.warning(
      `Left behind: ${resource.kind} ${resource.id} in ${resource.region} (${resource.reason}). Remove it when you are done.`
    )
  }
  recorder.finish(
    result.cancelled ? 'cancelled' : result.failures.length > 0 ? 'failed' : 'succeeded'
  )
  const failure = describeFailure(result)
  if (failure) workflow.setFailed(failure)
}

/**
 * Unique per step: several jobs of one run (a matrix) share GITHUB_RUN_ID, and each must clean up
 * only its own resources.
 */
function newRunId(env: Record<string, string | undefined>): string {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : 'local'
  // Eight random hex digits, from the global Web Crypto: a static import of node:crypto would load
  // it at the start of every step, validate included.
  return `${run}-${crypto.randomUUID().slice(0, 8)}`
}

function describeFailure(result: BuildResult): string | undefined {
  if (result.cancelled) {
    return `The build was cancelled. ${result.cleanedUp.length} temporary resource(s) removed${result.leftBehind.length > 0 ? `; ${result.leftBehind.length} left (listed above)` : ''}.`
  }
  if (result.failures.length === 0) return undefined
  return result.failures
    .map(failure => `Build ${failure.name} failed: ${failure.message}`)
    .join('\n')
}
