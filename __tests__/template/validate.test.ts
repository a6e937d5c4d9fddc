/**
 * validateTree with a tree another reader built (the HCL2 reader): evaluated values are taken as
 * they are, build variables are still checked, and the caller's variables are passed through.
 */
import type { SourceLocation } from '../../src/template/model.js'
import type { MapEntry, Node } from '../../src/template/tree.js'
import { validateTree } from '../../src/template/validate.js'
import { options } from './helpers.js'

const FILE = '/work/images/web.pkr.hcl'
let line = 0
const at = (): SourceLocation => ({ file: FILE, line: ++line, column: 3 })
const text = (value: string | number | boolean): Node => ({
  kind: 'scalar',
  value,
  loc: at(),
  evaluated: true
})
const map = (entries: Record<string, Node>): Node => ({
  kind: 'map',
  loc: at(),
  entries: Object.entries(entries).map(([key, value]): MapEntry => ({
    key,
    keyLoc: value.loc,
    value
  }))
})

function tree(amiName: string, instanceType = 't3.micro') {
  line = 0
  return map({
    sources: map({
      web: map({
        region: text('us-east-1'),
        instance_type: text(instanceType),
        source_ami: text('ami-0123456789abcdef0'),
        ssh_username: text('ubuntu'),
        ami_name: text(amiName),
        ami_description: text('literal ${var.x} and {{timestamp}}')
      })
    })
  }) as Extract<Node, { kind: 'map' }>
}

describe('validateTree with an evaluated tree', () => {
  const ctx = {
    path: FILE,
    format: 'hcl2' as const,
    options: options('/work/images'),
    resolved: {
      variables: [
        { name: 'token', display: '<sensitive>', sensitive: true, origin: 'default' as const }
      ],
      sensitiveValues: ['s3cr3t']
    }
  }

  it('takes evaluated strings as they are and keeps build variables', () => {
    const result = validateTree(tree('web-${build.SourceAMIName}'), ctx)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.template.format).toBe('hcl2')
    expect(result.template.sources[0]).toMatchObject({
      name: 'web',
      ami_name: 'web-${build.SourceAMIName}',
      ami_description: 'literal ${var.x} and {{timestamp}}',
      ssh_port: 22
    })
    expect(result.template.variables).toEqual(ctx.resolved.variables)
    expect(result.template.sensitiveValues).toEqual(['s3cr3t'])
  })

  it('still checks build variables and values, at the locations the reader gave', () => {
    const result = validateTree(tree('web-${build.SourceAmi}', '${build.SourceAMI}'), ctx)
    expect(
      !result.ok && result.errors.map(e => `${e.line}:${e.column} ${e.path}: ${e.message}`)
    ).toEqual([
      '2:3 sources.web.instance_type: `${build.SourceAMI}` cannot be used here: build variables are known only during the build: use them in provisioners, post-processors, ami_name, ami_description and tags',
      expect.stringMatching(/^5:3 sources\.web\.ami_name: unknown build variable `SourceAmi` /)
    ])
  })
})
