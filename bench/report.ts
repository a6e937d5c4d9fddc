/**
 * Renders a run's results as Markdown: docs/benchmarks.md and the tables printed to stdout. Every
 * figure comes from the results object; nothing here measures or adjusts.
 */
import { WAIT_NAMES, type WaitName } from './analysis.js'
import type { BuildRun } from './parts/build.js'
import { axisTimeScale } from './parts/scale.js'
import type { BenchResults, Outcome } from './results.js'
import { medianOf, summarize } from './stats.js'
import { checkTargets, formatMiB, formatMs, successful } from './targets.js'

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function medianOrNa(values: number[], format: (n: number) => string): string {
  return values.length > 0 ? format(summarize(values).median) : 'n/a'
}

const kib = (n: number) => formatMiB(n / 1024)
const calls = (n: number) => String(Math.round(n))
const bytes = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`

function outcomeNote(name: string, outcome: Outcome<unknown>): string | undefined {
  if (outcome.status === 'failed') return `**The ${name} part failed:** ${outcome.error}`
  if (outcome.status === 'skipped') return `_The ${name} part was not run: ${outcome.reason}._`
  return undefined
}

function validateSection(results: BenchResults): string {
  const outcome = results.parts.validate
  const lines = ['## Validate (cold, through the bundled action entry)']
  if (outcome.status !== 'ok') return [...lines, outcomeNote('validate', outcome)].join('\n\n')
  const rows = outcome.result.series.map(s => [
    `\`${s.template}\``,
    s.tool,
    String(s.runs),
    formatMs(s.wallMs.median),
    formatMs(s.wallMs.min),
    formatMs(s.wallMs.max),
    formatMs(s.wallMs.iqr),
    formatMiB(s.peakRssMiB.median),
    formatMiB(s.peakRssMiB.max)
  ])
  const failed = outcome.result.series.filter(s => s.failures.length > 0)
  return [
    ...lines,
    table(
      [
        'template',
        'tool',
        'runs',
        'median',
        'min',
        'max',
        'spread (IQR)',
        'peak RSS (median)',
        'peak RSS (max)'
      ],
      rows
    ),
    outcome.result.note,
    ...failed.map(s => `Failed ${s.tool} runs on ${s.template}: ${s.failures.join('; ')}`)
  ].join('\n\n')
}

function startupSection(results: BenchResults): string {
  const outcome = results.parts.startup
  const lines = ['## Start-up']
  if (outcome.status !== 'ok') return [...lines, outcomeNote('startup', outcome)].join('\n\n')
  const { bundle, firstCall, note } = outcome.result
  return [
    ...lines,
    `Bundle \`${bundle.dir}\` (the ncc build of src/index.ts, as in dist/main): ` +
      `${bytes(bundle.totalBytes)} in ${bundle.files.length} files; ` +
      `\`validate\` loads ${bytes(bundle.validateBytes)} of it ` +
      `(${bundle.files.filter(f => f.loadedByValidate).length} file(s)).`,
    table(
      ['file', 'size', 'loaded by validate'],
      bundle.files.map(f => [`\`${f.path}\``, bytes(f.bytes), f.loadedByValidate ? 'yes' : 'no'])
    ),
    table(
      ['tool', 'runs', 'first call', 'median', 'min', 'max', 'spread (IQR)'],
      firstCall.map(s => [
        s.tool,
        String(s.runs),
        s.firstAction,
        formatMs(s.firstCallMs.median),
        formatMs(s.firstCallMs.min),
        formatMs(s.firstCallMs.max),
        formatMs(s.firstCallMs.iqr)
      ])
    ),
    note,
    ...firstCall
      .filter(s => s.failures.length > 0)
      .map(s => `Failed ${s.tool} runs: ${s.failures.join('; ')}`)
  ].join('\n\n')
}

function lagsOf(run: BuildRun, wait: WaitName): number[] {
  return run.analysis.lags.filter(l => l.wait === wait && l.lagMs !== undefined).map(l => l.lagMs!)
}

function buildComparison(runs: BuildRun[]): string[] {
  const ours = runs.filter(r => r.tool === 'ami-build' && r.ok)
  const packer = runs.filter(r => r.tool === 'packer' && r.ok)
  const metric = (
    name: string,
    pick: (run: BuildRun) => number | undefined,
    format: (n: number) => string
  ) => {
    const values = (list: BuildRun[]) =>
      list.flatMap(run => {
        const value = pick(run)
        return value === undefined ? [] : [value]
      })
    const a = values(ours)
    const b = values(packer)
    const ratio =
      a.length > 0 && b.length > 0 && summarize(b).median !== 0
        ? `${(summarize(a).median / summarize(b).median).toFixed(2)}×`
        : 'n/a'
    return [name, medianOrNa(a, format), medianOrNa(b, format), ratio]
  }
  const comparison = table(
    ['metric (median of successful builds)', 'ami-build', 'Packer', 'ours ÷ Packer'],
    [
      metric('wall time', r => r.analysis.wallMs, formatMs),
      metric('emulator floor', r => r.analysis.floorMs, formatMs),
      metric('client overhead (wall − floor)', r => r.analysis.overheadMs, formatMs),
      metric('start-up to first AWS call', r => r.analysis.firstCallMs, formatMs),
      metric('mean lag per wait', r => r.analysis.meanLagMs, formatMs),
      metric('API calls', r => r.analysis.totalCalls, calls),
      metric('peak RSS, largest process', r => r.peakRssKiB, kib),
      metric('peak RSS, whole process tree (sampled)', r => r.treePeakRssKiB, kib)
    ]
  )
  const lagRows = WAIT_NAMES.map(wait => {
    const cell = (list: BuildRun[]) => {
      const values = list.flatMap(run => lagsOf(run, wait))
      const seen = list.flatMap(run => run.analysis.lags.filter(l => l.wait === wait))
      if (seen.length === 0) return 'no such wait'
      if (values.length === 0) return 'not observed'
      const via = [...new Set(seen.flatMap(l => (l.via ? [l.via] : [])))].join(', ')
      return `${formatMs(summarize(values).median)} (${values.length}× via ${via})`
    }
    return [wait, cell(ours), cell(packer)]
  })
  const actions = [
    ...new Set([...ours, ...packer].flatMap(r => Object.keys(r.analysis.callsByAction)))
  ].sort()
  const actionRows = actions.map(action => {
    const cell = (list: BuildRun[]) =>
      list.length === 0
        ? 'n/a'
        : calls(summarize(list.map(r => r.analysis.callsByAction[action] ?? 0)).median)
    return [action, cell(ours), cell(packer)]
  })
  const partNames = [
    ...new Set([...ours, ...packer].flatMap(r => r.analysis.overheadParts.map(p => p.name)))
  ]
  const overheadRows = partNames.map(name => {
    const cell = (list: BuildRun[]) =>
      medianOrNa(
        list.flatMap(r => r.analysis.overheadParts.filter(p => p.name === name).map(p => p.ms)),
        formatMs
      )
    return [name, cell(ours), cell(packer)]
  })
  return [
    comparison,
    '### Where the overhead goes (median; slowest source)',
    table(['part of wall − floor', 'ami-build', 'Packer'], overheadRows),
    '### Lag per wait (median; from the moment the emulator made the resource ready to the answer that first showed it)',
    table(['wait', 'ami-build', 'Packer'], lagRows),
    '### API calls by action (median per build)',
    table(['action', 'ami-build', 'Packer'], actionRows)
  ]
}

function runsTable(runs: BuildRun[]): string {
  return table(
    [
      'run',
      'tool',
      'result',
      'wall',
      'floor',
      'overhead',
      'first call',
      'mean lag',
      'API calls',
      'errors answered',
      'peak RSS (largest / tree)',
      'left behind'
    ],
    runs.map(r => [
      r.label,
      r.tool,
      r.ok ? 'ok' : `failed: ${r.error ?? ''}`.replace(/\|/g, '/'),
      formatMs(r.analysis.wallMs),
      formatMs(r.analysis.floorMs),
      formatMs(r.analysis.overheadMs),
      r.analysis.firstCallMs === undefined ? 'n/a' : formatMs(r.analysis.firstCallMs),
      r.analysis.meanLagMs === undefined ? 'n/a' : formatMs(r.analysis.meanLagMs),
      String(r.analysis.totalCalls),
      Object.entries(r.analysis.errorsByCode)
        .map(([code, n]) => `${code} ×${n}`)
        .join(', ') || 'none',
      `${r.peakRssKiB === undefined ? 'n/a' : kib(r.peakRssKiB)} / ${
        r.treePeakRssKiB === undefined ? 'n/a' : kib(r.treePeakRssKiB)
      }`,
      r.leftovers.length === 0 ? 'nothing' : r.leftovers.join(', ')
    ])
  )
}

function floorNote(runs: BuildRun[]): string {
  const chain = runs.find(r => r.ok && r.analysis.chains.length > 0)?.analysis.chains[0]
  const parts = chain ? chain.parts.map(p => `${p.name} ${formatMs(p.ms)}`).join(' + ') : ''
  return (
    'The floor is what the emulator itself imposed on the slowest source, read from its state ' +
    'transitions: boot + SSH start + stop + image + slowest copy + whatever part of termination ' +
    'outlasts the image and copy waits (the snapshot is taken when CreateImage returns, so a ' +
    'client may terminate from then on). Provisioning commands take a few milliseconds here and ' +
    'count as overhead.' +
    (parts ? ` First successful build: ${parts}.` : '')
  )
}

function buildSection(results: BenchResults): string {
  const outcome = results.parts.build
  const lines = ['## Build (bench/templates/web.json)']
  if (outcome.status !== 'ok') return [...lines, outcomeNote('build', outcome)].join('\n\n')
  const { runs, timeScale, pairs, note } = outcome.result
  return [
    ...lines,
    `Profile \`realistic\` at time scale ${timeScale}${timeScale === 1 ? ' (real AWS timings)' : ' (NOT real time: every emulator timing is multiplied by this; Packer’s fixed 15 s waiter delay is not, which flatters us)'}, ${pairs} interleaved pair(s).`,
    ...buildComparison(runs),
    '### Every build',
    runsTable(runs),
    floorNote(runs),
    note
  ].join('\n\n')
}

function scaleSection(results: BenchResults): string {
  const outcome = results.parts.scale
  const lines = ['## Scale']
  if (outcome.status !== 'ok') return [...lines, outcomeNote('scale', outcome)].join('\n\n')
  const result = outcome.result
  const { configs } = result
  const ok = (config: (typeof configs)[number] | undefined, tool: BuildRun['tool']) =>
    successful(config?.runs ?? [], tool)
  const medianWall = (runs: BuildRun[]) => medianOf(runs.map(r => r.analysis.wallMs))
  const medianFloor = (runs: BuildRun[]) => medianOf(runs.map(r => r.analysis.floorMs))
  const ratio = (value: number | undefined, base: number | undefined) =>
    value !== undefined && base !== undefined ? `${(value / base).toFixed(2)}×` : 'n/a'
  const ms = (value: number | undefined) => (value === undefined ? 'n/a' : formatMs(value))
  const rows = configs.map(config => {
    const base = configs.find(c => c.axis === config.axis && c.count === 1)
    const ours = ok(config, 'ami-build')
    const oursBase = ok(base, 'ami-build')
    const packer = ok(config, 'packer')
    const packerBase = ok(base, 'packer')
    return [
      config.name,
      String(axisTimeScale(result, config.axis)),
      `${ours.length}/${config.runs.filter(r => r.tool === 'ami-build').length}`,
      ms(medianWall(ours)),
      ratio(medianWall(ours), medianWall(oursBase)),
      ms(medianFloor(ours)),
      ratio(medianFloor(ours), medianFloor(oursBase)),
      medianOrNa(
        ours.map(r => r.analysis.totalCalls),
        calls
      ),
      ms(medianWall(packer)),
      ratio(medianWall(packer), medianWall(packerBase)),
      medianOrNa(
        packer.map(r => r.analysis.totalCalls),
        calls
      )
    ]
  })
  const failures = configs.flatMap(c =>
    c.runs.filter(r => !r.ok).map(r => `${c.name}, ${r.tool}: ${r.error}`)
  )
  const repetitions = result.repetitions ?? 1
  const regionsScale = axisTimeScale(result, 'regions')
  const sourcesScale = axisTimeScale(result, 'sources')
  return [
    ...lines,
    `Profile \`realistic\`. The regions axis runs at time scale ${regionsScale}${regionsScale === 1 ? '' : ' (every emulator timing multiplied by this, so that copies take minutes, not tens of minutes; Packer’s fixed 15 s waiter delay is not scaled)'}, the sources axis at time scale ${sourcesScale}${sourcesScale === 1 ? ' (real AWS timings; it makes no copies)' : ''}. ${repetitions} build(s) per tool and configuration, interleaved; repetition r of every configuration on an axis draws its durations with the same seed. Copies go to ${'`us-west-2`, `eu-west-1`, `eu-central-1`, `ap-southeast-2`'} (the first 1, 2 or 4); the 3-source template has three amazon-ebs builders. Figures are medians of the successful builds; the floor (what the emulator itself imposed, see the build part) shows how much of the growth no client can avoid: with several sources it is the slowest source's, so it grows with the number of independent draws.`,
    table(
      [
        'configuration',
        'time scale',
        'ami-build ok',
        'ami-build wall',
        'vs 1',
        'floor',
        'floor vs 1',
        'ami-build API calls',
        'Packer wall',
        'vs 1',
        'Packer API calls'
      ],
      rows
    ),
    '### Every build',
    runsTable(
      configs.flatMap(c =>
        c.runs.map(r => ({ ...r, label: r.label.startsWith('scale ') ? r.label.slice(6) : c.name }))
      )
    ),
    ...failures.map(f => `Failed: ${f}`)
  ].join('\n\n')
}

/** Where a missed target's time or calls went, from this run's own figures (medians). */
function whyMissed(name: string, results: BenchResults): string | undefined {
  const build = results.parts.build
  const runs = build.status === 'ok' ? build.result.runs.filter(r => r.ok) : []
  const ours = runs.filter(r => r.tool === 'ami-build')
  const packer = runs.filter(r => r.tool === 'packer')
  if (name === 'build: wall time' && ours.length > 0) {
    const parts = [...new Set(ours.flatMap(r => r.analysis.overheadParts.map(p => p.name)))]
      .map(part => ({
        part,
        ms: medianOf(
          ours.flatMap(r => r.analysis.overheadParts.filter(p => p.name === part).map(p => p.ms))
        )!
      }))
      .sort((a, b) => b.ms - a.ms)
    return `ours spends ${parts.map(p => `${formatMs(p.ms)} on ${p.part}`).join(', ')} above the floor (see “Where the overhead goes”).`
  }
  if (name === 'build: mean lag per wait' && ours.length > 0) {
    const waits = WAIT_NAMES.map(wait => ({
      wait,
      ms: medianOf(ours.flatMap(r => lagsOf(r, wait)))
    }))
      .filter((w): w is { wait: WaitName; ms: number } => w.ms !== undefined)
      .sort((a, b) => b.ms - a.ms)
    return `ours noticed late: ${waits.map(w => `${w.wait} ${formatMs(w.ms)}`).join(', ')}.`
  }
  if (name === 'build: API calls' && ours.length > 0 && packer.length > 0) {
    const actions = [...new Set(runs.flatMap(r => Object.keys(r.analysis.callsByAction)))]
    const more = actions
      .map(action => ({
        action,
        ours: medianOf(ours.map(r => r.analysis.callsByAction[action] ?? 0))!,
        packer: medianOf(packer.map(r => r.analysis.callsByAction[action] ?? 0))!
      }))
      .filter(a => a.ours > a.packer)
      .sort((a, b) => b.ours - b.packer - (a.ours - a.packer))
    return `ours calls more often: ${more.map(a => `${a.action} ${a.ours} vs ${a.packer}`).join(', ')}.`
  }
  const scale = results.parts.scale
  const scaled = /^scale: (.+)$/.exec(name)
  if (scaled && scale.status === 'ok') {
    const config = scale.result.configs.find(c => c.name === scaled[1])
    const base = scale.result.configs.find(c => c.axis === config?.axis && c.count === 1)
    const oursOf = (c: typeof config) => successful(c?.runs ?? [], 'ami-build').map(r => r.analysis)
    const [more, one] = [oursOf(config), oursOf(base)]
    if (!config || !base || more.length === 0 || one.length === 0) return undefined
    const floor = [medianOf(more.map(a => a.floorMs))!, medianOf(one.map(a => a.floorMs))!]
    const overhead = [medianOf(more.map(a => a.overheadMs))!, medianOf(one.map(a => a.overheadMs))!]
    return (
      `the emulator's floor went from ${formatMs(floor[1])} (${base.name}) to ${formatMs(floor[0])} ` +
      `(${(floor[0] / floor[1]).toFixed(2)}×); ours above the floor from ${formatMs(overhead[1])} ` +
      `to ${formatMs(overhead[0])}.`
    )
  }
  if (name === 'start-up: first AWS call' && results.parts.startup.status === 'ok') {
    const ours = results.parts.startup.result.firstCall.find(s => s.tool === 'ami-build')
    const packer = results.parts.startup.result.firstCall.find(s => s.tool === 'packer')
    if (!ours || ours.runs === 0) return undefined
    return (
      `ours reaches its first call (${ours.firstAction}) after ${formatMs(ours.firstCallMs.median)}` +
      (packer && packer.runs > 0
        ? `, Packer after ${formatMs(packer.firstCallMs.median)} (${packer.firstAction})`
        : '') +
      '.'
    )
  }
  return undefined
}

function targetsSection(results: BenchResults): string {
  const checks = checkTargets(results)
  const mark = { met: '✅ met', missed: '❌ missed', 'n/a': '— not measured' }
  const reasons = checks
    .filter(c => c.status === 'missed')
    .flatMap(c => {
      const why = whyMissed(c.name, results)
      return why ? [`- **${c.name}** (${c.detail}): ${why}`] : []
    })
  return [
    '## Targets (issue 6)',
    table(
      ['target', 'goal', 'measured', 'result', 'detail'],
      checks.map(c => [c.name, c.target, c.measured, mark[c.status], c.detail.replace(/\|/g, '/')])
    ),
    ...(reasons.length > 0
      ? ['Where the missed targets lose, by this run’s figures:', reasons.join('\n')]
      : [])
  ].join('\n\n')
}

export function renderMarkdown(results: BenchResults): string {
  const { machine, versions } = results
  const failedParts = Object.entries(results.parts)
    .filter(([, outcome]) => outcome.status === 'failed')
    .map(([name]) => name)
  return (
    [
      '# Benchmarks: ami-build against Packer on the same emulator',
      '<!-- Written by `npm run bench` (bench/main.ts); do not edit by hand: every figure is a measurement of the run below. -->',
      table(
        ['', ''],
        [
          ['date', results.date],
          ['command', `\`${results.command}\``],
          ...(results.renderedFrom
            ? [
                [
                  'rendered',
                  `again from \`${results.renderedFrom}\` (\`npm run bench -- --render ${results.renderedFrom}\`): the same measurements, analysed by the current bench/analysis.ts`
                ]
              ]
            : []),
          [
            'machine',
            `${machine.nproc} CPUs (${machine.cpu}), ${machine.memoryGiB.toFixed(1)} GiB memory, Linux ${machine.kernel}`
          ],
          [
            'load average (1 min)',
            machine.loadAverage
              ? `${machine.loadAverage.start.toFixed(2)} at the start, ${machine.loadAverage.end?.toFixed(2) ?? 'n/a'} at the end (other work on the machine shares its ${machine.nproc} CPUs)`
              : 'not recorded'
          ],
          ['node', versions.node],
          ['packer', versions.packer],
          ['ami-build commit', `\`${versions.amiBuildCommit}\``],
          ['parts that failed', failedParts.length ? failedParts.join(', ') : 'none']
        ]
      ),
      targetsSection(results),
      validateSection(results),
      startupSection(results),
      buildSection(results),
      scaleSection(results)
    ].join('\n\n') + '\n'
  )
}
