/**
 * The template model: what a template means once it is loaded and validated, whatever format it
 * was written in (native YAML/JSON, Packer legacy JSON, Packer HCL2). The engine reads only this.
 *
 * Conventions:
 * - Option names are Packer's (snake_case), so a Packer user recognises every field.
 * - Variables, locals, `{{user}}`, `{{env}}`, `{{timestamp}}`, `{{isotime}}`, `{{uuid}}` are already
 *   resolved. Build variables are not: they are known only during the build, and stay in strings
 *   in the one canonical form `${build.Name}` (legacy `{{ build \`Name\` }}` and `{{ .Name }}` are
 *   rewritten to it at load). `expandBuildVariables` in build-variables.ts fills them in.
 * - Durations are milliseconds. Paths on the runner are absolute (resolved against the working
 *   directory). Every default Packer applies is filled in, so the engine never guesses.
 */

/** Where a value came from, for error messages and annotations. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

export interface Template {
  /** Absolute path of the template file (or directory, for HCL2). */
  path: string
  format: 'yaml' | 'json' | 'legacy-json' | 'hcl2'
  /** The sources that will be built, after `only`/`except`, in template order. */
  sources: AmazonEbsSource[]
  provisioners: Provisioner[]
  postProcessors: PostProcessor[]
  /** Values of sensitive variables (non-empty ones): masked in every log line. */
  sensitiveValues: string[]
  /** Every variable with its final value, for the plan and the summary (sensitive ones redacted). */
  variables: ResolvedVariable[]
}

export interface ResolvedVariable {
  name: string
  /** The value as a string; `<sensitive>` when the variable is sensitive. */
  display: string
  sensitive: boolean
  /** Where the value came from, Packer's precedence: default < var-file < env < input. */
  origin: 'default' | 'var-file' | 'env' | 'input'
}

export type Tags = Record<string, string>

export interface AmiFilter {
  /** EC2 DescribeImages filters: name → value (a value may hold `*` and `?` wildcards). */
  filters: Record<string, string>
  owners: string[]
  most_recent: boolean
  include_deprecated: boolean
}

export interface ResourceFilter {
  filters: Record<string, string>
  /** subnet_filter only: pick the subnet with the most free addresses. */
  most_free?: boolean
  /** subnet_filter only: pick one at random. */
  random?: boolean
}

export interface BlockDevice {
  device_name: string
  volume_size?: number
  volume_type?: string
  iops?: number
  throughput?: number
  delete_on_termination: boolean
  encrypted?: boolean
  kms_key_id?: string
  snapshot_id?: string
  no_device?: boolean
  virtual_name?: string
}

export interface MetadataOptions {
  http_endpoint: 'enabled' | 'disabled'
  http_tokens: 'optional' | 'required'
  http_put_response_hop_limit: number
  instance_metadata_tags?: 'enabled' | 'disabled'
}

/** One `amazon-ebs` source: the options of Packer's amazon-ebs builder that we support. */
export interface AmazonEbsSource {
  /** Source name: the key under `sources:`, `default` for a single `source:`, or the legacy `name`. */
  name: string
  type: 'amazon-ebs'
  location: SourceLocation

  region: string
  source_ami?: string
  source_ami_filter?: AmiFilter
  instance_type: string
  spot_price?: string
  spot_instance_types: string[]

  subnet_id?: string
  subnet_filter?: ResourceFilter
  vpc_id?: string
  vpc_filter?: ResourceFilter
  availability_zone?: string
  associate_public_ip_address?: boolean
  security_group_ids: string[]
  /** Default ["0.0.0.0/0"] as in Packer (only used for the temporary security group). */
  temporary_security_group_source_cidrs: string[]
  iam_instance_profile?: string
  /** Contents of user_data, or of user_data_file (read at load time). */
  user_data?: string
  metadata_options?: MetadataOptions
  shutdown_behavior: 'stop' | 'terminate'
  run_tags: Tags
  run_volume_tags: Tags
  launch_block_device_mappings: BlockDevice[]

  ssh_username: string
  ssh_port: number
  /** ms; default 5 minutes. */
  ssh_timeout: number
  ssh_interface: 'public_ip' | 'private_ip' | 'public_dns' | 'private_dns'
  /** ms between connection attempts is the engine's business; this is Packer's handshake count. */
  ssh_handshake_attempts: number

  ami_name: string
  ami_description?: string
  ami_virtualization_type: 'hvm' | 'paravirtual'
  tags: Tags
  snapshot_tags: Tags
  ami_regions: string[]
  ami_users: string[]
  ami_groups: string[]
  ami_org_arns: string[]
  ami_ou_arns: string[]
  snapshot_users: string[]
  snapshot_groups: string[]
  encrypt_boot?: boolean
  kms_key_id?: string
  region_kms_key_ids: Record<string, string>
  ami_block_device_mappings: BlockDevice[]
  ena_support?: boolean
  sriov_support?: boolean
  imds_support?: 'v2.0'
  /** RFC 3339 timestamp. */
  deprecate_at?: string
  force_deregister: boolean
  force_delete_snapshot: boolean
  skip_create_ami: boolean
  /** Packer's skip_region_validation. */
  skip_region_validation: boolean
}

export interface ProvisionerCommon {
  location: SourceLocation
  /** Source names this provisioner runs for (empty: all). */
  only: string[]
  except: string[]
  /** ms */
  pause_before: number
  max_retries: number
  /** ms; 0 means no limit. */
  timeout: number
}

export interface ShellProvisioner extends ProvisionerCommon {
  type: 'shell'
  /** Exactly one of inline, script, scripts is set (validated). `script` is folded into `scripts`. */
  inline?: string[]
  /** Absolute paths on the runner. */
  scripts?: string[]
  /** `NAME=value` strings, values unquoted; the engine quotes them. */
  environment_vars: string[]
  /** Default `chmod +x {{.Path}}; {{.Vars}} {{.Path}}` */
  execute_command: string
  /** Default `/bin/sh -e` */
  inline_shebang: string
  /** Default `/tmp` */
  remote_folder: string
  /** Default `script_NNNN.sh` chosen by the engine when unset. */
  remote_file?: string
  expect_disconnect: boolean
  /** Default [0] */
  valid_exit_codes: number[]
  skip_clean: boolean
  /** Packer's env: a map merged into environment_vars. */
  env: Record<string, string>
}

export interface FileProvisioner extends ProvisionerCommon {
  type: 'file'
  /** Absolute paths on the runner for upload; remote paths for download. One of sources/content. */
  sources?: string[]
  content?: string
  destination: string
  direction: 'upload' | 'download'
  /** The source may not exist at validation time (created by an earlier step). */
  generated: boolean
}

export type Provisioner = ShellProvisioner | FileProvisioner

export interface ManifestPostProcessor {
  type: 'manifest'
  location: SourceLocation
  only: string[]
  except: string[]
  /** Absolute path; default `packer-manifest.json` in the working directory. */
  output: string
  strip_path: boolean
  custom_data: Record<string, string>
}

export type PostProcessor = ManifestPostProcessor

/** One problem found while loading a template. */
export interface Diagnostic {
  severity: 'error' | 'warning'
  file: string
  line: number
  column: number
  /** Key path in the template, e.g. `sources.web.instance_type` or `provisioners[2].source`. */
  path: string
  /** What is wrong and what would be right. */
  message: string
}

export interface LoadOptions {
  /** Where relative paths in the template resolve (the action's working-directory). */
  workingDirectory: string
  /** The action's `variables` input / the CLI's --var, highest precedence. */
  variables: Record<string, string>
  /** Variable files, in order (later files win). */
  varFiles: string[]
  /** Environment for PKR_VAR_name and {{env `X`}}. */
  env: Record<string, string | undefined>
  /** Source names to build (empty: all). */
  only: string[]
  /** Source names to skip. */
  except: string[]
  /** The build's start, for {{timestamp}} and {{isotime}}. */
  now: Date
}

export type LoadResult =
  | { ok: true; template: Template; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] }

/** Names of the build variables, as Packer's amazon-ebs builder and provisioners know them. */
export const BUILD_VARIABLES = [
  'ID',
  'Name',
  'Type',
  'PackerRunUUID',
  'BuildRegion',
  'SourceAMI',
  'SourceAMIName',
  'SourceAMIDescription',
  'SourceAMICreationDate',
  'SourceAMIOwner',
  'SourceAMIOwnerName',
  'SourceAMITags',
  'Host',
  'Port',
  'User',
  'Password',
  'SSHPublicKey',
  'SSHPrivateKey',
  'PackerHTTPAddr',
  'PackerHTTPIP',
  'PackerHTTPPort',
  'ConnType'
] as const

export type BuildVariableName = (typeof BUILD_VARIABLES)[number]
