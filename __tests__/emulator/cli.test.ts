import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
let child: ChildProcess | undefined
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'))
})
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL')
    await new Promise(done => child!.once('exit', done))
  }
  child = undefined
  await rm(dir, { recursive: true, force: true })
})

function startCli(args: string[]) {
  child = spawn('bash', ['scripts/node24', '--import', 'tsx', 'emulator/cli.ts', ...args], {
    cwd: root
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>(done => child!.once('exit', code => done(code)))
  const exports = new Promise<Record<string, string>>((done, fail) => {
    const check = () => {
      if (/^export AMI_BUILD_EMULATOR_ROLE_ARN=/m.test(stdout)) {
        const env: Record<string, string> = {}
        for (const [, name, value] of stdout.matchAll(/^export (\w+)=(.*)$/gm))
          env[name] = value.replace(/^'(.*)'$/, '$1')
        done(env)
      }
    }
    child!.stdout!.on('data', check)
    void exited.then(code => fail(new Error(`emulator exited ${code}: ${stderr}`)))
  })
  return { exports, exited, output: () => ({ stdout, stderr }) }
}

describe('npm run emulator', () => {
  it('prints the exports first, applies the fault plan, and stops cleanly on SIGINT', async () => {
    const plan = join(dir, 'faults.json')
    await writeFile(
      plan,
      JSON.stringify({
        rules: [{ action: 'DescribeRegions', nth: [1], error: { code: 'RequestLimitExceeded' } }]
      })
    )
    const cli = startCli(['--profile', 'instant', '--faults', plan])
    const env = await cli.exports
    expect(Object.keys(env)).toEqual([
      'AWS_ENDPOINT_URL',
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_REGION',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'AMI_BUILD_EMULATOR_ROLE_ARN'
    ])
    expect(cli.output().stdout.startsWith('export AWS_ENDPOINT_URL=http://127.0.0.1:')).toBe(true)
    const ec2 = new EC2Client({
      endpoint: env.AWS_ENDPOINT_URL,
      region: env.AWS_REGION,
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY
      },
      maxAttempts: 1
    })
    await expect(ec2.send(new DescribeRegionsCommand({}))).rejects.toMatchObject({
      name: 'RequestLimitExceeded'
    })
    await expect(ec2.send(new DescribeRegionsCommand({}))).resolves.toBeDefined()
    child!.kill('SIGINT')
    expect(await cli.exited).toBe(0)
    expect(cli.output().stderr).toContain('SIGINT, stopping every instance')
  })

  it('says what is wrong with its options', async () => {
    const cli = startCli(['--profile', 'leisurely'])
    cli.exports.catch(() => undefined)
    expect(await cli.exited).toBe(2)
    expect(cli.output().stderr).toContain('emulator: unknown profile "leisurely"')
    expect(cli.output().stderr).toContain('usage: npm run emulator')
  })
})
