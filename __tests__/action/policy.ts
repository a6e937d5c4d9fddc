import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CallRecord } from '../../emulator/api.js'
import { repositoryRoot } from '../helpers/runner.js'

/**
 * The EC2 and STS actions among `calls` that no JSON policy in the README (the role's trust policy
 * and its permission policy) allows: what a user following the README would be refused.
 */
export function actionsOutsideReadmePolicy(calls: CallRecord[]): string[] {
  const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8')
  const allowed = new Set<string>()
  for (const [, json] of readme.matchAll(/```json\n([\s\S]*?)```/g)) {
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
