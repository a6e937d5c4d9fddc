/**
 * The instance host: one real OpenSSH sshd per running instance, each on its own loopback
 * address, each serving the instance's root as its user's home. See api.ts for the contract.
 *
 * Layout under the state directory:
 *   host/ssh_host_ed25519_key     one host key for every instance (ssh-keygen per instance is slow)
 *   instances/ID/                 sshd_config, authorized_keys, session script, shims, control/
 *   roots/ID/                     the instance's filesystem root, owned by its user
 *   images/IMAGE/                 captured image contents
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, promises as fs, watch, type FSWatcher } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createAddressPool } from './addresses.js'
import type { InstanceHost, InstanceHostOptions, SshdHandle, StartSshdOptions } from './api.js'
import { instanceProcesses, kill, killAll } from './processes.js'
import { INSTANCE_MOUNT, loginProfile, PRIVATE_DIRS, sessionScript, shimScripts } from './shims.js'
import { checkNamespaces, ensureUser, giveTree } from './users.js'

export type { InstanceHost, InstanceHostOptions, SshdHandle, StartSshdOptions } from './api.js'

const run = promisify(execFile)

const SSHD = '/usr/sbin/sshd'
const SFTP_SERVER = '/usr/lib/openssh/sftp-server'
const SSHD_START_TIMEOUT_MS = 10_000

export function createInstanceHost(options: InstanceHostOptions): InstanceHost {
  const stateDir = resolve(options.stateDir)
  const port = options.sshPort
  const minuteMs = options.minuteMs ?? 60_000
  const rebootDelayMs = options.rebootDelayMs ?? 1000
  const addresses = createAddressPool(port)
  const handles = new Set<InstanceSshd>()
  // Marks this host's session processes apart from those of other emulators on the machine.
  const nonce = randomBytes(4).toString('hex')
  let prepared: Promise<string> | undefined

  /** Creates the state directories and the host key once; returns the host key's path. */
  function prepare(): Promise<string> {
    prepared ??= (async () => {
      await fs.mkdir('/run/sshd', { recursive: true, mode: 0o755 })
      await fs.mkdir(INSTANCE_MOUNT, { recursive: true, mode: 0o755 })
      for (const dir of ['', 'instances', 'roots']) {
        await fs.mkdir(join(stateDir, dir), { recursive: true })
        await fs.chmod(join(stateDir, dir), 0o711)
      }
      await makeTraversable(stateDir)
      await fs.mkdir(join(stateDir, 'images'), { recursive: true, mode: 0o700 })
      await fs.mkdir(join(stateDir, 'host'), { recursive: true, mode: 0o700 })
      const hostKey = join(stateDir, 'host', 'ssh_host_ed25519_key')
      const exists = await fs.stat(hostKey).then(
        () => true,
        () => false
      )
      if (!exists) {
        await run('ssh-keygen', [
          '-q',
          '-t',
          'ed25519',
          '-N',
          '',
          '-C',
          'ami-build-emulator',
          '-f',
          hostKey
        ])
      }
      return hostKey
    })()
    return prepared
  }

  function inside(path: string, what: string): string {
    const absolute = resolve(path)
    const rel = relative(stateDir, absolute)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      throw new Error(
        `${what} ${absolute} is not inside the instance host's state directory ${stateDir}`
      )
    }
    return absolute
  }

  function imageDir(image: string): string {
    return isAbsolute(image) ? inside(image, 'image') : join(stateDir, 'images', safeName(image))
  }

  return {
    allocateAddress: () => addresses.allocate(),

    releaseAddress(address) {
      void addresses.release(address)
    },

    async createRoot(instanceId, fromImage) {
      await prepare()
      const root = join(stateDir, 'roots', safeName(instanceId))
      await removeTree(root)
      const source = fromImage === undefined ? undefined : imageDir(fromImage)
      const hasContents = source !== undefined && (await exists(source))
      if (source !== undefined && !hasContents && isAbsolute(fromImage!)) {
        throw new Error(`image contents ${source} do not exist`)
      }
      // An image ID without captured contents is a catalogue image: its instances start empty.
      if (hasContents) await copyTree(source, root)
      else await fs.mkdir(root, { mode: 0o755 })
      return root
    },

    async captureImage(rootDir, imageId) {
      await prepare()
      const dir = join(stateDir, 'images', safeName(imageId))
      await removeTree(dir)
      await copyTree(inside(rootDir, 'instance root'), dir)
      return { dir, bytes: await treeBytes(dir) }
    },

    async copyImage(fromImageDir, imageId) {
      await prepare()
      const dir = join(stateDir, 'images', safeName(imageId))
      await removeTree(dir)
      await copyTree(inside(fromImageDir, 'image'), dir)
      return dir
    },

    async removeImage(dir) {
      await removeTree(inside(dir, 'image'))
    },

    async removeRoot(rootDir) {
      await removeTree(inside(rootDir, 'instance root'))
    },

    async startSshd(start) {
      const hostKey = await prepare()
      await ensureUser(start.user)
      await checkNamespaces(start.user)
      const sshd = new InstanceSshd(start, {
        hostKey,
        port,
        dir: join(stateDir, 'instances', safeName(start.instanceId)),
        rootDir: inside(start.rootDir, 'instance root'),
        mark: `${nonce}-${start.instanceId}`,
        minuteMs,
        rebootDelayMs,
        onStopped: () => handles.delete(sshd)
      })
      handles.add(sshd)
      try {
        await sshd.start()
      } catch (error) {
        await sshd.stop()
        throw error
      }
      return sshd
    },

    async close() {
      await Promise.all([...handles].map(handle => handle.stop()))
      await addresses.releaseAll()
    }
  }
}

interface InstanceSshdSettings {
  hostKey: string
  port: number
  dir: string
  rootDir: string
  mark: string
  minuteMs: number
  rebootDelayMs: number
  onStopped: () => void
}

/** One instance's sshd, across reboots: the handle stays valid while the process is replaced. */
class InstanceSshd implements SshdHandle {
  readonly address: string
  readonly port: number
  private child: ChildProcess | undefined
  private exited: Promise<void> = Promise.resolve()
  private watcher: FSWatcher | undefined
  private scheduled: NodeJS.Timeout | undefined
  private restart: NodeJS.Timeout | undefined
  private requests: Promise<void> = Promise.resolve()
  private stopping: Promise<void> | undefined
  private readonly recentLog: string[] = []
  private readonly paths: { config: string; control: string; shims: string; log: string }

  constructor(
    private readonly options: StartSshdOptions,
    private readonly settings: InstanceSshdSettings
  ) {
    this.address = options.address
    this.port = settings.port
    this.paths = {
      config: join(settings.dir, 'sshd_config'),
      control: join(settings.dir, 'control'),
      shims: join(settings.dir, 'bin'),
      log: join(settings.dir, 'sshd.log')
    }
  }

  async start(): Promise<void> {
    await this.writeFiles()
    this.watcher = watch(this.paths.control, () => this.readRequests())
    // The directory may vanish under a stopping instance; that ends the watch, not the process.
    this.watcher.on('error', () => this.watcher?.close())
    // A request written before the watcher existed would otherwise wait for the next one.
    this.readRequests()
    await this.spawnSshd()
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      clearTimeout(this.scheduled)
      clearTimeout(this.restart)
      this.watcher?.close()
      // Let a request in progress (a reboot bringing sshd back) finish before ending everything.
      await this.requests
      await this.endProcesses()
      this.settings.onStopped()
    })()
    return this.stopping
  }

  private async writeFiles(): Promise<void> {
    const { dir, rootDir, hostKey, mark } = this.settings
    const { user, authorizedKey } = this.options
    await removeTree(dir)
    await fs.mkdir(this.paths.shims, { recursive: true, mode: 0o755 })
    await fs.chmod(dir, 0o711)
    await fs.mkdir(this.paths.control, { mode: 0o700 })
    for (const [name, text] of Object.entries(shimScripts())) {
      await fs.writeFile(join(this.paths.shims, name), text, { mode: 0o755 })
    }
    const session = join(dir, 'session')
    await fs.writeFile(
      session,
      sessionScript({ root: rootDir, instanceDir: dir, mark, sftpServer: SFTP_SERVER }),
      { mode: 0o755 }
    )
    const machineProfile = await fs.readFile('/etc/profile', 'utf8').catch(() => '')
    await fs.writeFile(join(dir, 'profile'), loginProfile(machineProfile), { mode: 0o644 })
    const authorizedKeys = join(dir, 'authorized_keys')
    await fs.writeFile(authorizedKeys, `${authorizedKey.trim()}\n`, { mode: 0o644 })
    await fs.writeFile(
      this.paths.config,
      sshdConfig({
        address: this.address,
        port: this.port,
        hostKey,
        authorizedKeys,
        user,
        session
      }),
      { mode: 0o644 }
    )
    await ensureLayout(rootDir)
    await giveTree(user, this.paths.control)
    await giveTree(user, rootDir)
  }

  private spawnSshd(): Promise<void> {
    const child = spawn(
      'setpriv',
      ['--pdeathsig', 'SIGKILL', SSHD, '-D', '-e', '-f', this.paths.config],
      {
        stdio: ['ignore', 'ignore', 'pipe']
      }
    )
    this.child = child
    const log = createWriteStream(this.paths.log, { flags: 'a' })
    this.exited = new Promise(resolve => child.once('close', () => resolve()))
    return new Promise((resolve, reject) => {
      let ready = false
      let pending = ''
      const timer = setTimeout(() => {
        kill(child.pid ?? 0, 'SIGKILL')
        reject(this.failure(`did not start listening within ${SSHD_START_TIMEOUT_MS / 1000}s`))
      }, SSHD_START_TIMEOUT_MS)
      child.stderr!.on('data', (chunk: Buffer) => {
        log.write(chunk)
        pending += chunk.toString('utf8')
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) {
          this.recentLog.push(line)
          if (this.recentLog.length > 20) this.recentLog.shift()
          if (!ready && line.startsWith('Server listening on')) {
            ready = true
            clearTimeout(timer)
            resolve()
          }
        }
      })
      child.once('error', error => {
        clearTimeout(timer)
        reject(this.failure(error.message))
      })
      child.once('close', code => {
        log.end()
        clearTimeout(timer)
        if (!ready) reject(this.failure(`exited with ${code} before listening`))
      })
    })
  }

  private failure(what: string): Error {
    const output = this.recentLog.join('\n')
    return new Error(
      `sshd for ${this.options.instanceId} on ${this.address}:${this.port} ${what}` +
        (output ? `:\n${output}` : '')
    )
  }

  /** Ends the sshd and every session and process of the instance, and waits until they are gone. */
  private async endProcesses(): Promise<void> {
    const pid = this.child?.pid
    const others = await instanceProcesses(pid, this.settings.mark)
    if (pid !== undefined) kill(pid, 'SIGKILL')
    await killAll(others)
    await this.exited
    this.child = undefined
  }

  private readRequests(): void {
    this.requests = this.requests.then(async () => {
      if (this.stopping) return
      const names = (await fs.readdir(this.paths.control).catch(() => []))
        .filter(n => n.startsWith('req.'))
        .sort()
      for (const name of names) {
        const file = join(this.paths.control, name)
        const text = await fs.readFile(file, 'utf8').catch(() => '')
        await fs.rm(file, { force: true })
        this.handleRequest(text.trim())
      }
    })
  }

  /** `poweroff N`, `reboot N` (minutes from now; 0 is now) or `cancel`, from the shutdown shims. */
  private handleRequest(request: string): void {
    const [action, minutesText] = request.split(' ')
    if (action === 'cancel') {
      clearTimeout(this.scheduled)
      this.scheduled = undefined
      return
    }
    if (action !== 'poweroff' && action !== 'reboot') return
    const act = () => (action === 'poweroff' ? this.powerOff() : this.reboot())
    const minutes = Number(minutesText) || 0
    clearTimeout(this.scheduled)
    this.scheduled = undefined
    if (minutes === 0) {
      act()
      return
    }
    this.scheduled = setTimeout(act, minutes * this.settings.minuteMs)
    this.scheduled.unref()
  }

  private powerOff(): void {
    this.options.onShutdown()
    void this.stop()
  }

  /** Drops every connection and brings sshd back after a moment, as a rebooting machine does. */
  private reboot(): void {
    if (this.stopping) return
    this.requests = this.requests.then(async () => {
      await this.endProcesses()
      if (this.stopping) return
      this.restart = setTimeout(() => {
        if (this.stopping) return
        this.requests = this.requests.then(async () => {
          if (this.stopping) return
          await this.spawnSshd().catch(error => {
            this.recentLog.push(`restart after reboot failed: ${error}`)
          })
        })
      }, this.settings.rebootDelayMs)
      this.restart.unref()
    })
  }
}

/**
 * Removes a directory tree. A session or an sshd that is still starting may create files in it
 * while it goes (ENOTEMPTY): Node retries those, briefly.
 */
function removeTree(path: string): Promise<void> {
  return fs.rm(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
}

function sshdConfig(c: {
  address: string
  port: number
  hostKey: string
  authorizedKeys: string
  user: string
  session: string
}): string {
  return `# One emulated instance: only its key, only its user, every session through the session script.
ListenAddress ${c.address}:${c.port}
HostKey "${c.hostKey}"
PidFile none
UsePAM no
StrictModes no
PermitRootLogin no
PubkeyAuthentication yes
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
AuthorizedKeysFile "${c.authorizedKeys}"
AllowUsers ${c.user}
ForceCommand "${c.session}"
Subsystem sftp ${SFTP_SERVER}
X11Forwarding no
AllowTcpForwarding no
AllowAgentForwarding no
PermitTunnel no
PermitUserEnvironment no
UseDNS no
PrintMotd no
PrintLastLog no
MaxStartups 100:30:200
MaxSessions 50
LoginGraceTime 30
LogLevel INFO
`
}

function safeName(id: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(id) || id === '.' || id === '..') {
    throw new Error(`invalid instance or image ID ${JSON.stringify(id)}`)
  }
  return id
}

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false
  )
}

/** Copies a tree keeping ownership and modes, so the instance user can go on writing in it. */
async function copyTree(from: string, to: string): Promise<void> {
  await fs.mkdir(dirname(to), { recursive: true })
  await run('cp', ['-a', '--', `${from}/.`, to])
}

async function treeBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.lstat(join(entry.parentPath, entry.name))).size
  }
  return total
}

/** The directories a session mounts in place of the machine's, and the rest of the skeleton Ubuntu
 * has under them. A root restored from an image already has them; an empty one gets them here. */
async function ensureLayout(root: string): Promise<void> {
  for (const dir of [...PRIVATE_DIRS, 'var/log', 'var/lib', 'var/cache', 'usr/local/bin']) {
    await fs.mkdir(join(root, dir), { recursive: true, mode: 0o755 })
  }
  for (const sticky of ['tmp', 'var/tmp']) {
    await fs.mkdir(join(root, sticky), { recursive: true })
    await fs.chmod(join(root, sticky), 0o1777)
  }
  for (const [link, target] of [
    ['var/run', '/run'],
    ['var/lock', '/run/lock']
  ]) {
    await fs.symlink(target, join(root, link)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

/** The instance user must reach its root through every directory above it. */
async function makeTraversable(dir: string): Promise<void> {
  for (let current = dir; current !== dirname(current); current = dirname(current)) {
    const { mode } = await fs.stat(current)
    if ((mode & 0o001) === 0) await fs.chmod(current, (mode & 0o7777) | 0o001)
  }
}
