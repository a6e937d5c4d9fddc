import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from '../../src/clients/ssh.js'
import { formatDuration } from '../../src/engine/clock.js'
import type { Communicator } from '../../src/engine/communicator.js'
import type { ProvisionerContext } from '../../src/engine/provisioners/api.js'
import { ProvisionerError, runProvisioner } from '../../src/engine/provisioners/index.js'
import type { FileProvisioner, ShellProvisioner } from '../../src/template/model.js'
import {
  fastClock,
  realClock,
  recordingReporter,
  startTestHost,
  type RecordingReporter,
  type TestHost,
  type TestInstance
} from '../instances/fixture.js'

const location = { file: join(process.cwd(), 'web.yml'), line: 14, column: 5 }
const common = { location, only: [], except: [], pause_before: 0, max_retries: 0, timeout: 0 }

function shell(options: Partial<ShellProvisioner>): ShellProvisioner {
  return {
    ...common,
    type: 'shell',
    environment_vars: [],
    execute_command: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
    inline_shebang: '/bin/sh -e',
    remote_folder: '/tmp',
    expect_disconnect: false,
    valid_exit_codes: [0],
    skip_clean: false,
    env: {},
    ...options
  }
}

function file(options: Partial<FileProvisioner>): FileProvisioner {
  return {
    ...common,
    type: 'file',
    destination: '',
    direction: 'upload',
    generated: false,
    ...options
  }
}

/** Values a careless quoting would break or, worse, execute. */
const HOSTILE: Record<string, string> = {
  QUOTES: `it's "quoted" and 'single'`,
  SUBSHELL: '$(touch pwned) and `touch pwned` and ${HOME}',
  NEWLINES: 'line one\nline two\n\ttabbed\n',
  SPACES: '  leading and trailing  ',
  REPLACEMENT: "$& $' $` $1 %s %d \\n \\",
  EQUALS: 'a=b=c',
  UNICODE: 'naïve ☃ 日本',
  EMPTY: ''
}

describe('provisioners', () => {
  let test: TestHost
  let instance: TestInstance
  let communicator: Communicator
  let local: string
  let reporter: RecordingReporter

  const context = (overrides: Partial<ProvisionerContext> = {}): ProvisionerContext => ({
    communicator,
    reporter,
    clock: realClock,
    signal: new AbortController().signal,
    buildVariables: { ID: 'i-0abc', SourceAMI: 'ami-0123' },
    buildName: 'web',
    secrets: [],
    index: 1,
    ...overrides
  })
  const onInstance = (path: string) => join(instance.root, path)

  beforeAll(async () => {
    test = startTestHost({ rebootDelayMs: 100 })
    instance = await test.launch()
    communicator = await connect({
      host: instance.address,
      port: instance.port,
      username: instance.user,
      privateKey: instance.privateKey,
      timeoutMs: 10_000,
      signal: new AbortController().signal,
      clock: realClock,
      reporter: recordingReporter()
    })
    local = mkdtempSync(join(tmpdir(), 'ami-build-provisioners-'))
  })

  beforeEach(() => (reporter = recordingReporter()))

  afterAll(async () => {
    await communicator?.close()
    await test.close()
    rmSync(local, { recursive: true, force: true })
  })

  describe('shell', () => {
    it('delivers hostile environment values byte for byte and never executes them', async () => {
      const names = Object.keys(HOSTILE)
      await runProvisioner(
        shell({
          environment_vars: names
            .filter(n => n !== 'UNICODE')
            .map(name => `${name}=${HOSTILE[name]}`),
          env: { UNICODE: HOSTILE.UNICODE },
          inline: [
            'mkdir -p env',
            ...[...names, 'PACKER_BUILD_NAME', 'PACKER_BUILDER_TYPE'].map(
              n => `printf '%s' "$${n}" > env/${n}`
            )
          ]
        }),
        context()
      )
      for (const name of names) {
        expect([name, readFileSync(onInstance(`env/${name}`), 'utf8')]).toEqual([
          name,
          HOSTILE[name]
        ])
      }
      expect(readFileSync(onInstance('env/PACKER_BUILD_NAME'), 'utf8')).toBe('web')
      expect(readFileSync(onInstance('env/PACKER_BUILDER_TYPE'), 'utf8')).toBe('amazon-ebs')
      expect(existsSync(onInstance('pwned'))).toBe(false)
    })

    it('passes the same values through {{.EnvVarFile}} and removes the file afterwards', async () => {
      await communicator.run('mkdir -p work')
      await runProvisioner(
        shell({
          environment_vars: [`SUBSHELL=${HOSTILE.SUBSHELL}`, `QUOTES=${HOSTILE.QUOTES}`],
          execute_command: '. {{ .EnvVarFile }} && sh {{ .Path }}',
          remote_folder: '/home/ubuntu/work',
          inline: [`printf '%s|%s' "$SUBSHELL" "$QUOTES" > envfile-result`]
        }),
        context()
      )
      expect(readFileSync(onInstance('envfile-result'), 'utf8')).toBe(
        `${HOSTILE.SUBSHELL}|${HOSTILE.QUOTES}`
      )
      expect(existsSync(onInstance('pwned'))).toBe(false)
      expect(readdirSync(onInstance('work'))).toEqual([])
    })

    it('streams each output line through the reporter, with build variables expanded', async () => {
      await runProvisioner(
        shell({ inline: ['echo "built from ${build.SourceAMI}"', 'echo to stderr >&2'] }),
        context()
      )
      expect(reporter.lines).toContain('info: built from ami-0123')
      expect(reporter.lines).toContain('info: to stderr')
      expect(reporter.lines[0]).toBe('group: Provisioning with shell (provisioners[1], web.yml:14)')
      expect(reporter.lines.at(-1)).toBe('endgroup')
    })

    it('stops at the first failing inline command and names the provisioner and its line', async () => {
      const failing = runProvisioner(
        shell({ inline: ['echo first', 'false', 'echo never'] }),
        context()
      )
      await expect(failing).rejects.toThrow(
        new ProvisionerError('shell provisioner (provisioners[1], web.yml:14) exited 1')
      )
      expect(reporter.text()).toContain('info: first')
      expect(reporter.text()).not.toContain('never')
    })

    it('accepts the exit codes listed in valid_exit_codes', async () => {
      await runProvisioner(shell({ inline: ['exit 3'], valid_exit_codes: [0, 3] }), context())
      await expect(
        runProvisioner(shell({ inline: ['exit 4'], valid_exit_codes: [0, 3] }), context())
      ).rejects.toThrow(
        'shell provisioner (provisioners[1], web.yml:14) exited 4 (valid_exit_codes: 0, 3)'
      )
    })

    it('runs scripts in order with Unix line endings, uploaded to remote_folder and removed after', async () => {
      const first = join(local, 'first.sh')
      const second = join(local, 'second.sh')
      writeFileSync(first, '#!/bin/sh\r\necho one >> order\r\n')
      writeFileSync(second, '#!/bin/sh\necho two >> order\necho "$0" >> order\n')
      await communicator.run('mkdir -p scripts')
      await runProvisioner(
        shell({
          scripts: [first, second],
          remote_folder: '/home/ubuntu/scripts',
          remote_file: 'setup.sh'
        }),
        context()
      )
      expect(readFileSync(onInstance('order'), 'utf8')).toBe(
        'one\ntwo\n/home/ubuntu/scripts/setup.sh\n'
      )
      expect(existsSync(onInstance('scripts/setup.sh'))).toBe(false)

      await runProvisioner(
        shell({
          inline: ['true'],
          remote_folder: '/home/ubuntu/scripts',
          remote_file: 'kept.sh',
          skip_clean: true
        }),
        context()
      )
      expect(readFileSync(onInstance('scripts/kept.sh'), 'utf8')).toBe('#!/bin/sh -e\ntrue\n')
    })

    it('says which script failed when there are several', async () => {
      const ok = join(local, 'ok.sh')
      const bad = join(local, 'bad.sh')
      writeFileSync(ok, 'exit 0\n')
      writeFileSync(bad, 'exit 2\n')
      await expect(runProvisioner(shell({ scripts: [ok, bad] }), context())).rejects.toThrow(
        `shell provisioner (provisioners[1], web.yml:14) ${bad} exited 2`
      )
    })

    it('retries up to max_retries with a growing pause, and succeeds when an attempt does', async () => {
      const clock = fastClock()
      await runProvisioner(
        shell({
          inline: ['echo x >> attempts', 'test "$(wc -l < attempts)" -ge 3'],
          max_retries: 3
        }),
        context({ clock })
      )
      expect(readFileSync(onInstance('attempts'), 'utf8')).toBe('x\nx\nx\n')
      expect(clock.sleeps).toEqual([2000, 4000])
      expect(reporter.lines.filter(l => l.startsWith('warning:'))).toEqual([
        `warning: shell provisioner (provisioners[1], web.yml:14) exited 1; retrying in ${formatDuration(2000)} (attempt 2 of 4)`,
        `warning: shell provisioner (provisioners[1], web.yml:14) exited 1; retrying in ${formatDuration(4000)} (attempt 3 of 4)`
      ])
    })

    it('gives up after the last retry', async () => {
      await expect(
        runProvisioner(
          shell({ inline: ['exit 5'], max_retries: 2 }),
          context({ clock: fastClock() })
        )
      ).rejects.toThrow(
        'shell provisioner (provisioners[1], web.yml:14) exited 5 (after 3 attempts)'
      )
    })

    it('stops a provisioner that outlives its timeout', async () => {
      const started = Date.now()
      await expect(
        runProvisioner(shell({ inline: ['sleep 30'], timeout: 300 }), context())
      ).rejects.toThrow(/^shell provisioner \(provisioners\[1\], web\.yml:14\) timed out after /)
      expect(Date.now() - started).toBeLessThan(5000)
    })

    it('waits pause_before first', async () => {
      const clock = fastClock()
      await runProvisioner(shell({ inline: ['true'], pause_before: 10_000 }), context({ clock }))
      expect(clock.sleeps).toEqual([10_000])
    })

    it('stops at once when the build is cancelled', async () => {
      const controller = new AbortController()
      const running = runProvisioner(
        shell({ inline: ['sleep 30'] }),
        context({ signal: controller.signal })
      )
      setTimeout(() => controller.abort(new Error('cancelled')), 200)
      await expect(running).rejects.toThrow('cancelled')
    })

    it('masks secrets in every line it prints, and in its error', async () => {
      const secret = 's3cr3t-Value'
      await expect(
        runProvisioner(
          shell({
            environment_vars: [`TOKEN=${secret}`],
            inline: ['echo "token is $TOKEN"', 'echo "$TOKEN" >&2', 'exit 9']
          }),
          context({ secrets: [secret] })
        )
      ).rejects.toThrow('exited 9')
      expect(reporter.lines).toContain('info: token is ***')
      expect(reporter.text()).not.toContain(secret)
    })

    it('treats a reboot as success with expect_disconnect, and the next provisioner runs', async () => {
      const rebooting = await test.launch()
      const session = await connect({
        host: rebooting.address,
        port: rebooting.port,
        username: rebooting.user,
        privateKey: rebooting.privateKey,
        timeoutMs: 10_000,
        signal: new AbortController().signal,
        clock: realClock,
        reporter: recordingReporter()
      })
      try {
        await runProvisioner(
          shell({
            inline: ['echo before > marker', 'sudo reboot', 'sleep 10'],
            expect_disconnect: true
          }),
          context({ communicator: session })
        )
        await runProvisioner(shell({ inline: ['cat marker'] }), context({ communicator: session }))
        expect(reporter.lines).toContain('info: before')

        await expect(
          runProvisioner(
            shell({ inline: ['sudo reboot', 'sleep 10'] }),
            context({ communicator: session })
          )
        ).rejects.toThrow(
          /lost its SSH connection before it finished; if it restarts the machine, set expect_disconnect: true/
        )

        // A reboot that lands after the script ended: the next provisioner reconnects first.
        await session.reconnect()
        await runProvisioner(
          shell({ inline: ['(sleep 0.2; sudo reboot) > /dev/null 2>&1 &'] }),
          context({ communicator: session })
        )
        await new Promise(resolve => setTimeout(resolve, 500))
        await runProvisioner(
          file({ content: 'after', destination: 'after-reboot.txt' }),
          context({ communicator: session })
        )
        expect(readFileSync(join(rebooting.root, 'after-reboot.txt'), 'utf8')).toBe('after')
        expect(reporter.lines).toContain('info: The SSH connection had dropped; reconnecting')
      } finally {
        await session.close()
        await rebooting.handle.stop()
      }
    })
  })

  describe('file', () => {
    it('uploads a file, into a directory when the destination ends with a slash', async () => {
      const page = join(local, 'index.html')
      writeFileSync(page, '<h1>hello</h1>')
      await communicator.run('mkdir -p www')
      await runProvisioner(file({ sources: [page], destination: 'www/' }), context())
      await runProvisioner(file({ sources: [page], destination: 'www/renamed.html' }), context())
      expect(readFileSync(onInstance('www/index.html'), 'utf8')).toBe('<h1>hello</h1>')
      expect(readFileSync(onInstance('www/renamed.html'), 'utf8')).toBe('<h1>hello</h1>')
    })

    it('uploads a directory itself, or its contents with a trailing slash', async () => {
      const site = join(local, 'site')
      mkdirSync(join(site, 'assets'), { recursive: true })
      writeFileSync(join(site, 'assets', 'app.js'), 'run()')
      await runProvisioner(file({ sources: [site], destination: 'opt' }), context())
      await runProvisioner(file({ sources: [`${site}/`], destination: 'srv/app' }), context())
      expect(readFileSync(onInstance('opt/site/assets/app.js'), 'utf8')).toBe('run()')
      expect(readFileSync(onInstance('srv/app/assets/app.js'), 'utf8')).toBe('run()')
    })

    it('writes content, with build variables expanded', async () => {
      await runProvisioner(
        file({ content: 'instance ${build.ID}\n', destination: 'instance.txt' }),
        context()
      )
      expect(readFileSync(onInstance('instance.txt'), 'utf8')).toBe('instance i-0abc\n')
    })

    it('downloads a file and a directory', async () => {
      await communicator.run('mkdir -p results/deep && printf ok > results/deep/report.txt')
      const into = join(local, 'downloaded')
      await runProvisioner(
        file({ direction: 'download', sources: ['results'], destination: `${into}/` }),
        context()
      )
      await runProvisioner(
        file({
          direction: 'download',
          sources: ['results/deep/report.txt'],
          destination: join(into, 'one.txt')
        }),
        context()
      )
      expect(readFileSync(join(into, 'results/deep/report.txt'), 'utf8')).toBe('ok')
      expect(readFileSync(join(into, 'one.txt'), 'utf8')).toBe('ok')
    })

    it('says clearly which source is missing', async () => {
      await expect(
        runProvisioner(
          file({ sources: [join(process.cwd(), 'files/missing.html')], destination: '/tmp/x' }),
          context()
        )
      ).rejects.toThrow(
        'file provisioner (provisioners[1], web.yml:14) could not upload files/missing.html: it does not exist'
      )
    })

    it('names the provisioner by its line alone when its position is not known', async () => {
      await expect(
        runProvisioner(
          file({ sources: [join(local, 'nothing-here')], destination: 'x' }),
          context({ index: undefined })
        )
      ).rejects.toThrow(/^file provisioner \(web\.yml:14\) could not upload /)
    })

    it('names the remote problem when an upload fails', async () => {
      await expect(
        runProvisioner(file({ content: 'x', destination: 'no/such/dir/file' }), context())
      ).rejects.toThrow(
        /^file provisioner \(provisioners\[1\], web\.yml:14\) failed: upload to no\/such\/dir\/file on ubuntu@127\.0\.0\.\d+:22 failed: no such file or directory$/
      )
    })
  })
})
