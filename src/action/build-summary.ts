/**
 * The job summary of a build, as HTML (what workflow.summary writes): per build, the AMI in each region
 * with a link to the console, the source AMI, the instance type and the time each phase took; then
 * what was cleaned up, and on failure the error and anything left behind.
 */
import type {
  BuildArtifact,
  BuildFailure,
  BuildResult,
  PhaseTiming,
  TrackedResource
} from '../engine/api.js'
import { formatDuration } from '../engine/clock.js'
import { escapeHtml } from './summary.js'

export function buildSummaryHtml(result: BuildResult, templatePath: string): string {
  const parts: string[] = [`<h2>AMI build: ${code(templatePath)}</h2>`]
  if (result.cancelled) parts.push('<p>⏹️ The build was cancelled.</p>')
  for (const artifact of result.artifacts) parts.push(artifactHtml(artifact))
  for (const failure of result.failures) parts.push(failureHtml(failure))
  if (result.leftBehind.length > 0) {
    parts.push(
      '<h3>⚠️ Left behind</h3>',
      '<p>These resources still exist in your account; remove them when you are done.</p>',
      table(
        ['Resource', 'Region', 'Build', 'Why'],
        result.leftBehind.map(resource => [
          `${escapeHtml(resource.kind)} ${code(resource.id)}`,
          escapeHtml(resource.region),
          escapeHtml(resource.build),
          escapeHtml(resource.reason)
        ])
      )
    )
  }
  if (result.cleanedUp.length > 0) {
    parts.push(
      `<details><summary>Cleaned up: ${describeCount(result.cleanedUp)}</summary>`,
      table(
        ['Resource', 'Region', 'Build'],
        result.cleanedUp.map(resource => [
          `${escapeHtml(resource.kind)} ${code(resource.id)}`,
          escapeHtml(resource.region),
          escapeHtml(resource.build)
        ])
      ),
      '</details>'
    )
  }
  return parts.join('\n') + '\n'
}

function artifactHtml(artifact: BuildArtifact): string {
  const amis = Object.entries(artifact.amis)
  return [
    `<h3>✅ ${escapeHtml(artifact.name)}: ${code(artifact.amiName)}</h3>`,
    amis.length === 0
      ? '<p>No AMI was made (<code>skip_create_ami</code>).</p>'
      : table(
          ['Region', 'AMI', 'Snapshots'],
          amis.map(([region, ami]) => [
            escapeHtml(region),
            `<a href="${escapeHtml(consoleLink(region, ami))}">${code(ami)}</a>`,
            (artifact.snapshots[region] ?? []).map(code).join(' ')
          ])
        ),
    table(
      ['Source AMI', 'Instance type'],
      [
        [
          code(artifact.sourceAmi) +
            (artifact.sourceAmiName ? ` ${escapeHtml(artifact.sourceAmiName)}` : ''),
          code(artifact.instanceType)
        ]
      ]
    ),
    timeline(artifact.phases)
  ].join('\n')
}

function failureHtml(failure: BuildFailure): string {
  return [
    `<h3>❌ ${escapeHtml(failure.name)} failed</h3>`,
    `<pre><code>${escapeHtml(failure.message)}</code></pre>`,
    timeline(failure.phases)
  ].join('\n')
}

function timeline(phases: PhaseTiming[]): string {
  if (phases.length === 0) return ''
  const total = phases.reduce((sum, phase) => sum + phase.durationMs, 0)
  return [
    '<details><summary>Timeline: ' + formatDuration(total) + '</summary>',
    table(
      ['Phase', 'Took'],
      phases.map(phase => [escapeHtml(phase.name), formatDuration(phase.durationMs)])
    ),
    '</details>'
  ].join('\n')
}

/** The EC2 console's page of an AMI. */
export function consoleLink(region: string, ami: string): string {
  return `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${ami}`
}

function describeCount(resources: TrackedResource[]): string {
  const counts = new Map<string, number>()
  for (const resource of resources) counts.set(resource.kind, (counts.get(resource.kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`).join(', ')
}

function table(header: string[], rows: string[][]): string {
  const head = `<tr>${header.map(cell => `<th>${cell}</th>`).join('')}</tr>`
  const body = rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`)
  return `<table>${head}${body.join('')}</table>`
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}
