import type { BenchResults } from '../../bench/results.js'
import { atMost, checkTargets, formatMs } from '../../bench/targets.js'
import { renderMarkdown } from '../../bench/report.js'
import { summarize } from '../../bench/stats.js'
import type { BuildRun } from '../../bench/parts/build.js'

describe('a target check', () => {
  it('says by how much a target was missed, absolutely and relatively', () => {
    expect(atMost('start-up', '≤ 300 ms', 420, 300, formatMs)).toMatchObject({
      status: 'missed',
      measured: '420 ms (limit 300 ms)',
      detail: 'missed by 120 ms (40%)'
    })
  })

  it('says how much room is left when it is met', () => {
    expect(atMost('start-up', '≤ 300 ms', 240, 300, formatMs)).toMatchObject({
      status: 'met',
      detail: 'met with 60 ms (20%) to spare'
    })
  })

  it('is not measured, with the reason, when a figure is missing', () => {
    expect(atMost('build', '≤ 0.85 × Packer', 1, undefined, formatMs, 'Packer failed')).toEqual({
      name: 'build',
      target: '≤ 0.85 × Packer',
      measured: 'n/a',
      status: 'n/a',
      detail: 'Packer failed'
    })
  })
})

function buildRun(tool: BuildRun['tool'], wallMs: number, calls: number, ok = true): BuildRun {
  return {
    tool,
    label: 'pair',
    ok,
    exitCode: ok ? 0 : 1,
    leftovers: [],
    analysis: {
      wallMs,
      floorMs: 200_000,
      chains: [],
      overheadMs: wallMs - 200_000,
      lags: [],
      meanLagMs: tool === 'packer' ? 7_500 : 400,
      callsByAction: { DescribeImages: calls },
      totalCalls: calls,
      errorsByCode: {},
      overheadParts: []
    },
    raw: { calls: [], transitions: [], sshd: [] }
  }
}

function results(runs: BuildRun[]): BenchResults {
  return {
    date: '2026-11-22T03:00:00.000Z',
    command: 'npm run bench',
    machine: {
      nproc: 2,
      memoryGiB: 23.5,
      cpu: 'Xeon',
      kernel: '6.1',
      loadAverage: { start: 1.5, end: 2 }
    },
    versions: { node: 'v24.21.0', packer: 'Packer v1.6.6', amiBuildCommit: 'abc' },
    parts: {
      validate: { status: 'failed', error: 'dist/main/index.js is missing' },
      startup: { status: 'skipped', reason: 'not selected with --only' },
      build: {
        status: 'ok',
        result: { timeScale: 1, pairs: 3, runs, note: '' }
      },
      scale: { status: 'skipped', reason: 'not selected with --only' }
    }
  }
}

describe('the targets of issue 6', () => {
  const runs = [
    buildRun('ami-build', 250_000, 30),
    buildRun('packer', 300_000, 27),
    buildRun('ami-build', 240_000, 31),
    buildRun('packer', 310_000, 27),
    // A failed build does not count: its short wall time would flatter the median.
    buildRun('ami-build', 10_000, 3, false),
    buildRun('packer', 305_000, 28)
  ]

  it('compares medians of the successful builds', () => {
    const byName = Object.fromEntries(checkTargets(results(runs)).map(c => [c.name, c]))
    // median ours 245 s against 0.85 × median Packer 305 s = 259.25 s
    expect(byName['build: wall time']).toMatchObject({ status: 'met' })
    expect(byName['build: wall time'].measured).toBe('4.08 min (limit 4.32 min)')
    // median ours 30.5 calls against Packer's 27: 3.5 over, 13%
    expect(byName['build: API calls']).toMatchObject({
      status: 'missed',
      detail: 'missed by 4 calls (13%)'
    })
    expect(byName['build: mean lag per wait']).toMatchObject({ status: 'met' })
  })

  it('says which part failed or was not run instead of inventing a figure', () => {
    const byName = Object.fromEntries(checkTargets(results(runs)).map(c => [c.name, c]))
    expect(byName['validate: wall time']).toMatchObject({
      status: 'n/a',
      detail: 'the validate part failed: dist/main/index.js is missing'
    })
    expect(byName['start-up: first AWS call'].detail).toBe(
      'the startup part was not run (not selected with --only)'
    )
  })

  it('reports the failure and the measured figures in the document', () => {
    const markdown = renderMarkdown(results(runs))
    expect(markdown).toContain('**The validate part failed:** dist/main/index.js is missing')
    expect(markdown).toContain('| parts that failed | validate |')
    expect(markdown).toContain(`| wall time | ${formatMs(summarize([250_000, 240_000]).median)} |`)
    expect(markdown).toContain('failed: ')
  })
})

describe('the scale targets', () => {
  function withFloor(run: BuildRun, floorMs: number): BuildRun {
    return {
      ...run,
      analysis: { ...run.analysis, floorMs, overheadMs: run.analysis.wallMs - floorMs }
    }
  }
  function scaleResults(): BenchResults {
    const base = results([])
    const config = (
      name: string,
      axis: 'regions' | 'sources',
      count: number,
      runs: BuildRun[]
    ) => ({
      name,
      axis,
      count,
      runs
    })
    return {
      ...base,
      parts: {
        ...base.parts,
        scale: {
          status: 'ok',
          result: {
            timeScale: 0.1,
            axisTimeScale: { regions: 0.1, sources: 1 },
            repetitions: 3,
            configs: [
              config('1 ami_regions', 'regions', 1, [buildRun('ami-build', 80_000, 40)]),
              config('4 ami_regions', 'regions', 4, [buildRun('ami-build', 90_000, 80)]),
              config('1 source', 'sources', 1, [
                withFloor(buildRun('ami-build', 260_000, 40), 250_000),
                withFloor(buildRun('ami-build', 300_000, 40), 290_000),
                withFloor(buildRun('ami-build', 280_000, 40), 270_000),
                buildRun('packer', 400_000, 45)
              ]),
              config('3 sources', 'sources', 3, [
                withFloor(buildRun('ami-build', 330_000, 110), 322_000),
                withFloor(buildRun('ami-build', 350_000, 110), 341_000),
                // Failed: its short wall time must not pull the median down.
                withFloor(buildRun('ami-build', 5_000, 3, false), 0),
                withFloor(buildRun('ami-build', 345_000, 110), 336_000)
              ])
            ]
          }
        }
      }
    }
  }

  it('compares the medians of repeated builds, failed ones left out', () => {
    const byName = Object.fromEntries(checkTargets(scaleResults()).map(c => [c.name, c]))
    // median 3 sources 345 s against 1.2 × median 1 source 280 s = 336 s
    expect(byName['scale: 3 sources']).toMatchObject({
      status: 'missed',
      measured: `${formatMs(345_000)} (limit ${formatMs(336_000)})`
    })
    expect(byName['scale: 4 ami_regions']).toMatchObject({ status: 'met' })
  })

  it('shows the floor beside the wall time and explains a miss by it', () => {
    const markdown = renderMarkdown(scaleResults())
    expect(markdown).toContain(
      `| 3 sources | 1 | 3/4 | ${formatMs(345_000)} | 1.23× | ${formatMs(336_000)} | 1.24× | 110 |`
    )
    expect(markdown).toContain(
      `the emulator's floor went from ${formatMs(270_000)} (1 source) to ${formatMs(336_000)} (1.24×)`
    )
  })
})
