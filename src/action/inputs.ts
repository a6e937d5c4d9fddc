/**
 * Every input of action.yml is read here and nowhere else, and checked before anything runs, so a
 * typo in a workflow fails the step with one clear message instead of half-way through a build.
 */
import * as workflow from './workflow.js'

export type Command = 'validate' | 'build'
export type OnError = 'cleanup' | 'abort'

export interface ActionInputs {
  template: string
  command: Command
  /** From the `variables` input, in the order given. */
  variables: Record<string, string>
  varFiles: string[]
  only: string[]
  except: string[]
  /** As given; empty means the workspace. */
  workingDirectory: string
  roleToAssume?: string
  awsRegion?: string
  roleSessionName?: string
  roleDurationSeconds: number
  audience: string
  onError: OnError
}

/** A mistake in the workflow file: reported as is, without a stack trace. */
export class InputError extends Error {
  override name = 'InputError'
}

const COMMANDS: readonly Command[] = ['validate', 'build']
const ON_ERROR: readonly OnError[] = ['cleanup', 'abort']
// Packer's variable names: an HCL identifier.
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
// STS's RoleSessionName and its pattern, documented for AssumeRoleWithWebIdentity.
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/
const MIN_DURATION = 900
const MAX_DURATION = 43200

/** Reads the inputs the way the runner passes them (INPUT_* variables). */
export function getInputs(): ActionInputs {
  // Untrimmed, because the last `variables` line may end in a meaningful space.
  return parseInputs(name => workflow.getInput(name, { trimWhitespace: false }))
}

/** The checks, on any source of raw input values (an empty string means not set). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const template = get('template').trim()
  if (template === '')
    throw new InputError('Input `template` is required: the path of the template.')
  const roleToAssume = optional(get('role-to-assume'))
  if (roleToAssume !== undefined && !ROLE_ARN.test(roleToAssume)) {
    throw new InputError(
      `Input \`role-to-assume\` must be an IAM role ARN like arn:aws:iam::123456789012:role/ami-builder; got "${roleToAssume}".`
    )
  }
  const roleSessionName = optional(get('role-session-name'))
  if (roleSessionName !== undefined && !SESSION_NAME.test(roleSessionName)) {
    throw new InputError(
      `Input \`role-session-name\` must be 2 to 64 characters of letters, digits and +=,.@_-; got "${roleSessionName}".`
    )
  }
  return {
    template,
    command: oneOf('command', get('command'), COMMANDS, 'build'),
    variables: parseVariables(get('variables')),
    varFiles: lines(get('var-files')),
    only: names(get('only')),
    except: names(get('except')),
    workingDirectory: get('working-directory').trim(),
    roleToAssume,
    awsRegion: optional(get('aws-region')),
    roleSessionName,
    roleDurationSeconds: duration(get('role-duration-seconds')),
    audience: optional(get('audience')) ?? 'sts.amazonaws.com',
    onError: oneOf('on-error', get('on-error'), ON_ERROR, 'cleanup')
  }
}

/**
 * `name=value` lines. The value is everything after the first `=`, untrimmed, because a value may
 * legitimately end in a space; blank lines are skipped so that a YAML block can breathe.
 */
export function parseVariables(raw: string): Record<string, string> {
  const variables: Record<string, string> = Object.create(null)
  raw.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
    const equals = line.indexOf('=')
    if (equals === -1) {
      throw new InputError(
        `Input \`variables\`, line ${index + 1}: expected name=value, got "${line.trim()}".`
      )
    }
    const name = line.slice(0, equals).trim()
    if (!VARIABLE_NAME.test(name)) {
      throw new InputError(
        `Input \`variables\`, line ${index + 1}: "${name}" is not a variable name (letters, digits, _ and -, not starting with a digit).`
      )
    }
    if (name in variables) {
      throw new InputError(`Input \`variables\`, line ${index + 1}: \`${name}\` is set twice.`)
    }
    variables[name] = line.slice(equals + 1)
  })
  return variables
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw.trim()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    `Input \`${name}\` must be ${allowed.map(a => `\`${a}\``).join(' or ')}; got "${value}".`
  )
}

function duration(raw: string): number {
  const value = raw.trim()
  if (value === '') return 3600
  const seconds = Number(value)
  if (!/^\d+$/.test(value) || seconds < MIN_DURATION || seconds > MAX_DURATION) {
    throw new InputError(
      `Input \`role-duration-seconds\` must be a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION}; got "${value}".`
    )
  }
  return seconds
}

function optional(raw: string): string | undefined {
  const value = raw.trim()
  return value === '' ? undefined : value
}

function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
}

// Source names, separated by commas or newlines: `only: web` and a YAML list-like block both work.
function names(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map(name => name.trim())
    .filter(name => name !== '')
}
