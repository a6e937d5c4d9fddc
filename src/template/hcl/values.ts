/**
 * HCL values as plain JavaScript values, with the type system and the conversions HCL applies
 * (cty's): a number becomes a string where a string is wanted, "true" a bool, and so on.
 */
import type { Expr, Pos } from './ast.js'
import { HclError } from './ast.js'

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }
export type ObjectValue = { [key: string]: Value }

export type Type =
  | { kind: 'string' | 'number' | 'bool' | 'any' }
  | { kind: 'list' | 'set' | 'map'; element: Type }
  | { kind: 'object'; attributes: Record<string, Type> }
  | { kind: 'tuple'; elements: Type[] }

export const isObject = (v: Value): v is ObjectValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function typeName(v: Value): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'tuple'
  if (typeof v === 'object') return 'object'
  if (typeof v === 'boolean') return 'bool'
  return typeof v
}

export function showType(t: Type): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${showType(t.element)})`
    case 'object':
      return `object({${Object.entries(t.attributes)
        .map(([k, v]) => `${k}=${showType(v)}`)
        .join(', ')}})`
    case 'tuple':
      return `tuple([${t.elements.map(showType).join(', ')}])`
    default:
      return t.kind
  }
}

/** Reads a variable's `type = …` expression, which is a type, not a value. */
export function parseType(expr: Expr): Type {
  const fail = (): never => {
    throw new HclError(
      'Invalid type: expected string, number, bool, any, list(…), set(…), map(…), object({…}) or tuple([…]).',
      expr.pos
    )
  }
  if (expr.kind === 'variable') {
    if (['string', 'number', 'bool', 'any'].includes(expr.name))
      return { kind: expr.name as 'string' }
    if (['list', 'set', 'map'].includes(expr.name)) {
      throw new HclError(
        `Invalid type: ${expr.name} needs its element type, like ${expr.name}(string).`,
        expr.pos
      )
    }
    return fail()
  }
  if (expr.kind !== 'call' || expr.args.length !== 1) return fail()
  const [arg] = expr.args
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: parseType(arg) }
    case 'object': {
      if (arg.kind !== 'object') return fail()
      const attributes: Record<string, Type> = {}
      for (const item of arg.items) {
        const key = item.key.kind === 'literal' ? String(item.key.value) : fail()
        attributes[key as string] = parseType(item.value)
      }
      return { kind: 'object', attributes }
    }
    case 'tuple':
      if (arg.kind !== 'tuple') return fail()
      return { kind: 'tuple', elements: arg.items.map(parseType) }
  }
  return fail()
}

/** The type a value would be declared with, for variables declared with only a default. */
export function typeOf(v: Value): Type {
  if (typeof v === 'string') return { kind: 'string' }
  if (typeof v === 'number') return { kind: 'number' }
  if (typeof v === 'boolean') return { kind: 'bool' }
  return { kind: 'any' }
}

/** Converts a value to a type as HCL does, or throws with what was wrong. `what` names the value. */
export function convert(value: Value, type: Type, pos: Pos, what: string): Value {
  const wrong = (detail: string): never => {
    throw new HclError(`Invalid value for ${what}: ${showType(type)} required, ${detail}.`, pos)
  }
  if (value === null || type.kind === 'any') return value
  switch (type.kind) {
    case 'string':
      if (typeof value === 'string') return value
      if (typeof value === 'number' || typeof value === 'boolean') return String(value)
      return wrong(`but got ${typeName(value)}`)
    case 'number':
      if (typeof value === 'number') return value
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        return Number(value)
      return wrong(`but got ${typeName(value)}${typeof value === 'string' ? ` "${value}"` : ''}`)
    case 'bool':
      if (typeof value === 'boolean') return value
      if (value === 'true' || value === 'false') return value === 'true'
      return wrong(`but got ${typeName(value)}${typeof value === 'string' ? ` "${value}"` : ''}`)
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return wrong(`but got ${typeName(value)}`)
      const items = value.map((v, i) => convert(v, type.element, pos, `${what}[${i}]`))
      if (type.kind === 'set')
        return items.filter((v, i) => items.findIndex(w => equal(v, w)) === i)
      return items
    }
    case 'map': {
      if (!isObject(value)) return wrong(`but got ${typeName(value)}`)
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, convert(v, type.element, pos, `${what}.${k}`)])
      )
    }
    case 'object': {
      if (!isObject(value)) return wrong(`but got ${typeName(value)}`)
      const out: ObjectValue = {}
      for (const [k, t] of Object.entries(type.attributes)) {
        if (!(k in value)) wrong(`but attribute "${k}" is missing`)
        out[k] = convert(value[k], t, pos, `${what}.${k}`)
      }
      return out
    }
    case 'tuple': {
      if (!Array.isArray(value) || value.length !== type.elements.length) {
        return wrong(
          `but got ${Array.isArray(value) ? `${value.length} elements` : typeName(value)}`
        )
      }
      return value.map((v, i) => convert(v, type.elements[i], pos, `${what}[${i}]`))
    }
  }
}

export function equal(a: Value, b: Value): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => equal(v, b[i]))
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every(k => k in b && equal(a[k], b[k]))
  }
  return false
}

/** A value as interpolated into a string: only primitives may be. */
export function toText(v: Value, pos: Pos): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v === null)
    throw new HclError('Invalid template interpolation value: the value is null.', pos)
  throw new HclError(
    `Invalid template interpolation value: cannot include a ${typeName(v)} in a string; use jsonencode() or join().`,
    pos
  )
}
