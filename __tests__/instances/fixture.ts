/**
 * A real instance host for tests: sshd instances on loopback addresses, an ed25519 key per
 * instance, and helpers to connect with ssh2 and run commands.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import ssh2 from 'ssh2'
import { createInstanceHost } from '../../emulator/instances/index.js'
import type { InstanceHost, InstanceHostOptions, SshdHandle } from '../../emulator/instances/api.js'
import type { Clock, Reporter } from '../../src/engine/api.js'

export interface TestInstance {
  id: string
  address: string
  port: number
  user: string
  root: string
  privateKey: string
  publicKey: string
  handle: SshdHandle
  /** How many times the instance asked to power off. */
  shutdowns: () => number
}

export interface TestHost {
  host: InstanceHost
  stateDir: string
  launch(options?: { user?: string; fromImage?: string }): Promise<TestInstance>
  close(): Promise<void>
}

let counter = 0

/** An ed25519 key pair in OpenSSH format. ssh2's generator emits a key it cannot parse itself
 * about once in 256 (a public key with a leading zero byte dropped): draw again then. */
export function testKeyPair(): { private: string; public: string } {
  for (;;) {
    const keys = ssh2.utils.generateKeyPairSync('ed25519')
    if (!(ssh2.utils.parseKey(keys.private) instanceof Error)) return keys
  }
}

export function startTestHost(options: Partial<InstanceHostOptions> = {}): TestHost {
  const stateDir = mkdtempSync(join(tmpdir(), 'ami-build-instances-'))
  const host = createInstanceHost({ stateDir, sshPort: 22, rebootDelayMs: 100, ...options })
  return {
    host,
    stateDir,
    async launch({ user = 'ubuntu', fromImage } = {}) {
      const id = `i-test${process.pid}x${++counter}`
      const keys = testKeyPair()
      const address = await host.allocateAddress()
      const root = await host.createRoot(id, fromImage)
      let shutdowns = 0
      const handle = await host.startSshd({
        instanceId: id,
        address,
        user,
        authorizedKey: keys.public,
        rootDir: root,
        onShutdown: () => shutdowns++
      })
      return {
        id,
        address,
        port: handle.port,
        user,
        root,
        privateKey: keys.private,
        publicKey: keys.public,
        handle,
        shutdowns: () => shutdowns
      }
    },
    async close() {
      await host.close()
      rmSync(stateDir, { recursive: true, force: true })
    }
  }
}

export function connectClient(
  instance: TestInstance,
  privateKey = instance.privateKey
): Promise<ssh2.Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client()
    client
      .once('ready', () => resolve(client))
      // `on`, not `once`: ssh2 may emit a second error while it tears a failed connection down.
      .on('error', error => {
        reject(error)
        client.destroy()
      })
      .connect({ host: instance.address, port: instance.port, username: instance.user, privateKey })
  })
}

export interface ExecResult {
  code: number | null
  stdout: string
  stderr: string
}

export function exec(client: ssh2.Client, command: string): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    client.exec(command, (error, stream) => {
      if (error) return reject(error)
      let stdout = ''
      let stderr = ''
      let code: number | null = null
      stream.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      stream.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      stream.on('exit', (status: number | null) => (code = status))
      stream.on('close', () => resolve({ code, stdout, stderr }))
    })
  })
}

/** Pids of processes whose command line mentions the text (e.g. a state directory). */
export function processesMentioning(text: string): number[] {
  const found: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(text)) found.push(Number(name))
    } catch {
      // Gone meanwhile.
    }
  }
  return found
}

/** Running, not merely a zombie: orphans here may be reparented to an init that never reaps them. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** Polls until the condition holds (real time, short): for effects that happen asynchronously. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await sleep(20)
  }
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    sleep(ms, undefined, { signal }).catch(error => {
      throw signal?.aborted ? signal.reason : error
    })
}

/** A clock whose sleeps return at once and move time forward: waits of minutes take no time. */
export function fastClock(): Clock & { sleeps: number[] } {
  let now = 0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    async sleep(ms, signal) {
      signal?.throwIfAborted()
      sleeps.push(ms)
      now += ms
      await Promise.resolve()
    }
  }
}

export interface RecordingReporter extends Reporter {
  lines: string[]
  masked: string[]
  /** Everything printed, one string. */
  text(): string
}

export function recordingReporter(): RecordingReporter {
  const lines: string[] = []
  const masked: string[] = []
  // Lines are kept as given, unmasked: tests check that the code under test masked them itself.
  const record = (level: string) => (message: string) => void lines.push(`${level}: ${message}`)
  return {
    lines,
    masked,
    text: () => lines.join('\n'),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
    debug: record('debug'),
    async group(title, fn) {
      lines.push(`group: ${title}`)
      try {
        return await fn()
      } finally {
        lines.push('endgroup')
      }
    },
    mask: secret => void masked.push(secret)
  }
}
