// Cold start of `command: validate` through the bundled action entry, as the runner starts it:
// a fresh `node dist/main/index.js` per run with INPUT_* variables and the runner's files.
// Prints the median, min and max wall time, the CPU time and the peak resident memory (from
// /usr/bin/time). Each run is paired with a start of a bare `node` on an empty module: on a shared,
// busy machine both slow down together, and the difference is what the action itself costs.
//
//   npm run bench:validate [-- --runs 20] [--template template.yml --working-directory examples/web]
//                          [--entry dist/main/index.js] [--check]
//
// --check exits 1 when the median is over 150 ms or the peak memory over 80 MiB (the targets).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
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
    entry: { type: 'string', default: 'dist/main/index.js' },
    check: { type: 'boolean', default: false }
  }
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number`)
const template = values.template
const workingDirectory = values['working-directory']
const entry = resolve(root, values.entry)
if (!existsSync(entry)) fail(`${values.entry} is missing: run \`npm run build\` first`)
const time = '/usr/bin/time'
if (!existsSync(time))
  fail('/usr/bin/time is needed to measure peak memory (Debian package `time`)')

const scratch = mkdtempSync(join(tmpdir(), 'ami-build-bench-'))
const emptyModule = join(scratch, 'empty.mjs')
writeFileSync(emptyModule, '')
const walls = []
const cpus = []
const peaks = []
const bareWalls = []
try {
  // One run first, not counted: it fills the file cache, as an earlier step would on a runner.
  for (let run = 0; run <= runs; run++) {
    const measured = once(run)
    const bare = timed(
      [process.execPath, emptyModule],
      { PATH: process.env.PATH, HOME: process.env.HOME },
      `bare-${run}`
    )
    if (run === 0) continue
    walls.push(measured.wallMs)
    cpus.push(measured.cpuMs)
    peaks.push(measured.peakKiB)
    bareWalls.push(bare.wallMs)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
const medianMs = median(walls)
const peakMiB = Math.max(...peaks) / 1024
const ms = value => `${value.toFixed(1)} ms`
console.log(
  `validate ${join(workingDirectory, template)} through ${values.entry}, node ${process.version}, ${runs} runs`
)
console.log(
  `wall time: median ${ms(medianMs)}, min ${ms(Math.min(...walls))}, max ${ms(Math.max(...walls))} (target: median ≤ ${TARGET_MEDIAN_MS} ms)`
)
console.log(`CPU time (user + system): median ${ms(median(cpus))}`)
console.log(
  `bare node start on this machine now: median ${ms(median(bareWalls))}; validate's own share: median ${ms(median(walls.map((wall, index) => wall - bareWalls[index])))}`
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
  return timed(
    [process.execPath, entry],
    {
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
    },
    `rusage-${run}`
  )
}

/** Runs a command under /usr/bin/time: its wall time, CPU time and peak memory. */
function timed(command, env, name) {
  const rusage = join(scratch, name)
  const started = process.hrtime.bigint()
  const child = spawnSync(time, ['-f', '%M %U %S', '-o', rusage, ...command], {
    cwd: root,
    encoding: 'utf8',
    env
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (child.status !== 0) {
    fail(`${command.join(' ')} failed (exit ${child.status}):\n${child.stdout}${child.stderr}`)
  }
  // The last line: /usr/bin/time puts a note before it when the command exits non-zero.
  const [peakKiB, user, system] = readFileSync(rusage, 'utf8').trim().split('\n').pop().split(' ')
  return { wallMs, cpuMs: (Number(user) + Number(system)) * 1000, peakKiB: Number(peakKiB) }
}

function fail(message) {
  console.error(`bench-validate: ${message}`)
  process.exit(1)
}
