import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CommandTimeoutError, connect } from '../../src/clients/ssh.js'
import type { Communicator, ConnectOptions } from '../../src/engine/communicator.js'
import {
  eventually,
  fastClock,
  realClock,
  recordingReporter,
  startTestHost,
  testKeyPair,
  type TestHost,
  type TestInstance
} from '../instances/fixture.js'

describe('the SSH communicator', () => {
  let test: TestHost
  let instance: TestInstance
  let ssh: Communicator
  let local: string

  const options = (overrides: Partial<ConnectOptions> = {}): ConnectOptions => ({
    host: instance.address,
    port: instance.port,
    username: instance.user,
    privateKey: instance.privateKey,
    timeoutMs: 10_000,
    signal: new AbortController().signal,
    clock: realClock,
    reporter: recordingReporter(),
    ...overrides
  })

  beforeAll(async () => {
    test = startTestHost()
    instance = await test.launch()
    ssh = await connect(options())
    local = mkdtempSync(join(tmpdir(), 'ami-build-ssh-'))
  })

  afterAll(async () => {
    await ssh?.close()
    await test.close()
    rmSync(local, { recursive: true, force: true })
  })

  it('streams stdout and stderr line by line and reports the exit code', async () => {
    const stdout: string[] = []
    const stderr: string[] = []
    const result = await ssh.run("printf 'one\\ntwo\\r\\nthree'; echo oops >&2; exit 3", {
      onStdout: line => stdout.push(line),
      onStderr: line => stderr.push(line)
    })
    expect(result).toEqual({ exitCode: 3, disconnected: false })
    expect(stdout).toEqual(['one', 'two', 'three'])
    expect(stderr).toEqual(['oops'])
  })

  it('reports a command killed by a signal', async () => {
    expect(await ssh.run('kill -TERM $$')).toEqual({
      exitCode: null,
      disconnected: false,
      signal: 'SIGTERM'
    })
  })

  it('stops a command that outlives its timeout', async () => {
    const started = Date.now()
    await expect(ssh.run('sleep 30', { timeoutMs: 200 })).rejects.toBeInstanceOf(
      CommandTimeoutError
    )
    expect(Date.now() - started).toBeLessThan(5000)
    // The connection is still usable afterwards.
    expect(await ssh.run('true')).toEqual({ exitCode: 0, disconnected: false })
  })

  it('stops a command at once when the build is cancelled', async () => {
    const controller = new AbortController()
    const running = ssh.run('sleep 30', { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('cancelled')), 100)
    await expect(running).rejects.toThrow('cancelled')
  })

  it('uploads bytes and local files, keeping the file mode', async () => {
    await ssh.upload('greeting.txt', Buffer.from('hello\n'))
    const script = join(local, 'run.sh')
    writeFileSync(script, '#!/bin/sh\necho ran\n', { mode: 0o755 })
    await ssh.upload('~/run.sh', { localPath: script })
    expect(readFileSync(join(instance.root, 'greeting.txt'), 'utf8')).toBe('hello\n')
    expect(statSync(join(instance.root, 'run.sh')).mode & 0o777).toBe(0o755)
    const out: string[] = []
    await ssh.run('./run.sh', { onStdout: line => out.push(line) })
    expect(out).toEqual(['ran'])
  })

  it('says clearly when an upload destination directory does not exist', async () => {
    await expect(ssh.upload('missing/dir/file.txt', Buffer.from('x'))).rejects.toThrow(
      /upload to missing\/dir\/file\.txt on ubuntu@127\.0\.0\.\d+:22 failed: no such file or directory/
    )
  })

  it('uploads a directory itself, or only its contents with a trailing slash', async () => {
    const tree = join(local, 'site')
    mkdirSync(join(tree, 'css'), { recursive: true })
    writeFileSync(join(tree, 'index.html'), '<h1>hi</h1>')
    writeFileSync(join(tree, 'css', 'main.css'), 'body {}')

    await ssh.uploadDir(tree, 'www')
    await ssh.uploadDir(`${tree}/`, 'flat/nested')
    expect(readFileSync(join(instance.root, 'www/site/index.html'), 'utf8')).toBe('<h1>hi</h1>')
    expect(readFileSync(join(instance.root, 'www/site/css/main.css'), 'utf8')).toBe('body {}')
    expect(readFileSync(join(instance.root, 'flat/nested/index.html'), 'utf8')).toBe('<h1>hi</h1>')
    expect(existsSync(join(instance.root, 'flat/nested/site'))).toBe(false)
  })

  it('downloads a file, and a directory tree', async () => {
    await ssh.run('mkdir -p logs/app && echo a > logs/one.log && echo b > logs/app/two.log')
    const into = join(local, 'downloads')
    mkdirSync(into)
    await ssh.download('logs/one.log', `${into}/`)
    await ssh.download('logs', into)
    await ssh.download('logs/', join(into, 'contents'))
    expect(readFileSync(join(into, 'one.log'), 'utf8')).toBe('a\n')
    expect(readFileSync(join(into, 'logs/app/two.log'), 'utf8')).toBe('b\n')
    expect(readFileSync(join(into, 'contents/app/two.log'), 'utf8')).toBe('b\n')
  })

  it('reports a reboot as a disconnect, then reconnects', async () => {
    const rebooting = await test.launch()
    const reporter = recordingReporter()
    const session = await connect(
      options({ host: rebooting.address, privateKey: rebooting.privateKey, reporter })
    )
    try {
      await session.run('echo survived > marker')
      const result = await session.run('sudo reboot; sleep 10')
      expect(result).toEqual({ exitCode: null, disconnected: true })
      expect(await session.run('true')).toEqual({ exitCode: null, disconnected: true })
      await session.reconnect()
      const out: string[] = []
      expect(await session.run('cat marker', { onStdout: line => out.push(line) })).toEqual({
        exitCode: 0,
        disconnected: false
      })
      expect(out).toEqual(['survived'])
      expect(reporter.text()).not.toContain(rebooting.privateKey.split('\n')[1])
    } finally {
      await session.close()
      await rebooting.handle.stop()
    }
  })

  it('waits for SSH to come up, saying so', async () => {
    const address = await test.host.allocateAddress()
    const keys = testKeyPair()
    const reporter = recordingReporter()
    const connecting = connect({
      ...options({ host: address, privateKey: keys.private, reporter })
    })
    await eventually(() => reporter.lines.some(line => line.startsWith('info: Waiting for SSH')))
    const root = await test.host.createRoot('i-late')
    const handle = await test.host.startSshd({
      instanceId: 'i-late',
      address,
      user: 'ubuntu',
      authorizedKey: keys.public,
      rootDir: root,
      onShutdown: () => undefined
    })
    const session = await connecting
    expect(await session.run('true')).toEqual({ exitCode: 0, disconnected: false })
    expect(reporter.text()).toMatch(
      /Waiting for SSH on ubuntu@127\.0\.0\.\d+:22 \(connection refused\), [\d.]+ s so far/
    )
    await session.close()
    await handle.stop()
  })

  it('retries every second at most through the first minute, when sshd usually comes up, then backs off up to 5 s and gives up after the SSH timeout with the last reason', async () => {
    const address = await test.host.allocateAddress()
    const clock = fastClock()
    const failure = connect(options({ host: address, clock, timeoutMs: 5 * 60_000 }))
    await expect(failure).rejects.toThrow(
      /^gave up after \d+ attempts in \S+; the last: connection refused$/
    )
    // The waits add up to the timeout: the give-up comes no later than one wait after it.
    const waited = clock.sleeps.reduce((sum, ms) => sum + ms, 0)
    expect(waited).toBeLessThanOrEqual(5 * 60_000)
    expect(waited).toBeGreaterThan(5 * 60_000 - 5000)
    expect(clock.sleeps[0]).toBe(200)
    expect(Math.max(...clock.sleeps)).toBe(5000)
    let elapsed = 0
    const firstMinute = clock.sleeps.filter(ms => {
      const started = elapsed
      elapsed += ms
      return started < 60_000
    })
    expect(firstMinute.length).toBeGreaterThan(50)
    expect(Math.max(...firstMinute)).toBeLessThanOrEqual(1000)
    test.host.releaseAddress(address)
  })

  it('names a refused key as the reason, and never prints the key', async () => {
    const other = testKeyPair()
    const reporter = recordingReporter()
    await expect(
      connect(options({ privateKey: other.private, timeoutMs: 1000, reporter }))
    ).rejects.toThrow(/the last: authentication failed: the key was not accepted/)
    expect(reporter.text()).not.toContain(other.private.split('\n')[1])
  })

  it('stops after ssh_handshake_attempts refusals of the key, long before the timeout', async () => {
    const other = testKeyPair()
    const clock = fastClock()
    await expect(
      connect(
        options({ privateKey: other.private, clock, timeoutMs: 60 * 60_000, handshakeAttempts: 2 })
      )
    ).rejects.toThrow(
      "the instance refused the key 2 times (ssh_handshake_attempts); is ubuntu the image's SSH user?"
    )
    expect(clock.sleeps).toEqual([200])
  })

  it('stops waiting at once when cancelled', async () => {
    const address = await test.host.allocateAddress()
    const controller = new AbortController()
    const connecting = connect(
      options({ host: address, signal: controller.signal, timeoutMs: 60_000 })
    )
    setTimeout(() => controller.abort(new Error('build cancelled')), 300)
    const started = Date.now()
    await expect(connecting).rejects.toThrow('build cancelled')
    expect(Date.now() - started).toBeLessThan(1000)
    test.host.releaseAddress(address)
  })
})
