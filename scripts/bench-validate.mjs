// Cold start of `command: validate` through the bundled action entry, as the runner starts it:
// a fresh `node dist/main/index.js` per run with INPUT_* variables and the runner's files.
// Prints the median, min and max wall time and the peak resident memory (from /usr/bin/time).
//
//   npm run bench:validate [-- --runs 20] [--template template.yml --working-directory examples/web] [--check]
//
// --check exits 1 when the median is over 150 ms or the peak memory over 80 MiB (the targets).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const TARGET_MEDIAN_MS = 150
const TARGET_PEAK_MIB = 80

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    template: { type: 'string', default: 'template.yml' },
    'working-directory': { type: 'string', default: 'examples/web' },
    check: { type: 'boolean', default: false }
  }
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number`)
const template = values.template
const workingDirectory = values['working-directory']
const entry = join(root, 'dist/main/index.js')
if (!existsSync(entry)) fail('dist/main/index.js is missing: run `npm run build` first')
const time = '/usr/bin/time'
if (!existsSync(time))
  fail('/usr/bin/time is needed to measure peak memory (Debian package `time`)')

const scratch = mkdtempSync(join(tmpdir(), 'ami-build-bench-'))
const walls = []
const peaks = []
try {
  // One run first, not counted: it fills the file cache, as an earlier step would on a runner.
  for (let run = 0; run <= runs; run++) {
    const { wallMs, peakKiB } = once(run)
    if (run === 0) continue
    walls.push(wallMs)
    peaks.push(peakKiB)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

const median = sorted => sorted[Math.floor((sorted.length - 1) / 2)]
walls.sort((a, b) => a - b)
peaks.sort((a, b) => a - b)
const medianMs = median(walls)
const peakMiB = peaks[peaks.length - 1] / 1024
console.log(
  `validate ${join(workingDirectory, template)} through dist/main/index.js, node ${process.version}, ${runs} runs`
)
console.log(
  `wall time: median ${medianMs.toFixed(1)} ms, min ${walls[0].toFixed(1)} ms, max ${walls[walls.length - 1].toFixed(1)} ms (target: median ≤ ${TARGET_MEDIAN_MS} ms)`
)
console.log(
  `peak RSS: max ${peakMiB.toFixed(1)} MiB, median ${(median(peaks) / 1024).toFixed(1)} MiB (target: ≤ ${TARGET_PEAK_MIB} MiB)`
)
if (values.check && (medianMs > TARGET_MEDIAN_MS || peakMiB > TARGET_PEAK_MIB)) {
  console.error('over target')
  process.exit(1)
}

function once(run) {
  const files = {}
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(scratch, `${name}-${run}`)
    writeFileSync(files[name], '')
  }
  const rusage = join(scratch, `rusage-${run}`)
  const started = process.hrtime.bigint()
  const child = spawnSync(time, ['-f', '%M', '-o', rusage, process.execPath, entry], {
    cwd: root,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: root,
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: scratch,
      INPUT_TEMPLATE: template,
      'INPUT_WORKING-DIRECTORY': workingDirectory,
      INPUT_COMMAND: 'validate',
      'INPUT_ON-ERROR': 'cleanup',
      'INPUT_ROLE-DURATION-SECONDS': '3600',
      INPUT_AUDIENCE: 'sts.amazonaws.com',
      ...files
    }
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (child.status !== 0) {
    fail(`validate failed (exit ${child.status}):\n${child.stdout}${child.stderr}`)
  }
  const peakKiB = Number(readFileSync(rusage, 'utf8').trim().split('\n').pop())
  return { wallMs, peakKiB }
}

function fail(message) {
  console.error(`bench-validate: ${message}`)
  process.exit(1)
}
