/**
 * A fresh emulator per measured build, with its instance host wrapped so that the benchmark also
 * knows when each instance's sshd started listening and when a client first logged in: the "SSH
 * up" wait has no API transition to read.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator, Profile } from '../emulator/api.js'
import { startEmulator } from '../emulator/index.js'
import { createInstanceHost } from '../emulator/instances/index.js'
import type { SshdEvent } from './analysis.js'

export interface BenchEmulator {
  emulator: Emulator
  sshd(): SshdEvent[]
  /** Instances, key pairs and security groups still alive: what the client leaked. */
  leftovers(): string[]
  stop(): Promise<void>
}

// sshd -e writes its log without timestamps; reading the file often enough gives the login
// moment within this much.
const LOGIN_POLL_MS = 25

export async function startBenchEmulator(options: {
  profile: Profile
  timeScale: number
  /** Seed of the realistic profile's varying durations: both tools of a pair get the same. */
  seed: number
}): Promise<BenchEmulator> {
  const stateDir = await mkdtemp(join(tmpdir(), 'ami-build-bench-emulator-'))
  const host = createInstanceHost({
    stateDir,
    sshPort: 22,
    // As startEmulator sets it, so that the dead-man switch's minutes follow the time scale.
    minuteMs: Math.max(1, 60_000 * options.timeScale)
  })
  const events = new Map<string, SshdEvent>()
  const logs = new Map<string, string>()
  const wrapped: typeof host = {
    ...host,
    async startSshd(start) {
      const handle = await host.startSshd(start)
      if (!events.has(start.instanceId)) {
        events.set(start.instanceId, { instanceId: start.instanceId, listeningAt: Date.now() })
        logs.set(start.instanceId, join(stateDir, 'instances', start.instanceId, 'sshd.log'))
      }
      return handle
    }
  }
  const watcher = setInterval(() => {
    for (const [instanceId, log] of logs) {
      const event = events.get(instanceId)!
      if (event.firstLoginAt !== undefined) {
        logs.delete(instanceId)
        continue
      }
      readFile(log, 'utf8').then(
        text => {
          if (event.firstLoginAt === undefined && /Accepted (publickey|password)/.test(text)) {
            event.firstLoginAt = Date.now()
          }
        },
        () => undefined
      )
    }
  }, LOGIN_POLL_MS)

  const emulator = await startEmulator({
    profile: options.profile,
    timeScale: options.timeScale,
    variation: { seed: options.seed },
    stateDir,
    instanceHost: wrapped
  })
  return {
    emulator,
    sshd: () => [...events.values()].map(event => ({ ...event })),
    leftovers: () =>
      emulator
        .ledger()
        .resources.filter(r => ['instance', 'key-pair', 'security-group'].includes(r.kind))
        .map(r => `${r.kind} ${r.id} (${r.state})`),
    async stop() {
      clearInterval(watcher)
      await emulator.stop()
      await rm(stateDir, { recursive: true, force: true })
    }
  }
}
