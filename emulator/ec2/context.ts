import type { FaultRule } from '../api.js'
import { AwsError, invalidParameter } from '../aws-error.js'
import type { Identity } from '../credentials.js'
import type { Params } from '../query.js'
import type { Runtime } from '../runtime.js'
import type { RegionState } from '../world/state.js'
import type { XmlObject } from '../xml.js'

/** Everything one EC2 call sees. */
export interface Ec2Context {
  runtime: Runtime
  region: RegionState
  params: Params
  caller: Identity
  /** Fault rules that fired for this call (errors are answered before the handler runs). */
  faults: FaultRule[]
  /** Describe* handlers set this: what the caller was shown, for the call log. */
  observed?: Array<{ id: string; state: string }>
}

export type Ec2Handler = (ctx: Ec2Context) => XmlObject | Promise<XmlObject>

/** MaxResults/NextToken over an already filtered list; the token is an opaque offset. */
export function paginate<T>(
  ctx: Ec2Context,
  items: T[],
  limits: { min: number; max: number } = { min: 5, max: 1000 }
): { page: T[]; nextToken?: string } {
  const maxResults = ctx.params.int('MaxResults')
  const token = ctx.params.get('NextToken')
  let start = 0
  if (token !== undefined && token !== '') {
    const decoded = Number(
      Buffer.from(token, 'base64url')
        .toString('utf8')
        .replace(/^offset:/, '')
    )
    if (!Number.isInteger(decoded) || decoded < 0) {
      throw new AwsError('InvalidNextToken', `The token '${token}' is invalid.`)
    }
    start = decoded
  }
  if (maxResults === undefined) return { page: items.slice(start) }
  if (maxResults < limits.min || maxResults > limits.max) {
    throw invalidParameter(
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${limits.min} and ${limits.max}.`
    )
  }
  const end = start + maxResults
  const page = items.slice(start, end)
  const nextToken =
    end < items.length ? Buffer.from(`offset:${end}`).toString('base64url') : undefined
  return { page, nextToken }
}

/** Checks an ID's shape the way EC2 does before looking it up. */
export function checkId(id: string, prefix: string, code: string): void {
  if (!new RegExp(`^${prefix}-[0-9a-f]{8}([0-9a-f]{9})?$`).test(id)) {
    throw new AwsError(code, `Invalid id: "${id}" (expecting "${prefix}-...")`)
  }
}

export const ok = (extra: XmlObject = {}): XmlObject => ({ return: true, ...extra })

export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z')
}

/** TagSpecification.N for one resource type (RunInstances, CreateImage, CreateKeyPair, ...). */
export function tagsFor(
  params: Params,
  resourceType: string,
  allowed: string[]
): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const spec of params.members('TagSpecification')) {
    const type = spec.require('ResourceType')
    if (!allowed.includes(type)) {
      throw invalidParameter(`'${type}' is not a valid taggable resource type for this operation.`)
    }
    if (type !== resourceType) continue
    for (const tag of spec.members('Tag')) tags[tag.require('Key')] = tag.get('Value') ?? ''
  }
  return tags
}
