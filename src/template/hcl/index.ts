/**
 * Packer HCL2 templates: a `.pkr.hcl` file, or a directory of them as `packer build .` reads.
 * Parsed by our own parser (README.md says why), evaluated, turned into the native tree and handed
 * to the one validator, so an HCL2 template becomes the same model as its YAML twin. Loaded with a
 * dynamic import, only for HCL2 templates.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { HclError } from './ast.js'
import type { HclFile } from './packer.js'
import { decodePacker } from './packer.js'
import { parseHcl } from './parser.js'
import type { Diagnostic, LoadOptions, LoadResult } from '../model.js'
import { MAX_TEMPLATE_BYTES } from '../load.js'
import { validateTree } from '../validate.js'

export async function loadHcl2(path: string, options: LoadOptions): Promise<LoadResult> {
  const templatePath = resolve(options.workingDirectory, path)
  const listed = listFiles(templatePath)
  if ('error' in listed) return { ok: false, errors: [listed.error], warnings: [] }

  const files: HclFile[] = []
  const errors: Diagnostic[] = []
  for (const file of listed.files) {
    const size = statSync(file).size
    if (size > MAX_TEMPLATE_BYTES) {
      errors.push(
        fileError(
          file,
          `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; templates are limited to ${MAX_TEMPLATE_BYTES / 1024 / 1024} MiB`
        )
      )
      continue
    }
    try {
      files.push({ path: file, body: parseHcl(readFileSync(file, 'utf8'), file) })
    } catch (error) {
      errors.push(toDiagnostic(error, file))
    }
  }
  // A syntax error leaves the file's meaning unknown: checking the rest would only add noise.
  if (errors.length > 0) return { ok: false, errors, warnings: [] }

  const decoded = decodePacker(files, options, templatePath, listed.directory)
  if (decoded.errors.length > 0) {
    return { ok: false, errors: decoded.errors, warnings: decoded.warnings }
  }
  return validateTree(decoded.tree, {
    path: templatePath,
    format: 'hcl2',
    options: {
      ...options,
      only: options.only.map(sourceName),
      except: options.except.map(sourceName)
    },
    resolved: { variables: decoded.variables, sensitiveValues: decoded.sensitiveValues },
    diagnostics: decoded.warnings
  })
}

/** Packer users write `-only=amazon-ebs.web` (or `source.amazon-ebs.web`); our sources are `web`. */
function sourceName(name: string): string {
  return name.replace(/^(source\.)?amazon-ebs\./, '')
}

function listFiles(path: string): { files: string[]; directory: boolean } | { error: Diagnostic } {
  let isDirectory: boolean
  try {
    isDirectory = statSync(path).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      error: fileError(
        path,
        code === 'ENOENT'
          ? `template not found: ${path}`
          : `cannot read the template: ${String(code ?? error)}`
      )
    }
  }
  if (!isDirectory) return { files: [path], directory: false }
  const files = readdirSync(path)
    .filter(f => f.endsWith('.pkr.hcl'))
    .sort()
    .map(f => join(path, f))
  if (files.length === 0) {
    return {
      error: fileError(
        path,
        `no .pkr.hcl files in the directory ${basename(path)}: a directory template is the .pkr.hcl files in it, as packer build . reads`
      )
    }
  }
  return { files, directory: true }
}

function fileError(file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: 1, column: 1, path: '', message }
}

function toDiagnostic(error: unknown, file: string): Diagnostic {
  if (!(error instanceof HclError)) throw error
  return {
    severity: 'error',
    file: error.pos.file || file,
    line: error.pos.line,
    column: error.pos.column,
    path: error.path,
    message: error.message
  }
}
