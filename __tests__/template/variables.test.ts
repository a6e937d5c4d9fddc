/** Variables in Packer's precedence, locals, and sensitive values. */
import { loadErrors, loadOk, load, SOURCE } from './helpers.js'

const TEMPLATE = `variables:
  version: { default: from-default }
${SOURCE}  tags: { Version: "\${var.version}" }
`
const version = async (
  opts: Parameters<typeof loadOk>[1]
): Promise<{ value: string; origin: string }> => {
  const t = await loadOk(TEMPLATE, opts)
  return { value: t.sources[0].tags.Version, origin: t.variables[0].origin }
}

describe("Packer's precedence: default < PKR_VAR_ < var files (later win) < the variables input", () => {
  const files = {
    'one.json': '{ "version": "from-one" }',
    'two.yml': 'version: from-two\n',
    'three.pkrvars.hcl': '# Packer var file\nversion = "from-three"\n'
  }

  it('the default, when nothing else is given', async () => {
    expect(await version({})).toEqual({ value: 'from-default', origin: 'default' })
  })

  it('var files override the default, the later file winning', async () => {
    expect(await version({ files, varFiles: ['one.json'] })).toEqual({
      value: 'from-one',
      origin: 'var-file'
    })
    expect(await version({ files, varFiles: ['one.json', 'two.yml'] })).toEqual({
      value: 'from-two',
      origin: 'var-file'
    })
    expect(await version({ files, varFiles: ['two.yml', 'three.pkrvars.hcl'] })).toEqual({
      value: 'from-three',
      origin: 'var-file'
    })
  })

  it('PKR_VAR_name overrides the default', async () => {
    expect(await version({ env: { PKR_VAR_version: 'from-env' } })).toEqual({
      value: 'from-env',
      origin: 'env'
    })
  })

  it('var files override PKR_VAR_name, as in Packer', async () => {
    expect(
      await version({ files, varFiles: ['one.json'], env: { PKR_VAR_version: 'from-env' } })
    ).toEqual({
      value: 'from-one',
      origin: 'var-file'
    })
  })

  it('the variables input overrides everything', async () => {
    expect(
      await version({
        files,
        varFiles: ['one.json'],
        env: { PKR_VAR_version: 'from-env' },
        variables: { version: 'from-input' }
      })
    ).toEqual({ value: 'from-input', origin: 'input' })
  })

  it('a var file setting an undeclared variable is a warning at its line', async () => {
    const result = await load(TEMPLATE, {
      files: { 'vars.yml': 'version: x\nverzion: y\n' },
      varFiles: ['vars.yml']
    })
    expect(result.ok).toBe(true)
    expect(result.warnings.map(w => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '2:1 the var file sets `verzion`, which the template does not declare — did you mean `version`?'
    ])
  })

  it('a missing var file and a bad value are errors', async () => {
    const errors = await loadErrors(
      `variables:\n  port: { type: number, default: 22 }\n${SOURCE}`,
      {
        varFiles: ['nope.json'],
        env: { PKR_VAR_port: 'twenty' }
      }
    )
    expect(errors).toEqual([
      '2:3 variables.port: the environment variable PKR_VAR_port is not a valid number: `twenty` is not a number',
      expect.stringMatching(/^1:1 : var file not found: \/.*\/nope\.json$/)
    ])
  })
})

describe('typed variables from text', () => {
  it('lists and maps are given as JSON, numbers and booleans as text', async () => {
    const t = await loadOk(
      `variables:
  regions: { type: list(string), default: [] }
  extra: { type: map(string), default: {} }
  port: { type: number, default: 22 }
  public: { type: bool, default: false }
${SOURCE}  ami_regions: \${var.regions}
  tags: \${var.extra}
  ssh_port: \${var.port}
  associate_public_ip_address: \${var.public}
`,
      {
        variables: {
          regions: '["us-west-2"]',
          extra: '{"Team":"platform"}',
          port: '2222',
          public: 'true'
        }
      }
    )
    expect(t.sources[0]).toMatchObject({
      ami_regions: ['us-west-2'],
      tags: { Team: 'platform' },
      ssh_port: 2222,
      associate_public_ip_address: true
    })
  })

  it('a list used inside a string is an error', async () => {
    const errors = await loadErrors(
      `variables:\n  regions: { type: list(string), default: [a] }\n${SOURCE}  ami_description: "to \${var.regions}"\n`
    )
    expect(errors).toEqual([
      '9:20 source.ami_description: `var.regions` is a list: it can only be used as a whole value, not inside a string'
    ])
  })
})

describe('locals', () => {
  it('may use variables and other locals, in any order', async () => {
    const t = await loadOk(
      `variables:
  app: { default: web }
locals:
  name: \${local.prefix}-\${var.app}
  prefix: acme
  owners: ["099720109477"]
${SOURCE.replace('ami_name: test-{{timestamp}}', 'ami_name: ${local.name}')}  ami_users: \${local.owners}
`
    )
    expect(t.sources[0].ami_name).toBe('acme-web')
    expect(t.sources[0].ami_users).toEqual(['099720109477'])
  })

  it('an undefined local names the locals that exist', async () => {
    const errors = await loadErrors(
      `locals:\n  prefix: acme\n${SOURCE}  ami_description: \${local.prefx}\n`
    )
    expect(errors).toEqual([
      '9:20 source.ami_description: undefined local `prefx` — did you mean `prefix`? (defined locals: `prefix`)'
    ])
  })
})

describe('sensitive variables', () => {
  it('are collected for masking, shown redacted, and never quoted in an error', async () => {
    const text = `variables:
  token: { sensitive: true }
${SOURCE}  ami_description: "\${var.token}"
provisioners:
  - type: shell
    environment_vars: ["TOKEN=\${var.token}"]
    inline: [./deploy]
`
    const t = await loadOk(text, { variables: { token: 's3cr3t' } })
    expect(t.sensitiveValues).toEqual(['s3cr3t'])
    expect(t.variables).toEqual([
      { name: 'token', display: '<sensitive>', sensitive: true, origin: 'input' }
    ])

    const result = await load(
      text
        .replace('ami_description: "${var.token}"', 'ami_name: "${var.token}:x"')
        .replace('  ami_name: test-{{timestamp}}\n', ''),
      {
        variables: { token: 's3cr3t' }
      }
    )
    expect(result.ok).toBe(false)
    const messages = !result.ok ? result.errors.map(e => e.message) : []
    expect(messages).toEqual([expect.stringContaining('is `<sensitive>:x` after interpolation')])
    expect(messages.join()).not.toContain('s3cr3t')
  })
})
