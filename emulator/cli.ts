/**
 * `npm run emulator [-- --profile fast --time-scale 0.5 --faults plan.json]`
 *
 * Prints `export NAME=value` lines first (eval them to point an SDK, the CLI or the action at the
 * emulator), then serves until SIGINT/SIGTERM, when it stops every instance and exits.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { FaultPlan, Profile } from './api.js'
import { startEmulator } from './index.js'

const USAGE = `usage: npm run emulator -- [--profile instant|fast|realistic] [--time-scale N] [--faults FILE.json]
                            [--seed N] [--region REGION] [--ssh-port PORT] [--state-dir DIR]
  --seed N   realistic profile: the seed its varying durations are drawn with (default 1)`

function fail(message: string): never {
  process.stderr.write(`emulator: ${message}\n${USAGE}\n`)
  process.exit(2)
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'"'"'`)}'`
}

async function main(): Promise<void> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        profile: { type: 'string', default: 'fast' },
        'time-scale': { type: 'string', default: '1' },
        faults: { type: 'string' },
        seed: { type: 'string' },
        region: { type: 'string' },
        'ssh-port': { type: 'string' },
        'state-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const profile = values.profile as Profile
  if (!['instant', 'fast', 'realistic'].includes(profile)) fail(`unknown profile "${profile}"`)
  const timeScale = Number(values['time-scale'])
  if (!(timeScale > 0))
    fail(`--time-scale must be a positive number, got "${values['time-scale']}"`)
  const sshPort = values['ssh-port'] === undefined ? undefined : Number(values['ssh-port'])
  if (sshPort !== undefined && !(Number.isInteger(sshPort) && sshPort > 0 && sshPort < 65536)) {
    fail(`--ssh-port must be a port number, got "${values['ssh-port']}"`)
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed)
  if (seed !== undefined && !Number.isInteger(seed)) {
    fail(`--seed must be a whole number, got "${values.seed}"`)
  }
  let faults: FaultPlan | undefined
  if (values.faults !== undefined) {
    try {
      faults = JSON.parse(await readFile(values.faults, 'utf8')) as FaultPlan
    } catch (error) {
      fail(`cannot read the fault plan ${values.faults}: ${(error as Error).message}`)
    }
  }

  let emulator
  try {
    emulator = await startEmulator({
      profile,
      timeScale,
      variation: seed === undefined ? undefined : { seed },
      faults,
      defaultRegion: values.region,
      sshPort,
      stateDir: values['state-dir']
    })
  } catch (error) {
    fail((error as Error).message)
  }
  for (const [name, value] of Object.entries(emulator.env())) {
    process.stdout.write(`export ${name}=${shellQuote(value)}\n`)
  }
  process.stderr.write(
    `emulator: listening on ${emulator.endpoint} (profile ${profile}, time scale ${timeScale}); ` +
      `ledger at ${emulator.endpoint}/_emulator/ledger; Ctrl-C stops it\n`
  )

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    // A second signal means "now": do not wait for sshd processes to exit.
    if (stopping) process.exit(130)
    stopping = true
    process.stderr.write(`emulator: ${signal}, stopping every instance\n`)
    emulator.stop().then(
      () => process.exit(0),
      error => {
        process.stderr.write(`emulator: stopping failed: ${String(error)}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
