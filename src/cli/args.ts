/**
 * The command line of `ami-build`, parsed into what each command needs. A mistake in it is a
 * UsageError: the CLI prints its message and the usage, and exits 2 (as compilers and git do).
 */
import { parseArgs } from 'node:util'

export const USAGE = `Usage:
  ami-build validate TEMPLATE [options]   check a template; print what would be built
  ami-build build TEMPLATE [options]      validate, then build the AMIs
  ami-build cleanup --run-id ID [--region REGIONS]
                                          remove what an interrupted build left behind

Options:
  --var NAME=VALUE           set a template variable (repeatable; wins over var files)
  --var-file FILE            read variables from a YAML or JSON file (repeatable; later files win)
  --only NAMES               build only these sources (comma-separated)
  --except NAMES             skip these sources (comma-separated)
  --working-directory DIR    where relative paths in the template resolve (default: .)
  --region REGION            build: region of sources that set none (default: AWS_REGION);
                             cleanup: the regions to search, comma-separated (default: AWS_REGION)
  --run-id ID                cleanup: the run ID the build printed when it started
  --on-error cleanup|abort   build: on failure remove everything (default) or keep the
                             instance, key pair and security group for debugging
  -h, --help                 show this help

Credentials for build come from the AWS SDK's default chain (environment, profile, instance role).
Exit status: 0 on success, 1 when the template has errors or the build failed, 2 on a usage error.
`

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface TemplateArgs {
  template: string
  variables: Record<string, string>
  varFiles: string[]
  only: string[]
  except: string[]
  workingDirectory?: string
}

export type Invocation =
  | { command: 'help' }
  | ({ command: 'validate' } & TemplateArgs)
  | ({ command: 'build'; region?: string; onError: 'cleanup' | 'abort' } & TemplateArgs)
  | { command: 'cleanup'; runId: string; regions: string[] }

const COMMANDS = ['validate', 'build', 'cleanup', 'help']

export function parseCommandLine(argv: string[]): Invocation {
  const [command, ...rest] = argv
  if (command === undefined) throw new UsageError('a command is required.')
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' }
  if (!COMMANDS.includes(command)) {
    throw new UsageError(
      `unknown command "${command}"; the commands are validate, build and cleanup.`
    )
  }
  const { values, positionals } = parse(rest)
  if (values.help) return { command: 'help' }
  if (command === 'cleanup') {
    if (positionals.length > 0) throw new UsageError('cleanup takes no template.')
    const runId = values['run-id']
    if (runId === undefined || !/^[A-Za-z0-9._-]{1,128}$/.test(runId)) {
      throw new UsageError(
        runId === undefined
          ? 'cleanup needs --run-id: the run ID the build printed when it started.'
          : `--run-id "${runId}" is not a run ID (letters, digits, . _ and -).`
      )
    }
    return { command: 'cleanup', runId, regions: names(values.region ? [values.region] : []) }
  }
  if (values['run-id'] !== undefined) throw new UsageError('--run-id applies to cleanup only.')
  if (positionals.length === 0) throw new UsageError(`${command} needs the path of a template.`)
  if (positionals.length > 1) {
    throw new UsageError(
      `${command} takes one template; got ${positionals.map(p => `"${p}"`).join(', ')}.`
    )
  }
  const template: TemplateArgs = {
    template: positionals[0],
    variables: variables(values.var ?? []),
    varFiles: values['var-file'] ?? [],
    only: names(values.only ?? []),
    except: names(values.except ?? []),
    workingDirectory: values['working-directory']
  }
  if (command === 'validate') {
    for (const option of ['region', 'on-error'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} applies to build only.`)
    }
    return { command, ...template }
  }
  const onError = values['on-error'] ?? 'cleanup'
  if (onError !== 'cleanup' && onError !== 'abort') {
    throw new UsageError(`--on-error must be cleanup or abort; got "${onError}".`)
  }
  return { command: 'build', ...template, region: values.region, onError }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        var: { type: 'string', multiple: true },
        'var-file': { type: 'string', multiple: true },
        only: { type: 'string', multiple: true },
        except: { type: 'string', multiple: true },
        'working-directory': { type: 'string' },
        region: { type: 'string' },
        'run-id': { type: 'string' },
        'on-error': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    // node's messages name the option well but add advice about `--` meant for scripts; keep the
    // first sentence.
    const message = String((error as { message?: unknown }).message ?? error)
    throw new UsageError(message.split(/\. |\n/)[0].replace(/\.$/, '') + '.')
  }
}

function variables(assignments: string[]): Record<string, string> {
  const result: Record<string, string> = Object.create(null)
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=')
    if (equals <= 0) throw new UsageError(`--var expects NAME=VALUE; got "${assignment}".`)
    result[assignment.slice(0, equals)] = assignment.slice(equals + 1)
  }
  return result
}

function names(lists: string[]): string[] {
  return lists.flatMap(list =>
    list
      .split(',')
      .map(name => name.trim())
      .filter(name => name !== '')
  )
}
