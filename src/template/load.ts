/**
 * loadTemplate: a template file in, a validated Template or every located error out. The format
 * follows the name: .yml/.yaml native YAML; .json Packer legacy JSON when it has `builders`, else
 * native JSON; .pkr.hcl or a directory Packer HCL2 (src/template/hcl/).
 */
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Diagnostic, LoadOptions, LoadResult } from './model.js'
import { convertLegacy } from './legacy.js'
import { decodeText, fileError, parseText } from './parse.js'
import { validateTree } from './validate.js'

/** Real templates are a few KiB; a bigger file is a mistake, refused before it is read. */
export const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024

type Hcl2Loader = (path: string, options: LoadOptions) => Promise<LoadResult>

export async function loadTemplate(path: string, options: LoadOptions): Promise<LoadResult> {
  const file = resolve(options.workingDirectory, path)
  const failed = (message: string, extra: Partial<Diagnostic> = {}): LoadResult => ({
    ok: false,
    errors: [{ ...fileError(file, message), ...extra }],
    warnings: []
  })

  let size: number
  let isDirectory: boolean
  try {
    const info = await stat(file)
    size = info.size
    isDirectory = info.isDirectory()
  } catch {
    return failed(`template not found: ${file}`)
  }

  if (isDirectory || file.endsWith('.pkr.hcl')) {
    const loadHcl2 = await hcl2Loader()
    return loadHcl2(file, options)
  }

  const lower = file.toLowerCase()
  const format =
    lower.endsWith('.yml') || lower.endsWith('.yaml')
      ? 'yaml'
      : lower.endsWith('.json')
        ? 'json'
        : undefined
  if (!format) {
    return failed(
      'unknown template format: name the file .yml or .yaml (native), .json (native or Packer JSON) or .pkr.hcl'
    )
  }
  if (size > MAX_TEMPLATE_BYTES) {
    return failed(
      `the template is ${(size / 1024 / 1024).toFixed(1)} MiB; templates are limited to ${MAX_TEMPLATE_BYTES / 1024 / 1024} MiB`
    )
  }

  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (e) {
    return failed(`cannot read the template: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
  const decoded = decodeText(bytes, file)
  if ('error' in decoded) return { ok: false, errors: [decoded.error], warnings: [] }
  const parsed = parseText(decoded.text, file, format)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] }

  if (format === 'json' && parsed.root.entries.some(e => e.key === 'builders')) {
    const legacy = convertLegacy(parsed.root)
    return validateTree(legacy.root, {
      path: file,
      format: 'legacy-json',
      options,
      diagnostics: legacy.diagnostics
    })
  }
  return validateTree(parsed.root, { path: file, format, options })
}

/** The HCL2 reader is loaded only for HCL2 templates, keeping it off the YAML/JSON path. */
async function hcl2Loader(): Promise<Hcl2Loader> {
  const { loadHcl2 } = await import('./hcl/index.js')
  return loadHcl2
}
