/**
 * Evaluates HCL expressions to values. References are resolved through a Scope, which knows what
 * the enclosing Packer block may see: `var.` and `local.` everywhere, `source.` and `build.` only in
 * a build, `env()` only in a variable's default.
 */
import type { Expr, GetAttrExpr, IndexExpr, Pos, TemplatePart } from './ast.js'
import { HclError } from './ast.js'
import { callFunction } from './functions.js'
import type { ObjectValue, Value } from './values.js'
import { equal, isObject, toText, typeName } from './values.js'
import { BUILD_VARIABLES } from '../model.js'
import { suggest } from '../suggest.js'

export interface Scope {
  /** Resolves a root name (`var`, `local`, `path`, ...) to a value, or undefined when unknown. */
  root(name: string, pos: Pos, traversal: string[]): Value | undefined
  /** Names a user may refer to here, for "did you mean". */
  rootNames: string[]
  functions: FunctionContext
}

export interface FunctionContext {
  now: Date
  /** Directory relative paths in file() and templatefile() resolve against. */
  baseDirectory: string
  /** Environment for env(), or undefined where env() is not allowed. */
  env?: Record<string, string | undefined>
}

/** The canonical form of a build variable, resolved by the engine at build time. */
export const buildVariable = (name: string): string => `\${build.${name}}`

export function evaluate(expr: Expr, scope: Scope, locals: Map<string, Value> = new Map()): Value {
  const ev = (e: Expr, l = locals): Value => evaluate(e, scope, l)
  switch (expr.kind) {
    case 'literal':
      return expr.value
    case 'template':
      return evaluateTemplate(expr.parts, scope, locals)
    case 'paren':
      return ev(expr.expr)
    case 'variable': {
      if (locals.has(expr.name)) return locals.get(expr.name)!
      return resolveRoot(expr, scope, locals)
    }
    case 'getattr':
    case 'index': {
      const traversal = rootTraversal(expr)
      if (traversal && !locals.has(traversal.root)) return resolveRoot(expr, scope, locals)
      const object = ev(expr.object)
      const key = expr.kind === 'getattr' ? expr.name : ev(expr.key)
      return access(object, key, expr.kind === 'getattr' ? expr.namePos : expr.key.pos)
    }
    case 'splat': {
      const source = ev(expr.source)
      if (source === null) return []
      const items = Array.isArray(source) ? source : [source]
      return items.map(item => evaluate(expr.each, scope, new Map([...locals, [SPLAT_ITEM, item]])))
    }
    case 'splat-item':
      return locals.get(SPLAT_ITEM) ?? null
    case 'call': {
      const args = expr.args.map(a => ev(a))
      if (expr.expandFinal) {
        const last = args.pop()
        if (!Array.isArray(last))
          throw new HclError(
            `Invalid expanding argument: "..." needs a list, got ${typeName(last ?? null)}.`,
            expr.args[expr.args.length - 1].pos
          )
        args.push(...last)
      }
      return callFunction(expr.name, args, expr, scope.functions)
    }
    case 'tuple':
      return expr.items.map(i => ev(i))
    case 'object': {
      const out: ObjectValue = {}
      for (const item of expr.items) {
        const key = ev(item.key)
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
          throw new HclError(
            `Invalid object key: a key must be a string, got ${typeName(key)}.`,
            item.key.pos
          )
        }
        out[String(key)] = ev(item.value)
      }
      return out
    }
    case 'unary': {
      const v = ev(expr.operand)
      if (expr.op === '!') return !asBool(v, expr.operand.pos)
      return -asNumber(v, expr.operand.pos)
    }
    case 'binary':
      return binary(expr.op, expr.left, expr.right, ev)
    case 'conditional':
      return asBool(ev(expr.cond), expr.cond.pos) ? ev(expr.then) : ev(expr.else)
    case 'for': {
      const coll = ev(expr.coll)
      if (coll === null || typeof coll !== 'object') {
        throw new HclError(
          `Iteration over non-iterable value: a "for" needs a list or a map, got ${typeName(coll)}.`,
          expr.coll.pos
        )
      }
      const entries: [Value, Value][] = Array.isArray(coll)
        ? coll.map((v, i) => [i, v])
        : Object.entries(coll)
      const list: Value[] = []
      const object: ObjectValue = {}
      for (const [k, v] of entries) {
        const inner = new Map(locals)
        if (expr.keyVar) inner.set(expr.keyVar, k)
        inner.set(expr.valueVar, v)
        if (expr.cond && !asBool(ev(expr.cond, inner), expr.cond.pos)) continue
        if (!expr.keyExpr) {
          list.push(ev(expr.valueExpr, inner))
          continue
        }
        const key = toText(ev(expr.keyExpr, inner), expr.keyExpr.pos)
        const value = ev(expr.valueExpr, inner)
        if (expr.grouping) ((object[key] ??= []) as Value[]).push(value)
        else if (key in object) {
          throw new HclError(
            `Duplicate object key: two elements produce the key "${key}"; add "..." after the value to group them.`,
            expr.keyExpr.pos
          )
        } else object[key] = value
      }
      return expr.keyExpr ? object : list
    }
  }
}

const SPLAT_ITEM = '\u0000splat'

/** `var.a.b[0]` → root `var`, names [a, b]: the attribute names right after the root. */
function rootTraversal(expr: Expr): { root: string; names: string[] } | undefined {
  const names: string[] = []
  let e = expr
  for (;;) {
    if (e.kind === 'getattr') {
      names.unshift(e.name)
      e = e.object
    } else if (e.kind === 'index') {
      names.length = 0
      e = e.object
    } else break
  }
  return e.kind === 'variable' ? { root: e.name, names } : undefined
}

/** Resolves `root.a.b…` through the scope, then applies the rest of the traversal. */
function resolveRoot(expr: Expr, scope: Scope, locals: Map<string, Value>): Value {
  const steps: (GetAttrExpr | IndexExpr)[] = []
  let e = expr
  while (e.kind === 'getattr' || e.kind === 'index') {
    steps.unshift(e)
    e = e.object
  }
  const root = e as Extract<Expr, { kind: 'variable' }>
  const names: string[] = []
  for (const s of steps) {
    if (s.kind !== 'getattr') break
    names.push(s.name)
  }
  const value = scope.root(root.name, root.pos, names)
  if (value === undefined) {
    const hint = suggest(root.name, scope.rootNames)
    throw new HclError(
      `Unknown variable: there is no variable named "${root.name}"${hint ? `; did you mean "${hint}"?` : '.'}`,
      root.pos
    )
  }
  let v = value
  for (const s of steps) {
    const key = s.kind === 'getattr' ? s.name : evaluate(s.key, scope, locals)
    v = access(v, key, s.kind === 'getattr' ? s.namePos : s.key.pos)
  }
  return v
}

function access(object: Value, key: Value, pos: Pos): Value {
  if (Array.isArray(object)) {
    const i = typeof key === 'number' ? key : Number(key)
    if (!Number.isInteger(i))
      throw new HclError(
        `Invalid index: a list index must be a whole number, got ${JSON.stringify(key)}.`,
        pos
      )
    if (i < 0 || i >= object.length) {
      throw new HclError(
        `Invalid index: the index ${i} is out of range for a list of ${object.length} elements.`,
        pos
      )
    }
    return object[i]
  }
  if (isObject(object)) {
    const k = String(key)
    if (!(k in object)) {
      const hint = suggest(k, Object.keys(object))
      throw new HclError(
        `Unsupported attribute: this object has no attribute "${k}"${hint ? `; did you mean "${hint}"?` : '.'}`,
        pos
      )
    }
    return object[k]
  }
  throw new HclError(
    `Unsupported attribute: a ${typeName(object)} has no attributes or elements.`,
    pos
  )
}

function asBool(v: Value, pos: Pos): boolean {
  if (typeof v === 'boolean') return v
  if (v === 'true' || v === 'false') return v === 'true'
  throw new HclError(`Invalid condition: a bool is required, got ${typeName(v)}.`, pos)
}

function asNumber(v: Value, pos: Pos): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  throw new HclError(
    `Invalid operand: a number is required, got ${typeName(v)}${typeof v === 'string' ? ` "${v}"` : ''}.`,
    pos
  )
}

function binary(op: string, left: Expr, right: Expr, ev: (e: Expr) => Value): Value {
  if (op === '||') return asBool(ev(left), left.pos) || asBool(ev(right), right.pos)
  if (op === '&&') return asBool(ev(left), left.pos) && asBool(ev(right), right.pos)
  const a = ev(left)
  const b = ev(right)
  switch (op) {
    case '==':
      return equal(a, b)
    case '!=':
      return !equal(a, b)
  }
  const x = asNumber(a, left.pos)
  const y = asNumber(b, right.pos)
  switch (op) {
    case '<':
      return x < y
    case '>':
      return x > y
    case '<=':
      return x <= y
    case '>=':
      return x >= y
    case '+':
      return x + y
    case '-':
      return x - y
    case '*':
      return x * y
    case '/':
      if (y === 0) throw new HclError('Division by zero.', right.pos)
      return x / y
    default:
      if (y === 0) throw new HclError('Division by zero.', right.pos)
      return x % y
  }
}

function evaluateTemplate(parts: TemplatePart[], scope: Scope, locals: Map<string, Value>): Value {
  // "${x}" alone keeps x's type, as in HCL: a list stays a list.
  if (parts.length === 1 && parts[0].kind === 'interp')
    return evaluate(parts[0].expr, scope, locals)
  let out = ''
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.value
        break
      case 'interp':
        out += toText(evaluate(part.expr, scope, locals), part.expr.pos)
        break
      case 'if':
        out += toText(
          evaluateTemplate(
            asBool(evaluate(part.cond, scope, locals), part.cond.pos) ? part.then : part.else,
            scope,
            locals
          ),
          part.pos
        )
        break
      case 'for': {
        const coll = evaluate(part.coll, scope, locals)
        if (coll === null || typeof coll !== 'object') {
          throw new HclError(
            `Iteration over non-iterable value: %{for} needs a list or a map, got ${typeName(coll)}.`,
            part.coll.pos
          )
        }
        const entries: [Value, Value][] = Array.isArray(coll)
          ? coll.map((v, i) => [i, v])
          : Object.entries(coll)
        for (const [k, v] of entries) {
          const inner = new Map(locals)
          if (part.keyVar) inner.set(part.keyVar, k)
          inner.set(part.valueVar, v)
          out += toText(evaluateTemplate(part.body, scope, inner), part.pos)
        }
        break
      }
    }
  }
  return out
}

/** The `build` object of a build block: every build variable, as its canonical placeholder. */
export const BUILD_OBJECT: ObjectValue = Object.fromEntries(
  BUILD_VARIABLES.map(n => [n, buildVariable(n)])
)
