/** Writes schema/ami-build.schema.json and docs/templates.md from the option table. */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { templateReference, templateSchema } from '../src/template/schema.js'

const root = fileURLToPath(new URL('..', import.meta.url))

// Formatted as the repository's Prettier config would, so `format:check` passes right after.
async function write(path: string, text: string): Promise<void> {
  const file = `${root}${path}`
  const config = await prettier.resolveConfig(file)
  writeFileSync(file, await prettier.format(text, { ...config, filepath: file }))
}

await write('schema/ami-build.schema.json', JSON.stringify(templateSchema(), null, 2))
await write('docs/templates.md', templateReference())
console.log('wrote schema/ami-build.schema.json and docs/templates.md')
