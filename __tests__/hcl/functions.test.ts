import { join } from 'node:path'
import type { Attribute } from '../../src/template/hcl/ast.js'
import { HclError } from '../../src/template/hcl/ast.js'
import { evaluate } from '../../src/template/hcl/evaluate.js'
import { parseHcl } from '../../src/template/hcl/parser.js'
import type { Value } from '../../src/template/hcl/values.js'
import { FIXTURES } from './helpers.js'

const NOW = new Date('2026-03-04T05:06:07Z')

function call(text: string, env?: Record<string, string>): Value {
  const body = parseHcl(`x = ${text}\n`, 'test.pkr.hcl')
  return evaluate((body.items[0] as Attribute).expr, {
    root: () => undefined,
    rootNames: [],
    functions: { now: NOW, baseDirectory: join(FIXTURES, 'functions'), env }
  })
}

function failure(text: string, env?: Record<string, string>): HclError {
  try {
    call(text, env)
  } catch (error) {
    if (error instanceof HclError) return error
    throw error
  }
  throw new Error(`${text} did not fail`)
}

describe('HCL2 functions', () => {
  it('timestamp, formatdate and legacy_isotime use the build start', () => {
    expect(call('timestamp()')).toBe('2026-03-04T05:06:07Z')
    expect(call('formatdate("YYYY-MM-DD hh:mm:ss ZZZ", timestamp())')).toBe(
      '2026-03-04 05:06:07 UTC'
    )
    expect(call(`formatdate("DD MMM YYYY 'at' h:mmaa EEEE", "2026-03-04T17:06:07+02:00")`)).toBe(
      '04 Mar 2026 at 17:06pm Wednesday'
    )
    expect(call('legacy_isotime("2006-01-02-150405")')).toBe('2026-03-04-050607')
  })

  it('uuidv4 makes a random version 4 UUID', () => {
    expect(call('uuidv4()')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(call('uuidv4()')).not.toBe(call('uuidv4()'))
  })

  it('transform strings', () => {
    expect(call('lower("AbC")')).toBe('abc')
    expect(call('upper("AbC")')).toBe('ABC')
    expect(call('trimspace("  x \\n")')).toBe('x')
    expect(call('replace("1.2.3", ".", "-")')).toBe('1-2-3')
    expect(call('replace("a1b22", "/[0-9]+/", "#")')).toBe('a#b#')
    expect(call('regex_replace("web-1.2.3", "([0-9]+)\\\\.([0-9]+)", "$2.$1")')).toBe('web-2.1.3')
    expect(call('split(",", "a,b,,c")')).toEqual(['a', 'b', '', 'c'])
    expect(call('join("-", ["a", "b"], ["c"])')).toBe('a-b-c')
    expect(call('format("%s-%03d-%.2f-%t-%q-%%", "x", 7, 1.5, true, "y")')).toBe(
      'x-007-1.50-true-"y"-%'
    )
    expect(call('base64encode("hello")')).toBe('aGVsbG8=')
    expect(call('jsonencode({ a = [1, "b"] })')).toBe('{"a":[1,"b"]}')
  })

  it('combine collections', () => {
    expect(call('concat(["a"], [], ["b", "c"])')).toEqual(['a', 'b', 'c'])
    expect(call('merge({ a = 1, b = 1 }, { b = 2 })')).toEqual({ a: 1, b: 2 })
    expect(call('lookup({ a = "x" }, "a", "d")')).toBe('x')
    expect(call('lookup({ a = "x" }, "z", "d")')).toBe('d')
    expect(call('coalesce("", null, "first", "second")')).toBe('first')
    expect(call('length("héllo")')).toBe(5)
    expect(call('length({ a = 1, b = 2 })')).toBe(2)
  })

  it('file() and templatefile() read paths relative to the template directory', () => {
    expect(call('file("plain.txt")')).toBe('line one\n')
    expect(call('templatefile("greeting.tpl", { name = "ops", admin = true })')).toBe(
      'Hello ops (admin)\n'
    )
    expect(failure('file("missing.txt")').message).toContain('cannot read "missing.txt"')
    expect(failure('templatefile("greeting.tpl", { admin = true })').message).toContain(
      'no variable named "name"'
    )
  })

  it('env() works only where Packer allows it: in a variable default', () => {
    expect(call('env("HOME_DIR")', { HOME_DIR: '/home/me' })).toBe('/home/me')
    expect(call('env("UNSET")', {})).toBe('')
    expect(failure('env("HOME")').message).toContain(
      'only allowed in the default of a variable block'
    )
  })

  it('an unknown function is an error naming it, with a suggestion and the supported list', () => {
    const error = failure('lenght("x")')
    expect(error.message).toContain('does not support "lenght"; did you mean "length"?')
    expect(error.message).toContain('Supported functions: timestamp,')
    expect(error.pos).toMatchObject({ line: 1, column: 5 })
  })

  it('a wrong argument is an error at that argument', () => {
    const error = failure('join(",", "not-a-list")')
    expect(error.message).toBe('Invalid argument 2 to join(): a list is required, got string.')
    expect(error.pos.column).toBe(15)
  })
})
