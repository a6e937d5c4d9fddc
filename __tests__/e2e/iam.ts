/**
 * The IAM documents users copy (docs/iam-policy.json, docs/iam-trust-policy.json), read the way
 * IAM reads them, as far as the suite needs: which statements allow an action, and on what
 * condition. The e2e suites check every EC2 and STS call their emulators answered against them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CallRecord } from '../../emulator/index.js'
import { repositoryRoot } from '../helpers/runner.js'

export interface Statement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action: string | string[]
  Resource?: string | string[]
  Principal?: Record<string, string | string[]>
  Condition?: Record<string, Record<string, string | string[]>>
}

export interface PolicyDocument {
  Version: string
  Statement: Statement[]
}

export const PERMISSION_POLICY = 'docs/iam-policy.json'
export const TRUST_POLICY = 'docs/iam-trust-policy.json'

export function readPolicy(path: string): PolicyDocument {
  return JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8')) as PolicyDocument
}

export const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** IAM action names are case-insensitive and take `*` and `?` wildcards. */
function matches(pattern: string, action: string): boolean {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i').test(action)
}

/** The Allow statements of `policy` that name `action` (e.g. `ec2:RunInstances`). */
export function statementsAllowing(policy: PolicyDocument, action: string): Statement[] {
  return policy.Statement.filter(
    statement =>
      statement.Effect === 'Allow' && list(statement.Action).some(p => matches(p, action))
  )
}

/** Needs no permission at all (AWS: "No permissions are required to perform this operation"). */
const UNAUTHORIZED_ACTIONS = new Set(['sts:GetCallerIdentity'])

/**
 * The IAM action a call needs and the document that must grant it. AssumeRoleWithWebIdentity is
 * not a permission of the role: the caller has no identity yet, and the role's trust policy is
 * what lets the token in.
 */
export function grantingDocument(action: string): string | undefined {
  if (UNAUTHORIZED_ACTIONS.has(action)) return undefined
  return action === 'sts:AssumeRoleWithWebIdentity' ? TRUST_POLICY : PERMISSION_POLICY
}

/**
 * Each EC2 or STS action among `calls` that the document granting it does not allow, with how
 * often it was called: `[]` when the policy covers everything the action did.
 */
export function actionsNotAllowed(calls: readonly CallRecord[]): string[] {
  const counts = new Map<string, number>()
  for (const call of calls) {
    if (call.service !== 'ec2' && call.service !== 'sts') continue
    const action = `${call.service}:${call.action}`
    counts.set(action, (counts.get(action) ?? 0) + 1)
  }
  const missing = new Set(notAllowed([...counts.keys()]))
  return [...counts]
    .filter(([action]) => missing.has(action))
    .map(
      ([action, count]) =>
        `${action} (called ${count} time${count === 1 ? '' : 's'}; add it to ${grantingDocument(action)})`
    )
    .sort()
}

/** The actions (`ec2:RunInstances`, …) that the document granting each does not allow. */
export function notAllowed(actions: readonly string[]): string[] {
  const documents = new Map<string, PolicyDocument>()
  return actions.filter(action => {
    const path = grantingDocument(action)
    if (!path) return false
    if (!documents.has(path)) documents.set(path, readPolicy(path))
    return statementsAllowing(documents.get(path)!, action).length === 0
  })
}

/** The distinct EC2 and STS actions among `calls`, sorted, for a report. */
export function actionsCalled(calls: readonly CallRecord[]): string[] {
  return [
    ...new Set(
      calls
        .filter(call => call.service === 'ec2' || call.service === 'sts')
        .map(call => `${call.service}:${call.action}`)
    )
  ].sort()
}

/**
 * For an afterAll: fails the suite, naming each action, when the suite's builds called one that
 * the documented policies do not allow, so that the policy users copy cannot drift from the code.
 */
export function expectPolicyToCover(calls: readonly CallRecord[]): void {
  const missing = actionsNotAllowed(calls)
  if (missing.length > 0) {
    throw new Error(
      `The action called what the documented IAM policies do not allow:\n  ${missing.join('\n  ')}`
    )
  }
}
