/** Hostile input is a clear error, never a hang, a crash or a polluted prototype. */
import { closeSync, openSync, ftruncateSync } from 'node:fs'
import { join } from 'node:path'
import { loadTemplate } from '../../src/template/load.js'
import { loadErrors, loadOk, options, SOURCE, workspace } from './helpers.js'

/** Each case must answer quickly: a hang or a runaway expansion fails the test, not the machine. */
async function timed<T>(fn: () => Promise<T>): Promise<T> {
  const start = performance.now()
  const result = await fn()
  expect(performance.now() - start).toBeLessThan(1000)
  return result
}

describe('hostile templates', () => {
  it('a YAML alias bomb stops at the node limit, at the alias that crossed it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi']) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const errors = await timed(() => loadErrors(`${levels.join('\n')}\n`))
    expect(errors).toEqual([
      expect.stringMatching(
        /^5:\d+ : the template expands to more than 50000 values \(an alias bomb\?\)$/
      )
    ])
  })

  it('a 50 MB file is refused before it is read', async () => {
    const ws = workspace()
    try {
      // A sparse file: 50 MB on paper, nothing written, so the test itself stays fast.
      const fd = openSync(join(ws.dir, 'huge.yml'), 'w')
      ftruncateSync(fd, 50 * 1024 * 1024)
      closeSync(fd)
      const result = await timed(() => loadTemplate('huge.yml', options(ws.dir)))
      expect(result.ok).toBe(false)
      expect(!result.ok && result.errors.map(e => e.message)).toEqual([
        'the template is 50.0 MiB; templates are limited to 4 MiB'
      ])
    } finally {
      ws.cleanup()
    }
  })

  it.each([
    ['flow brackets', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, '1:68'],
    ['JSON objects', `{"a": ${'{"b": '.repeat(100_000)}1${'}'.repeat(100_000)}}`, '1:385'],
    [
      'block indentation',
      `a:\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i + 2)}b:`).join('\n')}\n`,
      '401:401'
    ]
  ])('deep nesting (%s) is an error at the first level too deep', async (_, text, at) => {
    const errors = await timed(() =>
      loadErrors(text, { name: text.startsWith('{') ? 't.json' : 't.yml' })
    )
    expect(errors).toEqual([`${at} : the template nests deeper than 64 levels`])
  })

  it('__proto__ and constructor keys are plain keys: never a prototype change', async () => {
    const t = await loadOk(`${SOURCE}  tags:
    __proto__: polluted
    constructor: also
`)
    expect(Object.keys(t.sources[0].tags)).toEqual(['__proto__', 'constructor'])
    expect(t.sources[0].tags['__proto__']).toBe('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')

    const errors = await loadErrors(`${SOURCE}  __proto__: { polluted: true }\n`)
    expect(errors).toEqual([
      expect.stringMatching(/^7:3 source\.__proto__: unknown key `__proto__` in source `default`/)
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a variable named __proto__ is just a variable', async () => {
    const t = await loadOk(
      `variables:\n  __proto__: { default: x }\n${SOURCE}  ami_name: name-\${var.__proto__}\n`.replace(
        '  ami_name: test-{{timestamp}}\n',
        ''
      )
    )
    expect(t.sources[0].ami_name).toBe('name-x')
  })

  it('binary garbage is not a template', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
    const result = await timed(() => loadErrorsOf(garbage))
    expect(result).toEqual(['1:1 : the template is not UTF-8 text (is it a binary file?)'])
  })

  it('a NUL byte in otherwise valid text is located', async () => {
    const errors = await loadErrors(`${SOURCE}  tags: { a: "x\0y" }\n`)
    expect(errors).toEqual(['7:16 : the template contains a NUL byte: it is not a text file'])
  })

  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \n\n\t\n'],
    ['only comments', '# nothing here\n# at all\n']
  ])('%s is an error', async (_, text) => {
    expect(await loadErrors(text)).toEqual(['1:1 : the template is empty'])
  })

  it('a template that is a list or a string is an error', async () => {
    expect(await loadErrors('- a\n- b\n')).toEqual([
      '1:1 : the template must be a map of sections (source, provisioners, …), not a list'
    ])
    expect(await loadErrors('just text\n')).toEqual([
      '1:1 : the template must be a map of sections (source, provisioners, …), not a single value'
    ])
  })

  it('a missing template, and one with an unknown extension', async () => {
    const ws = workspace({ 'template.txt': SOURCE })
    try {
      const missing = await loadTemplate('nope.yml', options(ws.dir))
      expect(!missing.ok && missing.errors[0].message).toBe(
        `template not found: ${join(ws.dir, 'nope.yml')}`
      )
      const text = await loadTemplate('template.txt', options(ws.dir))
      expect(!text.ok && text.errors[0].message).toBe(
        'unknown template format: name the file .yml or .yaml (native), .json (native or Packer JSON) or .pkr.hcl'
      )
    } finally {
      ws.cleanup()
    }
  })
})

async function loadErrorsOf(bytes: Buffer): Promise<string[]> {
  const ws = workspace({ 'image.yml': bytes })
  try {
    const result = await loadTemplate('image.yml', options(ws.dir))
    return result.ok ? [] : result.errors.map(e => `${e.line}:${e.column} ${e.path}: ${e.message}`)
  } finally {
    ws.cleanup()
  }
}
