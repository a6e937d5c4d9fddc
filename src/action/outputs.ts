/**
 * The step's outputs, from what the builds made: what the next step or job consumes (Terraform,
 * a launch template), so their shape is the documented one in action.yml and never changes with
 * the number of regions.
 */
import type { BuildResult } from '../engine/api.js'

export interface ActionOutputs {
  'ami-id': string
  'ami-name': string
  'ami-ids': string
  'snapshot-ids': string
  manifest: string
}

export function buildOutputs(result: Pick<BuildResult, 'artifacts' | 'manifests'>): ActionOutputs {
  const withAmis = result.artifacts.filter(artifact => Object.keys(artifact.amis).length > 0)
  const first = withAmis[0]
  // One build: region → AMI. Several: build name → (region → AMI), since two builds (amd64 and
  // arm64) make one AMI each in the same region.
  const amiIds =
    withAmis.length === 1
      ? first.amis
      : Object.fromEntries(withAmis.map(artifact => [artifact.name, artifact.amis]))
  const snapshots = withAmis.flatMap(artifact => Object.values(artifact.snapshots).flat())
  return {
    'ami-id': first ? (first.amis[first.region] ?? Object.values(first.amis)[0]) : '',
    'ami-name': first?.amiName ?? '',
    'ami-ids': withAmis.length === 0 ? '{}' : JSON.stringify(amiIds),
    'snapshot-ids': [...new Set(snapshots)].join(','),
    manifest: result.manifests[0] ?? ''
  }
}
