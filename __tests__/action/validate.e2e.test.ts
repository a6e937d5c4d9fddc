/**
 * `command: validate` through the bundled entry with the real template loader, run the way the
 * GitHub runner runs it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ensureDist, mainEntry, repositoryRoot, runAction } from '../helpers/runner.js'

const badTemplate = join(repositoryRoot, '__tests__/action/fixtures/bad/web.yml')
const recordLoads = join(repositoryRoot, '__tests__/action/fixtures/record-loads.mjs')

beforeAll(() => ensureDist(), 300_000)

function workspaceWith(files: Record<string, string>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ami-build-e2e-'))
  for (const [target, source] of Object.entries(files)) {
    cpSync(source, join(workspace, target), { recursive: true })
  }
  return workspace
}

/** The files of the bundled main entry that contain `modulePath`. */
function chunksHolding(modulePath: string): string[] {
  const bundle = dirname(mainEntry)
  return readdirSync(bundle).filter(
    name => name.endsWith('.js') && readFileSync(join(bundle, name), 'utf8').includes(modulePath)
  )
}

// The PRODUCT.md example: its relative paths (files/, scripts/) resolve in its own directory.
const example = { template: 'template.yml', 'working-directory': 'examples/web' }

describe('the action validating a template on a pull request', () => {
  it('puts each error on its line of the pull request and fails the step', async () => {
    const workspace = workspaceWith({ 'images/web.yml': badTemplate })

    const step = await runAction({
      workspace,
      inputs: { command: 'validate', template: 'images/web.yml' }
    })

    expect(step.exitCode).toBe(1)
    const onTemplate = step.annotations.filter(a => a.file === 'images/web.yml')
    expect(onTemplate.every(a => a.level === 'error')).toBe(true)
    expect(onTemplate).toContainEqual(
      expect.objectContaining({
        line: 6,
        col: 3,
        message: expect.stringContaining('instance_type')
      })
    )
    expect(onTemplate).toContainEqual(
      expect.objectContaining({ line: 9, message: expect.stringContaining('app_versio') })
    )
    expect(onTemplate).toContainEqual(
      expect.objectContaining({ line: 12, message: expect.stringContaining('missing.html') })
    )
    expect(step.summary).toContain('<h2>Template images/web.yml</h2>')
    expect(step.summary).toContain('the template is not valid')
    expect(step.summary).toContain(
      'href="https://github.com/octo-org/images/blob/ffffffffffffffffffffffffffffffffffffffff/images/web.yml#L6"'
    )
    expect(step.stderr).not.toMatch(/\n\s+at /)
  })

  it('resolves the template in working-directory and still annotates the file as the PR names it', async () => {
    const workspace = workspaceWith({ 'packer/web.yml': badTemplate })

    const step = await runAction({
      workspace,
      inputs: { command: 'validate', template: 'web.yml', 'working-directory': 'packer' }
    })

    expect(step.exitCode).toBe(1)
    expect(step.annotations).toContainEqual(
      expect.objectContaining({ file: 'packer/web.yml', line: 6, col: 3 })
    )
  })

  it('accepts the example template, shows the plan in the summary, and loads no AWS, SSH or HTTP code', async () => {
    const loads = join(mkdtempSync(join(tmpdir(), 'ami-build-loads-')), 'loads')

    const step = await runAction({
      workspace: repositoryRoot,
      inputs: { command: 'validate', ...example },
      env: { NODE_OPTIONS: `--import ${recordLoads}`, RECORD_LOADS_TO: loads }
    })

    expect(step.stderr).toBe('')
    expect(step.exitCode).toBe(0)
    expect(step.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(step.summary).toContain('The template is valid.')
    expect(step.summary).toContain('<td><code>t3.micro</code></td>')
    expect(step.outputs).toEqual({})
    // The engine (AWS SDK, ssh2) lives in chunks of its own that validate must never load.
    const bundleFiles = readFileSync(loads, 'utf8')
      .split('\n')
      .filter(url => url.includes('/dist-test/'))
    expect(bundleFiles).toEqual([expect.stringMatching(/\/dist-test\/main\/index\.js$/)])
    // @actions/core comes only with the OIDC token fetch of a build; its HTTP stack (http-client,
    // undici) is most of what a cold start would otherwise compile.
    for (const module of ['node_modules/@actions/http-client/', 'node_modules/undici/']) {
      const chunks = chunksHolding(module)
      expect(chunks).not.toEqual([])
      expect(chunks).not.toContain('index.js')
    }
  })

  it('fails with a clear message, not a stack trace, on a variables line without =', async () => {
    const step = await runAction({
      workspace: repositoryRoot,
      inputs: { command: 'validate', ...example, variables: 'app_version 1.2.3' }
    })

    expect(step.exitCode).toBe(1)
    expect(step.annotations).toEqual([
      {
        level: 'error',
        message: 'Input `variables`, line 1: expected name=value, got "app_version 1.2.3".'
      }
    ])
  })

  it('names a template that does not exist', async () => {
    const step = await runAction({
      workspace: workspaceWith({}),
      inputs: { command: 'validate', template: 'images/nope.yml' }
    })

    expect(step.exitCode).toBe(1)
    expect(step.annotations.map(a => a.message).join('\n')).toContain('nope.yml')
    expect(step.stdout).not.toMatch(/\n\s+at /)
    expect(existsSync(join(step.workspace, 'images'))).toBe(false)
  })
})
