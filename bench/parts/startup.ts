/**
 * Part 4 of the issue (2 of the brief): how much code the action ships and what `validate` reads
 * of it, and the time from process start to the first AWS call of a build — each tool against a
 * fresh emulator, interrupted (SIGINT, then its own cleanup) as soon as that call has arrived.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { firstAwsCall } from '../analysis.js'
import {
  distDir,
  loadLegacyTemplate,
  mainEntry,
  oursBuild,
  oursValidate,
  packerBuild,
  repositoryRoot,
  type Tool
} from '../clients.js'
import { startBenchEmulator } from '../emulator.js'
import { measure } from '../process.js'
import { summarize, type Summary } from '../stats.js'

export interface BundleFile {
  path: string
  bytes: number
  loadedByValidate: boolean
}

export interface FirstCallSeries {
  tool: Tool
  runs: number
  firstCallMs: Summary
  firstAction: string
  failures: string[]
}

export interface StartupResult {
  bundle: { dir: string; files: BundleFile[]; totalBytes: number; validateBytes: number }
  firstCall: FirstCallSeries[]
  note: string
}

const distMain = join(distDir, 'main')

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

/** Every file of dist/main, and which of them one `validate` loads (traced by a module hook). */
async function bundle(): Promise<StartupResult['bundle']> {
  const scratch = mkdtempSync(join(tmpdir(), 'ami-build-bench-trace-'))
  const trace = join(scratch, 'trace')
  try {
    const validate = oursValidate('bench/templates/web.json')
    const hook = join(repositoryRoot, 'bench/load-trace.mjs')
    const run = await measure(process.execPath, ['--import', hook, mainEntry], {
      cwd: validate.cwd,
      env: { ...validate.env, BENCH_LOAD_TRACE: trace },
      timeoutMs: 60_000
    })
    if (run.exitCode !== 0) throw new Error(`traced validate failed: ${run.stderr || run.stdout}`)
    const loaded = new Set(
      readFileSync(trace, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(url => fileURLToPath(url))
    )
    const files = walk(distMain)
      .filter(path => !path.endsWith('licenses.txt') && !path.endsWith('package.json'))
      .map(path => ({
        path: relative(distMain, path),
        bytes: statSync(path).size,
        loadedByValidate: loaded.has(path)
      }))
      .sort((a, b) => b.bytes - a.bytes)
    return {
      dir: relative(repositoryRoot, distMain),
      files,
      totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
      validateBytes: files.filter(f => f.loadedByValidate).reduce((sum, f) => sum + f.bytes, 0)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function firstCall(tool: Tool): Promise<{ ms: number; action: string }> {
  const bench = await startBenchEmulator({ profile: 'instant', timeScale: 1, seed: 1 })
  try {
    const target = {
      endpoint: bench.emulator.endpoint,
      ...bench.emulator.credentials,
      region: bench.emulator.defaultRegion
    }
    const template = loadLegacyTemplate()
    const command =
      tool === 'ami-build' ? oursBuild(template, target) : packerBuild(template, target)
    const run = await measure(command.command, command.args, {
      cwd: command.cwd,
      env: command.env,
      timeoutMs: 60_000,
      interruptWhen: () => firstAwsCall(bench.emulator.calls()) !== undefined,
      interruptGraceMs: 30_000
    })
    const first = firstAwsCall(bench.emulator.calls())
    if (!first) {
      const output = (run.stderr + run.stdout).trim().split('\n').slice(-5).join(' | ')
      throw new Error(`no AWS call arrived (exit ${run.exitCode ?? run.signal}): ${output}`)
    }
    return {
      ms: first.time - run.startedAt,
      action: first.service === 'ec2' ? first.action : `${first.service}:${first.action}`
    }
  } finally {
    await bench.stop()
  }
}

export async function startupPart(options: {
  runs: number
  tools: Tool[]
  log: (line: string) => void
}): Promise<StartupResult> {
  const files = await bundle()
  const samples = new Map<Tool, number[]>(options.tools.map(tool => [tool, []]))
  const actions = new Map<Tool, string>()
  const failures = new Map<Tool, string[]>(options.tools.map(tool => [tool, []]))
  // A warm-up round, not counted, fills the file cache for both.
  for (let round = 0; round <= options.runs; round++) {
    for (const tool of options.tools) {
      try {
        const result = await firstCall(tool)
        if (round === 0) continue
        samples.get(tool)!.push(result.ms)
        actions.set(tool, result.action)
      } catch (error) {
        failures.get(tool)!.push((error as Error).message)
      }
    }
    if (round > 0) options.log(`startup: round ${round}/${options.runs} done`)
  }
  const series: FirstCallSeries[] = []
  for (const tool of options.tools) {
    const values = samples.get(tool)!
    if (values.length === 0) {
      series.push({
        tool,
        runs: 0,
        firstCallMs: summarize([Number.NaN]),
        firstAction: 'none',
        failures: failures.get(tool)!
      })
      continue
    }
    series.push({
      tool,
      runs: values.length,
      firstCallMs: summarize(values),
      firstAction: actions.get(tool)!,
      failures: failures.get(tool)!
    })
  }
  return {
    bundle: files,
    firstCall: series,
    note:
      'Start-up is measured from just before the process is spawned to the arrival of its first ' +
      'EC2/STS request at the emulator (its call log), building bench/templates/web.json; the ' +
      'process is then interrupted. Each run uses a fresh emulator (profile `instant`).'
  }
}
