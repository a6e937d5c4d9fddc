/**
 * Loopback addresses for instances, shared safely by every process on this machine: several jest
 * workers each run an emulator, and each instance's sshd must own its 127.0.0.x.
 *
 * A lock file per address (created with O_EXCL, holding the owner's pid) says who owns it; locks of
 * dead processes are reclaimed. Because a killed process can leave an orphan sshd behind, an address
 * is also handed out only when nothing is listening on it (a bind test on the sshd port).
 */
import { constants as fsConstants, promises as fs } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export const ADDRESS_LOCK_DIR = '/tmp/ami-build-addresses'

const FIRST_HOST = 2
const LAST_HOST = 254
/** The reclaim mutex is held for microseconds; one older than this belongs to a dead process. */
const STALE_MUTEX_MS = 5000

export interface AddressPool {
  allocate(): Promise<string>
  release(address: string): Promise<void>
  /** Releases every address this pool handed out. */
  releaseAll(): Promise<void>
}

export function createAddressPool(port: number, lockDir = ADDRESS_LOCK_DIR): AddressPool {
  const owned = new Set<string>()
  // Start where the last allocation in this process ended, so that processes starting together
  // spread over the range instead of all contending for 127.0.0.2.
  let cursor = FIRST_HOST + (process.pid % (LAST_HOST - FIRST_HOST + 1))

  async function allocate(): Promise<string> {
    await fs.mkdir(lockDir, { recursive: true, mode: 0o755 })
    const total = LAST_HOST - FIRST_HOST + 1
    for (let i = 0; i < total; i++) {
      const host = FIRST_HOST + ((cursor - FIRST_HOST + i) % total)
      const address = `127.0.0.${host}`
      if (owned.has(address)) continue
      if (!(await lock(lockDir, address))) continue
      if (await canListen(address, port)) {
        owned.add(address)
        cursor = host + 1
        return address
      }
      await unlock(lockDir, address)
    }
    throw new Error(
      `no free loopback address for an instance: 127.0.0.${FIRST_HOST}-${LAST_HOST} are all in use ` +
        `(locks in ${lockDir}, or something listening on port ${port})`
    )
  }

  async function release(address: string): Promise<void> {
    if (!owned.delete(address)) return
    await unlock(lockDir, address)
  }

  async function releaseAll(): Promise<void> {
    await Promise.all([...owned].map(address => release(address)))
  }

  return { allocate, release, releaseAll }
}

async function lock(lockDir: string, address: string): Promise<boolean> {
  const file = join(lockDir, address)
  if (await createExclusive(file)) return true
  const holder = await readPid(file)
  if (holder !== undefined && isAlive(holder)) return false
  // Two processes may find the same dead lock at once; the mutex makes "check, remove, take" one
  // step so that neither removes a lock the other has just taken.
  if (!(await takeMutex(lockDir))) return false
  try {
    const again = await readPid(file)
    if (again !== undefined && isAlive(again)) return false
    await fs.rm(file, { force: true })
    return await createExclusive(file)
  } finally {
    await fs.rm(join(lockDir, '.reclaim'), { recursive: true, force: true })
  }
}

async function unlock(lockDir: string, address: string): Promise<void> {
  const file = join(lockDir, address)
  if ((await readPid(file)) === process.pid) await fs.rm(file, { force: true })
}

async function createExclusive(file: string): Promise<boolean> {
  try {
    const handle = await fs.open(
      file,
      fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY,
      0o644
    )
    await handle.writeFile(`${process.pid}\n`)
    await handle.close()
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await fs.readFile(file, 'utf8'), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function takeMutex(lockDir: string): Promise<boolean> {
  const mutex = join(lockDir, '.reclaim')
  try {
    await fs.mkdir(mutex)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const stat = await fs.stat(mutex).catch(() => undefined)
    if (stat && Date.now() - stat.mtimeMs > STALE_MUTEX_MS) {
      await fs.rm(mutex, { recursive: true, force: true })
    }
    return false
  }
}

function canListen(address: string, port: number): Promise<boolean> {
  return new Promise(resolve => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ host: address, port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}
