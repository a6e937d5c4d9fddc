/**
 * `ami-build`: the same engine as the action, for a terminal or another CI system. Returns the
 * exit status: 0 success, 1 the template (or the build) failed, 2 a usage error.
 */
import { resolve } from 'node:path'
import type { LoadOptions, LoadResult, Template } from '../template/model.js'
import type { PlanEntry } from '../template/plan.js'
import { parseCommandLine, USAGE, UsageError } from './args.js'
import { runBuild } from './build.js'
import { runCleanup } from './cleanup.js'
import { runValidate } from './validate.js'

export interface TemplateTools {
  loadTemplate(path: string, options: LoadOptions): Promise<LoadResult>
  describePlan(template: Template): PlanEntry[]
}

/** The world the CLI touches, so that tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  env: Record<string, string | undefined>
  now(): Date
  templateTools(): Promise<TemplateTools>
}

export function processIo(): CliIo {
  return {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    templateTools: async () => {
      const [{ loadTemplate }, { describePlan }] = await Promise.all([
        import('../template/load.js'),
        import('../template/plan.js')
      ])
      return { loadTemplate, describePlan }
    }
  }
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let invocation
  try {
    invocation = parseCommandLine(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`ami-build: ${error.message}\n\n${USAGE}`)
    return 2
  }
  switch (invocation.command) {
    case 'help':
      io.stdout(USAGE)
      return 0
    case 'validate':
      return runValidate(
        { ...invocation, workingDirectory: resolve(io.cwd, invocation.workingDirectory ?? '.') },
        io
      )
    case 'build':
      return runBuild(
        { ...invocation, workingDirectory: resolve(io.cwd, invocation.workingDirectory ?? '.') },
        io,
        // The engine brings the AWS SDK and ssh2: loaded only for a build.
        async () => (await import('../engine/build.js')).build
      )
    case 'cleanup':
      return runCleanup(
        invocation,
        io,
        // The sweep brings the AWS SDK: loaded only for a cleanup.
        async () => (await import('../engine/sweep.js')).sweep
      )
  }
}
