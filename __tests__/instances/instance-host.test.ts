import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ssh2 from 'ssh2'
import { createAddressPool } from '../../emulator/instances/addresses.js'
import {
  connectClient,
  eventually,
  exec,
  isRunning,
  processesMentioning,
  startTestHost,
  testKeyPair,
  type TestHost,
  type TestInstance
} from './fixture.js'

describe('the instance host', () => {
  let test: TestHost
  let instance: TestInstance
  let client: ssh2.Client

  beforeAll(async () => {
    test = startTestHost({ minuteMs: 100 })
    instance = await test.launch()
    client = await connectClient(instance)
  })

  afterAll(async () => {
    client?.end()
    await test.close()
  })

  it('runs a command as the image user, at a home that is the instance root', async () => {
    const result = await exec(client, 'id -un; echo "$HOME"; pwd; echo ~; echo here > at-home')
    expect(result).toEqual({
      code: 0,
      stdout: 'ubuntu\n/home/ubuntu\n/home/ubuntu\n/home/ubuntu\n',
      stderr: ''
    })
    expect(readFileSync(join(instance.root, 'at-home'), 'utf8')).toBe('here\n')
    expect(instance.address).toMatch(/^127\.0\.0\.(\d+)$/)
    expect(instance.address).not.toBe('127.0.0.1')
  })

  it('accepts only the instance key, and only for the image user', async () => {
    const other = testKeyPair()
    await expect(connectClient(instance, other.private)).rejects.toThrow(
      /authentication methods failed/
    )
    await expect(connectClient({ ...instance, user: 'root' })).rejects.toThrow(
      /authentication methods failed/
    )
  })

  it('starts an instance sshd quickly', async () => {
    const started = Date.now()
    const quick = await test.launch()
    // About 50 ms on an idle machine; the bound leaves room for a loaded one.
    expect(Date.now() - started).toBeLessThan(1500)
    await quick.handle.stop()
  })

  it('makes sudo root on the instance, but never on the machine', async () => {
    const result = await exec(
      client,
      "sudo -E id -un && sudo -u ubuntu id -un && sudo DEMO=1 sh -c 'echo $DEMO' && sudo touch /etc/ami-build-test"
    )
    expect(result.stdout).toBe('root\nubuntu\n1\n')
    expect(result.stderr).toMatch(/Permission denied/)
    expect(result.code).not.toBe(0)
    expect(existsSync('/etc/ami-build-test')).toBe(false)
  })

  it('lands SFTP relative paths in the instance root', async () => {
    const sftp = await new Promise<ssh2.SFTPWrapper>((resolve, reject) =>
      client.sftp((error, s) => (error ? reject(error) : resolve(s)))
    )
    await new Promise<void>((resolve, reject) =>
      sftp.writeFile('uploaded.txt', 'over sftp', error => (error ? reject(error) : resolve()))
    )
    sftp.end()
    expect(readFileSync(join(instance.root, 'uploaded.txt'), 'utf8')).toBe('over sftp')
  })

  it('records apt packages and systemd units inside the root, and cloud-init is done', async () => {
    const result = await exec(
      client,
      'sudo apt-get update -qq && sudo apt-get install -y nginx=1.18 curl && sudo systemctl enable --now nginx && ' +
        'systemctl is-active nginx && systemctl is-enabled sshd; cloud-init status --wait'
    )
    expect(result.stdout).toContain('Setting up nginx (emulated)')
    expect(result.stdout).toMatch(/active\ndisabled\nstatus: done\n$/)
    expect(existsSync(join(instance.root, 'var/lib/emulated-apt/installed/nginx'))).toBe(true)
    expect(existsSync(join(instance.root, 'var/lib/emulated-apt/installed/curl'))).toBe(true)
    expect(existsSync(join(instance.root, 'var/lib/emulated-systemd/enabled/nginx.service'))).toBe(
      true
    )
  })

  it('captures a root as an image, and a new instance from it starts with its files', async () => {
    await exec(client, 'mkdir -p etc/app && echo baked > etc/app/version')
    const image = await test.host.captureImage(instance.root, 'ami-0123456789abcdef0')
    expect(image.bytes).toBeGreaterThan(0)
    const copy = await test.host.copyImage(image.dir, 'ami-0fedcba9876543210')

    const fromImage = await test.launch({ fromImage: 'ami-0fedcba9876543210' })
    const second = await connectClient(fromImage)
    try {
      expect(copy).not.toBe(image.dir)
      expect(
        await exec(second, 'cat etc/app/version && echo more >> etc/app/version')
      ).toMatchObject({
        code: 0,
        stdout: 'baked\n'
      })
      // The image keeps what was captured; the new instance writes only to its own root.
      expect(readFileSync(join(copy, 'etc/app/version'), 'utf8')).toBe('baked\n')
    } finally {
      second.end()
      await fromImage.handle.stop()
    }
  })

  it('starts an instance of an image with no captured contents empty', async () => {
    const root = await test.host.createRoot('i-empty', 'ami-catalogue')
    expect(readdirSync(root)).toEqual([])
    await test.host.removeRoot(root)
    expect(existsSync(root)).toBe(false)
  })

  it('refuses to remove anything outside its state directory', async () => {
    await expect(test.host.removeRoot('/etc')).rejects.toThrow(/not inside/)
  })

  it('powers off on `shutdown -h now`: onShutdown is called and the connection drops', async () => {
    const doomed = await test.launch({ user: 'ec2-user' })
    const session = await connectClient(doomed)
    const closed = new Promise<void>(resolve => session.once('close', () => resolve()))
    await exec(session, 'sudo shutdown -h now; sleep 10').catch(() => undefined)
    await closed
    await eventually(() => doomed.shutdowns() === 1)
    await doomed.handle.stop()
  })

  it('schedules a shutdown with +N minutes and cancels it with -c', async () => {
    const timed = await test.launch()
    const session = await connectClient(timed)
    try {
      const scheduled = await exec(
        session,
        'sudo shutdown -h +2 "dead-man switch" && sudo shutdown -c'
      )
      expect(scheduled.stdout).toMatch(
        /^Shutdown scheduled for .*, use 'shutdown -c' to cancel\.\n$/
      )
      // Two "minutes" (100 ms each here) pass without a power-off once cancelled.
      await new Promise(resolve => setTimeout(resolve, 400))
      expect(timed.shutdowns()).toBe(0)

      await exec(session, 'sudo shutdown -P +1')
      await eventually(() => timed.shutdowns() === 1)
    } finally {
      session.end()
      await timed.handle.stop()
    }
  })

  it('drops connections on reboot and accepts them again a moment later', async () => {
    const rebooting = await test.launch()
    const session = await connectClient(rebooting)
    const closed = new Promise<void>(resolve => session.once('close', () => resolve()))
    await exec(session, 'echo before > marker; sudo reboot').catch(() => undefined)
    await closed
    await eventually(async () => {
      try {
        const again = await connectClient(rebooting)
        const result = await exec(again, 'cat marker')
        again.end()
        return result.stdout === 'before\n'
      } catch {
        return false
      }
    })
    expect(rebooting.shutdowns()).toBe(0)
    await rebooting.handle.stop()
  })

  it('stopping an instance ends its sshd and every process started in it, even a daemon', async () => {
    const victim = await test.launch()
    const session = await connectClient(victim)
    const started = await exec(
      session,
      'sleep 600 > /dev/null 2>&1 & echo $!; setsid sleep 601 < /dev/null > /dev/null 2>&1 & echo $!'
    )
    const pids = started.stdout.trim().split('\n').map(Number)
    const sshds = processesMentioning(join(test.stateDir, 'instances', victim.id))
    expect(sshds.length).toBeGreaterThan(0)
    expect(pids.every(isRunning)).toBe(true)

    await victim.handle.stop()
    session.end()
    expect([...sshds, ...pids].filter(isRunning)).toEqual([])
  })

  it('close stops every sshd it started', async () => {
    const other = startTestHost()
    await other.launch()
    await other.launch()
    const sshds = processesMentioning(other.stateDir)
    expect(sshds).toHaveLength(2)
    await other.close()
    expect(sshds.filter(isRunning)).toEqual([])
  })
})

describe('loopback address allocation', () => {
  let lockDir: string
  beforeEach(() => (lockDir = mkdtempSync(join(tmpdir(), 'ami-build-address-locks-'))))
  afterEach(() => rmSync(lockDir, { recursive: true, force: true }))

  it('never hands the same address to two pools, nor 127.0.0.1', async () => {
    const a = createAddressPool(2222, lockDir)
    const b = createAddressPool(2222, lockDir)
    const addresses = await Promise.all([a.allocate(), b.allocate(), a.allocate(), b.allocate()])
    expect(new Set(addresses).size).toBe(4)
    expect(addresses).not.toContain('127.0.0.1')
    await a.releaseAll()
    await b.releaseAll()
  })

  it('reclaims the address of a process that died holding it', async () => {
    const dead = spawnSync('true').pid
    const pool = createAddressPool(2222, lockDir)
    const first = await pool.allocate()
    await pool.release(first)
    writeFileSync(join(lockDir, first), `${dead}\n`)
    // The next allocation starts after `first`; exhaust the rest to prove `first` comes back.
    const seen = new Set<string>()
    for (let i = 0; i < 253; i++) seen.add(await pool.allocate())
    expect(seen.has(first)).toBe(true)
    expect(readFileSync(join(lockDir, first), 'utf8')).toBe(`${process.pid}\n`)
    await pool.releaseAll()
  })
})
