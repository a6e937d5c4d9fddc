/**
 * Part 3: the same legacy JSON template built by ami-build (the bundled action entry) and by
 * `packer build`, each against a fresh emulator, interleaved pair by pair. The emulator's records
 * are the ground truth for the floor, the waits' lag and the API calls (analysis.ts).
 */
import type { CallRecord, TransitionRecord } from '../../emulator/api.js'
import { PROFILES } from '../../emulator/timings.js'
import { analyzeBuild, type BuildAnalysis, type SshdEvent } from '../analysis.js'
import { oursBuild, packerBuild, type LegacyTemplate, type Tool } from '../clients.js'
import { startBenchEmulator } from '../emulator.js'
import { measure } from '../process.js'

export interface BuildRun {
  tool: Tool
  label: string
  ok: boolean
  /** Epoch ms just before spawn: with the raw records, enough to analyse the run again. */
  startedAt?: number
  /** Why it failed, in a line: the exit status and the end of its output. */
  error?: string
  exitCode: number | null
  peakRssKiB?: number
  treePeakRssKiB?: number
  /** Instances, key pairs and security groups left in the emulator after the client exited. */
  leftovers: string[]
  analysis: BuildAnalysis
  raw: { calls: CallRecord[]; transitions: TransitionRecord[]; sshd: SshdEvent[] }
}

/** A generous limit: three times what the emulator alone needs, plus three minutes. */
function timeoutFor(template: LegacyTemplate, timeScale: number): number {
  const t = PROFILES.realistic
  const copies = template.builders.some(b => Array.isArray(b.ami_regions) && b.ami_regions.length)
  const floor =
    t.boot + t.sshReady + t.stop + t.createImage + t.terminate + (copies ? t.copyImage : 0)
  return 3 * floor * timeScale + 180_000
}

function tail(text: string): string {
  return text
    .trim()
    .split('\n')
    .map(line => line.replace(/^\d+,[^,]*,/, ''))
    .slice(-6)
    .join(' | ')
}

export async function buildOnce(
  tool: Tool,
  template: LegacyTemplate,
  options: { timeScale: number; seed: number; label: string; log: (line: string) => void }
): Promise<BuildRun> {
  const bench = await startBenchEmulator({
    profile: 'realistic',
    timeScale: options.timeScale,
    seed: options.seed
  })
  try {
    const target = {
      endpoint: bench.emulator.endpoint,
      ...bench.emulator.credentials,
      region: bench.emulator.defaultRegion
    }
    const command =
      tool === 'ami-build' ? oursBuild(template, target) : packerBuild(template, target)
    options.log(`${options.label}: ${tool} building…`)
    const run = await measure(command.command, command.args, {
      cwd: command.cwd,
      env: command.env,
      timeoutMs: timeoutFor(template, options.timeScale),
      treeSampleMs: 250
    })
    const raw = {
      calls: bench.emulator.calls(),
      transitions: bench.emulator.transitions(),
      sshd: bench.sshd()
    }
    // The wall time is the monotonic clock's; the end is placed on the emulator's clock from it.
    const analysis = analyzeBuild({
      startedAt: run.startedAt,
      endedAt: run.startedAt + run.wallMs,
      ...raw
    })
    const ok = run.exitCode === 0 && !run.timedOut
    const error = ok
      ? undefined
      : run.timedOut
        ? `timed out after ${Math.round(run.wallMs / 1000)} s: ${tail(run.stderr + run.stdout)}`
        : `exit ${run.exitCode ?? run.signal}: ${tail(run.stdout + '\n' + run.stderr)}`
    // A client may leave once TerminateInstances is accepted: a shutting-down instance always
    // ends terminated, on AWS as here. Give it the longest termination AWS takes before anything
    // still there counts as left behind; say what was still terminating when the client left.
    const terminatingAtExit = bench.leftovers().filter(r => r.endsWith('(shutting-down)'))
    await bench.emulator.terminationsSettled(60_000 * options.timeScale + 5_000)
    const leftovers = bench.leftovers()
    if (terminatingAtExit.length > 0) {
      options.log(
        `${options.label}: ${tool} left while ${terminatingAtExit.join(', ')} was terminating`
      )
    }
    options.log(
      `${options.label}: ${tool} ${ok ? 'built' : 'FAILED'} in ${(run.wallMs / 1000).toFixed(1)} s, ` +
        `${analysis.totalCalls} API calls${leftovers.length ? `, left ${leftovers.length} resources` : ''}` +
        (error ? ` — ${error}` : '')
    )
    return {
      tool,
      label: options.label,
      ok,
      startedAt: run.startedAt,
      error,
      exitCode: run.exitCode,
      peakRssKiB: run.peakRssKiB,
      treePeakRssKiB: run.treePeakRssKiB,
      leftovers,
      analysis,
      raw
    }
  } finally {
    await bench.stop()
  }
}

/**
 * The analysis of a recorded run, computed again from its raw records by the current code (for
 * `--render`): the records are the measurement, the analysis only reads them.
 */
export function reanalyze(run: BuildRun): BuildRun {
  const startedAt =
    run.startedAt ??
    (run.analysis.firstCallMs === undefined
      ? undefined
      : Math.min(...run.raw.calls.filter(c => c.service !== 'oidc').map(c => c.time)) -
        run.analysis.firstCallMs)
  if (startedAt === undefined) return run
  const analysis = analyzeBuild({ startedAt, endedAt: startedAt + run.analysis.wallMs, ...run.raw })
  return { ...run, startedAt, analysis }
}

export interface BuildPartResult {
  timeScale: number
  pairs: number
  runs: BuildRun[]
  note: string
}

export async function buildPart(options: {
  template: LegacyTemplate
  pairs: number
  timeScale: number
  /** Every build at once, each against its own emulator, instead of one after the other. */
  concurrent: boolean
  tools: Tool[]
  log: (line: string) => void
}): Promise<BuildPartResult> {
  const builds: Array<() => Promise<BuildRun>> = []
  for (let pair = 1; pair <= options.pairs; pair++) {
    for (const tool of options.tools) {
      builds.push(() =>
        buildOnce(tool, options.template, {
          timeScale: options.timeScale,
          seed: pair,
          label: `build pair ${pair}/${options.pairs}`,
          log: options.log
        })
      )
    }
  }
  const runs = await runAll(builds, options.concurrent)
  return {
    timeScale: options.timeScale,
    pairs: options.pairs,
    runs,
    note:
      'Each build runs against a fresh emulator (profile `realistic`: every transition takes a ' +
      'duration drawn from real AWS range; both builds of a pair draw with the same seed, so ' +
      'they face the same durations). Packer runs with its ' +
      'default waiter settings (no AWS_POLL_DELAY_SECONDS), as a user runs it.' +
      (options.concurrent
        ? ` All builds of this part ran at the same time (--concurrent), started ${CONCURRENT_STAGGER_MS / 1000} s apart, each against its own emulator, so every tool met the same machine load.`
        : ' Builds ran one after the other, interleaved pair by pair (ours, Packer, ours, …).')
  }
}

/**
 * Concurrent builds start this far apart, so that dozens of processes do not load their code and
 * make their first calls in the same instant (the start-up part measures that, on a quiet machine).
 */
export const CONCURRENT_STAGGER_MS = 1500

/** In order, or all at once; the results keep the order of `builds` either way. */
export async function runAll<T>(
  builds: Array<() => Promise<T>>,
  concurrent: boolean
): Promise<T[]> {
  if (concurrent) {
    return Promise.all(
      builds.map(async (build, index) => {
        await new Promise(resolve => setTimeout(resolve, index * CONCURRENT_STAGGER_MS))
        return build()
      })
    )
  }
  const results: T[] = []
  for (const build of builds) results.push(await build())
  return results
}
