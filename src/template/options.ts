/**
 * The one table of template options. The validator checks templates against it, and the JSON
 * Schema (schema/ami-build.schema.json) and the key reference (docs/templates.md) are generated
 * from it (`npm run schema`), so the three can never disagree.
 *
 * Names, types and defaults are those of Packer's amazon-ebs builder, shell and file provisioners
 * and manifest post-processor, so a Packer user recognises every key.
 */

/** The type of an option's value, with its constraints. */
export type ValueType =
  | StringType
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'duration' }
  | { kind: 'list'; items: ValueType; minItems?: number }
  | { kind: 'map'; values: StringType; keys?: StringType; what?: string }
  | { kind: 'object'; options: OptionDef[]; what: string }
  /** Anything (a variable's default: checked against the variable's own `type`). */
  | { kind: 'any' }

export interface StringType {
  kind: 'string'
  enum?: readonly string[]
  minLength?: number
  maxLength?: number
  /** What a valid value looks like, in words: "an AMI ID like ami-0abc1234". */
  expected?: string
  /** A value is valid when check returns nothing; otherwise a reason ("octet 300 is over 255"). */
  check?: (value: string) => string | undefined | false
  /** The same rule as a regular expression, for the JSON Schema (omitted when check is looser). */
  pattern?: string
  /** Build variables (`${build.SourceAMIName}`) may appear: the value is checked around them. */
  buildVariables?: boolean
}

export interface OptionDef {
  name: string
  type: ValueType
  doc: string
  required?: boolean
  /** The default Packer applies, as shown in the docs and the schema. */
  default?: unknown
  /** Build variables may appear anywhere in this option's strings. */
  buildVariables?: boolean
}

// ---------------------------------------------------------------------------------------------
// Value types

const str = (extra: Omit<StringType, 'kind'> = {}): StringType => ({ kind: 'string', ...extra })
const matching = (re: RegExp, expected: string, extra: Omit<StringType, 'kind'> = {}): StringType =>
  str({ check: v => (re.test(v) ? undefined : false), pattern: re.source, expected, ...extra })
const oneOf = (...values: string[]): StringType => str({ enum: values })
const int = (min?: number, max?: number): ValueType => ({ kind: 'integer', min, max })
const bool: ValueType = { kind: 'boolean' }
const duration: ValueType = { kind: 'duration' }
const list = (items: ValueType, minItems?: number): ValueType => ({ kind: 'list', items, minItems })
const object = (what: string, options: OptionDef[]): ValueType => ({
  kind: 'object',
  what,
  options
})

const id = (prefix: string, what: string): StringType =>
  matching(
    new RegExp(`^${prefix}-[0-9a-f]{8}([0-9a-f]{9})?$`),
    `${what} like ${prefix}-0123456789abcdef0`
  )

export const AMI_NAME_CHARS = /^[A-Za-z0-9()[\] ./\-'@_]*$/
const amiName = str({
  minLength: 3,
  maxLength: 128,
  check: v => {
    const bad = [...v].find(c => !AMI_NAME_CHARS.test(c))
    return bad === undefined ? undefined : `\`${bad}\` is not allowed`
  },
  pattern: "^[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}$",
  expected: "3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _",
  buildVariables: true
})
const accountId = matching(/^\d{12}$/, 'a 12-digit AWS account ID')
const amiOwner = matching(
  /^(\d{12}|self|amazon|aws-marketplace|aws-backup-vault)$/,
  'a 12-digit account ID, or self, amazon, aws-marketplace or aws-backup-vault'
)
export const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/
const region = matching(REGION, 'a region name like us-east-1')
const availabilityZone = matching(
  /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}[a-z]$/,
  'an availability zone like us-east-1a'
)
export const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/
const instanceType = matching(INSTANCE_TYPE, 'an instance type like t3.micro')
const kmsKey = matching(
  /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/\S+|alias\/\S+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/,
  'a KMS key ID, key ARN, alias/NAME or alias ARN'
)
const orgArn = matching(
  /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/,
  'an organization ARN like arn:aws:organizations::123456789012:organization/o-abcde12345'
)
const ouArn = matching(
  /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/,
  'an organizational unit ARN like arn:aws:organizations::123456789012:ou/o-abcde12345/ou-ab12-cdefgh34'
)
const rfc3339 = matching(
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
  'an RFC 3339 timestamp like 2030-01-01T00:00:00Z'
)
const envName = matching(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')

/** IPv4 CIDR with each octet and the prefix length in range. */
export function cidrProblem(value: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value)
  if (!m) return 'it is not of the form A.B.C.D/N'
  const octet = m.slice(1, 5).find(o => Number(o) > 255)
  if (octet !== undefined) return `${octet} is over 255`
  if (Number(m[5]) > 32) return `the prefix length ${m[5]} is over 32`
  return undefined
}
const cidr = str({
  check: cidrProblem,
  pattern: '^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/\\d{1,2}$',
  expected: 'an IPv4 CIDR block like 203.0.113.0/24'
})

const tagMap: ValueType = {
  kind: 'map',
  what: 'tags',
  keys: str({
    minLength: 1,
    maxLength: 128,
    check: k =>
      k.toLowerCase().startsWith('aws:') ? 'the aws: prefix is reserved by AWS' : undefined,
    expected: 'a tag key of 1 to 128 characters, not starting with aws:'
  }),
  values: str({ maxLength: 256, buildVariables: true })
}
const stringMap = (what: string, values: StringType = str(), keys?: StringType): ValueType => ({
  kind: 'map',
  what,
  values,
  keys
})

const filters = (what: string): OptionDef => ({
  name: 'filters',
  type: stringMap(`${what} filters`),
  default: {},
  doc: `EC2 filters (name → value, wildcards \`*\` and \`?\` allowed) selecting the ${what}.`
})

const blockDevice = object('block device', [
  {
    name: 'device_name',
    type: str({ minLength: 1 }),
    required: true,
    doc: 'Device name, like `/dev/sda1` or `/dev/xvdf`.'
  },
  { name: 'volume_size', type: int(1, 65536), doc: 'Size in GiB.' },
  {
    name: 'volume_type',
    type: oneOf('standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'),
    doc: 'EBS volume type.'
  },
  { name: 'iops', type: int(100, 256000), doc: 'Provisioned IOPS (io1, io2, gp3).' },
  { name: 'throughput', type: int(125, 1000), doc: 'Throughput in MiB/s (gp3 only).' },
  {
    name: 'delete_on_termination',
    type: bool,
    default: false,
    doc: 'Delete the volume when the instance is terminated.'
  },
  { name: 'encrypted', type: bool, doc: 'Encrypt the volume.' },
  { name: 'kms_key_id', type: kmsKey, doc: 'KMS key for the volume (requires `encrypted: true`).' },
  {
    name: 'snapshot_id',
    type: id('snap', 'a snapshot ID'),
    doc: 'Snapshot to create the volume from.'
  },
  { name: 'no_device', type: bool, doc: 'Suppress the device from the AMI or instance.' },
  {
    name: 'virtual_name',
    type: matching(/^ephemeral\d+$/, 'an instance store name like ephemeral0'),
    doc: 'Instance store volume name (`ephemeralN`).'
  }
])

// ---------------------------------------------------------------------------------------------
// amazon-ebs source

export const SOURCE_OPTIONS: OptionDef[] = [
  {
    name: 'region',
    type: region,
    doc: 'Region to build in. Defaults to the `aws-region` input (or `AWS_REGION`).'
  },
  {
    name: 'source_ami',
    type: id('ami', 'an AMI ID'),
    doc: 'AMI to start from. One of `source_ami` or `source_ami_filter` is required.'
  },
  {
    name: 'source_ami_filter',
    type: object('source AMI filter', [
      filters('source AMI'),
      {
        name: 'owners',
        type: list(amiOwner, 1),
        required: true,
        doc: 'Account IDs or aliases (`self`, `amazon`, `aws-marketplace`) that may own the AMI.'
      },
      {
        name: 'most_recent',
        type: bool,
        default: false,
        doc: 'Pick the newest match instead of failing when several match.'
      },
      { name: 'include_deprecated', type: bool, default: false, doc: 'Also match deprecated AMIs.' }
    ]),
    doc: 'Find the source AMI with `DescribeImages`.'
  },
  {
    name: 'instance_type',
    type: instanceType,
    required: true,
    doc: 'Instance type of the temporary build instance.'
  },
  {
    name: 'spot_price',
    type: matching(/^(auto|\d+(\.\d+)?)$/, '`auto` or a maximum hourly price like 0.05'),
    doc: 'Launch a spot instance: `auto` or a maximum hourly price in USD.'
  },
  {
    name: 'spot_instance_types',
    type: list(instanceType),
    default: [],
    doc: 'Instance types to choose from for a spot instance (requires `spot_price`).'
  },
  { name: 'subnet_id', type: id('subnet', 'a subnet ID'), doc: 'Subnet to launch into.' },
  {
    name: 'subnet_filter',
    type: object('subnet filter', [
      filters('subnet'),
      {
        name: 'most_free',
        type: bool,
        default: false,
        doc: 'Pick the matching subnet with the most free addresses.'
      },
      { name: 'random', type: bool, default: false, doc: 'Pick a matching subnet at random.' }
    ]),
    doc: 'Find the subnet with `DescribeSubnets`.'
  },
  {
    name: 'vpc_id',
    type: id('vpc', 'a VPC ID'),
    doc: 'VPC to launch into (the default VPC when unset).'
  },
  {
    name: 'vpc_filter',
    type: object('VPC filter', [filters('VPC')]),
    doc: 'Find the VPC with `DescribeVpcs`.'
  },
  { name: 'availability_zone', type: availabilityZone, doc: 'Availability zone to launch into.' },
  {
    name: 'associate_public_ip_address',
    type: bool,
    doc: 'Give the instance a public IP address.'
  },
  {
    name: 'security_group_ids',
    type: list(id('sg', 'a security group ID')),
    default: [],
    doc: 'Security groups for the instance. When empty, a temporary one allowing SSH is created.'
  },
  {
    name: 'temporary_security_group_source_cidrs',
    type: list(cidr, 1),
    default: ['0.0.0.0/0'],
    doc: 'CIDR blocks allowed to reach SSH through the temporary security group.'
  },
  {
    name: 'iam_instance_profile',
    type: matching(/^[\w+=,.@-]{1,128}$/, 'an instance profile name'),
    doc: 'Instance profile for the build instance.'
  },
  { name: 'user_data', type: str(), doc: 'User data for the instance.' },
  {
    name: 'user_data_file',
    type: str({ minLength: 1 }),
    doc: 'File whose contents are the user data (relative to the working directory).'
  },
  {
    name: 'metadata_options',
    type: object('instance metadata', [
      {
        name: 'http_endpoint',
        type: oneOf('enabled', 'disabled'),
        default: 'enabled',
        doc: 'Instance metadata service on or off.'
      },
      {
        name: 'http_tokens',
        type: oneOf('optional', 'required'),
        default: 'optional',
        doc: '`required` enforces IMDSv2.'
      },
      {
        name: 'http_put_response_hop_limit',
        type: int(1, 64),
        default: 1,
        doc: 'Hop limit of metadata responses.'
      },
      {
        name: 'instance_metadata_tags',
        type: oneOf('enabled', 'disabled'),
        doc: 'Expose instance tags in the metadata.'
      }
    ]),
    doc: 'Instance metadata service options of the build instance.'
  },
  {
    name: 'shutdown_behavior',
    type: oneOf('stop', 'terminate'),
    default: 'stop',
    doc: 'What an OS shutdown does to the instance.'
  },
  {
    name: 'run_tags',
    type: tagMap,
    default: {},
    buildVariables: true,
    doc: 'Tags for the build instance.'
  },
  {
    name: 'run_volume_tags',
    type: tagMap,
    default: {},
    buildVariables: true,
    doc: 'Tags for the build instance’s volumes.'
  },
  {
    name: 'launch_block_device_mappings',
    type: list(blockDevice),
    default: [],
    doc: 'Volumes of the build instance (they become the AMI’s snapshots).'
  },
  { name: 'communicator', type: oneOf('ssh'), default: 'ssh', doc: 'How to connect; only `ssh`.' },
  {
    name: 'ssh_username',
    type: str({ minLength: 1, expected: 'a user name like ubuntu' }),
    required: true,
    doc: 'User to connect as, like `ubuntu` or `ec2-user`.'
  },
  { name: 'ssh_port', type: int(1, 65535), default: 22, doc: 'SSH port.' },
  {
    name: 'ssh_timeout',
    type: duration,
    default: '5m',
    doc: 'How long to wait for SSH to come up.'
  },
  {
    name: 'ssh_interface',
    type: oneOf('public_ip', 'private_ip', 'public_dns', 'private_dns'),
    default: 'public_ip',
    doc: 'Which address of the instance to connect to (Packer in a VPC: the public IP, else the private IP).'
  },
  {
    name: 'ssh_handshake_attempts',
    type: int(1),
    default: 10,
    doc: 'SSH handshakes to try before giving up.'
  },
  {
    name: 'ami_name',
    type: amiName,
    required: true,
    doc: 'Name of the AMI; must be unique in the account and region.'
  },
  {
    name: 'ami_description',
    type: str({ maxLength: 255, buildVariables: true }),
    doc: 'Description of the AMI.'
  },
  {
    name: 'ami_virtualization_type',
    type: oneOf('hvm', 'paravirtual'),
    default: 'hvm',
    doc: 'Virtualization type of the AMI.'
  },
  {
    name: 'tags',
    type: tagMap,
    default: {},
    buildVariables: true,
    doc: 'Tags for the AMI (in every region).'
  },
  {
    name: 'snapshot_tags',
    type: tagMap,
    default: {},
    buildVariables: true,
    doc: 'Tags for the AMI’s snapshots.'
  },
  { name: 'ami_regions', type: list(region), default: [], doc: 'Regions to copy the AMI to.' },
  {
    name: 'ami_users',
    type: list(accountId),
    default: [],
    doc: 'Account IDs that may launch the AMI.'
  },
  {
    name: 'ami_groups',
    type: list(oneOf('all')),
    default: [],
    doc: '`[all]` makes the AMI public.'
  },
  {
    name: 'ami_org_arns',
    type: list(orgArn),
    default: [],
    doc: 'Organizations that may launch the AMI.'
  },
  {
    name: 'ami_ou_arns',
    type: list(ouArn),
    default: [],
    doc: 'Organizational units that may launch the AMI.'
  },
  {
    name: 'snapshot_users',
    type: list(accountId),
    default: [],
    doc: 'Account IDs that may create volumes from the snapshots.'
  },
  {
    name: 'snapshot_groups',
    type: list(oneOf('all')),
    default: [],
    doc: '`[all]` makes the snapshots public.'
  },
  { name: 'encrypt_boot', type: bool, doc: 'Encrypt the AMI’s boot volume.' },
  {
    name: 'kms_key_id',
    type: kmsKey,
    doc: 'KMS key to encrypt the boot volume with (requires `encrypt_boot: true`).'
  },
  {
    name: 'region_kms_key_ids',
    type: stringMap('region KMS keys', kmsKey, region),
    default: {},
    doc: 'KMS key per region of `ami_regions`, for encrypted copies.'
  },
  {
    name: 'ami_block_device_mappings',
    type: list(blockDevice),
    default: [],
    doc: 'Extra block devices recorded in the AMI.'
  },
  { name: 'ena_support', type: bool, doc: 'Enable ENA networking on the AMI.' },
  { name: 'sriov_support', type: bool, doc: 'Enable SR-IOV networking on the AMI.' },
  {
    name: 'imds_support',
    type: oneOf('v2.0'),
    doc: '`v2.0`: instances launched from the AMI require IMDSv2.'
  },
  { name: 'deprecate_at', type: rfc3339, doc: 'When the AMI becomes deprecated.' },
  {
    name: 'force_deregister',
    type: bool,
    default: false,
    doc: 'Deregister an existing AMI of the same name first.'
  },
  {
    name: 'force_delete_snapshot',
    type: bool,
    default: false,
    doc: 'Also delete that AMI’s snapshots (with `force_deregister`).'
  },
  {
    name: 'skip_create_ami',
    type: bool,
    default: false,
    doc: 'Provision but create no AMI (a dry run of the provisioners).'
  },
  {
    name: 'skip_region_validation',
    type: bool,
    default: false,
    doc: 'Accept region names this tool does not know.'
  }
]

// ---------------------------------------------------------------------------------------------
// Provisioners and post-processors

const sourceNames: ValueType = list(str({ minLength: 1 }))

export const PROVISIONER_COMMON_OPTIONS: OptionDef[] = [
  {
    name: 'type',
    type: oneOf('shell', 'file'),
    required: true,
    doc: 'Provisioner type: `shell` or `file`.'
  },
  { name: 'only', type: sourceNames, default: [], doc: 'Run only for these sources.' },
  { name: 'except', type: sourceNames, default: [], doc: 'Run for every source but these.' },
  { name: 'pause_before', type: duration, default: '0s', doc: 'Wait this long before running.' },
  {
    name: 'max_retries',
    type: int(0),
    default: 0,
    doc: 'Retry a failing provisioner this many times.'
  },
  {
    name: 'timeout',
    type: duration,
    default: '0s',
    doc: 'Fail the provisioner after this long (0: no limit).'
  }
]

export const SHELL_OPTIONS: OptionDef[] = [
  {
    name: 'inline',
    type: list(str()),
    doc: 'Commands to run, one per line, as one script. One of `inline`, `script`, `scripts`.'
  },
  { name: 'script', type: str({ minLength: 1 }), doc: 'Local script to upload and run.' },
  {
    name: 'scripts',
    type: list(str({ minLength: 1 }), 1),
    doc: 'Local scripts to upload and run, in order.'
  },
  {
    name: 'environment_vars',
    type: list(
      matching(/^[A-Za-z_][A-Za-z0-9_]*=/s, 'NAME=value, NAME a valid environment variable name')
    ),
    default: [],
    doc: 'Environment of the scripts, `NAME=value` (values are quoted for you).'
  },
  {
    name: 'env',
    type: stringMap('environment', str(), envName),
    default: {},
    doc: 'Environment of the scripts as a map.'
  },
  {
    name: 'execute_command',
    type: str({ minLength: 1 }),
    default: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
    doc: 'How a script is run; `{{.Path}}` is its remote path, `{{.Vars}}` the environment.'
  },
  {
    name: 'inline_shebang',
    type: str({ minLength: 1 }),
    default: '/bin/sh -e',
    doc: 'Interpreter line for `inline`.'
  },
  {
    name: 'remote_folder',
    type: str({ minLength: 1 }),
    default: '/tmp',
    doc: 'Where scripts are uploaded.'
  },
  {
    name: 'remote_file',
    type: str({ minLength: 1 }),
    doc: 'File name of the uploaded script (default `script_NNNN.sh`).'
  },
  {
    name: 'expect_disconnect',
    type: bool,
    default: false,
    doc: 'A dropped connection (a reboot) is not an error.'
  },
  {
    name: 'valid_exit_codes',
    type: list(int(0, 255), 1),
    default: [0],
    doc: 'Exit codes that mean success.'
  },
  {
    name: 'skip_clean',
    type: bool,
    default: false,
    doc: 'Leave the uploaded script on the instance.'
  }
]

export const FILE_OPTIONS: OptionDef[] = [
  {
    name: 'source',
    type: str({ minLength: 1 }),
    doc: 'Local file or directory to upload (remote path for `download`).'
  },
  {
    name: 'sources',
    type: list(str({ minLength: 1 }), 1),
    doc: 'Several files to upload into `destination`.'
  },
  { name: 'content', type: str(), doc: 'Text to write to `destination` instead of a file.' },
  {
    name: 'destination',
    type: str({ minLength: 1 }),
    required: true,
    doc: 'Where to put it (a local path for `download`).'
  },
  {
    name: 'direction',
    type: oneOf('upload', 'download'),
    default: 'upload',
    doc: '`upload` to the instance or `download` from it.'
  },
  {
    name: 'generated',
    type: bool,
    default: false,
    doc: 'The source is created during the build: do not check that it exists.'
  }
]

export const MANIFEST_OPTIONS: OptionDef[] = [
  {
    name: 'type',
    type: oneOf('manifest'),
    required: true,
    doc: 'Post-processor type: `manifest`.'
  },
  { name: 'only', type: sourceNames, default: [], doc: 'Run only for these sources.' },
  { name: 'except', type: sourceNames, default: [], doc: 'Run for every source but these.' },
  {
    name: 'output',
    type: str({ minLength: 1 }),
    default: 'packer-manifest.json',
    doc: 'Path of the manifest file.'
  },
  {
    name: 'strip_path',
    type: bool,
    default: false,
    doc: 'Write file names without their directories.'
  },
  {
    name: 'custom_data',
    type: stringMap('custom data'),
    default: {},
    doc: 'Extra keys for each build in the manifest.'
  }
]

export const VARIABLE_TYPES = ['string', 'number', 'bool', 'list(string)', 'map(string)'] as const
export type VariableType = (typeof VARIABLE_TYPES)[number]

export const VARIABLE_OPTIONS: OptionDef[] = [
  { name: 'type', type: oneOf(...VARIABLE_TYPES), default: 'string', doc: 'Type of the value.' },
  {
    name: 'default',
    type: { kind: 'any' },
    doc: 'Value when none is given. Without one, a value is required.'
  },
  { name: 'description', type: str(), doc: 'What the variable is for.' },
  { name: 'sensitive', type: bool, default: false, doc: 'Mask the value in every log line.' }
]

export const TOP_LEVEL_KEYS = [
  'variables',
  'locals',
  'source',
  'sources',
  'provisioners',
  'post_processors'
] as const
/** Keys every section ignores: editors put `$schema` in JSON templates. */
export const IGNORED_KEYS = ['$schema']
