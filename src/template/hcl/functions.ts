/**
 * The HCL2 functions Packer templates commonly use, with Packer's (cty's) semantics. Any other
 * function is an error that names the ones we have: an unknown function must never silently
 * become an empty string.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CallExpr } from './ast.js'
import { HclError } from './ast.js'
import type { FunctionContext, Scope } from './evaluate.js'
import { evaluate } from './evaluate.js'
import { parseHclTemplate } from './parser.js'
import type { ObjectValue, Value } from './values.js'
import { isObject, toText, typeName } from './values.js'
import { DAYS, formatGoTime, MONTHS } from '../expressions.js'
import { suggest } from '../suggest.js'

type Fn = (args: Value[], call: CallExpr, ctx: FunctionContext) => Value

const FUNCTIONS: Record<string, Fn> = {
  timestamp: (args, call, ctx) => (arity(args, call, 0), rfc3339(ctx.now)),
  formatdate: (args, call) => {
    arity(args, call, 2)
    const spec = str(args, call, 0)
    const text = str(args, call, 1)
    const date = parseRfc3339(text)
    if (!date)
      throw new HclError(
        `Invalid call to formatdate: "${text}" is not an RFC 3339 timestamp like 2024-01-02T15:04:05Z.`,
        argPos(call, 1)
      )
    return formatDate(spec, date, call)
  },
  legacy_isotime: (args, call, ctx) => (
    arity(args, call, 1),
    formatGoTime(ctx.now, str(args, call, 0))
  ),
  uuidv4: (args, call) => (arity(args, call, 0), crypto.randomUUID()),
  lower: (args, call) => (arity(args, call, 1), str(args, call, 0).toLowerCase()),
  upper: (args, call) => (arity(args, call, 1), str(args, call, 0).toUpperCase()),
  trimspace: (args, call) => (arity(args, call, 1), str(args, call, 0).trim()),
  replace: (args, call) => {
    arity(args, call, 3)
    const [text, search, replacement] = [0, 1, 2].map(i => str(args, call, i))
    // As in Terraform: a search string wrapped in slashes is a regular expression.
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
      return text.replace(regex(search.slice(1, -1), call, 1, 'g'), goReplacement(replacement))
    }
    return text.split(search).join(replacement)
  },
  regex_replace: (args, call) => {
    arity(args, call, 3)
    const [text, pattern, replacement] = [0, 1, 2].map(i => str(args, call, i))
    return text.replace(regex(pattern, call, 1, 'g'), goReplacement(replacement))
  },
  split: (args, call) => {
    arity(args, call, 2)
    const separator = str(args, call, 0)
    const text = str(args, call, 1)
    return text === '' ? [] : text.split(separator)
  },
  join: (args, call) => {
    if (args.length < 2)
      throw new HclError(
        'Not enough function arguments: join(separator, list, …) needs a separator and at least one list.',
        call.pos
      )
    const separator = str(args, call, 0)
    const items = args.slice(1).flatMap((list, i) => {
      if (!Array.isArray(list))
        throw badArg(call, i + 1, `a list is required, got ${typeName(list)}`)
      return list.map(v => toText(v, argPos(call, i + 1)))
    })
    return items.join(separator)
  },
  format: (args, call) => {
    if (args.length < 1)
      throw new HclError('Not enough function arguments: format needs a format string.', call.pos)
    return format(str(args, call, 0), args.slice(1), call)
  },
  concat: (args, call) =>
    args.flatMap((list, i) => {
      if (!Array.isArray(list)) throw badArg(call, i, `a list is required, got ${typeName(list)}`)
      return list
    }),
  merge: (args, call) => {
    const out: ObjectValue = {}
    args.forEach((map, i) => {
      if (map === null) return
      if (!isObject(map)) throw badArg(call, i, `a map or object is required, got ${typeName(map)}`)
      Object.assign(out, map)
    })
    return out
  },
  lookup: (args, call) => {
    if (args.length < 2 || args.length > 3)
      throw new HclError(
        `Invalid number of arguments: lookup(map, key, default) takes 2 or 3 arguments, not ${args.length}.`,
        call.pos
      )
    const map = args[0]
    if (!isObject(map)) throw badArg(call, 0, `a map or object is required, got ${typeName(map)}`)
    const key = str(args, call, 1)
    if (key in map) return map[key]
    if (args.length === 3) return args[2]
    throw badArg(call, 1, `the map has no key "${key}" and no default was given`)
  },
  coalesce: (args, call) => {
    const found = args.find(v => v !== null && v !== '')
    if (found === undefined)
      throw new HclError('Invalid call to coalesce: no non-null, non-empty argument.', call.pos)
    return found
  },
  length: (args, call) => {
    arity(args, call, 1)
    const v = args[0]
    if (typeof v === 'string') return [...v].length
    if (Array.isArray(v)) return v.length
    if (isObject(v)) return Object.keys(v).length
    throw badArg(call, 0, `a string, list or map is required, got ${typeName(v)}`)
  },
  file: (args, call, ctx) => (arity(args, call, 1), readText(str(args, call, 0), call, ctx)),
  templatefile: (args, call, ctx) => {
    arity(args, call, 2)
    const path = str(args, call, 0)
    const vars = args[1]
    if (!isObject(vars))
      throw badArg(call, 1, `a map of template variables is required, got ${typeName(vars)}`)
    return renderTemplateFile(
      readText(path, call, ctx),
      resolve(ctx.baseDirectory, path),
      vars,
      call,
      ctx
    )
  },
  base64encode: (args, call) => (
    arity(args, call, 1),
    Buffer.from(str(args, call, 0), 'utf8').toString('base64')
  ),
  jsonencode: (args, call) => (arity(args, call, 1), JSON.stringify(args[0])),
  env: (args, call, ctx) => {
    arity(args, call, 1)
    if (!ctx.env) {
      throw new HclError(
        'Function env() is only allowed in the default of a variable block, as in Packer; declare a variable with default = env("NAME") and use var.NAME here.',
        call.pos
      )
    }
    return ctx.env[str(args, call, 0)] ?? ''
  }
}

export const FUNCTION_NAMES = Object.keys(FUNCTIONS)

/** templatefile(): the file is an HCL template that sees only the variables passed to it. */
function renderTemplateFile(
  text: string,
  file: string,
  vars: ObjectValue,
  call: CallExpr,
  ctx: FunctionContext
): Value {
  const template = parseHclTemplate(text, file)
  const scope: Scope = {
    root: name => (Object.hasOwn(vars, name) ? vars[name] : undefined),
    rootNames: Object.keys(vars),
    functions: { ...ctx, env: undefined }
  }
  try {
    return evaluate(template, scope)
  } catch (error) {
    if (error instanceof HclError) {
      throw new HclError(
        `${error.message} (in the template ${file}, line ${error.pos.line}, column ${error.pos.column})`,
        call.pos
      )
    }
    throw error
  }
}

export function callFunction(
  name: string,
  args: Value[],
  call: CallExpr,
  ctx: FunctionContext
): Value {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
  if (!fn) {
    const hint = suggest(name, FUNCTION_NAMES)
    throw new HclError(
      `Call to unknown function: ami-build does not support "${name}"${hint ? `; did you mean "${hint}"?` : '.'} Supported functions: ${FUNCTION_NAMES.join(', ')}.`,
      call.pos
    )
  }
  return fn(args, call, ctx)
}

function arity(args: Value[], call: CallExpr, n: number): void {
  if (args.length !== n) {
    throw new HclError(
      `Invalid number of arguments: ${call.name}() takes ${n} argument${n === 1 ? '' : 's'}, not ${args.length}.`,
      call.pos
    )
  }
}

function argPos(call: CallExpr, i: number) {
  return (call.args[i] ?? call).pos
}

function badArg(call: CallExpr, i: number, detail: string): HclError {
  return new HclError(`Invalid argument ${i + 1} to ${call.name}(): ${detail}.`, argPos(call, i))
}

function str(args: Value[], call: CallExpr, i: number): string {
  const v = args[i]
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  throw badArg(call, i, `a string is required, got ${typeName(v)}`)
}

function regex(pattern: string, call: CallExpr, i: number, flags: string): RegExp {
  try {
    // Go's RE2 named groups (?P<name>…) are JavaScript's (?<name>…).
    return new RegExp(pattern.replaceAll('(?P<', '(?<'), flags)
  } catch (error) {
    throw badArg(call, i, `invalid regular expression: ${(error as Error).message}`)
  }
}

/** Go's `${1}` and `$1` replacement references are JavaScript's `$1`. */
const goReplacement = (r: string): string =>
  r.replace(/\$\{(\w+)\}/g, (_, g: string) => (/^\d+$/.test(g) ? `$${g}` : `$<${g}>`))

function readText(path: string, call: CallExpr, ctx: FunctionContext): string {
  const full = resolve(ctx.baseDirectory, path)
  try {
    return readFileSync(full, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code ?? error)
    throw new HclError(
      `Invalid call to ${call.name}(): cannot read "${path}" (${full}): ${why}.`,
      argPos(call, 0)
    )
  }
}

export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function parseRfc3339(text: string): { date: Date; offsetMinutes: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(
    text
  )
  if (!m) return undefined
  const offsetMinutes =
    m[8].toUpperCase() === 'Z'
      ? 0
      : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)))
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])
  // Fields are shown in the timestamp's own offset, as Terraform's formatdate does.
  return { date: new Date(utc), offsetMinutes }
}

/** Terraform's formatdate specification: YYYY, MM, DD, hh, mm, ss, 'literal', ... */
function formatDate(
  spec: string,
  t: { date: Date; offsetMinutes: number },
  call: CallExpr
): string {
  const d = t.date
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  const h12 = d.getUTCHours() % 12 || 12
  const off = Math.abs(t.offsetMinutes)
  const sign = t.offsetMinutes < 0 ? '-' : '+'
  const tokens: Record<string, () => string> = {
    YYYY: () => pad(d.getUTCFullYear(), 4),
    YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    DD: () => pad(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    EEEE: () => DAYS[d.getUTCDay()],
    EEE: () => DAYS[d.getUTCDay()].slice(0, 3),
    hh: () => pad(d.getUTCHours()),
    h: () => String(d.getUTCHours()),
    HH: () => pad(h12),
    H: () => String(h12),
    AA: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    aa: () => (d.getUTCHours() < 12 ? 'am' : 'pm'),
    mm: () => pad(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    ZZZZZ: () => `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`,
    ZZZZ: () => `${sign}${pad(Math.floor(off / 60))}${pad(off % 60)}`,
    ZZZ: () => (off === 0 ? 'UTC' : `${sign}${pad(Math.floor(off / 60))}${pad(off % 60)}`),
    Z: () => (off === 0 ? 'Z' : `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`)
  }
  let out = ''
  let i = 0
  while (i < spec.length) {
    const c = spec[i]
    if (c === "'") {
      const end = spec.indexOf("'", i + 1)
      if (end < 0) throw badArg(call, 0, 'a quoted literal in the format is not closed')
      out += end === i + 1 ? "'" : spec.slice(i + 1, end)
      i = end + 1
      continue
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i
      while (spec[j] === c) j++
      const run = spec.slice(i, j)
      const render = tokens[run]
      if (!render)
        throw badArg(
          call,
          0,
          `invalid date format sequence "${run}"; quote literal letters with '…'`
        )
      out += render()
      i = j
      continue
    }
    out += c
    i++
  }
  return out
}

/** Go-style format verbs: %s %d %f %t %v %q %%, with widths and precision. */
function format(spec: string, args: Value[], call: CallExpr): string {
  let next = 0
  return spec.replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g,
    (
      whole,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      verb: string
    ) => {
      if (verb === '%') return '%'
      if (next >= args.length)
        throw new HclError(
          `Invalid call to format: too few arguments for the verb ${whole}.`,
          call.pos
        )
      const v = args[next++]
      let out: string
      switch (verb) {
        case 's':
          out = toText(v, argPos(call, next))
          break
        case 'd': {
          const n = typeof v === 'number' ? v : Number(v)
          if (!Number.isInteger(n))
            throw badArg(call, next, `%d needs a whole number, got ${JSON.stringify(v)}`)
          out = String(n)
          break
        }
        case 'f':
        case 'g': {
          const n = typeof v === 'number' ? v : Number(v)
          if (Number.isNaN(n))
            throw badArg(call, next, `%${verb} needs a number, got ${JSON.stringify(v)}`)
          out = verb === 'f' ? n.toFixed(precision ? Number(precision) : 6) : String(n)
          break
        }
        case 't':
          if (typeof v !== 'boolean')
            throw badArg(call, next, `%t needs a bool, got ${typeName(v)}`)
          out = String(v)
          break
        case 'q':
          out = JSON.stringify(toText(v, argPos(call, next)))
          break
        case 'v':
          out =
            typeof v === 'object' && v !== null ? JSON.stringify(v) : toText(v, argPos(call, next))
          break
        default:
          throw new HclError(`Invalid call to format: unsupported verb %${verb}.`, call.pos)
      }
      if (width && out.length < Number(width)) {
        out = flags.includes('-')
          ? out.padEnd(Number(width))
          : out.padStart(Number(width), flags.includes('0') ? '0' : ' ')
      }
      return out
    }
  )
}
