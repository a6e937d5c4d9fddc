/**
 * Bad templates: each error names the exact line and column, the key path, and what would be
 * right. Every error of a template is reported at once.
 */
import { loadErrors, SOURCE } from './helpers.js'

const source = (extra: string, base = SOURCE): string => `${base}${extra}`

describe('a mistyped key', () => {
  it('is reported at the key with the closest known key, and not also as missing', async () => {
    const errors = await loadErrors(`source:
  region: us-east-1
  instance_typ: t3.micro
  source_ami: ami-0123456789abcdef0
  ssh_username: ubuntu
  ami_name: test
`)
    expect(errors).toEqual([
      '3:3 source.instance_typ: unknown key `instance_typ` in source `default` — did you mean `instance_type`?'
    ])
  })

  it('at the top level lists the sections when nothing is close', async () => {
    const errors = await loadErrors(source('builderz: 1\nprovisioner: []\n'))
    expect(errors).toEqual([
      '7:1 builderz: unknown key `builderz` at the top level (known keys: variables, locals, source, sources, provisioners, post_processors)',
      '8:1 provisioner: unknown key `provisioner` at the top level — did you mean `provisioners`?'
    ])
  })

  it('inside a nested option names the nested keys', async () => {
    const errors = await loadErrors(
      SOURCE.replace(
        '  source_ami: ami-0123456789abcdef0\n',
        '  source_ami_filter:\n    owners: [self]\n    most_recnt: true\n'
      )
    )
    expect(errors).toEqual([
      '6:5 source.source_ami_filter.most_recnt: unknown key `most_recnt` in source AMI filter — did you mean `most_recent`?'
    ])
  })
})

describe('a value of the wrong type or shape', () => {
  it('says what was expected and what was found, for every option at once', async () => {
    const errors = await loadErrors(
      source(`  ssh_port: twenty-two
  tags: [a, b]
  ami_users: ["12345"]
  temporary_security_group_source_cidrs: [10.0.0.300/8]
  ssh_timeout: 5 minutes
  shutdown_behavior: terminat
  encrypt_boot: "yes"
`)
    )
    expect(errors).toEqual([
      '7:13 source.ssh_port: expected an integer from 1 to 65535, got the string `twenty-two`',
      '8:9 source.tags: expected a map of tags (name: value), got a list',
      '9:15 source.ami_users[0]: invalid value `12345`: expected a 12-digit AWS account ID',
      '10:43 source.temporary_security_group_source_cidrs[0]: invalid value `10.0.0.300/8`: 300 is over 255; expected an IPv4 CIDR block like 203.0.113.0/24',
      '11:16 source.ssh_timeout: expected a duration like 30s, 5m or 1h30m, got the string `5 minutes`',
      '12:22 source.shutdown_behavior: invalid value `terminat`: did you mean `terminate`? expected one of stop, terminate',
      '13:17 source.encrypt_boot: expected true or false, got the string `yes`'
    ])
  })

  it('checks AWS identifiers and names by their real shape', async () => {
    const errors = await loadErrors(`source:
  region: us-east-1x
  instance_type: t3micro
  source_ami: ami-123
  ssh_username: ubuntu
  ami_name: ab
  ami_regions: [eu-west-1, EU-WEST-2]
  subnet_id: subnet-12
  ami_org_arns: [arn:aws:organizations::123456789012:organization/o-abc]
  deprecate_at: 2030-01-01
  tags: { "aws:owner": me }
`)
    expect(errors).toEqual([
      '2:11 source.region: invalid value `us-east-1x`: expected a region name like us-east-1',
      '3:18 source.instance_type: invalid value `t3micro`: expected an instance type like t3.micro',
      '4:15 source.source_ami: invalid value `ami-123`: expected an AMI ID like ami-0123456789abcdef0',
      "6:13 source.ami_name: invalid value `ab`: it is shorter than 3 characters; expected 3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _",
      '7:28 source.ami_regions[1]: invalid value `EU-WEST-2`: expected a region name like us-east-1',
      '8:14 source.subnet_id: invalid value `subnet-12`: expected a subnet ID like subnet-0123456789abcdef0',
      '9:18 source.ami_org_arns[0]: invalid value `arn:aws:organizations::123456789012:organization/o-abc`: expected an organization ARN like arn:aws:organizations::123456789012:organization/o-abcde12345',
      '10:17 source.deprecate_at: invalid value `2030-01-01`: expected an RFC 3339 timestamp like 2030-01-01T00:00:00Z',
      '11:11 source.tags.aws:owner: invalid value `aws:owner`: the aws: prefix is reserved by AWS; expected a tag key of 1 to 128 characters, not starting with aws:'
    ])
  })

  it('an AMI name that is only wrong after interpolation shows what it became', async () => {
    const errors = await loadErrors(`variables:
  version: { default: "1:0" }
source:
  region: us-east-1
  instance_type: t3.micro
  source_ami: ami-0123456789abcdef0
  ssh_username: ubuntu
  ami_name: web-\${var.version}
`)
    expect(errors).toEqual([
      "8:13 source.ami_name: `web-${var.version}` is `web-1:0` after interpolation, which is invalid: `:` is not allowed; expected 3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _"
    ])
  })

  it('an AMI name longer than 128 characters says how long it is', async () => {
    const errors = await loadErrors(
      source('').replace('ami_name: test-{{timestamp}}', `ami_name: ${'a'.repeat(129)}`)
    )
    expect(errors).toEqual([
      `6:13 source.ami_name: invalid value \`${'a'.repeat(129)}\`: it is longer than 128 characters (129); expected 3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _`
    ])
  })
})

describe('keys that go together', () => {
  it('mutually exclusive keys name both, at the second one', async () => {
    const errors = await loadErrors(
      source(`  source_ami_filter: { owners: [self] }
  subnet_id: subnet-0123456789abcdef0
  subnet_filter: { filters: { "tag:Name": build } }
  user_data: "#!/bin/sh"
  user_data_file: boot.sh
`),
      { files: { 'boot.sh': '#!/bin/sh\n' } }
    )
    expect(errors).toEqual([
      '7:3 source.source_ami_filter: `source_ami` and `source_ami_filter` cannot both be set: use one',
      '9:3 source.subnet_filter: `subnet_id` and `subnet_filter` cannot both be set: use one',
      '11:3 source.user_data_file: `user_data` and `user_data_file` cannot both be set: use one'
    ])
  })

  it('a source needs an AMI, and the required options, reported at the source', async () => {
    const errors = await loadErrors(`sources:
  web:
    region: us-east-1
    instance_type: t3.micro
`)
    expect(errors).toEqual([
      '2:3 sources.web.ssh_username: source `web` is missing `ssh_username` (a user name like ubuntu)',
      "2:3 sources.web.ami_name: source `web` is missing `ami_name` (3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _)",
      '2:3 sources.web: one of `source_ami` or `source_ami_filter` is required'
    ])
  })

  it('a KMS key needs encrypt_boot, and region keys need their region in ami_regions', async () => {
    const errors = await loadErrors(
      source(`  kms_key_id: alias/images
  ami_regions: [us-west-2]
  region_kms_key_ids: { eu-west-1: alias/images }
`)
    )
    expect(errors).toEqual([
      '7:3 source.kms_key_id: `kms_key_id` needs `encrypt_boot: true`',
      '9:3 source.region_kms_key_ids.eu-west-1: `region_kms_key_ids` has a key for eu-west-1, which is not in `ami_regions` (us-west-2)'
    ])
  })

  it('`source` and `sources` cannot both be set, and a template needs one', async () => {
    expect(await loadErrors(source('sources: { a: {} }\n'))).toEqual([
      '7:1 sources: `source` and `sources` cannot both be set: use `source` for one build, or name each build under `sources`'
    ])
    expect(await loadErrors('provisioners: []\n')).toEqual([
      '1:1 : the template defines no source: add a `source` (or named `sources`) with the amazon-ebs options'
    ])
  })
})

describe('variables', () => {
  it('an undefined variable names the variables that exist, and the closest one', async () => {
    const errors = await loadErrors(`variables:
  app_version: { default: "1" }
  region: { default: us-east-1 }
source:
  region: \${var.regoin}
  instance_type: t3.micro
  source_ami: ami-0123456789abcdef0
  ssh_username: ubuntu
  ami_name: test
`)
    expect(errors).toEqual([
      '5:11 source.region: undefined variable `regoin` — did you mean `region`? (defined variables: `app_version`, `region`)'
    ])
  })

  it('a variable without a value says how to give it one', async () => {
    const errors = await loadErrors(`variables:\n  version: { type: string }\n${SOURCE}`)
    expect(errors).toEqual([
      '2:3 variables.version: variable `version` has no value: give it a default, or set it with the `variables` input, a var file or PKR_VAR_version'
    ])
  })

  it('a default of the wrong type, and an unknown variable type', async () => {
    const errors = await loadErrors(`variables:
  port: { type: number, default: twenty }
  regions: { type: list(strng), default: [] }
${SOURCE}`)
    expect(errors).toEqual([
      '2:34 variables.port.default: expected a number',
      '3:20 variables.regions.type: unknown variable type `list(strng)` — did you mean `list(string)`? (types: string, number, bool, list(string), map(string))'
    ])
  })

  it('a value for an undeclared variable is an error', async () => {
    const errors = await loadErrors(`variables:\n  version: { default: "1" }\n${SOURCE}`, {
      variables: { verison: '2' }
    })
    expect(errors).toEqual([
      '1:1 variables: a value is given for `verison`, which the template does not declare — did you mean `version`? (declared: version)'
    ])
  })

  it('locals that refer to each other in a cycle', async () => {
    const errors = await loadErrors(`locals:
  a: \${local.b}-x
  b: \${local.a}-y
${SOURCE}`)
    expect(errors).toEqual([
      '3:6 locals.b: locals refer to each other in a cycle: local.a → local.b → local.a'
    ])
  })
})

describe('build variables', () => {
  it('are rejected where they cannot be known, and unknown names get a suggestion', async () => {
    const errors = await loadErrors(`source:
  region: us-east-1
  instance_type: \${build.SourceAMI}
  source_ami: ami-0123456789abcdef0
  ssh_username: ubuntu
  ami_name: x-{{ .SourceAmiName }}
`)
    expect(errors).toEqual([
      '3:18 source.instance_type: `${build.SourceAMI}` cannot be used here: build variables are known only during the build: use them in provisioners, post-processors, ami_name, ami_description and tags',
      '6:13 source.ami_name: unknown build variable `SourceAmiName` — did you mean `SourceAMIName`? (build variables: ID, Name, Type, PackerRunUUID, BuildRegion, SourceAMI, SourceAMIName, SourceAMIDescription, SourceAMICreationDate, SourceAMIOwner, SourceAMIOwnerName, SourceAMITags, Host, Port, User, Password, SSHPublicKey, SSHPrivateKey, PackerHTTPAddr, PackerHTTPIP, PackerHTTPPort, ConnType) in `{{ .SourceAmiName }}`'
    ])
  })
})

describe('provisioners and post-processors', () => {
  it('a missing file source, two script options, an unknown type and an unknown source name', async () => {
    const errors = await loadErrors(
      source(`provisioners:
  - type: file
    source: files/missing.html
    destination: /tmp/x
  - type: shell
    inline: [echo hi]
    script: setup.sh
  - type: shel
    inline: [x]
  - type: shell
    inline:
      - echo \${build.SourceAMIName}
    only: [web]
post_processors:
  - type: manifesto
`),
      { files: { 'setup.sh': 'echo hi\n' } }
    )
    expect(errors).toHaveLength(5)
    expect(errors[0]).toMatch(
      /^9:13 provisioners\[0\]\.source: file provisioner source not found: \/.*\/files\/missing\.html \(relative paths resolve against \/.*; set `generated: true` if an earlier provisioner creates it\)$/
    )
    expect(errors.slice(1)).toEqual([
      '13:5 provisioners[1].script: `inline` and `script` cannot both be set: use one',
      '14:11 provisioners[2].type: unknown provisioner type `shel` — did you mean `shell`? (supported: shell, file)',
      '19:11 provisioners[3].only: `only` names the source `web`, which is not defined (sources: default)',
      '21:11 post_processors[0].type: unknown post-processor type `manifesto` — did you mean `manifest`? (supported: manifest)'
    ])
  })

  it('a shell provisioner with nothing to run, and a file provisioner with nothing to upload', async () => {
    const errors = await loadErrors(
      source(`provisioners:
  - type: shell
    environment_vars: ["1BAD=x"]
  - type: file
    destination: /tmp/x
`)
    )
    expect(errors).toEqual([
      '9:24 provisioners[0].environment_vars[0]: invalid value `1BAD=x`: expected NAME=value, NAME a valid environment variable name',
      '10:5 provisioners[1]: a file provisioner needs one of `source`, `sources` or `content`'
    ])
  })
})

describe('--only and --except', () => {
  it('a name that is not a source is an error with a suggestion', async () => {
    const errors = await loadErrors(SOURCE, { only: ['defualt'] })
    expect(errors).toEqual([
      '1:1 : `only` names the source `defualt`, which the template does not define — did you mean `default`? (sources: default)'
    ])
  })
})

describe('syntax errors', () => {
  it('a YAML error is located', async () => {
    expect(await loadErrors('source:\n  region: [us-east-1\n')).toEqual([
      expect.stringMatching(/^3:1 : YAML syntax error: /)
    ])
  })

  it('a JSON error is located', async () => {
    const errors = await loadErrors('{\n  "source": {\n    "region": "us-east-1",,\n  }\n}\n', {
      name: 't.json'
    })
    expect(errors[0]).toMatch(/^3:27 : JSON syntax error: /)
  })

  it('a duplicate key is an error at the second one', async () => {
    expect(await loadErrors(`${SOURCE}  region: us-west-2\n`)).toEqual([
      '7:3 : YAML syntax error: Map keys must be unique'
    ])
  })
})
