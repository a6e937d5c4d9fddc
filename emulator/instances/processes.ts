/**
 * Finding and ending every process of an instance: its sshd, the per-connection sshd children
 * (which start their own sessions, so a process group does not hold them), and whatever those
 * started, including daemons that left the tree but still carry the instance's environment mark.
 */
import { promises as fs, readFileSync } from 'node:fs'

interface ProcessInfo {
  pid: number
  ppid: number
}

async function listProcesses(): Promise<ProcessInfo[]> {
  const entries = await fs.readdir('/proc')
  const result: ProcessInfo[] = []
  await Promise.all(
    entries
      .filter(name => /^\d+$/.test(name))
      .map(async name => {
        const stat = await fs.readFile(`/proc/${name}/stat`, 'utf8').catch(() => undefined)
        if (!stat) return
        // The command name (field 2) may contain spaces and parentheses: parse after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        result.push({ pid: Number(name), ppid: Number(fields[1]) })
      })
  )
  return result
}

async function hasMark(pid: number, mark: string): Promise<boolean> {
  const environ = await fs.readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '')
  return environ.split('\0').includes(`AMI_BUILD_INSTANCE=${mark}`)
}

/** Every descendant of `rootPid` and every process marked with `mark` (not `rootPid` itself). */
export async function instanceProcesses(
  rootPid: number | undefined,
  mark: string
): Promise<number[]> {
  const processes = await listProcesses()
  const found = new Set<number>()
  if (rootPid !== undefined) {
    const children = new Map<number, number[]>()
    for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid])
    const queue = [...(children.get(rootPid) ?? [])]
    while (queue.length > 0) {
      const pid = queue.pop()!
      if (found.has(pid)) continue
      found.add(pid)
      queue.push(...(children.get(pid) ?? []))
    }
  }
  const marked = await Promise.all(
    processes.map(async p => ((await hasMark(p.pid, mark)) ? p.pid : 0))
  )
  for (const pid of marked) if (pid && pid !== process.pid) found.add(pid)
  return [...found]
}

export function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Kills the processes and waits (briefly) until they are gone. */
export async function killAll(pids: number[]): Promise<void> {
  for (const pid of pids) kill(pid, 'SIGKILL')
  const deadline = Date.now() + 2000
  while (pids.some(isAliveNotZombie) && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}

/** A zombie is dead for our purposes: it only waits for its (possibly reparented) parent to reap it. */
function isAliveNotZombie(pid: number): boolean {
  if (!isAlive(pid)) return false
  try {
    // Synchronous on purpose: a tiny read inside a short polling loop.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}
