/**
 * Interpolation of template strings: `${var.x}`, `${local.x}`, `${build.X}` and Packer's legacy
 * `{{ … }}` functions. Variables, locals and the legacy functions are resolved at load; build
 * variables are only known during the build and stay in the canonical form `${build.X}`.
 *
 * A `${…}` that is not var./local./build. (a shell's `${HOME}`) is left as it is, and `$${` is a
 * literal `${`, as in Packer HCL2. An unknown `{{ … }}` is left as it is in native templates (a
 * shell line may hold a Go template for docker) but is an error in legacy JSON, where Packer
 * interprets every `{{`.
 */
import { BUILD_VARIABLES } from './model.js'
import { suggest } from './suggest.js'

export type Value = string | number | boolean | string[] | Record<string, string>

export interface Scope {
  /** A variable's value, or an error message ('' when the error is reported elsewhere). */
  variable(name: string): { value: Value } | { error: string } | undefined
  variableNames(): string[]
  /** A local's value, or an error message (a cycle, an error inside it). */
  local(name: string): { value: Value } | { error: string } | undefined
  localNames(): string[]
  env: Record<string, string | undefined>
  now: Date
  /** For `{{pwd}}` and `{{template_dir}}`. */
  workingDirectory: string
  templateDirectory: string
  /** Legacy JSON: every `{{ }}` must be a known function. */
  strictFunctions: boolean
}

export interface InterpolateOptions {
  /** Where build variables are allowed; when false, using one is an error. */
  buildVariables: boolean
}

export type Interpolated =
  { ok: true; value: Value; changed: boolean } | { ok: false; errors: string[] }

const BUILD_NAMES: ReadonlySet<string> = new Set(BUILD_VARIABLES)
const REFERENCE = /^(var|local|build)\.([A-Za-z_][A-Za-z0-9_-]*)$/

export const BUILD_VARIABLE_PLACES =
  'build variables are known only during the build: use them in provisioners, post-processors, ami_name, ami_description and tags'

/** Interpolate one string. A string that is exactly one `${var.x}` keeps the variable's type. */
export function interpolate(text: string, scope: Scope, options: InterpolateOptions): Interpolated {
  const errors: string[] = []
  let out = ''
  let changed = false
  let i = 0
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      out += '${'
      i += 3
      changed = true
      continue
    }
    if (text.startsWith('${', i)) {
      const end = text.indexOf('}', i + 2)
      const inner = end < 0 ? '' : text.slice(i + 2, end).trim()
      const ref = REFERENCE.exec(inner)
      if (end < 0 || !ref) {
        out += '${'
        i += 2
        continue
      }
      const resolved = resolveReference(ref[1] as 'var' | 'local' | 'build', ref[2], scope, options)
      if ('error' in resolved) errors.push(resolved.error)
      else {
        if (
          typeof resolved.value !== 'string' &&
          i === 0 &&
          end === text.length - 1 &&
          errors.length === 0
        ) {
          return { ok: true, value: resolved.value, changed: true }
        }
        const s = scalarText(resolved.value, `${ref[1]}.${ref[2]}`)
        if (typeof s === 'object') errors.push(s.error)
        else out += s
      }
      changed = true
      i = end + 1
      continue
    }
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2)
      if (end < 0) {
        if (scope.strictFunctions) errors.push('`{{` is never closed by `}}`')
        out += text.slice(i)
        break
      }
      const action = text.slice(i + 2, end)
      const result = evaluateAction(action, scope, options)
      if (result === undefined) out += text.slice(i, end + 2)
      else if ('error' in result)
        errors.push(result.error && `${result.error} in \`{{${action}}}\``)
      else {
        out += result.value
        changed = true
      }
      i = end + 2
      continue
    }
    out += text[i]
    i++
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out, changed }
}

function resolveReference(
  kind: 'var' | 'local' | 'build',
  name: string,
  scope: Scope,
  options: InterpolateOptions
): { value: Value } | { error: string } {
  if (kind === 'build') return buildVariable(name, options)
  if (kind === 'var') {
    return (
      scope.variable(name) ?? { error: undefinedMessage('variable', name, scope.variableNames()) }
    )
  }
  const local = scope.local(name)
  return local ?? { error: undefinedMessage('local', name, scope.localNames()) }
}

/** `${build.NAME}` when NAME is a build variable and allowed here; otherwise why not. */
export function buildVariable(
  name: string,
  options: InterpolateOptions
): { value: string } | { error: string } {
  if (!BUILD_NAMES.has(name)) {
    const hint = suggest(name, BUILD_VARIABLES)
    return {
      error: `unknown build variable \`${name}\`${hint ? ` — did you mean \`${hint}\`?` : ''} (build variables: ${BUILD_VARIABLES.join(', ')})`
    }
  }
  if (!options.buildVariables)
    return { error: `\`\${build.${name}}\` cannot be used here: ${BUILD_VARIABLE_PLACES}` }
  return { value: `\${build.${name}}` }
}

function undefinedMessage(what: 'variable' | 'local', name: string, defined: string[]): string {
  const hint = suggest(name, defined)
  const list =
    defined.length === 0
      ? `no ${what}s are defined`
      : `defined ${what}s: ${defined.map(d => `\`${d}\``).join(', ')}`
  return `undefined ${what} \`${name}\`${hint ? ` — did you mean \`${hint}\`?` : ''} (${list})`
}

function scalarText(value: Value, name: string): string | { error: string } {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const type = Array.isArray(value) ? 'a list' : 'a map'
  return {
    error: `\`${name}\` is ${type}: it can only be used as a whole value, not inside a string`
  }
}

// ---------------------------------------------------------------------------------------------
// Legacy {{ }} functions: a small Go-template subset — a pipeline of function calls whose
// arguments are `raw` or "quoted" strings, plus `.Name` for build variables.

const FUNCTIONS = [
  'timestamp',
  'isotime',
  'uuid',
  'user',
  'env',
  'build',
  'clean_resource_name',
  'lower',
  'upper',
  'pwd',
  'template_dir',
  'replace_all'
] as const

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'field'; text: string }

/** undefined: leave the action as written (not ours to interpret). */
function evaluateAction(
  action: string,
  scope: Scope,
  options: InterpolateOptions
): { value: string } | { error: string } | undefined {
  const commands = tokenize(action)
  if ('error' in commands) return scope.strictFunctions ? commands : undefined
  if (commands.length === 0 || commands.some(c => c.length === 0)) {
    return scope.strictFunctions ? { error: 'empty expression' } : undefined
  }
  // `{{ .Path }}` and friends belong to execute_command and other provisioner templates.
  const first = commands[0][0]
  // A near miss of a long build variable name (`.SourceAmiName`) is a typo worth reporting; short
  // fields stay someone else's (`{{.Id}}` in a docker command).
  if (first.kind === 'field' && !BUILD_NAMES.has(first.text)) {
    if (first.text.length < 6 || !suggest(first.text, BUILD_VARIABLES)) return undefined
  }
  if (first.kind === 'word' && !(FUNCTIONS as readonly string[]).includes(first.text)) {
    if (!scope.strictFunctions) return undefined
    const hint = suggest(first.text, FUNCTIONS)
    return {
      error: `unknown function \`${first.text}\`${hint ? ` — did you mean \`${hint}\`?` : ''}`
    }
  }

  let piped: string | undefined
  for (const [index, command] of commands.entries()) {
    const [head, ...rest] = command
    const args = rest.map(t => t.text)
    if (piped !== undefined) args.push(piped)
    if (rest.some(t => t.kind === 'field'))
      return { error: 'build variables cannot be passed to functions' }
    let result: { value: string } | { error: string }
    if (head.kind === 'field') {
      if (args.length > 0 || commands.length > 1)
        return { error: 'build variables cannot be passed to functions' }
      result = buildVariable(head.text, options)
    } else if (head.kind === 'string') {
      result = { value: head.text }
    } else {
      if (index > 0 && !(FUNCTIONS as readonly string[]).includes(head.text)) {
        return { error: `unknown function \`${head.text}\`` }
      }
      if (head.text === 'build' && commands.length > 1)
        return { error: 'build variables cannot be passed to functions' }
      result = callFunction(head.text as (typeof FUNCTIONS)[number], args, scope, options)
    }
    if ('error' in result) return result
    piped = result.value
  }
  return { value: piped ?? '' }
}

function callFunction(
  name: (typeof FUNCTIONS)[number],
  args: string[],
  scope: Scope,
  options: InterpolateOptions
): { value: string } | { error: string } {
  const arity = (min: number, max = min): string | undefined =>
    args.length < min || args.length > max
      ? `\`${name}\` takes ${min === max ? min : `${min} or ${max}`} argument${max === 1 ? '' : 's'}, not ${args.length}`
      : undefined
  const bad = (problem: string | undefined): { error: string } | undefined =>
    problem ? { error: problem } : undefined
  switch (name) {
    case 'timestamp':
      return bad(arity(0)) ?? { value: String(Math.floor(scope.now.getTime() / 1000)) }
    case 'isotime':
      return (
        bad(arity(0, 1)) ?? {
          value: formatGoTime(scope.now, args[0] ?? '2006-01-02T15:04:05Z07:00')
        }
      )
    case 'uuid':
      // The global crypto: importing node:crypto costs validate's cold start ~5 ms.
      return bad(arity(0)) ?? { value: crypto.randomUUID() }
    case 'user': {
      const problem = arity(1)
      if (problem) return { error: problem }
      const found = scope.variable(args[0])
      if (found === undefined)
        return { error: undefinedMessage('variable', args[0], scope.variableNames()) }
      if ('error' in found) return found
      const text = scalarText(found.value, `var.${args[0]}`)
      return typeof text === 'string' ? { value: text } : text
    }
    case 'env':
      return bad(arity(1)) ?? { value: scope.env[args[0]] ?? '' }
    case 'build':
      return bad(arity(1)) ?? buildVariable(args[0], options)
    case 'clean_resource_name':
      return bad(arity(1)) ?? { value: cleanResourceName(args[0]) }
    case 'lower':
      return bad(arity(1)) ?? { value: args[0].toLowerCase() }
    case 'upper':
      return bad(arity(1)) ?? { value: args[0].toUpperCase() }
    case 'pwd':
      return bad(arity(0)) ?? { value: scope.workingDirectory }
    case 'template_dir':
      return bad(arity(0)) ?? { value: scope.templateDirectory }
    case 'replace_all':
      return bad(arity(3)) ?? { value: args[2].split(args[0]).join(args[1]) }
  }
}

/** Packer's amazon clean_resource_name: every byte outside the AMI-name alphabet becomes `-`. */
export function cleanResourceName(text: string): string {
  let out = ''
  for (const ch of text) {
    out += /[A-Za-z0-9()[\] ./\-'@_]/.test(ch) ? ch : '-'.repeat(Buffer.byteLength(ch))
  }
  return out
}

function tokenize(action: string): Token[][] | { error: string } {
  const commands: Token[][] = [[]]
  let i = 0
  while (i < action.length) {
    const c = action[i]
    if (/\s/.test(c)) {
      i++
    } else if (c === '|') {
      commands.push([])
      i++
    } else if (c === '`') {
      const end = action.indexOf('`', i + 1)
      if (end < 0) return { error: 'unterminated `raw string`' }
      commands[commands.length - 1].push({ kind: 'string', text: action.slice(i + 1, end) })
      i = end + 1
    } else if (c === '"') {
      let j = i + 1
      let text = ''
      while (j < action.length && action[j] !== '"') {
        if (action[j] === '\\' && j + 1 < action.length) {
          const e = action[j + 1]
          text += e === 'n' ? '\n' : e === 't' ? '\t' : e
          j += 2
        } else text += action[j++]
      }
      if (j >= action.length) return { error: 'unterminated "string"' }
      commands[commands.length - 1].push({ kind: 'string', text })
      i = j + 1
    } else {
      const m = /^\.?[A-Za-z_][A-Za-z0-9_]*/.exec(action.slice(i))
      if (!m) return { error: `unexpected \`${c}\`` }
      const word = m[0]
      commands[commands.length - 1].push(
        word.startsWith('.') ? { kind: 'field', text: word.slice(1) } : { kind: 'word', text: word }
      )
      i += word.length
    }
  }
  return commands
}

// ---------------------------------------------------------------------------------------------
// Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"), in UTC, for {{isotime}}.

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Longest tokens first, so `2006` wins over `2` and `January` over `Jan`. */
const LAYOUT_TOKENS: Array<[string, (d: Date) => string]> = [
  ['January', d => MONTHS[d.getUTCMonth()]],
  ['Monday', d => DAYS[d.getUTCDay()]],
  ['Z07:00', () => 'Z'],
  ['-07:00', () => '+00:00'],
  ['Z0700', () => 'Z'],
  ['-0700', () => '+0000'],
  ['2006', d => String(d.getUTCFullYear())],
  ['.000000000', d => `.${pad(d.getUTCMilliseconds(), 3)}000000`],
  ['.000000', d => `.${pad(d.getUTCMilliseconds(), 3)}000`],
  ['.000', d => `.${pad(d.getUTCMilliseconds(), 3)}`],
  ['Jan', d => MONTHS[d.getUTCMonth()].slice(0, 3)],
  ['Mon', d => DAYS[d.getUTCDay()].slice(0, 3)],
  ['MST', () => 'UTC'],
  ['-07', () => '+00'],
  ['_2', d => String(d.getUTCDate()).padStart(2, ' ')],
  ['01', d => pad(d.getUTCMonth() + 1)],
  ['02', d => pad(d.getUTCDate())],
  ['03', d => pad(d.getUTCHours() % 12 || 12)],
  ['04', d => pad(d.getUTCMinutes())],
  ['05', d => pad(d.getUTCSeconds())],
  ['06', d => pad(d.getUTCFullYear() % 100)],
  ['15', d => pad(d.getUTCHours())],
  ['PM', d => (d.getUTCHours() < 12 ? 'AM' : 'PM')],
  ['pm', d => (d.getUTCHours() < 12 ? 'am' : 'pm')],
  ['1', d => String(d.getUTCMonth() + 1)],
  ['2', d => String(d.getUTCDate())],
  ['3', d => String(d.getUTCHours() % 12 || 12)],
  ['4', d => String(d.getUTCMinutes())],
  ['5', d => String(d.getUTCSeconds())]
]

export function formatGoTime(date: Date, layout: string): string {
  let out = ''
  let i = 0
  outer: while (i < layout.length) {
    for (const [token, render] of LAYOUT_TOKENS) {
      if (layout.startsWith(token, i)) {
        out += render(date)
        i += token.length
        continue outer
      }
    }
    out += layout[i++]
  }
  return out
}
