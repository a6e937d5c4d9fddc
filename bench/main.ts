/**
 * `npm run bench [-- --only validate,startup,build,scale] [--pairs N] [--runs N]
 *                    [--time-scale X] [--scale-time-scale X] [--quick] [--docs PATH]`
 *
 * Measures ami-build against Packer on the same emulator and writes the tables to
 * docs/benchmarks.md, the raw figures (with the emulator's call logs) to bench-results/. Each part
 * runs on its own: one that fails is reported as failed, with its reason, and the others still run.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  loadLegacyTemplate,
  packerPath,
  packerVersion,
  repositoryRoot,
  TOOLS,
  type Tool
} from './clients.js'
import { buildPart, reanalyze } from './parts/build.js'
import { scalePart } from './parts/scale.js'
import { startupPart } from './parts/startup.js'
import { validatePart } from './parts/validate.js'
import { timeAvailable } from './process.js'
import { renderMarkdown } from './report.js'
import {
  PART_NAMES,
  type BenchResults,
  type Machine,
  type Outcome,
  type PartName
} from './results.js'

const USAGE = `usage: npm run bench -- [--only validate,startup,build,scale] [--pairs N] [--runs N]
                       [--time-scale X] [--scale-time-scale X] [--quick] [--docs PATH]
                       [--tools ami-build,packer] [--concurrent] [--render bench-results/RUN.json]

  --only               parts to run (default: all)
  --runs N             validate and start-up runs per tool (default 10; --quick 5)
  --pairs N            build pairs, ours then Packer, and builds per tool of each scale
                       configuration (default 3; --quick 1)
  --time-scale X       emulator time scale of the build part and of the scale part's sources
                       axis (default 1: real AWS timings)
  --scale-time-scale X emulator time scale of the scale part's regions axis (default 0.1)
  --quick              1 pair, 5 runs, time scale 0.05 everywhere
  --docs PATH          where the Markdown goes (default docs/benchmarks.md, but none for --quick
                       or --only unless given: the document holds a whole run)
  --tools LIST         measure only these tools (default both)
  --concurrent         run every build of the build and scale parts at once, each against its own
                       emulator (both tools of a pair with the same seed), and those two parts
                       side by side: about one build's time instead of ~2.5 h. Validate and start-up
                       still run alone first, on a quiet machine.
  --render FILE.json   measure nothing: render the tables of an earlier run's raw results again`

class UsageError extends Error {}

interface Options {
  parts: PartName[]
  runs: number
  pairs: number
  timeScale: number
  scaleTimeScale: number
  quick: boolean
  concurrent: boolean
  docs?: string
  tools?: Tool[]
  render?: string
}

function positive(
  name: string,
  text: string | undefined,
  fallback: number,
  integer: boolean
): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!(value > 0) || (integer && !Number.isInteger(value))) {
    throw new UsageError(
      `--${name} must be a positive ${integer ? 'whole ' : ''}number, got "${text}"`
    )
  }
  return value
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      runs: { type: 'string' },
      pairs: { type: 'string' },
      'time-scale': { type: 'string' },
      'scale-time-scale': { type: 'string' },
      quick: { type: 'boolean', default: false },
      concurrent: { type: 'boolean', default: false },
      docs: { type: 'string' },
      tools: { type: 'string' },
      render: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const parts = values.only === undefined ? PART_NAMES : values.only.split(',').map(p => p.trim())
  for (const part of parts) {
    if (!PART_NAMES.includes(part as PartName)) {
      throw new UsageError(
        `unknown part "${part}" in --only; the parts are ${PART_NAMES.join(', ')}`
      )
    }
  }
  const quick = values.quick
  const tools = values.tools?.split(',').map(t => t.trim())
  for (const tool of tools ?? []) {
    if (!TOOLS.includes(tool as Tool)) {
      throw new UsageError(`unknown tool "${tool}" in --tools; the tools are ${TOOLS.join(', ')}`)
    }
  }
  return {
    parts: parts as PartName[],
    runs: positive('runs', values.runs, quick ? 5 : 10, true),
    pairs: positive('pairs', values.pairs, quick ? 1 : 3, true),
    timeScale: positive('time-scale', values['time-scale'], quick ? 0.05 : 1, false),
    scaleTimeScale: positive(
      'scale-time-scale',
      values['scale-time-scale'],
      quick ? 0.05 : 0.1,
      false
    ),
    quick,
    concurrent: values.concurrent ?? false,
    // docs/benchmarks.md holds a whole run: a quick or partial one writes it only when asked to.
    docs: values.docs ?? (quick || values.only !== undefined ? undefined : 'docs/benchmarks.md'),
    tools: tools as Tool[] | undefined,
    render: values.render
  }
}

function machine(): Machine {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]
  return {
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
    memoryGiB: totalmem() / 1024 ** 3,
    cpu: model?.trim() ?? cpus()[0]?.model ?? 'unknown',
    kernel: release(),
    loadAverage: { start: loadavg()[0] }
  }
}

function commit(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8' }).trim()
  try {
    const head = git('rev-parse', '--short=12', 'HEAD')
    const dirty = git('status', '--porcelain', '--', 'src', 'dist', 'package-lock.json') !== ''
    return dirty ? `${head} + uncommitted changes in src/ or dist/` : head
  } catch {
    return 'unknown (not a git checkout)'
  }
}

async function runPart<T>(
  name: PartName,
  options: Options,
  run: () => Promise<T>
): Promise<Outcome<T>> {
  if (!options.parts.includes(name))
    return { status: 'skipped', reason: 'not selected with --only' }
  const started = Date.now()
  console.error(`bench: ${name}…`)
  try {
    const result = await run()
    console.error(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return { status: 'ok', result }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`bench: ${name} FAILED: ${message}`)
    return { status: 'failed', error: message.replace(/\s+/g, ' ').slice(0, 600) }
  }
}

async function main(): Promise<void> {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
  if (options.render) {
    // The figures are those of the run that wrote the file; only their presentation is redone.
    const results = JSON.parse(readFileSync(options.render, 'utf8')) as BenchResults
    results.renderedFrom = relative(repositoryRoot, resolve(options.render))
    const { build, scale } = results.parts
    if (build.status === 'ok') build.result.runs = build.result.runs.map(reanalyze)
    if (scale.status === 'ok') {
      for (const config of scale.result.configs) config.runs = config.runs.map(reanalyze)
    }
    const markdown = renderMarkdown(results)
    if (options.docs) writeFileSync(resolve(repositoryRoot, options.docs), markdown)
    process.stdout.write(markdown)
    return
  }
  if (!timeAvailable()) {
    console.error(
      'bench: /usr/bin/time is missing (Debian package `time`); scripts/bench.sh installs it'
    )
    process.exit(2)
  }
  let tools: Tool[] = options.tools ?? TOOLS
  if (!packerPath() && tools.includes('packer')) {
    console.error('bench: packer is not installed; measuring ami-build alone')
    tools = tools.filter(tool => tool !== 'packer')
  }
  const log = (line: string) => console.error(`bench: ${line}`)
  const template = loadLegacyTemplate()
  const args = process.argv.slice(2)

  const results: BenchResults = {
    date: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    machine: machine(),
    versions: {
      node: process.version,
      packer: packerVersion() ?? 'not installed',
      amiBuildCommit: commit()
    },
    parts: {
      validate: await runPart('validate', options, () => validatePart({ runs: options.runs, log })),
      startup: await runPart('startup', options, () =>
        startupPart({ runs: options.runs, tools, log })
      ),
      ...(await buildAndScale())
    }
  }

  async function buildAndScale() {
    const { concurrent } = options
    const build = () =>
      runPart('build', options, () =>
        buildPart({
          template,
          pairs: options.pairs,
          timeScale: options.timeScale,
          concurrent,
          tools,
          log
        })
      )
    const scale = () =>
      runPart('scale', options, () =>
        scalePart({
          template,
          timeScale: options.scaleTimeScale,
          sourcesTimeScale: options.timeScale,
          repetitions: options.pairs,
          concurrent,
          tools,
          log
        })
      )
    if (!concurrent) return { build: await build(), scale: await scale() }
    const [b, s] = await Promise.all([build(), scale()])
    return { build: b, scale: s }
  }

  if (results.machine.loadAverage) results.machine.loadAverage.end = loadavg()[0]
  const markdown = renderMarkdown(results)
  const rawDir = join(repositoryRoot, 'bench-results')
  mkdirSync(rawDir, { recursive: true })
  const raw = join(rawDir, `${results.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(raw, JSON.stringify(results, null, 1) + '\n')
  if (options.docs) writeFileSync(resolve(repositoryRoot, options.docs), markdown)
  process.stdout.write(markdown)
  console.error(
    `bench: raw results in ${relative(repositoryRoot, raw)}` +
      (options.docs ? `, tables in ${options.docs}` : ' (no docs written: --quick or --only)')
  )
  const failed = Object.values(results.parts).some(outcome => outcome.status === 'failed')
  process.exit(failed ? 1 : 0)
}

void main()
