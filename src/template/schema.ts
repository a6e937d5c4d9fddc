/**
 * The JSON Schema of the native format and the reference of every key (docs/templates.md), both
 * generated from the option table (options.ts) by `npm run schema`; a test checks the committed
 * files are up to date.
 */
import { BUILD_VARIABLES } from './model.js'
import {
  FILE_OPTIONS,
  MANIFEST_OPTIONS,
  PROVISIONER_COMMON_OPTIONS,
  SHELL_OPTIONS,
  SOURCE_OPTIONS,
  VARIABLE_OPTIONS,
  VARIABLE_TYPES,
  type OptionDef,
  type ValueType
} from './options.js'
import { describeType } from './validator.js'

type Schema = Record<string, unknown>

/** A string holding `${…}` or `{{…}}` is checked after interpolation, not by the editor. */
const EXPRESSION: Schema = { type: 'string', pattern: '\\$\\{|\\{\\{' }

function schemaOf(type: ValueType): Schema {
  switch (type.kind) {
    case 'string': {
      const s: Schema = { type: 'string' }
      if (type.enum) s.enum = [...type.enum]
      if (type.minLength !== undefined) s.minLength = type.minLength
      if (type.maxLength !== undefined && !type.buildVariables) s.maxLength = type.maxLength
      if (type.pattern) s.pattern = type.pattern
      const constrained = type.enum || type.pattern || type.maxLength !== undefined
      // Numbers are accepted where a string is wanted (`Version: 1.2` as a tag value).
      if (!constrained)
        return { type: ['string', 'number'], ...(s.minLength ? { minLength: s.minLength } : {}) }
      return { anyOf: [s, EXPRESSION] }
    }
    case 'integer': {
      const s: Schema = { type: 'integer' }
      if (type.min !== undefined) s.minimum = type.min
      if (type.max !== undefined) s.maximum = type.max
      return { anyOf: [s, EXPRESSION] }
    }
    case 'boolean':
      return { anyOf: [{ type: 'boolean' }, EXPRESSION] }
    case 'duration':
      return { type: 'string', pattern: '^((\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+|0)$|\\$\\{|\\{\\{' }
    case 'list': {
      const s: Schema = { type: 'array', items: schemaOf(type.items) }
      if (type.minItems) s.minItems = type.minItems
      return { anyOf: [s, EXPRESSION] }
    }
    case 'map': {
      const s: Schema = { type: 'object', additionalProperties: schemaOf(type.values) }
      return { anyOf: [s, EXPRESSION] }
    }
    case 'object':
      return objectSchema(type.options)
    case 'any':
      return {}
  }
}

function objectSchema(options: OptionDef[], extra: Schema = {}): Schema {
  const properties: Record<string, Schema> = {}
  for (const option of options) {
    properties[option.name] = { description: option.doc, ...schemaOf(option.type) }
    if (option.default !== undefined) properties[option.name].default = option.default
  }
  const required = options.filter(o => o.required).map(o => o.name)
  return {
    type: 'object',
    properties: { ...properties, ...((extra.properties as Schema) ?? {}) },
    ...(required.length ? { required } : {}),
    additionalProperties: false
  }
}

function provisionerSchema(type: 'shell' | 'file', options: OptionDef[]): Schema {
  const common = PROVISIONER_COMMON_OPTIONS.map(o =>
    o.name === 'type' ? { ...o, type: { kind: 'string' as const, enum: [type] } } : o
  )
  return objectSchema([...common, ...options])
}

export function templateSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/org/ami-build/schema/ami-build.schema.json',
    title: 'ami-build template',
    description:
      'A template for ami-build: amazon-ebs sources, shell and file provisioners, and a manifest post-processor.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      variables: {
        description: 'Input variables: `${var.NAME}` in strings.',
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
        additionalProperties: { $ref: '#/definitions/variable' }
      },
      locals: {
        description: 'Named values computed from variables and other locals: `${local.NAME}`.',
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' }
      },
      source: {
        description: 'The one amazon-ebs source to build (named `default`).',
        $ref: '#/definitions/source'
      },
      sources: {
        description: 'Named amazon-ebs sources, built in parallel.',
        type: 'object',
        minProperties: 1,
        additionalProperties: { $ref: '#/definitions/source' }
      },
      provisioners: {
        description: 'Steps run on the instance, in order.',
        type: 'array',
        items: {
          type: 'object',
          required: ['type'],
          properties: { type: { enum: ['shell', 'file'] } },
          allOf: [
            {
              if: { properties: { type: { const: 'shell' } } },
              then: { $ref: '#/definitions/shell' }
            },
            {
              if: { properties: { type: { const: 'file' } } },
              then: { $ref: '#/definitions/file' }
            }
          ]
        }
      },
      post_processors: {
        description: 'What to do with the artifacts.',
        type: 'array',
        items: { $ref: '#/definitions/manifest' }
      }
    },
    oneOf: [{ required: ['source'] }, { required: ['sources'] }],
    definitions: {
      variable: objectSchema(VARIABLE_OPTIONS),
      source: objectSchema(SOURCE_OPTIONS),
      shell: provisionerSchema('shell', SHELL_OPTIONS),
      file: provisionerSchema('file', FILE_OPTIONS),
      manifest: objectSchema(MANIFEST_OPTIONS)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// docs/templates.md

function table(
  options: OptionDef[],
  nested: Array<{ title: string; options: OptionDef[] }>,
  prefix = ''
): string {
  const rows = options.map(o => {
    const type = describeType(o.type).replace(/\|/g, '\\|')
    const def = o.required
      ? '**required**'
      : o.default === undefined
        ? ''
        : `\`${JSON.stringify(o.default)}\``
    if (o.type.kind === 'object' || (o.type.kind === 'list' && o.type.items.kind === 'object')) {
      const inner =
        o.type.kind === 'object' ? o.type : (o.type.items as Extract<ValueType, { kind: 'object' }>)
      if (!nested.some(n => n.title === inner.what))
        nested.push({ title: inner.what, options: inner.options })
    }
    return `| \`${prefix}${o.name}\` | ${type} | ${def} | ${o.doc.replace(/\|/g, '\\|')} |`
  })
  return ['| key | type | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

export function templateReference(): string {
  const nested: Array<{ title: string; options: OptionDef[] }> = []
  const source = table(SOURCE_OPTIONS, nested)
  const parts = [
    '<!-- Generated by `npm run schema` from src/template/options.ts: do not edit by hand. -->',
    '# Template reference',
    '',
    'A template is YAML (or JSON of the same shape). Editors complete and check it with the JSON',
    'Schema in `schema/ami-build.schema.json`: start a YAML template with',
    '`# yaml-language-server: $schema=<path to>/schema/ami-build.schema.json`.',
    'Packer legacy JSON templates (with `builders`) are read as they are.',
    '',
    '## Top level',
    '',
    '| key | meaning |',
    '| --- | --- |',
    '| `variables` | input variables: name → `{ type, default, description, sensitive }` |',
    '| `locals` | name → value, computed from variables and other locals |',
    '| `source` | one amazon-ebs source (named `default`) |',
    '| `sources` | named amazon-ebs sources, built in parallel (use `source` or `sources`) |',
    '| `provisioners` | list of `shell` and `file` provisioners, run in order |',
    '| `post_processors` | list of post-processors (`manifest`) |',
    '',
    '## Variables',
    '',
    table(VARIABLE_OPTIONS, []),
    '',
    `Types: ${VARIABLE_TYPES.map(t => `\`${t}\``).join(', ')}. A value comes from, lowest precedence first:`,
    'the default, the environment variable `PKR_VAR_name`, var files (`var-files` input /',
    '`--var-file`, later files win; JSON, YAML or `name = value` lines in `.pkrvars.hcl`), and the',
    '`variables` input / `--var name=value` — the order Packer uses. Lists and maps given as text',
    'are JSON.',
    '',
    '## Expressions',
    '',
    '- `${var.NAME}`, `${local.NAME}`: a variable or local. A string that is exactly one expression',
    '  keeps the value’s type (a list, a number).',
    '- `${build.NAME}`: a build variable, known only during the build; allowed in provisioners,',
    '  post-processors, `ami_name`, `ami_description` and the tag maps. Names:',
    `  ${BUILD_VARIABLES.map(b => `\`${b}\``).join(', ')}.`,
    '- Packer’s legacy functions: `{{timestamp}}`, `{{isotime "2006-01-02"}}` (Go layout, UTC),',
    '  `{{uuid}}`, ``{{user `x`}}``, ``{{env `X`}}``, `{{clean_resource_name …}}`, `{{lower …}}`,',
    '  `{{upper …}}`, `{{pwd}}`, `{{template_dir}}`, `{{replace_all old new s}}`, pipes (`{{isotime | clean_resource_name}}`),',
    '  and `{{ .SourceAMIName }}` / ``{{ build `SourceAMIName` }}`` for build variables.',
    '- Any other `${…}` (a shell’s `${HOME}`) is left as written; `$${` is a literal `${`.',
    '',
    '## Source (amazon-ebs)',
    '',
    'Durations are Go durations: `30s`, `5m`, `1h30m`.',
    '',
    source
  ]
  for (let i = 0; i < nested.length; i++) {
    const { title, options } = nested[i]
    parts.push('', `### ${title[0].toUpperCase()}${title.slice(1)}`, '', table(options, nested))
  }
  parts.push(
    '',
    '## Provisioners',
    '',
    'Every provisioner takes:',
    '',
    table(PROVISIONER_COMMON_OPTIONS, []),
    '',
    '### shell',
    '',
    table(SHELL_OPTIONS, []),
    '',
    '### file',
    '',
    table(FILE_OPTIONS, []),
    '',
    '## Post-processors',
    '',
    '### manifest',
    '',
    table(MANIFEST_OPTIONS, []),
    ''
  )
  return parts.join('\n')
}
