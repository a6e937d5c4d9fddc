/**
 * The EC2 Query protocol, driven by the tables scripts/gen-ec2-schemas.ts generates from the
 * SDK's model (ec2-schemas.ts): a command's input becomes a form body (Action, Version, then
 * `Key.N.Member=value` pairs), and EC2's XML answer becomes the SDK's output shape.
 */
import { randomUUID } from 'node:crypto'
import { child, type XmlElement } from './xml.js'

/** [member name, query key, XML element, type, 1 when an idempotency token]. A type is a scalar
 * (string, number, boolean, timestamp, blob) or the name of a structure or list. */
export type Member = [
  name: string,
  queryKey: string,
  xmlName: string,
  type: string,
  idempotencyToken?: 1
]

export interface Ec2Schemas {
  version: string
  /** Action → [input structure, output structure or `unit` (none)]. */
  operations: Record<string, [string, string]>
  structures: Record<string, Member[]>
  /** List → [item type, item element]. */
  lists: Record<string, [string, string]>
}

/** An EC2 action and its input; `O` is the shape of its answer (for the type checker only). */
export class Ec2Command<I extends object, O> {
  declare readonly output: O
  constructor(
    readonly action: string,
    readonly input: I
  ) {}
}

/** RFC 3986 encoding, as AWS wants it in a form body and in SigV4's canonical strings. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

export function formBody(params: Array<[string, string]>): string {
  return params.map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`).join('&')
}

export function serializeQuery(schemas: Ec2Schemas, action: string, input: object): string {
  const operation = schemas.operations[action]
  if (!operation) throw new Error(`EC2 action ${action} is not in the generated schemas`)
  const params: Array<[string, string]> = [
    ['Action', action],
    ['Version', schemas.version]
  ]
  write(schemas, operation[0], input, '', params)
  return formBody(params)
}

function write(
  schemas: Ec2Schemas,
  type: string,
  value: unknown,
  key: string,
  params: Array<[string, string]>
): void {
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
      params.push([key, String(value)])
      return
    case 'timestamp':
      if (value instanceof Date) params.push([key, value.toISOString().replace('.000Z', 'Z')])
      return
    case 'blob':
      if (typeof value === 'string' || value instanceof Uint8Array)
        params.push([key, Buffer.from(value).toString('base64')])
      return
  }
  const list = schemas.lists[type]
  if (list) {
    // EC2 flattens lists (Key.1, Key.2, ...) and sends nothing for an empty one.
    if (!Array.isArray(value)) return
    let index = 1
    for (const item of value) {
      if (item !== null && item !== undefined)
        write(schemas, list[0], item, `${key}.${index++}`, params)
    }
    return
  }
  const members = schemas.structures[type]
  if (!members) throw new Error(`unknown EC2 shape ${type}`)
  if (typeof value !== 'object' || value === null) return
  const prefix = key ? `${key}.` : ''
  for (const [name, queryKey, , memberType, token] of members) {
    let member = (value as Record<string, unknown>)[name]
    if (member === null || member === undefined) {
      if (!token) continue
      // As the SDK does: a request that may be retried carries a token that makes it happen once.
      member = randomUUID()
    }
    write(schemas, memberType, member, `${prefix}${queryKey}`, params)
  }
}

/** The output of `action` from the root element of EC2's answer. */
export function deserializeQuery(
  schemas: Ec2Schemas,
  action: string,
  root: XmlElement | undefined
): Record<string, unknown> {
  const operation = schemas.operations[action]
  if (!operation) throw new Error(`EC2 action ${action} is not in the generated schemas`)
  if (!root || operation[1] === 'unit') return {}
  return read(schemas, operation[1], root) as Record<string, unknown>
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function read(schemas: Ec2Schemas, type: string, element: XmlElement): unknown {
  switch (type) {
    case 'string':
      return element.text
    case 'number':
      return Number(element.text)
    case 'boolean':
      return element.text.toLowerCase() === 'true'
    case 'timestamp': {
      const time = RFC3339.test(element.text) ? new Date(element.text) : undefined
      if (!time || Number.isNaN(time.getTime()))
        throw new Error(`EC2 answered <${element.name}> with an invalid time: ${element.text}`)
      return time
    }
    case 'blob':
      return new Uint8Array(Buffer.from(element.text, 'base64'))
  }
  const list = schemas.lists[type]
  if (list) {
    const [itemType, itemName] = list
    return element.children
      .filter(item => item.name === itemName)
      .map(item => read(schemas, itemType, item))
  }
  const members = schemas.structures[type]
  if (!members) throw new Error(`unknown EC2 shape ${type}`)
  const out: Record<string, unknown> = {}
  for (const [name, , xmlName, memberType] of members) {
    const found = child(element, xmlName)
    if (found) out[name] = read(schemas, memberType, found)
  }
  return out
}
