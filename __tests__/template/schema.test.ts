/** The JSON Schema and the key reference are generated from the option table and committed. */
import { readFileSync } from 'node:fs'
import { templateReference, templateSchema } from '../../src/template/schema.js'
import { SOURCE_OPTIONS, SHELL_OPTIONS } from '../../src/template/options.js'

describe('generated files', () => {
  it('schema/ami-build.schema.json is up to date (run `npm run schema`)', () => {
    expect(JSON.parse(readFileSync('schema/ami-build.schema.json', 'utf8'))).toEqual(
      templateSchema()
    )
  })

  it('docs/templates.md is up to date (run `npm run schema`)', () => {
    const normalise = (s: string) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/\| -+ /g, '| --- ')
        .trim()
    expect(normalise(readFileSync('docs/templates.md', 'utf8'))).toBe(
      normalise(templateReference())
    )
  })

  it('every source and shell option is in the schema and the reference', () => {
    const schema = templateSchema() as {
      definitions: Record<string, { properties: Record<string, unknown> }>
    }
    const reference = templateReference()
    for (const option of SOURCE_OPTIONS) {
      expect(schema.definitions.source.properties).toHaveProperty(option.name)
      expect(reference).toContain(`| \`${option.name}\` |`)
    }
    for (const option of SHELL_OPTIONS)
      expect(schema.definitions.shell.properties).toHaveProperty(option.name)
  })
})
