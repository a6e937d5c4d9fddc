/**
 * `command: validate`: every error becomes an annotation on its line (done while loading), the job
 * summary lists the errors or what would be built, and the step fails when there is an error.
 * Needs no credentials and touches no network.
 */
import * as workflow from './workflow.js'
import type { Diagnostic } from '../template/model.js'
import type { ActionInputs } from './inputs.js'
import { escapeHtml, fileLink } from './summary.js'
import { loadFromInputs, workspacePath, type TemplateTools, type Workspace } from './template.js'
import { resolve } from 'node:path'

export async function runValidate(
  inputs: ActionInputs,
  tools: TemplateTools,
  workspace: Workspace
): Promise<void> {
  const { displayPath, result } = await loadFromInputs(inputs, tools, workspace)
  const summary = workflow.summary.addHeading(`Template ${escapeHtml(displayPath)}`, 2)
  const workingDirectory = resolve(workspace.root, inputs.workingDirectory)
  const located = (diagnostic: Diagnostic): string[] => {
    const file = workspacePath(diagnostic.file, workingDirectory, workspace.root)
    const where = `${file}:${diagnostic.line}:${diagnostic.column}`
    return [
      fileLink(file, diagnostic.line, where, workspace.env),
      diagnostic.path ? `<code>${escapeHtml(diagnostic.path)}</code>` : '',
      escapeHtml(diagnostic.message)
    ]
  }
  const table = (diagnostics: Diagnostic[]): void => {
    summary.addTable([
      [
        { data: 'Where', header: true },
        { data: 'Key', header: true },
        { data: 'Problem', header: true }
      ],
      ...diagnostics.map(located)
    ])
  }

  if (!result.ok) {
    const count = plural(result.errors.length, 'error')
    summary.addRaw(`<p>❌ ${count}: the template is not valid.</p>`, true)
    table(result.errors)
    if (result.warnings.length > 0) {
      summary.addHeading(plural(result.warnings.length, 'warning'), 3)
      table(result.warnings)
    }
    await summary.write()
    workflow.setFailed(`${displayPath}: ${count}. Each one is annotated on its line.`)
    return
  }

  const plan = tools.describePlan(result.template)
  for (const entry of plan) {
    workflow.info(
      `${entry.name}: ${entry.instanceType} in ${entry.region || 'aws-region'} from ${entry.sourceAmi} → ${entry.skipCreateAmi ? 'no AMI (skip_create_ami)' : entry.amiName}`
    )
  }
  summary.addRaw('<p>✅ The template is valid. A build would make:</p>', true)
  summary.addTable([
    [
      'Source',
      'Region',
      'Source AMI',
      'Instance type',
      'AMI name',
      'Copied to',
      'Provisioners'
    ].map(data => ({ data, header: true })),
    ...plan.map(entry => [
      escapeHtml(entry.name),
      escapeHtml(entry.region || '(aws-region)'),
      `<code>${escapeHtml(entry.sourceAmi)}</code>`,
      `<code>${escapeHtml(entry.instanceType)}</code>`,
      entry.skipCreateAmi ? '(none: skip_create_ami)' : `<code>${escapeHtml(entry.amiName)}</code>`,
      escapeHtml(entry.amiRegions.join(', ')),
      String(entry.provisioners)
    ])
  ])
  if (result.warnings.length > 0) {
    summary.addHeading(plural(result.warnings.length, 'warning'), 3)
    table(result.warnings)
  }
  await summary.write()
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
