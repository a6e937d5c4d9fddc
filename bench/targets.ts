/**
 * The speed targets of issue 6, checked against what this run measured. A target is `met`,
 * `missed` (with by how much), or `n/a` when the run did not measure what it needs (and says why).
 * Only successful runs count; medians over the runs, as the issue asks.
 */
import type { BuildRun } from './parts/build.js'
import type { BenchResults } from './results.js'
import { medianOf } from './stats.js'

export interface TargetCheck {
  name: string
  target: string
  measured: string
  status: 'met' | 'missed' | 'n/a'
  /** By how much it was missed or met, or why it could not be checked. */
  detail: string
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a'
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`
  if (Math.abs(ms) < 120_000) return `${(ms / 1000).toFixed(2)} s`
  return `${(ms / 60_000).toFixed(2)} min`
}

export function formatMiB(mib: number): string {
  return Number.isFinite(mib) ? `${mib.toFixed(1)} MiB` : 'n/a'
}

/** value ≤ limit: met with the margin, or missed by the excess (absolute and relative). */
export function atMost(
  name: string,
  target: string,
  value: number | undefined,
  limit: number | undefined,
  format: (n: number) => string,
  why?: string
): TargetCheck {
  if (
    value === undefined ||
    limit === undefined ||
    !Number.isFinite(value) ||
    !Number.isFinite(limit)
  ) {
    return {
      name,
      target,
      measured: 'n/a',
      status: 'n/a',
      detail: why ?? 'not measured in this run'
    }
  }
  const excess = value - limit
  const relative = limit !== 0 ? ` (${((Math.abs(excess) / limit) * 100).toFixed(0)}%)` : ''
  return {
    name,
    target,
    measured: `${format(value)} (limit ${format(limit)})`,
    status: excess <= 0 ? 'met' : 'missed',
    detail:
      excess <= 0
        ? `met with ${format(-excess)}${relative} to spare`
        : `missed by ${format(excess)}${relative}`
  }
}

const count = (n: number) => `${Math.round(n)} calls`

export function successful(runs: BuildRun[], tool: BuildRun['tool']): BuildRun[] {
  return runs.filter(run => run.tool === tool && run.ok)
}

function unavailable(results: BenchResults, part: keyof BenchResults['parts']): string {
  const outcome = results.parts[part]
  if (outcome.status === 'failed') return `the ${part} part failed: ${outcome.error}`
  if (outcome.status === 'skipped') return `the ${part} part was not run (${outcome.reason})`
  return 'no successful run to compare'
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = []
  const { validate, startup, build, scale } = results.parts

  const series = validate.status === 'ok' ? validate.result.series : []
  const oursJson = series.find(s => s.tool === 'ami-build' && s.template.endsWith('.json'))
  const packerJson = series.find(s => s.tool === 'packer')
  checks.push(
    atMost(
      'validate: wall time',
      'ours ≤ Packer (median, legacy JSON)',
      oursJson?.wallMs.median,
      packerJson?.wallMs.median,
      formatMs,
      unavailable(results, 'validate')
    )
  )
  const oursPeaks = series.filter(s => s.tool === 'ami-build').map(s => s.peakRssMiB.max)
  checks.push(
    atMost(
      'validate: peak memory',
      'ours ≤ 80 MiB (largest run, both templates)',
      oursPeaks.length > 0 ? Math.max(...oursPeaks) : undefined,
      80,
      formatMiB,
      unavailable(results, 'validate')
    )
  )

  const buildRuns = build.status === 'ok' ? build.result.runs : []
  const ours = successful(buildRuns, 'ami-build')
  const packer = successful(buildRuns, 'packer')
  const whyBuild =
    build.status === 'ok'
      ? `successful builds: ${ours.length} by ami-build, ${packer.length} by Packer`
      : unavailable(results, 'build')
  const packerWall = medianOf(packer.map(r => r.analysis.wallMs))
  checks.push(
    atMost(
      'build: wall time',
      'ours ≤ 0.85 × Packer (median)',
      medianOf(ours.map(r => r.analysis.wallMs)),
      packerWall === undefined ? undefined : 0.85 * packerWall,
      formatMs,
      whyBuild
    )
  )
  checks.push(
    atMost(
      'build: mean lag per wait',
      'ours ≤ 1 s (median over builds of the mean lag)',
      medianOf(
        ours.flatMap(r => (r.analysis.meanLagMs === undefined ? [] : [r.analysis.meanLagMs]))
      ),
      1000,
      formatMs,
      whyBuild
    )
  )
  checks.push(
    atMost(
      'build: API calls',
      'ours ≤ Packer (median total)',
      medianOf(ours.map(r => r.analysis.totalCalls)),
      medianOf(packer.map(r => r.analysis.totalCalls)),
      count,
      whyBuild
    )
  )

  const configs = scale.status === 'ok' ? scale.result.configs : []
  const oursWall = (name: string) =>
    medianOf(
      successful(configs.find(c => c.name === name)?.runs ?? [], 'ami-build').map(
        r => r.analysis.wallMs
      )
    )
  for (const [more, base] of [
    ['4 ami_regions', '1 ami_regions'],
    ['3 sources', '1 source']
  ]) {
    const baseWall = oursWall(base)
    checks.push(
      atMost(
        `scale: ${more}`,
        `ours ≤ 1.2 × ${base} (median)`,
        oursWall(more),
        baseWall === undefined ? undefined : 1.2 * baseWall,
        formatMs,
        scale.status === 'ok'
          ? 'a build of this configuration failed'
          : unavailable(results, 'scale')
      )
    )
  }

  const oursStart =
    startup.status === 'ok' ? startup.result.firstCall.find(s => s.tool === 'ami-build') : undefined
  checks.push(
    atMost(
      'start-up: first AWS call',
      'ours ≤ 300 ms (median)',
      oursStart && oursStart.runs > 0 ? oursStart.firstCallMs.median : undefined,
      300,
      formatMs,
      startup.status === 'ok' ? 'no successful run' : unavailable(results, 'startup')
    )
  )
  return checks
}
