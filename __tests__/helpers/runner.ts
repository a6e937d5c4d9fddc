/**
 * Runs the bundled action entries the way the GitHub runner does, so that a test exercises what
 * users run: `node <bundle>/main/index.js` with the inputs as INPUT_* variables (defaults from
 * action.yml filled in, hyphens kept), the file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY) as fresh files per step, the run's context variables, and the
 * OIDC request variables when given. Then `runPost` runs the post entry with STATE_* variables
 * from the main step's state file. A cancellation can be sent at a chosen moment: SIGINT, then
 * SIGTERM and SIGKILL after the runner's delays (7.5 s and 2.5 s, shortened by tests).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
/** The entries bundled from the current sources by ensureDist (not the committed dist/). */
export const mainEntry = join(repositoryRoot, '.tmp/dist-test/main/index.js')
export const postEntry = join(repositoryRoot, '.tmp/dist-test/post/index.js')

/**
 * Bundles src/ into .tmp/dist-test as `npm run build` bundles dist/, when a source is newer than
 * the last bundle; once, even when several test files ask at once.
 */
export function ensureDist(): void {
  execFileSync(
    'flock',
    [
      join(tmpdir(), 'ami-build-dist-test.lock'),
      process.execPath,
      join(repositoryRoot, '__tests__/helpers/ensure-dist.mjs')
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] }
  )
}

export interface Cancellation {
  /**
   * When to start: ms after the process started; the first time its output matches; or `afterMs`
   * after its stdout's `line`-th line (1-based) arrived, which ties the moment to the build's
   * progress rather than to the clock, so it lands in the same phase on a slower machine.
   */
  at: number | RegExp | { line: number; afterMs: number }
  /** `runner`: SIGINT, SIGTERM, SIGKILL as the runner does; `kill`: SIGKILL with no warning. */
  sequence?: 'runner' | 'kill'
  /** Delay from SIGINT to SIGTERM; the runner's is 7.5 s. */
  sigtermAfterMs?: number
  /** Delay from SIGTERM to SIGKILL; the runner's is 2.5 s. */
  sigkillAfterMs?: number
}

export interface StepOptions {
  /** Path of the entry to run; default the bundled main entry (ensureDist builds it). */
  entry?: string
  /** Inputs by their action.yml names; unset ones get action.yml's defaults, as on the runner. */
  inputs?: Record<string, string>
  /** Job environment (e.g. AWS_ENDPOINT_URL), on top of the runner's. */
  env?: Record<string, string>
  /** GITHUB_WORKSPACE and the step's working directory. Default: a fresh temporary directory. */
  workspace?: string
  runId?: string
  runAttempt?: string
  repository?: string
  sha?: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN: set only when the job has `id-token: write`. */
  oidc?: { requestUrl: string; requestToken: string }
  cancel?: Cancellation
  /** The step is killed (and the result says so) after this long. Default 60 s. */
  timeoutMs?: number
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
}

export interface StepResult {
  exitCode: number | null
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null
  /** Signals sent by the cancellation, with the ms since start each was sent at. */
  signalsSent: Array<{ signal: NodeJS.Signals; atMs: number }>
  timedOut: boolean
  durationMs: number
  /** Each stdout line with the ms since start at which it arrived. */
  lines: Array<{ atMs: number; text: string }>
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  /** Variables the step exported through GITHUB_ENV (later steps see them). */
  exportedEnv: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Values registered with ::add-mask::. */
  masked: string[]
  /** The step's environment as it ran (for the post step and for assertions). */
  env: Record<string, string>
  workspace: string
  /** Where the runner files of this step live. */
  runnerDir: string
}

/** Runs the main entry (or `entry`) as one step of a job. */
export async function runAction(options: StepOptions = {}): Promise<StepResult> {
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'ami-build-workspace-'))
  const env: Record<string, string> = {
    ...runnerEnv(workspace, options),
    ...options.env,
    ...inputEnv(options.inputs ?? {})
  }
  return runStep(options.entry ?? mainEntry, env, workspace, options)
}

/**
 * Runs the post entry after `main`, as the runner does: the same inputs and job environment, the
 * main step's GITHUB_ENV exports, and its saved state as STATE_* variables.
 */
export async function runPost(
  main: StepResult,
  options: Omit<StepOptions, 'inputs' | 'workspace'> = {}
): Promise<StepResult> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(main.env)) {
    if (!name.startsWith('GITHUB_') || isContextVariable(name)) env[name] = value
  }
  Object.assign(env, main.exportedEnv, options.env)
  for (const [name, value] of Object.entries(main.state)) env[`STATE_${name}`] = value
  if (options.oidc) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = options.oidc.requestUrl
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = options.oidc.requestToken
  }
  Object.assign(env, stepFiles(env.RUNNER_TEMP))
  return runStep(options.entry ?? postEntry, env, main.workspace, options)
}

function isContextVariable(name: string): boolean {
  return ![
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY'
  ].includes(name)
}

function runnerEnv(workspace: string, options: StepOptions): Record<string, string> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ami-build-runner-'))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? workspace,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: options.runId ?? String(1_000_000 + Math.floor(Math.random() * 1_000_000)),
    GITHUB_RUN_ATTEMPT: options.runAttempt ?? '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/images',
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_JOB: 'ami',
    GITHUB_WORKFLOW: 'images',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_ACTION: 'ami',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    ...stepFiles(runnerTemp)
  }
  if (options.oidc) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = options.oidc.requestUrl
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = options.oidc.requestToken
  }
  return env
}

// Each step gets its own set of file-command files, as on the runner.
function stepFiles(runnerTemp: string): Record<string, string> {
  const dir = mkdtempSync(join(runnerTemp, '_runner_file_commands-'))
  mkdirSync(dir, { recursive: true })
  const files: Record<string, string> = {}
  for (const [variable, name] of [
    ['GITHUB_OUTPUT', 'set_output'],
    ['GITHUB_STATE', 'save_state'],
    ['GITHUB_ENV', 'set_env'],
    ['GITHUB_PATH', 'add_path'],
    ['GITHUB_STEP_SUMMARY', 'step_summary']
  ]) {
    files[variable] = join(dir, name)
    writeFileSync(files[variable], '')
  }
  return files
}

let actionDefaults: Record<string, string> | undefined

/** INPUT_<NAME> with the name upper-cased and spaces as underscores; hyphens stay. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  actionDefaults ??= readActionDefaults()
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries({ ...actionDefaults, ...inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

function readActionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default !== undefined) defaults[name] = String(input.default)
  }
  return defaults
}

function runStep(
  entry: string,
  env: Record<string, string>,
  workspace: string,
  options: StepOptions
): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [entry], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let partial = ''
    const lines: StepResult['lines'] = []
    const timers: NodeJS.Timeout[] = []
    const signalsSent: StepResult['signalsSent'] = []
    let exited = false
    let timedOut = false
    let cancelling = false

    const send = (signal: NodeJS.Signals): void => {
      if (exited) return
      signalsSent.push({ signal, atMs: Date.now() - started })
      child.kill(signal)
    }
    const cancel = (): void => {
      if (cancelling || !options.cancel) return
      cancelling = true
      if (options.cancel.sequence === 'kill') return send('SIGKILL')
      send('SIGINT')
      const sigtermAfter = options.cancel.sigtermAfterMs ?? 7500
      const sigkillAfter = options.cancel.sigkillAfterMs ?? 2500
      timers.push(setTimeout(() => send('SIGTERM'), sigtermAfter))
      timers.push(setTimeout(() => send('SIGKILL'), sigtermAfter + sigkillAfter))
    }
    const at = options.cancel?.at
    if (typeof at === 'number') timers.push(setTimeout(cancel, at))
    let armed = false
    const watch = (): void => {
      if (at instanceof RegExp && at.test(stdout + stderr)) cancel()
      if (typeof at === 'object' && !(at instanceof RegExp) && !armed && lines.length >= at.line) {
        armed = true
        timers.push(setTimeout(cancel, at.afterMs))
      }
    }
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const atMs = Date.now() - started
      const parts = (partial + chunk).split('\n')
      partial = parts.pop() ?? ''
      for (const text of parts) lines.push({ atMs, text })
      watch()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      watch()
    })
    timers.push(
      setTimeout(() => {
        timedOut = true
        send('SIGKILL')
      }, options.timeoutMs ?? 60_000)
    )
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      exited = true
      timers.forEach(clearTimeout)
      const commands = parseWorkflowCommands(stdout)
      resolve({
        exitCode,
        signal,
        signalsSent,
        timedOut,
        durationMs: Date.now() - started,
        lines: partial ? [...lines, { atMs: Date.now() - started, text: partial }] : lines,
        stdout,
        stderr,
        outputs: parseKeyValueFile(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
        state: parseKeyValueFile(readFileSync(env.GITHUB_STATE, 'utf8')),
        exportedEnv: parseKeyValueFile(readFileSync(env.GITHUB_ENV, 'utf8')),
        summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
        annotations: commands.annotations,
        masked: commands.masked,
        env,
        workspace,
        runnerDir: env.RUNNER_TEMP
      })
    })
  })
}

/**
 * The format of GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV: `name=value` lines, or multi-line
 * values as `name<<DELIMITER` … `DELIMITER` (what @actions/core writes, with a random
 * `ghadelimiter_<uuid>`). Later entries win, as on the runner.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const equals = line.indexOf('=')
    if (heredoc && (equals === -1 || heredoc[1].length < equals)) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, index + 1)
      if (end === -1) throw new Error(`unterminated value of ${name}: no line "${delimiter}"`)
      values[name] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (equals > 0) {
      values[line.slice(0, equals)] = line.slice(equals + 1)
    } else {
      throw new Error(`not a file-command line: ${JSON.stringify(line)}`)
    }
  }
  return values
}

/** The `::command key=value,…::data` lines of a step's stdout that the runner acts on. */
export function parseWorkflowCommands(stdout: string): {
  annotations: Annotation[]
  masked: string[]
} {
  const annotations: Annotation[] = []
  const masked: string[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const [, command, rawProperties, data] = match
    const message = unescapeData(data)
    if (command === 'add-mask') masked.push(message)
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue
    const annotation: Annotation = { level: command, message }
    for (const pair of (rawProperties ?? '').split(',').filter(Boolean)) {
      const equals = pair.indexOf('=')
      const key = pair.slice(0, equals)
      const value = unescapeProperty(pair.slice(equals + 1))
      if (key === 'title' || key === 'file') annotation[key] = value
      else if (key === 'line' || key === 'endLine' || key === 'col' || key === 'endColumn') {
        annotation[key] = Number(value)
      }
    }
    annotations.push(annotation)
  }
  return { annotations, masked }
}

// One pass, so that an escaped `%` followed by `0A` stays literal text.
const DATA_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' }
const PROPERTY_ESCAPES: Record<string, string> = { ...DATA_ESCAPES, '%3A': ':', '%2C': ',' }

function unescapeData(text: string): string {
  return text.replace(/%(?:25|0D|0A)/g, escape => DATA_ESCAPES[escape])
}

function unescapeProperty(text: string): string {
  return text.replace(/%(?:25|0D|0A|3A|2C)/g, escape => PROPERTY_ESCAPES[escape])
}
