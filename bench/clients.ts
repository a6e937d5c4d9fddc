/**
 * How each tool is started, the way a user starts it: ours through the bundled action entry as the
 * GitHub runner runs it (INPUT_* variables, the runner's file commands), Packer through its own
 * command line. Both get the same template; Packer's copy only adds the two keys that point
 * aws-sdk-go v1 at the emulator (ours takes the SDK's standard AWS_ENDPOINT_URL).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
/** The bundle measured: scripts/bench.sh builds it from the current sources; default dist/. */
export const distDir = resolve(repositoryRoot, process.env.AMI_BUILD_BENCH_DIST ?? 'dist')
export const mainEntry = join(distDir, 'main/index.js')
export const templatesDir = join(repositoryRoot, 'bench/templates')

export type Tool = 'ami-build' | 'packer'
export const TOOLS: Tool[] = ['ami-build', 'packer']

export interface Command {
  command: string
  args: string[]
  cwd: string
  env: Record<string, string>
}

export function packerPath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

export function packerVersion(): string | undefined {
  const packer = packerPath()
  if (!packer) return undefined
  try {
    return execFileSync(packer, ['version'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', CHECKPOINT_DISABLE: '1' }
    })
      .trim()
      .split('\n')[0]
  } catch {
    return undefined
  }
}

let actionDefaults: Record<string, string> | undefined

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  if (!actionDefaults) {
    const action = parseYaml(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: unknown }>
    }
    actionDefaults = {}
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined) actionDefaults[name] = String(input.default)
    }
  }
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries({ ...actionDefaults, ...inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

/** The environment the runner gives a step: context variables and fresh file-command files. */
function runnerEnv(workspace: string): Record<string, string> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ami-build-bench-runner-'))
  const files: Record<string, string> = {}
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(runnerTemp, name.toLowerCase())
    writeFileSync(files[name], '')
  }
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runnerTemp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: String(1_000_000 + Math.floor(Math.random() * 1_000_000)),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo-org/images',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_JOB: 'ami',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    ...files
  }
}

function packerEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    // No call home to checkpoint.hashicorp.com: nothing here may leave loopback.
    CHECKPOINT_DISABLE: '1',
    PACKER_NO_COLOR: '1'
  }
}

// `unshare -rn` gives the process an empty network namespace: validation must need no network,
// and this guarantees nothing is reached by accident. Both tools pay the same few milliseconds.
const NO_NETWORK = ['unshare', '-rn']

/** `command: validate` through the bundled entry; `template` relative to the repository. */
export function oursValidate(template: string): Command {
  return {
    command: NO_NETWORK[0],
    args: [...NO_NETWORK.slice(1), process.execPath, mainEntry],
    cwd: repositoryRoot,
    env: {
      ...runnerEnv(repositoryRoot),
      ...inputEnv({ command: 'validate', template })
    }
  }
}

export function packerValidate(template: string): Command {
  const home = mkdtempSync(join(tmpdir(), 'ami-build-bench-packer-'))
  return {
    command: NO_NETWORK[0],
    args: [...NO_NETWORK.slice(1), packerPath() ?? 'packer', 'validate', template],
    cwd: repositoryRoot,
    env: packerEnv(home)
  }
}

export interface AwsTarget {
  endpoint: string
  accessKeyId: string
  secretAccessKey: string
  region: string
}

function awsEnv(target: AwsTarget): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: target.accessKeyId,
    AWS_SECRET_ACCESS_KEY: target.secretAccessKey,
    AWS_REGION: target.region,
    AWS_DEFAULT_REGION: target.region,
    // Nothing from this machine's AWS configuration, and no instance metadata lookups.
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

/** A legacy JSON template: what a build benchmark hands both tools. */
export type LegacyTemplate = {
  builders: Array<Record<string, unknown>>
  [key: string]: unknown
}

export function loadLegacyTemplate(name = 'web.json'): LegacyTemplate {
  return JSON.parse(readFileSync(join(templatesDir, name), 'utf8')) as LegacyTemplate
}

const copies = (regions: string[] | undefined) =>
  regions && regions.length > 0 ? { ami_regions: regions } : {}

/** The benchmark template with `sources` builders (named web-1…) and these copy regions. */
export function variant(
  base: LegacyTemplate,
  shape: { sources?: number; amiRegions?: string[] }
): LegacyTemplate {
  const sources = shape.sources ?? 1
  const [builder] = base.builders
  const builders = Array.from({ length: sources }, (_, index) => {
    if (sources === 1) return { ...builder, ...copies(shape.amiRegions) }
    // Each source needs an AMI name of its own: AWS refuses a name already in use.
    const name = `${String(builder.name ?? 'web')}-${index + 1}`
    return {
      ...builder,
      name,
      ami_name: `${name}-${String(builder.ami_name)}`,
      ...copies(shape.amiRegions)
    }
  })
  return { ...base, builders }
}

function workDir(tool: Tool): string {
  const dir = mkdtempSync(join(tmpdir(), `ami-build-bench-${tool}-`))
  mkdirSync(dir, { recursive: true })
  return dir
}

export function oursBuild(template: LegacyTemplate, target: AwsTarget): Command {
  const dir = workDir('ami-build')
  writeFileSync(join(dir, 'template.json'), JSON.stringify(template, null, 2))
  return {
    command: process.execPath,
    args: [mainEntry],
    cwd: dir,
    env: {
      ...runnerEnv(dir),
      ...awsEnv(target),
      AWS_ENDPOINT_URL: target.endpoint,
      ...inputEnv({ command: 'build', template: 'template.json', 'aws-region': target.region })
    }
  }
}

export function packerBuild(template: LegacyTemplate, target: AwsTarget): Command {
  const dir = workDir('packer')
  const pointed = {
    ...template,
    builders: template.builders.map(builder => ({
      ...builder,
      custom_endpoint_ec2: target.endpoint,
      skip_metadata_api_check: true
    }))
  }
  writeFileSync(join(dir, 'template.json'), JSON.stringify(pointed, null, 2))
  return {
    command: packerPath() ?? 'packer',
    args: ['build', '-machine-readable', 'template.json'],
    cwd: resolve(dir),
    env: { ...packerEnv(dir), ...awsEnv(target) }
  }
}
