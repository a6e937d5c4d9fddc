/** Good templates: what they mean once loaded, with every Packer default filled in. */
import { join, resolve } from 'node:path'
import { loadTemplate } from '../../src/template/load.js'
import { describePlan } from '../../src/template/plan.js'
import { format, loadOk, NOW, options, SOURCE } from './helpers.js'

const EXAMPLES = resolve('examples')

describe('the examples', () => {
  it.each([
    ['web/template.yml', 'web'],
    ['multi-arch/template.yml', 'multi-arch'],
    ['legacy/web.json', 'legacy']
  ])('%s validates with no errors and no warnings', async (template, dir) => {
    const wd = join(EXAMPLES, dir)
    const result = await loadTemplate(join(EXAMPLES, template), options(wd))
    if (!result.ok) throw new Error(format(result.errors))
    expect(result.warnings).toEqual([])
  })

  it('the PRODUCT.md template means what it says', async () => {
    const wd = join(EXAMPLES, 'web')
    const result = await loadTemplate(
      'template.yml',
      options(wd, { variables: { app_version: '2.1.0' } })
    )
    if (!result.ok) throw new Error(format(result.errors))
    const { template } = result
    expect(template.format).toBe('yaml')
    expect(template.sources).toHaveLength(1)
    const [web] = template.sources
    expect(web).toMatchObject({
      name: 'default',
      region: 'us-east-1',
      instance_type: 't3.micro',
      source_ami_filter: {
        owners: ['099720109477'],
        most_recent: true,
        include_deprecated: false,
        filters: {
          name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*',
          'virtualization-type': 'hvm',
          'root-device-type': 'ebs'
        }
      },
      ssh_username: 'ubuntu',
      ami_name: `web-2.1.0-${NOW.getTime() / 1000}`,
      tags: { App: 'web', Version: '2.1.0' },
      ami_regions: ['us-west-2'],
      // Packer's defaults, filled in so the engine never guesses:
      ssh_port: 22,
      ssh_timeout: 5 * 60_000,
      ssh_interface: 'public_ip',
      ssh_handshake_attempts: 10,
      temporary_security_group_source_cidrs: ['0.0.0.0/0'],
      shutdown_behavior: 'stop',
      ami_virtualization_type: 'hvm',
      force_deregister: false,
      skip_create_ami: false
    })
    expect(web.source_ami).toBeUndefined()
    expect(template.provisioners.map(p => p.type)).toEqual(['shell', 'file', 'shell'])
    expect(template.provisioners[0]).toMatchObject({
      inline: ['sudo apt-get update', 'sudo apt-get install -y nginx'],
      environment_vars: ['DB_PASSWORD='],
      execute_command: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
      inline_shebang: '/bin/sh -e',
      valid_exit_codes: [0],
      pause_before: 0,
      only: [],
      except: []
    })
    expect(template.provisioners[1]).toMatchObject({
      sources: [join(wd, 'files/index.html')],
      destination: '/tmp/index.html',
      direction: 'upload'
    })
    expect(template.provisioners[2]).toMatchObject({ scripts: [join(wd, 'scripts/finish.sh')] })
    expect(template.postProcessors).toEqual([
      expect.objectContaining({
        type: 'manifest',
        output: join(wd, 'manifest.json'),
        strip_path: false
      })
    ])
    expect(template.variables).toEqual([
      { name: 'app_version', display: '2.1.0', sensitive: false, origin: 'input' },
      { name: 'region', display: 'us-east-1', sensitive: false, origin: 'default' },
      { name: 'db_password', display: '<sensitive>', sensitive: true, origin: 'default' }
    ])
    // An empty secret has nothing to mask.
    expect(template.sensitiveValues).toEqual([])
  })

  it('the plan shows each source as it will be built', async () => {
    const result = await loadTemplate('template.yml', options(join(EXAMPLES, 'multi-arch')))
    if (!result.ok) throw new Error(format(result.errors))
    expect(describePlan(result.template)).toEqual([
      {
        name: 'amd64',
        region: 'us-east-1',
        sourceAmi:
          'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*, virtualization-type=hvm, root-device-type=ebs owned by 099720109477, newest',
        instanceType: 't3.micro',
        amiName: `base-1.0.0-amd64-${NOW.getTime() / 1000}`,
        amiRegions: [],
        provisioners: 1,
        skipCreateAmi: false
      },
      expect.objectContaining({
        name: 'arm64',
        instanceType: 't4g.micro',
        amiName: `base-1.0.0-arm64-${NOW.getTime() / 1000}`
      })
    ])
    expect(result.template.sources[0].tags).toEqual({
      Arch: 'amd64',
      Base: '${build.SourceAMIName}'
    })
  })
})

describe('expressions', () => {
  it('legacy functions are applied at load, build variables kept in canonical form', async () => {
    const t = await loadOk(
      `variables:
  app: { default: web }
source:
  region: us-east-1
  instance_type: t3.micro
  source_ami: ami-0123456789abcdef0
  ssh_username: ubuntu
  ami_name: "{{user \`app\`}}-{{isotime \\"2006-01-02_15.04.05\\"}}-{{ .SourceAMIName }}"
  ami_description: "from {{ build \`SourceAMI\` }} by {{env \`WHO\`}} ({{isotime | clean_resource_name}})"
provisioners:
  - type: shell
    inline:
      - echo \${HOME} $\${var.not_a_reference} \${build.Host}:\${build.Port}
      - docker inspect --format '{{.Id}}' web
`,
      { env: { WHO: 'ci' } }
    )
    const [source] = t.sources
    expect(source.ami_name).toBe('web-2026-03-04_05.06.07-${build.SourceAMIName}')
    expect(source.ami_description).toBe('from ${build.SourceAMI} by ci (2026-03-04T05-06-07Z)')
    const shell = t.provisioners[0]
    expect(shell.type === 'shell' && shell.inline).toEqual([
      'echo ${HOME} ${var.not_a_reference} ${build.Host}:${build.Port}',
      "docker inspect --format '{{.Id}}' web"
    ])
  })

  it('a string that is exactly one variable keeps the variable’s type', async () => {
    const t = await loadOk(`variables:
  regions: { type: list(string), default: [us-west-2, eu-west-1] }
  port: { type: number, default: 2222 }
  public: { type: bool, default: true }
  tags: { type: map(string), default: { Team: platform } }
${SOURCE}  ami_regions: \${var.regions}
  ssh_port: \${var.port}
  associate_public_ip_address: \${var.public}
  tags: \${var.tags}
`)
    expect(t.sources[0]).toMatchObject({
      ami_regions: ['us-west-2', 'eu-west-1'],
      ssh_port: 2222,
      associate_public_ip_address: true,
      tags: { Team: 'platform' }
    })
  })

  it('a number written as a tag value keeps its text', async () => {
    const t = await loadOk(`${SOURCE}  tags: { Version: 1.10, Build: 7 }\n`)
    expect(t.sources[0].tags).toEqual({ Version: '1.10', Build: '7' })
  })
})

describe('sources', () => {
  it('named sources keep their names and order, and --only/--except select among them', async () => {
    const body = (type: string) => `    region: us-east-1
    instance_type: ${type}
    source_ami: ami-0123456789abcdef0
    ssh_username: ubuntu
    ami_name: x-${type}
`
    const text = `sources:\n  b:\n${body('t3.micro')}  a:\n${body('t4g.micro')}  c:\n${body('t3.small')}`
    expect((await loadOk(text)).sources.map(s => s.name)).toEqual(['b', 'a', 'c'])
    expect((await loadOk(text, { only: ['c', 'a'] })).sources.map(s => s.name)).toEqual(['a', 'c'])
    expect((await loadOk(text, { except: ['b'] })).sources.map(s => s.name)).toEqual(['a', 'c'])
  })

  it('without a region in the template, AWS_REGION decides, else the action’s aws-region', async () => {
    const text = SOURCE.replace('  region: us-east-1\n', '')
    expect((await loadOk(text, { env: { AWS_REGION: 'eu-west-1' } })).sources[0].region).toBe(
      'eu-west-1'
    )
    expect((await loadOk(text)).sources[0].region).toBe('')
  })

  it('user_data_file is read at load, block devices and metadata options get their defaults', async () => {
    const t = await loadOk(
      `${SOURCE}  user_data_file: boot.sh
  metadata_options: { http_tokens: required }
  launch_block_device_mappings:
    - device_name: /dev/sda1
      volume_size: 16
      volume_type: gp3
  encrypt_boot: true
  kms_key_id: alias/images
`,
      { files: { 'boot.sh': '#!/bin/sh\necho booted\n' } }
    )
    expect(t.sources[0]).toMatchObject({
      user_data: '#!/bin/sh\necho booted\n',
      metadata_options: {
        http_endpoint: 'enabled',
        http_tokens: 'required',
        http_put_response_hop_limit: 1
      },
      launch_block_device_mappings: [
        {
          device_name: '/dev/sda1',
          volume_size: 16,
          volume_type: 'gp3',
          delete_on_termination: false
        }
      ],
      encrypt_boot: true,
      kms_key_id: 'alias/images'
    })
  })
})

describe('provisioners', () => {
  it('durations become milliseconds; only takes Packer’s amazon-ebs.NAME form too', async () => {
    const t = await loadOk(`${SOURCE}provisioners:
  - type: shell
    inline: [reboot]
    expect_disconnect: true
    pause_before: 1m30s
    timeout: 10m
    max_retries: 2
    only: [amazon-ebs.default]
  - type: file
    source: build/out.tar
    generated: true
    destination: /tmp/out.tar
  - type: file
    direction: download
    source: /var/log/cloud-init.log
    destination: logs/cloud-init.log
  - type: file
    content: "hello"
    destination: /tmp/hello
`)
    expect(t.provisioners[0]).toMatchObject({
      pause_before: 90_000,
      timeout: 600_000,
      max_retries: 2,
      only: ['default'],
      expect_disconnect: true
    })
    expect(t.provisioners[1]).toMatchObject({
      sources: [join(t.dir, 'build/out.tar')],
      generated: true
    })
    expect(t.provisioners[2]).toMatchObject({
      direction: 'download',
      sources: ['/var/log/cloud-init.log'],
      destination: join(t.dir, 'logs/cloud-init.log')
    })
    expect(t.provisioners[3]).toMatchObject({ content: 'hello', destination: '/tmp/hello' })
  })
})

describe('native JSON', () => {
  it('a .json template without builders is the native format', async () => {
    const t = await loadOk(
      JSON.stringify({
        $schema: '../schema/ami-build.schema.json',
        source: {
          region: 'us-east-1',
          instance_type: 't3.micro',
          source_ami: 'ami-0123456789abcdef0',
          ssh_username: 'ec2-user',
          ami_name: 'json-{{timestamp}}'
        }
      }),
      { name: 'image.json' }
    )
    expect(t.format).toBe('json')
    expect(t.sources[0].ssh_username).toBe('ec2-user')
  })
})

describe('speed', () => {
  it('validates the PRODUCT.md example in well under 100 ms', async () => {
    const opts = options(join(EXAMPLES, 'web'))
    await loadTemplate('template.yml', opts)
    const start = performance.now()
    for (let i = 0; i < 10; i++) await loadTemplate('template.yml', opts)
    expect((performance.now() - start) / 10).toBeLessThan(20)
  })
})
