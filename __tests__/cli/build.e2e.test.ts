/**
 * `ami-build build` in-process against the EC2 emulator (real SDK, real sshd), with credentials
 * from the environment as on a developer's machine or another CI system.
 */
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { main, processIo, type CliIo } from '../../src/cli/main.js'
import { repositoryRoot } from '../helpers/runner.js'

let emulator: Emulator
const saved = { ...process.env }

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant' })
  process.env.AWS_ENDPOINT_URL = emulator.endpoint
  process.env.AWS_ACCESS_KEY_ID = emulator.credentials.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = emulator.credentials.secretAccessKey
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
})

afterAll(async () => {
  await emulator?.stop()
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

function cli() {
  const cwd = mkdtempSync(join(tmpdir(), 'ami-build-cli-build-'))
  cpSync(join(repositoryRoot, '__tests__/action/fixtures/build'), cwd, { recursive: true })
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    ...processIo(),
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    cwd,
    env: process.env
  }
  return {
    run: (...argv: string[]) => main(argv, io),
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}

describe('ami-build build', () => {
  it('builds the AMI, prints it per region, and never prints a sensitive value', async () => {
    const { run, stdout, stderr } = cli()

    const status = await run(
      'build',
      'template.yml',
      '--var',
      'db_password=correct-horse-battery',
      '--var',
      'app_version=3.1.4'
    )

    expect(stderr()).toBe('')
    expect(status).toBe(0)
    expect(stdout()).toMatch(
      /^default: web-3\.1\.4-\d+ \(us-east-1: ami-\w+, us-west-2: ami-\w+\)$/m
    )
    expect(stdout()).toContain('==> ')
    expect(stdout() + stderr()).not.toContain('correct-horse-battery')
    const temporary = emulator
      .ledger()
      .resources.filter(resource => resource.kind !== 'image' && resource.kind !== 'snapshot')
    expect(temporary).toEqual([])
  }, 120_000)

  it('reports the template’s errors and builds nothing', async () => {
    const { run, stderr } = cli()
    const calls = emulator.calls().length

    expect(await run('build', 'template.yml', '--var', 'nope=1')).toBe(1)
    expect(stderr()).toMatch(/template\.yml:\d+:\d+: error: .*nope|nothing was built/)
    expect(emulator.calls().length).toBe(calls)
  })
})
