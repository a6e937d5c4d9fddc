import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadTemplate } from '../../src/template/load.js'
import type { Diagnostic, LoadOptions, LoadResult, Template } from '../../src/template/model.js'

/** The build's start in every test, so `{{timestamp}}` and `{{isotime}}` are known. */
export const NOW = new Date('2026-03-04T05:06:07Z')

/** A scratch directory with the given files; removed by cleanup(). */
export function workspace(files: Record<string, string | Buffer> = {}): {
  dir: string
  cleanup: () => void
} {
  const dir = mkdtempSync(join(tmpdir(), 'ami-build-template-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function options(dir: string, extra: Partial<LoadOptions> = {}): LoadOptions {
  return {
    workingDirectory: dir,
    variables: {},
    varFiles: [],
    env: {},
    only: [],
    except: [],
    now: NOW,
    ...extra
  }
}

/** Load `text` as `name` in a fresh workspace holding `files`. */
export async function load(
  text: string,
  {
    name = 'template.yml',
    files = {},
    ...extra
  }: Partial<LoadOptions> & { name?: string; files?: Record<string, string | Buffer> } = {}
): Promise<LoadResult & { dir: string }> {
  const ws = workspace({ ...files, [name]: text })
  try {
    return { ...(await loadTemplate(name, options(ws.dir, extra))), dir: ws.dir }
  } finally {
    ws.cleanup()
  }
}

export async function loadOk(
  text: string,
  opts: Parameters<typeof load>[1] = {}
): Promise<Template & { dir: string }> {
  const result = await load(text, opts)
  if (!result.ok) throw new Error(`expected the template to load, got:\n${format(result.errors)}`)
  return { ...result.template, dir: result.dir }
}

export async function loadErrors(
  text: string,
  opts: Parameters<typeof load>[1] = {}
): Promise<string[]> {
  const result = await load(text, opts)
  if (result.ok) throw new Error('expected errors, but the template loaded')
  return result.errors.map(e => `${e.line}:${e.column} ${e.path}: ${e.message}`)
}

export function format(diagnostics: Diagnostic[]): string {
  return diagnostics.map(d => `${d.file}:${d.line}:${d.column}: ${d.path}: ${d.message}`).join('\n')
}

/** A minimal valid source, for templates that test something else. */
export const SOURCE = `source:
  region: us-east-1
  instance_type: t3.micro
  source_ami: ami-0123456789abcdef0
  ssh_username: ubuntu
  ami_name: test-{{timestamp}}
`
