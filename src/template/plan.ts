/** What a template will build, per source: the CLI and the job summary print it after validate. */
import type { AmazonEbsSource, Template } from './model.js'

export interface PlanEntry {
  /** Source name. */
  name: string
  /** Empty when the template sets none: the action's aws-region then decides. */
  region: string
  /** The AMI ID, or a summary of the filter ("ubuntu/images/*jammy* owned by 099720109477, newest"). */
  sourceAmi: string
  instanceType: string
  /** As it will look: legacy functions applied, build variables shown as `${build.Name}`. */
  amiName: string
  /** Regions the AMI is copied to, besides the build region. */
  amiRegions: string[]
  /** Provisioners that run for this source. */
  provisioners: number
  skipCreateAmi: boolean
}

export function describePlan(template: Template): PlanEntry[] {
  return template.sources.map(source => ({
    name: source.name,
    region: source.region,
    sourceAmi: describeSourceAmi(source),
    instanceType: source.instance_type,
    amiName: source.ami_name,
    amiRegions: source.ami_regions,
    provisioners: template.provisioners.filter(p => appliesTo(p, source.name)).length,
    skipCreateAmi: source.skip_create_ami
  }))
}

/** Whether a provisioner or post-processor runs for the named source. */
export function appliesTo(step: { only: string[]; except: string[] }, source: string): boolean {
  return (step.only.length === 0 || step.only.includes(source)) && !step.except.includes(source)
}

function describeSourceAmi(source: AmazonEbsSource): string {
  if (source.source_ami) return source.source_ami
  const filter = source.source_ami_filter
  if (!filter) return ''
  const criteria = Object.entries(filter.filters).map(([k, v]) => (k === 'name' ? v : `${k}=${v}`))
  const what = criteria.length > 0 ? criteria.join(', ') : 'any AMI'
  const newest = filter.most_recent ? ', newest' : ''
  return `${what} owned by ${filter.owners.join(' or ')}${newest}`
}
