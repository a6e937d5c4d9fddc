import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main, type CliIo } from '../../src/cli/main.js'
import { formatDiagnostic } from '../../src/cli/validate.js'
import { loadTemplate } from '../../src/template/load.js'
import { describePlan } from '../../src/template/plan.js'
import { repositoryRoot } from '../helpers/runner.js'

/** The CLI in-process, in a directory holding the given files, with the real template loader. */
function cli(files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'ami-build-cli-'))
  for (const [target, source] of Object.entries(files)) {
    cpSync(join(repositoryRoot, source), join(cwd, target), { recursive: true })
  }
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    cwd,
    env,
    now: () => new Date('2026-01-02T03:04:05Z'),
    templateTools: async () => ({ loadTemplate, describePlan })
  }
  return {
    cwd,
    run: (...argv: string[]) => main(argv, io),
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}

const badTemplate = '__tests__/action/fixtures/bad/web.yml'

describe('ami-build validate', () => {
  it('prints errors like a compiler, relative to the current directory, and exits 1', async () => {
    const { run, stdout, stderr } = cli({ 'images/web.yml': badTemplate })

    expect(await run('validate', 'images/web.yml', '--working-directory', 'images')).toBe(1)
    const lines = stderr().split('\n')
    expect(lines).toContain(
      'images/web.yml:6:3: error: unknown key `instance_typ` in source `default` — did you mean `instance_type`? [source.instance_typ]'
    )
    expect(lines).toContainEqual(
      expect.stringMatching(/^images\/web\.yml:9:\d+: error: undefined variable `app_versio`/)
    )
    const errors = lines.filter(line => line.includes(': error: '))
    expect(lines.slice(-2)).toEqual([`${errors.length} errors`, ''])
    expect(stdout()).toBe('')
  })

  it('prints the plan on success and exits 0', async () => {
    const { run, stdout, stderr } = cli({ web: 'examples/web' })

    expect(await run('validate', 'web/template.yml', '--working-directory', 'web')).toBe(0)
    expect(stderr()).toBe('')
    expect(stdout()).toBe(
      [
        'default: amazon-ebs in us-east-1',
        '  source AMI:    ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*, virtualization-type=hvm, root-device-type=ebs owned by 099720109477, newest',
        '  instance type: t3.micro',
        '  AMI name:      web-1.0.0-1767323045',
        '  copied to:     us-west-2',
        '  provisioners:  3',
        ''
      ].join('\n')
    )
  })

  it('takes variables from --var over --var-file over defaults', async () => {
    const amiName = async (...options: string[]) => {
      const { run, stdout, cwd } = cli({ web: 'examples/web' })
      writeFileSync(join(cwd, 'first.yml'), 'app_version: first\nregion: eu-west-1\n')
      writeFileSync(join(cwd, 'second.yml'), 'app_version: second\n')
      expect(
        await run('validate', 'web/template.yml', '--working-directory', 'web', ...options)
      ).toBe(0)
      return /AMI name: +(\S+)-\d+\n/.exec(stdout())?.[1]
    }

    expect(await amiName()).toBe('web-1.0.0')
    expect(await amiName('--var-file', 'first.yml', '--var-file=second.yml')).toBe('web-second')
    expect(await amiName('--var-file', 'second.yml', '--var', 'app_version=flag')).toBe('web-flag')
  })

  it('names a template that does not exist', async () => {
    const { run, stderr } = cli()
    expect(await run('validate', 'nope.yml')).toBe(1)
    expect(stderr()).toMatch(/nope\.yml:1:1: error: template not found: .*nope\.yml\n1 error\n$/)
  })

  it('prints a diagnostic outside the current directory with its absolute path', () => {
    expect(
      formatDiagnostic(
        {
          severity: 'warning',
          file: '/etc/vars.yml',
          line: 2,
          column: 4,
          path: '',
          message: 'odd'
        },
        '/work/repo'
      )
    ).toBe('/etc/vars.yml:2:4: warning: odd')
  })
})

describe('the ami-build command line', () => {
  it('prints the usage for --help and exits 0', async () => {
    const { run, stdout } = cli()
    expect(await run('--help')).toBe(0)
    expect(stdout()).toContain('ami-build validate TEMPLATE [options]')
    expect(await run('validate', '-h')).toBe(0)
  })

  it.each([
    [[], 'ami-build: a command is required.'],
    [
      ['deploy'],
      'ami-build: unknown command "deploy"; the commands are validate, build and cleanup.'
    ],
    [['validate'], 'ami-build: validate needs the path of a template.'],
    [
      ['validate', 'a.yml', 'b.yml'],
      'ami-build: validate takes one template; got "a.yml", "b.yml".'
    ],
    [['validate', 'a.yml', '--frobnicate'], "ami-build: Unknown option '--frobnicate'."],
    [['validate', 'a.yml', '--var'], "ami-build: Option '--var <value>' argument missing."],
    [
      ['validate', 'a.yml', '--var', 'novalue'],
      'ami-build: --var expects NAME=VALUE; got "novalue".'
    ],
    [['validate', 'a.yml', '--region', 'eu-west-1'], 'ami-build: --region applies to build only.'],
    [
      ['build', 'a.yml', '--on-error', 'keep'],
      'ami-build: --on-error must be cleanup or abort; got "keep".'
    ]
  ])('refuses %j with a usage error, exit status 2', async (argv, message) => {
    const { run, stderr } = cli()
    expect(await run(...argv)).toBe(2)
    expect(stderr()).toMatch(new RegExp(`^${escapeRegExp(message)}\n\nUsage:`))
  })

  it.each([
    [
      ['cleanup'],
      'ami-build: cleanup needs --run-id: the run ID the build printed when it started.'
    ],
    [
      ['cleanup', '--run-id', 'a b'],
      'ami-build: --run-id "a b" is not a run ID (letters, digits, . _ and -).'
    ],
    [['validate', 't.yml', '--run-id', 'x'], 'ami-build: --run-id applies to cleanup only.']
  ])('cleanup: refuses %j with a usage error, exit status 2', async (argv, message) => {
    const { run, stderr } = cli()
    expect(await run(...argv)).toBe(2)
    expect(stderr()).toMatch(new RegExp(`^${escapeRegExp(message)}\n\nUsage:`))
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
