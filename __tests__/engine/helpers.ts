/**
 * Test helpers for the engine: templates with Packer's defaults filled in, a clock whose sleeps
 * take no real time, and a reporter that records every line (and checks masking).
 */
import type { Clock, Reporter } from '../../src/engine/api.js'
import type {
  AmazonEbsSource,
  ManifestPostProcessor,
  Provisioner,
  ShellProvisioner,
  Template
} from '../../src/template/model.js'

export function ebsSource(overrides: Partial<AmazonEbsSource> = {}): AmazonEbsSource {
  return {
    name: 'web',
    type: 'amazon-ebs',
    location: { file: '/work/template.yml', line: 1, column: 1 },
    region: 'us-east-1',
    source_ami: 'ami-source',
    instance_type: 't3.micro',
    spot_instance_types: [],
    security_group_ids: [],
    temporary_security_group_source_cidrs: ['0.0.0.0/0'],
    shutdown_behavior: 'stop',
    run_tags: {},
    run_volume_tags: {},
    launch_block_device_mappings: [],
    ssh_username: 'ubuntu',
    ssh_port: 22,
    ssh_timeout: 5 * 60_000,
    ssh_interface: 'public_ip',
    ssh_handshake_attempts: 10,
    ami_name: 'web-1.0.0',
    ami_virtualization_type: 'hvm',
    tags: {},
    snapshot_tags: {},
    ami_regions: [],
    ami_users: [],
    ami_groups: [],
    ami_org_arns: [],
    ami_ou_arns: [],
    snapshot_users: [],
    snapshot_groups: [],
    region_kms_key_ids: {},
    ami_block_device_mappings: [],
    force_deregister: false,
    force_delete_snapshot: false,
    skip_create_ami: false,
    skip_region_validation: false,
    ...overrides
  }
}

export function shell(overrides: Partial<ShellProvisioner> = {}): ShellProvisioner {
  return {
    type: 'shell',
    location: { file: '/work/template.yml', line: 10, column: 3 },
    only: [],
    except: [],
    pause_before: 0,
    max_retries: 0,
    timeout: 0,
    inline: ['echo hello'],
    environment_vars: [],
    execute_command: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
    inline_shebang: '/bin/sh -e',
    remote_folder: '/tmp',
    expect_disconnect: false,
    valid_exit_codes: [0],
    skip_clean: false,
    env: {},
    ...overrides
  }
}

export function manifest(
  output: string,
  overrides: Partial<ManifestPostProcessor> = {}
): ManifestPostProcessor {
  return {
    type: 'manifest',
    location: { file: '/work/template.yml', line: 20, column: 3 },
    only: [],
    except: [],
    output,
    strip_path: false,
    custom_data: {},
    ...overrides
  }
}

export function template(
  sources: AmazonEbsSource[],
  extra: {
    provisioners?: Provisioner[]
    postProcessors?: ManifestPostProcessor[]
    sensitive?: string[]
  } = {}
): Template {
  return {
    path: '/work/template.yml',
    format: 'yaml',
    sources,
    provisioners: extra.provisioners ?? [],
    postProcessors: extra.postProcessors ?? [],
    sensitiveValues: extra.sensitive ?? [],
    variables: []
  }
}

/** Sleeps advance the clock instead of waiting; each records its length. */
export class FakeClock implements Clock {
  time = Date.parse('2026-03-04T05:06:07Z')
  readonly sleeps: number[] = []
  now(): number {
    return this.time
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    this.sleeps.push(ms)
    this.time += ms
    await Promise.resolve()
    signal?.throwIfAborted()
  }
}

export class RecordingReporter implements Reporter {
  readonly lines: string[] = []
  readonly masked: string[] = []
  private record(level: string, message: string): void {
    this.lines.push(`${level}: ${message}`)
  }
  info(m: string): void {
    this.record('info', m)
  }
  warning(m: string): void {
    this.record('warning', m)
  }
  error(m: string): void {
    this.record('error', m)
  }
  debug(m: string): void {
    this.record('debug', m)
  }
  mask(secret: string): void {
    this.masked.push(secret)
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.record('group', title)
    try {
      return await fn()
    } finally {
      this.record('endgroup', title)
    }
  }
  get text(): string {
    return this.lines.join('\n')
  }
}
