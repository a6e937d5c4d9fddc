/**
 * `ami-build validate`: diagnostics as a compiler prints them (`file:line:col: error: message`),
 * so that editors and problem matchers pick them up; the plan on success.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import type { Diagnostic, LoadResult } from '../template/model.js'
import type { TemplateArgs } from './args.js'
import type { CliIo, TemplateTools } from './main.js'
import { formatPlan } from './plan.js'

export async function runValidate(
  args: TemplateArgs & { workingDirectory: string },
  io: CliIo
): Promise<number> {
  const tools = await io.templateTools()
  const result = await loadFromCommandLine(args, io, tools)
  if (!result.ok) {
    const count = result.errors.length
    io.stderr(`${count} error${count === 1 ? '' : 's'}\n`)
    return 1
  }
  io.stdout(formatPlan(tools.describePlan(result.template)))
  return 0
}

/** Loads the template a command line names and prints its diagnostics, errors first. */
export async function loadFromCommandLine(
  args: TemplateArgs & { workingDirectory: string },
  io: CliIo,
  tools: TemplateTools
): Promise<LoadResult> {
  // Paths on the command line are the shell's, relative to where it stands; --working-directory
  // is only where the template's own relative paths resolve.
  const result = await tools.loadTemplate(resolve(io.cwd, args.template), {
    workingDirectory: args.workingDirectory,
    variables: args.variables,
    varFiles: args.varFiles.map(file => resolve(io.cwd, file)),
    env: io.env,
    only: args.only,
    except: args.except,
    now: io.now()
  })
  const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings]
  for (const diagnostic of diagnostics) io.stderr(formatDiagnostic(diagnostic, io.cwd) + '\n')
  return result
}

/** `file:line:col: severity: message [key.path]`, the file relative to the current directory. */
export function formatDiagnostic(diagnostic: Diagnostic, cwd: string): string {
  const absolute = resolve(cwd, diagnostic.file)
  const near = relative(cwd, absolute)
  const file = near === '' || near.startsWith('..') || isAbsolute(near) ? absolute : near
  const key = diagnostic.path ? ` [${diagnostic.path}]` : ''
  return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}${key}`
}
