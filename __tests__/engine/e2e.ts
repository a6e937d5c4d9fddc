/**
 * End-to-end harness: the engine against the EC2 emulator with real sshd instances, through the
 * real SDK (AWS_ENDPOINT_URL, as a user would point it anywhere) — no SDK mocks.
 */
import { randomUUID } from 'node:crypto'
import { startEmulator } from '../../emulator/index.js'
import type { Emulator, EmulatorOptions } from '../../emulator/api.js'
import type { BuildOptions, BuildResult, ResourceEvent } from '../../src/engine/api.js'
import { build, type BuildDependencies } from '../../src/engine/build.js'
import { systemClock } from '../../src/engine/clock.js'
import type { AmazonEbsSource, Template } from '../../src/template/model.js'
import { ebsSource, RecordingReporter } from './helpers.js'

export const UBUNTU_FILTER: AmazonEbsSource['source_ami_filter'] = {
  owners: ['099720109477'],
  most_recent: true,
  include_deprecated: false,
  filters: {
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*',
    'virtualization-type': 'hvm',
    'root-device-type': 'ebs'
  }
}

export function e2eSource(overrides: Partial<AmazonEbsSource> = {}): AmazonEbsSource {
  return ebsSource({
    source_ami: undefined,
    source_ami_filter: UBUNTU_FILTER,
    ssh_timeout: 20_000,
    ami_name: `web-${randomUUID().slice(0, 8)}`,
    ...overrides
  })
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await startEmulator({ profile: 'instant', ...options })
  process.env.AWS_ENDPOINT_URL = emulator.endpoint
  process.env.AWS_ACCESS_KEY_ID = emulator.credentials.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = emulator.credentials.secretAccessKey
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
  return emulator
}

export interface E2eRun {
  result: BuildResult
  reporter: RecordingReporter
  events: ResourceEvent[]
  runId: string
}

export async function runBuild(
  template: Template,
  options: Partial<BuildOptions> = {},
  dependencies: BuildDependencies = {}
): Promise<E2eRun> {
  const reporter = new RecordingReporter()
  const events: ResourceEvent[] = []
  const runId = options.runId ?? randomUUID()
  const result = await build(
    {
      template,
      runId,
      onError: 'cleanup',
      signal: new AbortController().signal,
      reporter,
      clock: systemClock,
      onResource: event => events.push(event),
      instanceTimeLimitMinutes: 30,
      ...options
    },
    dependencies
  )
  return { result, reporter, events, runId }
}
