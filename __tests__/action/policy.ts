import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CallRecord } from '../../emulator/api.js'
import { repositoryRoot } from '../helpers/runner.js'

/**
 * The EC2 and STS actions among `calls` that neither IAM document the README links (the role's
 * trust policy and its permission policy) allows: what a user following the README would be
 * refused.
 */
export function actionsOutsideReadmePolicy(calls: CallRecord[]): string[] {
  const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8')
  const documents = [...readme.matchAll(/\]\((docs\/iam-[\w-]+\.json)\)/g)].map(match => match[1])
  if (documents.length < 2) throw new Error('the README links no IAM policy documents')
  const allowed = new Set<string>()
  for (const document of documents) {
    const json = readFileSync(join(repositoryRoot, document), 'utf8')
    const policy = JSON.parse(json) as { Statement?: Array<{ Action: string | string[] }> }
    for (const statement of policy.Statement ?? []) {
      for (const action of [statement.Action].flat()) allowed.add(action)
    }
  }
  const called = new Set(
    calls
      .filter(call => call.service === 'ec2' || call.service === 'sts')
      .map(call => `${call.service}:${call.action}`)
  )
  if (called.size === 0) throw new Error('no EC2 or STS call was recorded')
  return [...called].filter(action => !allowed.has(action)).sort()
}
