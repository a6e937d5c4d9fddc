/**
 * Runs one measured client process: wall time from just before spawn to exit, peak resident memory
 * of its largest process (GNU time's %M, from wait4's rusage), and optionally the peak of the sum
 * over its whole process tree (sampled from /proc: Packer runs each plugin as its own process).
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TIME = '/usr/bin/time'

export interface MeasureOptions {
  cwd: string
  env: Record<string, string>
  /** Killed (whole process group) after this long; the result says so. */
  timeoutMs: number
  /** Sample the process tree's summed RSS this often; off when absent. */
  treeSampleMs?: number
  /** Called every `pollMs` while the process runs; returning true sends SIGINT to its group. */
  interruptWhen?: () => boolean
  pollMs?: number
  /** After SIGINT, how long before SIGKILL. */
  interruptGraceMs?: number
}

export interface Measured {
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** Epoch ms just before spawn and at exit (comparable with the emulator's records). */
  startedAt: number
  endedAt: number
  wallMs: number
  /** Largest single process of the tree, KiB (GNU time %M). */
  peakRssKiB?: number
  /** Peak of the summed RSS of every process in the tree, KiB (sampled). */
  treePeakRssKiB?: number
  timedOut: boolean
  interrupted: boolean
  stdout: string
  stderr: string
}

export function timeAvailable(): boolean {
  return existsSync(TIME)
}

export function measure(
  command: string,
  args: string[],
  options: MeasureOptions
): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'ami-build-bench-rusage-'))
  const rusageFile = join(scratch, 'rusage')
  return new Promise((resolve, reject) => {
    const startedAt = Date.now()
    const started = process.hrtime.bigint()
    // Its own process group, so that a timeout or an interrupt reaches every process it started.
    const child = spawn(TIME, ['-f', '%M', '-o', rusageFile, command, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let interrupted = false
    let treePeak: number | undefined
    const timers: NodeJS.Timeout[] = []
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal)
      } catch {
        // Already gone.
      }
    }
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    timers.push(
      setTimeout(() => {
        timedOut = true
        signalGroup('SIGKILL')
      }, options.timeoutMs)
    )
    if (options.treeSampleMs !== undefined && child.pid !== undefined) {
      const root = child.pid
      const sample = () => {
        const total = treeRssKiB(root)
        if (total !== undefined) treePeak = Math.max(treePeak ?? 0, total)
      }
      timers.push(setInterval(sample, options.treeSampleMs))
    }
    if (options.interruptWhen) {
      const check = setInterval(() => {
        if (interrupted || !options.interruptWhen!()) return
        interrupted = true
        signalGroup('SIGINT')
        timers.push(setTimeout(() => signalGroup('SIGKILL'), options.interruptGraceMs ?? 30_000))
      }, options.pollMs ?? 5)
      timers.push(check)
    }
    child.on('error', error => {
      timers.forEach(clearTimeout)
      rmSync(scratch, { recursive: true, force: true })
      reject(error)
    })
    child.on('close', (exitCode, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const endedAt = Date.now()
      timers.forEach(timer => clearTimeout(timer))
      // The group may still hold a process that outlived its parent (a plugin); end it too.
      signalGroup('SIGKILL')
      let peakRssKiB: number | undefined
      try {
        // GNU time writes "Command exited with non-zero status N" before the figure.
        const lines = readFileSync(rusageFile, 'utf8').trim().split('\n')
        const value = Number(lines[lines.length - 1])
        if (Number.isFinite(value) && value > 0) peakRssKiB = value
      } catch {
        // Killed before GNU time could write it.
      }
      rmSync(scratch, { recursive: true, force: true })
      // GNU time passes the command's status on: 128+N when a signal ended it.
      const killedBy = exitCode !== null && exitCode > 128 ? exitCode - 128 : undefined
      resolve({
        exitCode: killedBy === undefined ? exitCode : null,
        signal: killedBy === undefined ? signal : signalName(killedBy),
        startedAt,
        endedAt,
        wallMs,
        peakRssKiB,
        treePeakRssKiB: treePeak,
        timedOut,
        interrupted,
        stdout,
        stderr
      })
    })
  })
}

function signalName(number: number): NodeJS.Signals | null {
  const names: Record<number, NodeJS.Signals> = { 2: 'SIGINT', 9: 'SIGKILL', 15: 'SIGTERM' }
  return names[number] ?? null
}

/** Summed RSS (KiB) of every descendant of `root`, not counting `root` (GNU time itself). */
export function treeRssKiB(root: number): number | undefined {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return undefined
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // The command name may hold spaces and parentheses; the fields after its last ')' do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const pid = Number(entry)
    const ppid = Number(fields[1])
    children.set(ppid, [...(children.get(ppid) ?? []), pid])
    rss.set(pid, Number(fields[21]) * 4)
  }
  let total = 0
  const queue = [...(children.get(root) ?? [])]
  while (queue.length > 0) {
    const pid = queue.pop()!
    total += rss.get(pid) ?? 0
    queue.push(...(children.get(pid) ?? []))
  }
  return total
}
