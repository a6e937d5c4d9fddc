import { HclError } from '../../src/template/hcl/ast.js'
import type { Attribute, Block } from '../../src/template/hcl/ast.js'
import type { Scope } from '../../src/template/hcl/evaluate.js'
import { evaluate } from '../../src/template/hcl/evaluate.js'
import { parseHcl } from '../../src/template/hcl/parser.js'
import type { Value } from '../../src/template/hcl/values.js'

const NOW = new Date('2026-03-04T05:06:07Z')

function scope(vars: Record<string, Value> = {}): Scope {
  return {
    root: name => (name === 'var' ? vars : undefined),
    rootNames: ['var'],
    functions: { now: NOW, baseDirectory: '/nonexistent' }
  }
}

/** The value of `x = <text>`, as an HCL2 file would compute it. */
function value(text: string, vars: Record<string, Value> = {}): Value {
  const body = parseHcl(`x = ${text}\n`, 'test.pkr.hcl')
  return evaluate((body.items[0] as Attribute).expr, scope(vars))
}

function syntaxError(text: string): HclError {
  try {
    parseHcl(text, 'test.pkr.hcl')
  } catch (error) {
    if (error instanceof HclError) return error
    throw error
  }
  throw new Error('expected a syntax error')
}

describe('HCL2 structure', () => {
  it('reads blocks with labels, nested blocks and attributes, each with its position', () => {
    const body = parseHcl(
      'source "amazon-ebs" "web" {\n  region = "us-east-1"\n  source_ami_filter {\n    owners = ["self"]\n  }\n}\n',
      'f.pkr.hcl'
    )
    const block = body.items[0] as Block
    expect(block).toMatchObject({
      kind: 'block',
      type: 'source',
      pos: { file: 'f.pkr.hcl', line: 1, column: 1 }
    })
    expect(block.labels.map(l => [l.value, l.pos.column])).toEqual([
      ['amazon-ebs', 8],
      ['web', 21]
    ])
    expect(block.body.items.map(i => [i.kind, i.pos.line, i.pos.column])).toEqual([
      ['attribute', 2, 3],
      ['block', 3, 3]
    ])
  })

  it('skips #, // and /* */ comments, including ones spanning lines', () => {
    const body = parseHcl(
      '# one\n// two\n/* three\n four */ a = 1 # trailing\nb = /* inline */ 2\n',
      'f'
    )
    expect(body.items.map(i => (i as Attribute).name)).toEqual(['a', 'b'])
  })

  it('accepts a one-line block and object keys written with = or :', () => {
    const body = parseHcl('filter { name = "x" }\nm = { "a" : 1, b = 2 }\n', 'f')
    expect(body.items).toHaveLength(2)
    expect(evaluate((body.items[1] as Attribute).expr, scope())).toEqual({ a: 1, b: 2 })
  })
})

describe('HCL2 literals and strings', () => {
  it('reads numbers, bools, null, lists and objects', () => {
    expect(value('[1, 2.5, 1e3, true, false, null]')).toEqual([1, 2.5, 1000, true, false, null])
    expect(value('{\n  a = "x"\n  "b-c" = [1]\n}')).toEqual({ a: 'x', 'b-c': [1] })
  })

  it('processes escapes in quoted strings, and $${ and %%{ as literal sequences', () => {
    expect(value('"tab\\tquote\\"nl\\n\\u00e9"')).toBe('tab\tquote"nl\né')
    expect(value('"$${HOME} %%{x}"')).toBe('${HOME} %{x}')
  })

  it('interpolates, and a lone interpolation keeps the value type', () => {
    expect(value('"v${var.n + 1}-${var.s}"', { n: 1, s: 'x' })).toBe('v2-x')
    expect(value('"${var.l}"', { l: ['a'] })).toEqual(['a'])
  })

  it('evaluates %{if} and %{for} directives with ~ whitespace stripping', () => {
    expect(value('"%{ if var.on }yes%{ else }no%{ endif }"', { on: false })).toBe('no')
    expect(value('"%{ for i, v in var.l }${i}=${v};%{ endfor }"', { l: ['a', 'b'] })).toBe(
      '0=a;1=b;'
    )
    expect(value('"a   ${~ "b" ~}   c"')).toBe('abc')
  })

  it('reads heredocs: <<EOF verbatim, <<-EOF without the common indentation', () => {
    expect(value('<<EOT\n  keep\n    this\nEOT\n')).toBe('  keep\n    this\n')
    expect(value('<<-EOT\n    one\n      two ${var.x}\n    EOT\n', { x: 'X' })).toBe(
      'one\n  two X\n'
    )
    expect(value('<<EOT\nno \\n escapes here\nEOT\n')).toBe('no \\n escapes here\n')
  })
})

describe('HCL2 expressions', () => {
  it('applies operator precedence as HCL does', () => {
    expect(value('1 + 2 * 3')).toBe(7)
    expect(value('(1 + 2) * 3')).toBe(9)
    expect(value('10 - 4 - 3')).toBe(3)
    expect(value('7 % 4 == 3 && !false || false')).toBe(true)
    expect(value('-2 * -3 >= 6')).toBe(true)
    expect(value('"1" + 1')).toBe(2)
  })

  it('evaluates conditionals', () => {
    expect(value('var.env == "prod" ? "t3.large" : "t3.micro"', { env: 'prod' })).toBe('t3.large')
  })

  it('evaluates for expressions: list and object forms, with if and grouping', () => {
    expect(value('[for s in var.l : upper(s) if s != "b"]', { l: ['a', 'b', 'c'] })).toEqual([
      'A',
      'C'
    ])
    expect(value('{for k, v in var.m : v => k}', { m: { a: 'x', b: 'y' } })).toEqual({
      x: 'a',
      y: 'b'
    })
    expect(value('{for s in var.l : s => s...}', { l: ['a', 'a'] })).toEqual({ a: ['a', 'a'] })
  })

  it('evaluates splats, indexes and attribute access', () => {
    const disks = [
      { name: 'a', size: 1 },
      { name: 'b', size: 2 }
    ]
    expect(value('var.d[*].name', { d: disks })).toEqual(['a', 'b'])
    expect(value('var.d.*.size', { d: disks })).toEqual([1, 2])
    expect(value('var.d[1]["name"]', { d: disks })).toBe('b')
    expect(value('var.d.0.size', { d: disks })).toBe(1)
  })

  it('expands a list into function arguments with ...', () => {
    expect(value('concat(var.l...)', { l: [[1], [2, 3]] })).toEqual([1, 2, 3])
  })
})

describe('HCL2 syntax errors point at the offending character', () => {
  it.each([
    ['a = "open\n', 1, 5, 'Unterminated string'],
    ['a = [1, 2\nb = 1\n', 2, 1, 'Missing "," or "]" in the list'],
    ['a = 1 +\n', 1, 8, 'Missing expression'],
    ['block {\n  a = 1\n', 1, 7, 'Unclosed block'],
    ['a = "${var.x"\n', 1, 13, 'Missing "}" to close the template sequence'],
    ['a = "%{ while }"\n', 1, 9, 'Invalid template directive'],
    ['a = "%{ endif }"\n', 1, 6, 'Unexpected %{endif}'],
    ['a = x ? 1\n', 1, 10, 'Missing ":" in the conditional'],
    ['a = [for x in y]\n', 1, 16, 'expected ":" after the collection']
  ])('%j', (text, line, column, message) => {
    const error = syntaxError(text)
    expect([error.pos.line, error.pos.column]).toEqual([line, column])
    expect(error.message).toContain(message)
  })
})

it('hostile nesting is an error, not a stack overflow', () => {
  const error = syntaxError(`a = ${'['.repeat(5000)}${']'.repeat(5000)}\n`)
  expect(error.message).toContain('Too deeply nested')
})
