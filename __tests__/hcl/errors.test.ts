import { join } from 'node:path'
import { loadHcl2 } from '../../src/template/hcl/index.js'
import type { Diagnostic } from '../../src/template/model.js'
import { FIXTURES, options } from './helpers.js'

const BROKEN = join(FIXTURES, 'broken')

async function errorsOf(name: string): Promise<Diagnostic[]> {
  const result = await loadHcl2(
    join(BROKEN, `${name}.pkr.hcl`),
    options({ workingDirectory: BROKEN })
  )
  if (result.ok) throw new Error(`${name}.pkr.hcl loaded without an error`)
  return result.errors
}

/** Each broken template reports exactly one error, at the offending text, saying what would be right. */
describe.each([
  // Syntax
  ['unterminated-string', '6:19', '', 'Unterminated string'],
  ['unclosed-block', '8:7', '', 'Unclosed block: the "build" block'],
  ['invalid-character', '3:30', '', 'Invalid character "@"'],
  ['invalid-escape', '6:23', '', 'Invalid escape sequence "\\q"'],
  ['unterminated-heredoc', '11:15', '', 'no line with only EOT closes the heredoc'],
  ['unclosed-if-directive', '11:16', '', 'Unclosed %{if}: expected a matching %{endif}'],
  ['duplicate-argument', '6:3', '', 'the argument "ssh_username" was already set at line 5'],
  ['missing-newline', '5:28', '', '"ssh_port" must start on a new line'],
  ['missing-equals', '5:24', '', 'to set an argument write ssh_username = value'],
  // Packer's blocks
  [
    'unknown-top-level-block',
    '8:1',
    '',
    'blocks of type "biuld" are not expected here; did you mean "build"?'
  ],
  [
    'other-builder',
    '1:8',
    '',
    'Unsupported builder "docker": ami-build builds with amazon-ebs only'
  ],
  [
    'other-plugin',
    '3:14',
    '',
    'supports only the amazon plugin (source = "github.com/hashicorp/amazon")'
  ],
  [
    'block-written-as-argument',
    '6:3',
    'sources.web.source_ami_filter',
    'source_ami_filter is a block: write source_ami_filter { … } without "="'
  ],
  [
    'argument-written-as-block',
    '5:3',
    'sources.web.ssh_username',
    'ssh_username is an argument: write ssh_username = …'
  ],
  [
    'override-already-set',
    '11:5',
    'sources.big.instance_type',
    '"instance_type" is already set for source.amazon-ebs.web'
  ],
  ['unknown-source-reference', '9:14', '', 'did you mean "source.amazon-ebs.web"?'],
  [
    'only-unknown-source',
    '11:14',
    'provisioners[0].only',
    'Unknown source "amazon-ebs.wbe" in only'
  ],
  // Expressions, variables, locals
  [
    'unknown-function',
    '6:19',
    'sources.web.ami_name',
    'does not support "uppr"; did you mean "upper"?'
  ],
  [
    'env-outside-variable-default',
    '6:19',
    'sources.web.ami_name',
    'env() is only allowed in the default of a variable block'
  ],
  [
    'undefined-variable',
    '6:19',
    'sources.web.region',
    'no variable named "regoin"; did you mean "region"?'
  ],
  [
    'variable-validation',
    '5:5',
    'variables.size',
    'Invalid value for variable "size" (its default): The size must be at least 8 GiB.'
  ],
  ['locals-cycle', '2:3', 'locals.a', 'Cycle in locals: local.a → local.b → local.a'],
  ['default-of-wrong-type', '3:13', 'variables.count', 'number required, but got string "many"'],
  ['unset-variable', '1:10', 'variables.app_version', 'Unset variable "app_version"'],
  [
    'list-index-out-of-range',
    '8:29',
    'sources.web.instance_type',
    'the index 1 is out of range for a list of 1 elements'
  ],
  // Options, checked by the validator shared with YAML
  ['misspelled-option', '3:3', 'sources.web.instance_typ', 'did you mean `instance_type`?'],
  [
    'invalid-instance-type',
    '3:19',
    'sources.web.instance_type',
    'expected an instance type like t3.micro'
  ],
  ['bad-region', '2:19', 'sources.web.region', 'expected a region name like us-east-1'],
  ['unknown-provisioner-argument', '11:5', 'provisioners[0].inlines', 'did you mean `inline`?'],
  ['unsupported-provisioner', '10:15', 'provisioners[0].type', 'unknown provisioner type `ansible`']
])('%s.pkr.hcl', (name, at, path, message) => {
  it(`is an error at ${at}`, async () => {
    const errors = await errorsOf(name)
    expect(errors).toHaveLength(1)
    const [error] = errors
    expect(`${error.line}:${error.column}`).toBe(at)
    expect(error.file).toBe(join(BROKEN, `${name}.pkr.hcl`))
    expect(error.path).toBe(path)
    expect(error.message).toContain(message)
  })
})

it('the error corpus has a test for every broken template', async () => {
  const { readdirSync } = await import('node:fs')
  const files = readdirSync(BROKEN).filter(f => f.endsWith('.pkr.hcl'))
  expect(files.length).toBe(31)
})
