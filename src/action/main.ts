/**
 * The action's main step: inputs in, one command run, any failure turned into a failed step.
 * A mistake in the workflow or the template fails with its message; anything else is a bug and
 * fails with its stack trace, so that it can be reported.
 */
import { loadTemplate } from '../template/load.js'
import { describePlan } from '../template/plan.js'
import { abortOnSignals } from './cancel.js'
import { getInputs, InputError } from './inputs.js'
import { currentWorkspace, type TemplateTools } from './template.js'
import { runValidate } from './validate.js'
import * as workflow from './workflow.js'

const templateTools: TemplateTools = { loadTemplate, describePlan }

export async function run(): Promise<void> {
  const controller = new AbortController()
  abortOnSignals({
    controller,
    log: message => workflow.warning(message),
    exit: code => process.exit(code)
  })
  try {
    const inputs = getInputs()
    if (inputs.command === 'validate') {
      await runValidate(inputs, templateTools, currentWorkspace())
    } else {
      // The build's code is loaded only here, so that a validate step does not compile it; the
      // engine comes later still, since it brings the AWS SDK and ssh2.
      const [{ runBuild }, { githubCredentialDeps }, { actionsReporter }] = await Promise.all([
        import('./build.js'),
        import('./credentials.js'),
        import('./reporter.js')
      ])
      await runBuild(inputs, templateTools, currentWorkspace(), {
        loadEngine: async () => (await import('../engine/build.js')).build,
        credentials: githubCredentialDeps,
        reporter: actionsReporter,
        signal: controller.signal,
        saveState: (name, value) => workflow.saveState(name, value)
      })
    }
  } catch (error) {
    if (error instanceof InputError) workflow.setFailed(error.message)
    else workflow.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error))
  }
}
