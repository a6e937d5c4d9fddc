import { invalidParameter, missingParameter } from './aws-error.js'

/**
 * The flattened parameters of a query-protocol request (`Filter.1.Value.2=x`) and the readers
 * handlers use to get lists and structures back out of them.
 */
export class Params {
  constructor(readonly values: Record<string, string>) {}

  static fromForm(body: string): Params {
    const values: Record<string, string> = {}
    for (const [key, value] of new URLSearchParams(body)) values[key] = value
    return new Params(values)
  }

  /** An empty value counts as absent: aws-sdk-go v1 sends `VpcId=` for an unset pointer to "". */
  get(name: string): string | undefined {
    const value = this.values[name]
    return value === '' ? undefined : value
  }

  require(name: string): string {
    const value = this.values[name]
    if (value === undefined || value === '') throw missingParameter(name)
    return value
  }

  int(name: string): number | undefined {
    const value = this.values[name]
    if (value === undefined) return undefined
    const n = Number(value)
    if (!Number.isInteger(n)) throw invalidParameter(`Invalid value '${value}' for ${name}.`)
    return n
  }

  bool(name: string): boolean | undefined {
    const value = this.values[name]
    if (value === undefined) return undefined
    return value.toLowerCase() === 'true'
  }

  /** `Name.1`, `Name.2`, … in index order. */
  list(name: string): string[] {
    return this.indexes(name)
      .map(i => this.values[`${name}.${i}`])
      .filter((v): v is string => v !== undefined)
  }

  /** `Name.N.Field…` as one Params per N, in index order. */
  members(name: string): Params[] {
    return this.indexes(name).map(i => this.sub(`${name}.${i}`))
  }

  /** The fields under `Name.` as their own Params. */
  sub(name: string): Params {
    const prefix = `${name}.`
    const values: Record<string, string> = {}
    for (const [key, value] of Object.entries(this.values)) {
      if (key.startsWith(prefix)) values[key.slice(prefix.length)] = value
    }
    return new Params(values)
  }

  /** These params without `Name` and everything under `Name.`. */
  without(name: string): Params {
    const prefix = `${name}.`
    const values: Record<string, string> = {}
    for (const [key, value] of Object.entries(this.values)) {
      if (key !== name && !key.startsWith(prefix)) values[key] = value
    }
    return new Params(values)
  }

  has(name: string): boolean {
    const prefix = `${name}.`
    return name in this.values || Object.keys(this.values).some(k => k.startsWith(prefix))
  }

  private indexes(name: string): number[] {
    const prefix = `${name}.`
    const found = new Set<number>()
    for (const key of Object.keys(this.values)) {
      if (!key.startsWith(prefix)) continue
      const index = Number(key.slice(prefix.length).split('.')[0])
      if (Number.isInteger(index)) found.add(index)
    }
    return [...found].sort((a, b) => a - b)
  }
}

export interface Filter {
  name: string
  values: string[]
}

export function readFilters(params: Params): Filter[] {
  return params.members('Filter').map(member => ({
    name: member.require('Name'),
    values: member.list('Value')
  }))
}

export function readTags(params: Params, name = 'Tag'): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const member of params.members(name)) tags[member.require('Key')] = member.get('Value') ?? ''
  return tags
}
