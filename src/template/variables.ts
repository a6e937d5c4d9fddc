/**
 * Variables and locals: declarations, values in Packer's precedence (default < PKR_VAR_name <
 * var files, later files winning < the `variables` input), and the Scope expressions resolve in.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import type { Value, Scope } from './expressions.js'
import { interpolate } from './expressions.js'
import type { LoadOptions, ResolvedVariable, SourceLocation } from './model.js'
import { VARIABLE_OPTIONS, VARIABLE_TYPES, IGNORED_KEYS, type VariableType } from './options.js'
import { decodeText, parseText, writtenText } from './parse.js'
import { suggest } from './suggest.js'
import type { MapNode, Node } from './tree.js'

/** Var files are small; anything bigger is a mistake, refused before it is read. */
export const MAX_VAR_FILE_BYTES = 1024 * 1024

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

type Origin = ResolvedVariable['origin']

interface Declared {
  name: string
  type: VariableType
  sensitive: boolean
  loc: SourceLocation
  value?: Value
  origin: Origin
  /** The value failed to parse or check: already reported, so references stay quiet. */
  broken: boolean
}

export interface Variables {
  scope: Scope
  resolved: ResolvedVariable[]
  sensitiveValues: string[]
}

interface Reporter {
  error(loc: SourceLocation, path: string, message: string): void
  warning(loc: SourceLocation, path: string, message: string): void
}

export function resolveVariables(
  variablesNode: Node | undefined,
  localsNode: Node | undefined,
  base: Omit<Scope, 'variable' | 'variableNames' | 'local' | 'localNames'>,
  options: LoadOptions,
  templateLoc: SourceLocation,
  report: Reporter
): Variables {
  const declared = new Map<string, Declared>()
  // Defaults may use the legacy functions ({{env `X`}}, {{timestamp}}) but not other variables.
  const bare: Scope = {
    ...base,
    variable: () => undefined,
    variableNames: () => [],
    local: () => undefined,
    localNames: () => []
  }

  if (variablesNode) {
    if (variablesNode.kind !== 'map') {
      report.error(
        variablesNode.loc,
        'variables',
        'expected a map of variable declarations (name: { default: … })'
      )
    } else {
      for (const entry of variablesNode.entries) declare(entry.key, entry.keyLoc, entry.value)
    }
  }

  function declare(name: string, keyLoc: SourceLocation, node: Node): void {
    const path = `variables.${name}`
    if (!NAME.test(name)) {
      report.error(
        keyLoc,
        path,
        `invalid variable name \`${name}\`: use letters, digits, _ and -, starting with a letter or _`
      )
      return
    }
    if (node.kind !== 'map') {
      report.error(
        node.loc,
        path,
        `a variable is declared as a map of ${VARIABLE_OPTIONS.map(o => `\`${o.name}\``).join(', ')}: write \`${name}: { default: … }\``
      )
      return
    }
    const v: Declared = {
      name,
      type: 'string',
      sensitive: false,
      loc: keyLoc,
      origin: 'default',
      broken: false
    }
    let defaultNode: Node | undefined
    for (const { key, keyLoc: at, value } of node.entries) {
      const keyPath = `${path}.${key}`
      if (IGNORED_KEYS.includes(key)) continue
      if (key === 'type') {
        if (
          value.kind === 'scalar' &&
          (VARIABLE_TYPES as readonly unknown[]).includes(value.value)
        ) {
          v.type = value.value as VariableType
        } else {
          const text = value.kind === 'scalar' ? String(value.value) : ''
          const hint = suggest(text, VARIABLE_TYPES)
          report.error(
            value.loc,
            keyPath,
            `unknown variable type${text ? ` \`${text}\`` : ''}${hint ? ` — did you mean \`${hint}\`?` : ''} (types: ${VARIABLE_TYPES.join(', ')})`
          )
          v.broken = true
        }
      } else if (key === 'default') {
        defaultNode = value
      } else if (key === 'sensitive') {
        if (value.kind === 'scalar' && typeof value.value === 'boolean') v.sensitive = value.value
        else report.error(value.loc, keyPath, 'expected true or false')
      } else if (key === 'description') {
        if (value.kind !== 'scalar' || typeof value.value !== 'string') {
          report.error(value.loc, keyPath, 'expected a string')
        }
      } else {
        const hint = suggest(
          key,
          VARIABLE_OPTIONS.map(o => o.name)
        )
        report.error(
          at,
          keyPath,
          `unknown key \`${key}\` in variable \`${name}\`${hint ? ` — did you mean \`${hint}\`?` : ` (keys: ${VARIABLE_OPTIONS.map(o => o.name).join(', ')})`}`
        )
      }
    }
    // With an unknown type, checking the default against a guess would only add noise.
    if (
      defaultNode &&
      !v.broken &&
      !(defaultNode.kind === 'scalar' && defaultNode.value === null)
    ) {
      const value = fromNode(defaultNode, v.type, bare, `${path}.default`, report)
      if (value === undefined) v.broken = true
      else v.value = value
    }
    declared.set(name, v)
  }

  // Packer's order: the environment is the weakest source a user sets; var files override it.
  for (const v of declared.values()) {
    const text = options.env[`PKR_VAR_${v.name}`]
    if (text !== undefined)
      setFromText(v, text, 'env', `the environment variable PKR_VAR_${v.name}`)
  }

  // Var files, in order: later files win.
  for (const file of options.varFiles) {
    const path = resolve(options.workingDirectory, file)
    const values = readVarFile(path, report)
    for (const { name, node, loc } of values) {
      const v = declared.get(name)
      if (!v) {
        const hint = suggest(name, [...declared.keys()])
        report.warning(
          loc,
          name,
          `the var file sets \`${name}\`, which the template does not declare${hint ? ` — did you mean \`${hint}\`?` : ''}`
        )
        continue
      }
      const value = fromNode(node, v.type, bare, name, report)
      if (value === undefined) v.broken = true
      else Object.assign(v, { value, origin: 'var-file' as const, broken: false })
    }
  }

  for (const [name, text] of Object.entries(options.variables)) {
    const v = declared.get(name)
    if (!v) {
      const names = [...declared.keys()]
      const hint = suggest(name, names)
      report.error(
        templateLoc,
        'variables',
        `a value is given for \`${name}\`, which the template does not declare${hint ? ` — did you mean \`${hint}\`?` : ''} (${names.length ? `declared: ${names.join(', ')}` : 'it declares no variables'})`
      )
      continue
    }
    setFromText(v, text, 'input', `the value given for \`${name}\``)
  }

  function setFromText(v: Declared, text: string, origin: Origin, what: string): void {
    const value = fromText(text, v.type)
    if (typeof value === 'object' && value !== null && 'error' in value) {
      report.error(v.loc, `variables.${v.name}`, `${what} is not a valid ${v.type}: ${value.error}`)
      v.broken = true
    } else {
      Object.assign(v, { value, origin, broken: false })
    }
  }

  for (const v of declared.values()) {
    if (v.value === undefined && !v.broken) {
      report.error(
        v.loc,
        `variables.${v.name}`,
        `variable \`${v.name}\` has no value: give it a default, or set it with the \`variables\` input, a var file or PKR_VAR_${v.name}`
      )
      v.broken = true
    }
  }

  // Locals: evaluated on first use, so they may refer to each other in any order; a cycle is an
  // error at the local where it closes.
  const localNodes = new Map<string, { node: Node; loc: SourceLocation }>()
  if (localsNode) {
    if (localsNode.kind !== 'map')
      report.error(localsNode.loc, 'locals', 'expected a map of name: value')
    else {
      for (const { key, keyLoc, value } of localsNode.entries) {
        if (!NAME.test(key)) {
          report.error(
            keyLoc,
            `locals.${key}`,
            `invalid local name \`${key}\`: use letters, digits, _ and -, starting with a letter or _`
          )
        } else localNodes.set(key, { node: value, loc: keyLoc })
      }
    }
  }
  const locals = new Map<string, { value: Value } | { error: string } | 'evaluating'>()
  const evaluating: string[] = []

  const scope: Scope = {
    ...base,
    variable(name) {
      const v = declared.get(name)
      if (!v) return undefined
      return v.broken || v.value === undefined ? { error: '' } : { value: v.value }
    },
    variableNames: () => [...declared.keys()],
    local(name) {
      const done = locals.get(name)
      if (done === 'evaluating') {
        const cycle = [...evaluating.slice(evaluating.indexOf(name)), name]
          .map(n => `local.${n}`)
          .join(' → ')
        return { error: `locals refer to each other in a cycle: ${cycle}` }
      }
      if (done) return done
      const def = localNodes.get(name)
      if (!def) return undefined
      locals.set(name, 'evaluating')
      evaluating.push(name)
      const value = fromNode(def.node, undefined, scope, `locals.${name}`, report)
      evaluating.pop()
      const result = value === undefined ? { error: '' } : { value }
      locals.set(name, result)
      return result
    },
    localNames: () => [...localNodes.keys()]
  }
  // Evaluate every local once, so an error in an unused local is still reported.
  for (const name of localNodes.keys()) scope.local(name)

  const resolved: ResolvedVariable[] = []
  const sensitiveValues: string[] = []
  for (const v of declared.values()) {
    if (v.value === undefined) continue
    resolved.push({
      name: v.name,
      display: v.sensitive
        ? '<sensitive>'
        : typeof v.value === 'string'
          ? v.value
          : JSON.stringify(v.value),
      sensitive: v.sensitive,
      origin: v.origin
    })
    if (v.sensitive) {
      const parts = typeof v.value === 'object' ? Object.values(v.value) : [String(v.value)]
      for (const part of parts)
        if (part !== '' && !sensitiveValues.includes(part)) sensitiveValues.push(part)
    }
  }
  return { scope, resolved, sensitiveValues }
}

/** A value written in a template, a var file or a local, converted to a variable type. */
function fromNode(
  node: Node,
  type: VariableType | undefined,
  scope: Scope,
  path: string,
  report: Reporter
): Value | undefined {
  const expect = (what: string): undefined => {
    report.error(node.loc, path, `expected ${what}`)
    return undefined
  }
  if (node.kind === 'scalar') {
    let value: Value | null = node.value
    if (typeof value === 'string' && !node.evaluated) {
      const result = interpolate(value, scope, { buildVariables: false })
      if (!result.ok) {
        for (const e of result.errors) if (e) report.error(node.loc, path, e)
        return undefined
      }
      value = result.value
    }
    if (value === null) return expect(type ? `a ${type}` : 'a value')
    if (type === undefined) return value
    if (typeof value === 'object') {
      if (type === 'list(string)' && Array.isArray(value)) return value
      if (type === 'map(string)' && !Array.isArray(value)) return value
      return expect(`a ${type}`)
    }
    if (type === 'string')
      return typeof value === 'number' ? (writtenText(node) ?? String(value)) : String(value)
    if (type === 'number') {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN
      return Number.isFinite(n) ? n : expect('a number')
    }
    if (type === 'bool') {
      if (typeof value === 'boolean') return value
      if (value === 'true' || value === 'false') return value === 'true'
      return expect('true or false')
    }
    if (typeof value === 'string') {
      const parsed = fromText(value, type)
      if (typeof parsed === 'object' && parsed !== null && 'error' in parsed)
        return expect(`a ${type}`)
      return parsed
    }
    return expect(`a ${type}`)
  }
  if (node.kind === 'list') {
    if (type !== undefined && type !== 'list(string)') return expect(`a ${type}`)
    const items: string[] = []
    for (const [i, item] of node.items.entries()) {
      const value = fromNode(item, 'string', scope, `${path}[${i}]`, report)
      if (value === undefined) return undefined
      items.push(value as string)
    }
    return items
  }
  if (type !== undefined && type !== 'map(string)') return expect(`a ${type}`)
  const map: Record<string, string> = Object.create(null)
  for (const entry of node.entries) {
    const value = fromNode(entry.value, 'string', scope, `${path}.${entry.key}`, report)
    if (value === undefined) return undefined
    map[entry.key] = value as string
  }
  return map
}

/** A value given as text (input, PKR_VAR_, a var file's string): lists and maps are JSON. */
function fromText(text: string, type: VariableType): Value | { error: string } {
  switch (type) {
    case 'string':
      return text
    case 'number': {
      const n = text.trim() === '' ? NaN : Number(text)
      return Number.isFinite(n) ? n : { error: `\`${text}\` is not a number` }
    }
    case 'bool':
      return text === 'true' || text === 'false'
        ? text === 'true'
        : { error: `\`${text}\` is not true or false` }
    case 'list(string)':
    case 'map(string)': {
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        return {
          error: `write it as JSON, like ${type === 'list(string)' ? '["a", "b"]' : '{"k": "v"}'}`
        }
      }
      if (type === 'list(string)') {
        return Array.isArray(parsed) && parsed.every(x => typeof x === 'string')
          ? parsed
          : { error: 'expected a JSON list of strings' }
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return { error: 'expected a JSON object' }
      const map: Record<string, string> = Object.create(null)
      for (const [k, v] of Object.entries(parsed)) {
        if (typeof v !== 'string') return { error: `the value of \`${k}\` is not a string` }
        map[k] = v
      }
      return map
    }
  }
}

/**
 * A var file: JSON or YAML map of name → value, or Packer's `.pkrvars.hcl` written as simple
 * `name = value` lines (values as JSON: strings, numbers, booleans, one-line lists and maps).
 */
function readVarFile(
  path: string,
  report: Reporter
): Array<{ name: string; node: Node; loc: SourceLocation }> {
  const fileLoc: SourceLocation = { file: path, line: 1, column: 1 }
  let bytes: Buffer
  try {
    if (statSync(path).size > MAX_VAR_FILE_BYTES) {
      report.error(fileLoc, '', `the var file is larger than ${MAX_VAR_FILE_BYTES / 1024} KiB`)
      return []
    }
    bytes = readFileSync(path)
  } catch {
    report.error(fileLoc, '', `var file not found: ${path}`)
    return []
  }
  const decoded = decodeText(bytes, path)
  if ('error' in decoded) {
    report.error(decoded.error, '', decoded.error.message)
    return []
  }
  if (path.endsWith('.hcl')) return readHclVars(decoded.text, path, report)
  const ext = extname(path).toLowerCase()
  const parsed = parseText(decoded.text, path, ext === '.json' ? 'json' : 'yaml')
  if (!parsed.ok) {
    for (const e of parsed.errors) report.error(e, e.path, e.message)
    return []
  }
  return mapEntries(parsed.root)
}

function mapEntries(root: MapNode): Array<{ name: string; node: Node; loc: SourceLocation }> {
  return root.entries.map(e => ({ name: e.key, node: e.value, loc: e.keyLoc }))
}

function readHclVars(
  text: string,
  file: string,
  report: Reporter
): Array<{ name: string; node: Node; loc: SourceLocation }> {
  const out: Array<{ name: string; node: Node; loc: SourceLocation }> = []
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/^\s*(#|\/\/).*$/, '')
    if (line.trim() === '') continue
    const loc: SourceLocation = {
      file,
      line: index + 1,
      column: raw.length - raw.trimStart().length + 1
    }
    const m = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/.exec(line)
    let value: unknown
    try {
      value = m ? JSON.parse(m[2]) : undefined
    } catch {
      value = undefined
    }
    if (!m || value === undefined) {
      report.error(
        loc,
        '',
        'only `name = value` lines with a string, number, bool, or one-line list or map are supported in .pkrvars.hcl files'
      )
      continue
    }
    const valueLoc = { ...loc, column: raw.indexOf(m[2]) + 1 }
    out.push({ name: m[1], node: jsonToNode(value, valueLoc), loc })
  }
  return out
}

function jsonToNode(value: unknown, loc: SourceLocation): Node {
  if (Array.isArray(value)) return { kind: 'list', items: value.map(v => jsonToNode(v, loc)), loc }
  if (value !== null && typeof value === 'object') {
    return {
      kind: 'map',
      loc,
      entries: Object.entries(value).map(([key, v]) => ({
        key,
        keyLoc: loc,
        value: jsonToNode(v, loc)
      }))
    }
  }
  return { kind: 'scalar', value: value as string | number | boolean | null, loc }
}
