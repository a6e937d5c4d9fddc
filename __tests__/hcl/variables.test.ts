import { join } from 'node:path'
import { loadHcl2 } from '../../src/template/hcl/index.js'
import { FIXTURES, options, template } from './helpers.js'

const DIR = join(FIXTURES, 'precedence')
const load = (overrides: Parameters<typeof options>[0] = {}) =>
  loadHcl2(DIR, options({ workingDirectory: DIR, ...overrides }))

describe('HCL2 variables', () => {
  it("take values in Packer's precedence: default < PKR_VAR_ < auto var file < given var files < input", async () => {
    const t = template(
      await load({
        varFiles: [join(DIR, 'given.pkrvars.hcl')],
        env: {
          PKR_VAR_from_env: 'env',
          PKR_VAR_from_auto_file: 'env',
          PKR_VAR_from_var_file: 'env',
          PKR_VAR_from_input: 'env'
        },
        variables: { from_input: 'input' }
      })
    )
    expect(t.sources[0].tags).toMatchObject({
      Default: 'default',
      AutoFile: 'auto',
      VarFile: 'var-file',
      Env: 'env',
      Input: 'input'
    })
    const origins = Object.fromEntries(t.variables.map(v => [v.name, v.origin]))
    expect(origins).toMatchObject({
      from_default: 'default',
      from_auto_file: 'var-file',
      from_var_file: 'var-file',
      from_env: 'env',
      from_input: 'input'
    })
  })

  it('parse text values as HCL for non-string types, as Packer does', async () => {
    const t = template(
      await load({
        env: { PKR_VAR_types: '["c7g.large", "t3.micro"]', PKR_VAR_encrypt: 'true' },
        variables: { size: '32' }
      })
    )
    expect(t.sources[0].instance_type).toBe('c7g.large')
    expect(t.sources[0].encrypt_boot).toBe(true)
    expect(t.sources[0].ami_name).toBe('app-32')
  })

  it('read JSON var files', async () => {
    const t = template(await load({ varFiles: [join(DIR, 'given.pkrvars.json')] }))
    expect(t.sources[0].ami_name).toBe('app-16')
  })

  it('allow env() in a default', async () => {
    const t = template(await load({ env: { PRECEDENCE_HOME: '/home/runner' } }))
    expect(t.sources[0].tags.Home).toBe('/home/runner')
  })

  it('mask sensitive variables and sensitive locals, and redact them in the variable list', async () => {
    const t = template(await load({ variables: { password: 'hunter2' } }))
    expect(t.sensitiveValues).toEqual(expect.arrayContaining(['hunter2', 'tok-hunter2']))
    expect(t.variables.find(v => v.name === 'password')).toEqual({
      name: 'password',
      display: '<sensitive>',
      sensitive: true,
      origin: 'input'
    })
  })

  it('report a value that does not fit the type, naming where it came from', async () => {
    const result = await load({ env: { PKR_VAR_size: 'big' } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    // A value from the environment has no line of its own: the error is on the declaration.
    expect(result.errors[0]).toMatchObject({
      file: join(DIR, 'template.pkr.hcl'),
      line: 20,
      column: 10,
      path: 'variables.size'
    })
    expect(result.errors[0].message).toContain(
      'Invalid value for variable "size" (from PKR_VAR_size)'
    )
  })

  it('warn about an undeclared variable in a var file, as Packer does, suggesting the declared one', async () => {
    const result = await load({ varFiles: [join(DIR, 'undeclared.pkrvars.hcl')] })
    expect(result.ok).toBe(true)
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatchObject({
      severity: 'warning',
      file: join(DIR, 'undeclared.pkrvars.hcl'),
      line: 1,
      column: 8
    })
    expect(result.warnings[0].message).toContain('did you mean "size"?')
  })

  it('reject an undeclared variable given in the input, as Packer rejects -var', async () => {
    const result = await load({ variables: { pasword: 'x' } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0].message).toContain('did you mean "password"?')
  })

  it('ignore PKR_VAR_ for undeclared names: the environment is shared with other tools', async () => {
    expect((await load({ env: { PKR_VAR_something_else: 'x' } })).ok).toBe(true)
  })

  it('auto-load *.auto.pkrvars.hcl only for a directory template, as Packer does', async () => {
    const t = template(
      await loadHcl2(join(DIR, 'template.pkr.hcl'), options({ workingDirectory: DIR }))
    )
    expect(t.sources[0].tags.AutoFile).toBe('default')
  })
})
