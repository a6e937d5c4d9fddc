/**
 * Part 1: cold `validate`, ours through the bundled action entry against `packer validate`, on the
 * same legacy JSON template, interleaved (ours, Packer, ours, …) so that drift in the machine's
 * load hits both alike; and ours alone on the native YAML equivalent (Packer cannot read it).
 */
import { oursValidate, packerValidate, type Command } from '../clients.js'
import { measure } from '../process.js'
import { summarize, type Summary } from '../stats.js'

export interface ValidateSeries {
  template: string
  tool: 'ami-build' | 'packer'
  runs: number
  wallMs: Summary
  peakRssMiB: Summary
  failures: string[]
}

export interface ValidateResult {
  series: ValidateSeries[]
  note: string
}

async function once(
  command: Command
): Promise<{ wallMs: number; peakKiB?: number; error?: string }> {
  const run = await measure(command.command, command.args, {
    cwd: command.cwd,
    env: command.env,
    timeoutMs: 60_000
  })
  if (run.exitCode !== 0) {
    const output = (run.stderr + run.stdout).trim().split('\n').slice(-5).join(' | ')
    return { wallMs: run.wallMs, error: `exit ${run.exitCode ?? run.signal}: ${output}` }
  }
  return { wallMs: run.wallMs, peakKiB: run.peakRssKiB }
}

export async function validatePart(options: {
  runs: number
  log: (line: string) => void
}): Promise<ValidateResult> {
  const cases: Array<{ template: string; tool: 'ami-build' | 'packer'; command: () => Command }> = [
    {
      template: 'bench/templates/web.json',
      tool: 'ami-build',
      command: () => oursValidate('bench/templates/web.json')
    },
    {
      template: 'bench/templates/web.json',
      tool: 'packer',
      command: () => packerValidate('bench/templates/web.json')
    },
    {
      template: 'bench/templates/web.yml',
      tool: 'ami-build',
      command: () => oursValidate('bench/templates/web.yml')
    }
  ]
  const walls = cases.map(() => [] as number[])
  const peaks = cases.map(() => [] as number[])
  const failures = cases.map(() => [] as string[])
  // One round first, not counted: it fills the file cache, as an earlier step would on a runner.
  for (let round = 0; round <= options.runs; round++) {
    for (const [index, entry] of cases.entries()) {
      const result = await once(entry.command())
      if (round === 0) {
        if (result.error) failures[index].push(`warm-up: ${result.error}`)
        continue
      }
      if (result.error) {
        failures[index].push(result.error)
        continue
      }
      walls[index].push(result.wallMs)
      if (result.peakKiB !== undefined) peaks[index].push(result.peakKiB / 1024)
    }
    if (round > 0) options.log(`validate: round ${round}/${options.runs} done`)
  }
  const series: ValidateSeries[] = []
  for (const [index, entry] of cases.entries()) {
    if (walls[index].length === 0) {
      throw new Error(
        `every ${entry.tool} validate of ${entry.template} failed: ${failures[index][0] ?? 'no run'}`
      )
    }
    series.push({
      template: entry.template,
      tool: entry.tool,
      runs: walls[index].length,
      wallMs: summarize(walls[index]),
      peakRssMiB: summarize(peaks[index].length > 0 ? peaks[index] : [Number.NaN]),
      failures: failures[index]
    })
  }
  return {
    series,
    note:
      'Each run is a fresh process (cold), started under `unshare -rn` (no network) and GNU time; ' +
      'peak RSS is that of the largest single process (Packer 1.6.6 starts its builder, provisioner ' +
      'and post-processor plugins as further processes of the same binary). Packer cannot read the ' +
      'native YAML format, so web.yml is ours alone.'
  }
}
