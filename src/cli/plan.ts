/** What a build would make, as the CLI prints it after a successful validate. */
import type { PlanEntry } from '../template/plan.js'

export function formatPlan(plan: PlanEntry[]): string {
  return plan.map(formatEntry).join('\n')
}

function formatEntry(entry: PlanEntry): string {
  const rows: Array<[string, string]> = [
    ['source AMI', entry.sourceAmi],
    ['instance type', entry.instanceType],
    ['AMI name', entry.skipCreateAmi ? '(none: skip_create_ami)' : entry.amiName]
  ]
  if (entry.amiRegions.length > 0) rows.push(['copied to', entry.amiRegions.join(', ')])
  rows.push(['provisioners', String(entry.provisioners)])
  const width = Math.max(...rows.map(([label]) => label.length)) + 1
  const region = entry.region || 'the region of AWS_REGION'
  return (
    [
      `${entry.name}: amazon-ebs in ${region}`,
      ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width + 1)}${value}`)
    ].join('\n') + '\n'
  )
}
