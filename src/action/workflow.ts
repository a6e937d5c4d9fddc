/**
 * The runner's workflow-command protocol: the part of @actions/core this action uses, written out.
 *
 * Why not @actions/core itself: its entry statically imports the OIDC client, and with it
 * @actions/http-client, undici and tunnel (about 1 MB), plus node's http, https, tls and net. The
 * package has no subpath exports, so any import of it costs a `validate` step ~80 ms of a ~150 ms
 * budget to compile code it never runs. Only the OIDC token fetch uses @actions/core, loaded with
 * a dynamic import on the build path (credentials.ts).
 *
 * Everything here writes exactly what @actions/core 3 writes for the same call (see
 * node_modules/@actions/core/lib/{core,command,file-command,summary}.js); workflow.test.ts
 * compares the two byte for byte. Protocol:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { appendFileSync, existsSync } from 'node:fs'
import { access, appendFile, constants } from 'node:fs/promises'
import { EOL } from 'node:os'

/** Where an annotation points; the names of @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/**
 * An input, from the INPUT_<NAME> variable the runner sets: the name upper-cased with spaces as
 * underscores (hyphens stay, so `aws-region` is INPUT_AWS-REGION). Trimmed unless asked not to be.
 */
export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  return options.trimWhitespace === false ? value : value.trim()
}

/** A step output, through the GITHUB_OUTPUT file (or the old stdout command on older runners). */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value))
    return
  }
  // core starts the deprecated command on a fresh line, in case the last write did not end one.
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, value)
}

/** State for the post step, which the runner hands it as STATE_<name>. */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) {
    issueFileCommand('STATE', keyValueMessage(name, value))
    return
  }
  issueCommand('save-state', { name }, value)
}

/** What the main step saved with saveState; empty when it saved nothing. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] || ''
}

/** From here on the runner prints `***` in place of `secret`. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** Shown only when the run has step debug logging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', commandProperties(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', commandProperties(properties), message)
}

/** An error annotation, and the step fails when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Folds everything `fn` logs into one collapsible group of the log. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name)
  try {
    return await fn()
  } finally {
    issueCommand('endgroup', {}, '')
  }
}

type CommandProperties = Record<string, string | number | undefined>

/** `::command key=value,key=value::data`, one line of stdout. */
function issueCommand(command: string, properties: CommandProperties, data: string): void {
  let line = `::${command}`
  const keys = Object.keys(properties)
  // core writes the separating space whenever properties were passed, even if every one of them
  // is empty; the runner accepts it, and matching core keeps our log identical to its.
  if (keys.length > 0) {
    line +=
      ' ' +
      keys
        .filter(key => properties[key])
        .map(key => `${key}=${escapeProperty(String(properties[key]))}`)
        .join(',')
  }
  process.stdout.write(`${line}::${escapeData(data)}${EOL}`)
}

/** The runner's names for an annotation's location (line and col, not startLine). */
function commandProperties(properties: AnnotationProperties): CommandProperties {
  if (Object.keys(properties).length === 0) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

// A command is one line, so line breaks are escaped, and `%` first so that escapes stay readable.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

// Properties are also split on `,` and separated from their data by `::`.
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function issueFileCommand(command: 'OUTPUT' | 'STATE', message: string): void {
  const path = process.env[`GITHUB_${command}`]!
  // The runner creates the file before the step starts; a missing one means something is wrong
  // with the runner, and writing a new file nobody reads would hide it.
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
  appendFileSync(path, message + EOL, { encoding: 'utf8' })
}

/**
 * `name<<ghadelimiter_<uuid>`, the value, the delimiter: a heredoc, so that a value may span lines.
 * The delimiter is random so that no value can end it early and smuggle in another output; a name
 * or value that contains it anyway is refused.
 */
function keyValueMessage(name: string, value: string): string {
  // The global Web Crypto, not node:crypto: importing that module costs every step ~10 ms at start.
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

/** One cell of addTable: text, or a cell with options (header, spans). */
export type SummaryTableCell =
  string | { data: string; header?: boolean; colspan?: string; rowspan?: string }

/**
 * The job summary: HTML collected in a buffer, appended to the GITHUB_STEP_SUMMARY file by
 * write(). Callers escape their own text (see summary.ts): this writes it as given.
 */
export class Summary {
  private buffer = ''

  addRaw(text: string, addEol = false): this {
    this.buffer += text
    return addEol ? this.addEOL() : this
  }

  addEOL(): this {
    return this.addRaw(EOL)
  }

  addHeading(text: string, level: number | string = 1): this {
    const tag = `h${level}`
    return this.addRaw(wrap(/^h[1-6]$/.test(tag) ? tag : 'h1', text)).addEOL()
  }

  addList(items: string[], ordered = false): this {
    const listItems = items.map(item => wrap('li', item)).join('')
    return this.addRaw(wrap(ordered ? 'ol' : 'ul', listItems)).addEOL()
  }

  addTable(rows: SummaryTableCell[][]): this {
    const body = rows
      .map(row => {
        const cells = row.map(cell => {
          if (typeof cell === 'string') return wrap('td', cell)
          const attributes: Record<string, string> = {}
          if (cell.colspan) attributes.colspan = cell.colspan
          if (cell.rowspan) attributes.rowspan = cell.rowspan
          return wrap(cell.header ? 'th' : 'td', cell.data, attributes)
        })
        return wrap('tr', cells.join(''))
      })
      .join('')
    return this.addRaw(wrap('table', body)).addEOL()
  }

  /** Appends the buffer to the step's summary file and empties it. */
  async write(): Promise<this> {
    const path = process.env.GITHUB_STEP_SUMMARY
    if (!path) {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
      )
    }
    try {
      await access(path, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`
      )
    }
    await appendFile(path, this.buffer, { encoding: 'utf8' })
    this.buffer = ''
    return this
  }
}

function wrap(tag: string, content: string, attributes: Record<string, string> = {}): string {
  const html = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('')
  return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`
}

/** The step's summary, shared by everything that writes to it, as core.summary is. */
export const summary = new Summary()
