import { resolve } from 'node:path'
import type { LoadOptions, LoadResult, Template } from '../../src/template/model.js'

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/hcl')

export function options(overrides: Partial<LoadOptions> = {}): LoadOptions {
  return {
    workingDirectory: FIXTURES,
    variables: {},
    varFiles: [],
    env: {},
    only: [],
    except: [],
    now: new Date('2026-03-04T05:06:07Z'),
    ...overrides
  }
}

export function template(result: LoadResult): Template {
  if (!result.ok)
    throw new Error(
      `expected the template to load, got:\n${result.errors.map(e => `${e.file}:${e.line}:${e.column} ${e.path} ${e.message}`).join('\n')}`
    )
  return result.template
}

/** The model without what necessarily differs between two formats: where things were written. */
export function meaning(t: Template): unknown {
  return JSON.parse(
    JSON.stringify({ ...t, path: undefined, format: undefined }, (key, value) =>
      key === 'location' ? undefined : value
    )
  )
}
