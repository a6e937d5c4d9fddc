/**
 * `command: validate` in-process, with the real template loader: annotations, summary and the
 * step's result. The bundled entry, run as the runner runs it, is covered by validate.e2e.test.ts.
 */
import { jest } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseInputs } from '../../src/action/inputs.js'
import { workspacePath, type Workspace } from '../../src/action/template.js'
import { runValidate } from '../../src/action/validate.js'
import { loadTemplate } from '../../src/template/load.js'
import { describePlan } from '../../src/template/plan.js'
import { parseWorkflowCommands, repositoryRoot } from '../helpers/runner.js'

const tools = { loadTemplate, describePlan }
const summaryFile = join(mkdtempSync(join(tmpdir(), 'ami-build-validate-')), 'step_summary')
let stdout: string[]

beforeAll(() => {
  process.env.GITHUB_STEP_SUMMARY = summaryFile
})

beforeEach(() => {
  writeFileSync(summaryFile, '')
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
})

/** A checkout: the given files copied into a fresh workspace. */
function checkout(files: Record<string, string>): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'ami-build-workspace-'))
  for (const [target, source] of Object.entries(files)) {
    cpSync(join(repositoryRoot, source), join(root, target), { recursive: true })
  }
  return {
    root,
    env: {
      GITHUB_REPOSITORY: 'octo-org/images',
      GITHUB_SHA: 'abc123',
      GITHUB_SERVER_URL: 'https://github.com'
    },
    now: new Date('2026-01-02T03:04:05Z')
  }
}

function inputs(values: Record<string, string>) {
  return parseInputs(name => ({ command: 'validate', ...values })[name] ?? '')
}

const badTemplate = '__tests__/action/fixtures/bad/web.yml'

describe('validate in the action', () => {
  it('annotates each error on its line, relative to the workspace, and fails the step', async () => {
    const workspace = checkout({ 'packer/web.yml': badTemplate })

    await runValidate(
      inputs({ template: 'web.yml', 'working-directory': 'packer' }),
      tools,
      workspace
    )

    const { annotations } = parseWorkflowCommands(stdout.join(''))
    expect(annotations).toContainEqual({
      level: 'error',
      title: 'Template error: source.instance_typ',
      file: 'packer/web.yml',
      line: 6,
      col: 3,
      message: expect.stringContaining('did you mean `instance_type`?')
    })
    expect(annotations).toContainEqual(
      expect.objectContaining({
        file: 'packer/web.yml',
        line: 9,
        title: 'Template error: source.ami_name'
      })
    )
    expect(annotations).toContainEqual(
      expect.objectContaining({
        file: 'packer/web.yml',
        line: 12,
        message: expect.stringContaining('missing.html')
      })
    )
    const stepError = annotations.filter(annotation => annotation.file === undefined)
    expect(stepError).toEqual([
      {
        level: 'error',
        message: `packer/web.yml: ${annotations.length - 1} errors. Each one is annotated on its line.`
      }
    ])
    expect(process.exitCode).toBe(1)
  })

  it('lists the errors in the job summary, linked to their lines', async () => {
    const workspace = checkout({ 'web.yml': badTemplate })

    await runValidate(inputs({ template: 'web.yml' }), tools, workspace)

    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('<h2>Template web.yml</h2>')
    expect(summary).toContain('errors: the template is not valid.')
    expect(summary).toContain(
      '<a href="https://github.com/octo-org/images/blob/abc123/web.yml#L6"><code>web.yml:6:3</code></a>'
    )
    expect(summary).toContain('<code>source.instance_typ</code>')
    expect(summary).toContain('unknown key `instance_typ`')
  })

  it('on a valid template, masks the sensitive values first, then shows the plan', async () => {
    const workspace = checkout({ web: 'examples/web' })

    await runValidate(
      inputs({
        template: 'template.yml',
        'working-directory': 'web',
        variables: 'db_password=s3cr3t-password\napp_version=2.0.0'
      }),
      tools,
      workspace
    )

    const output = stdout.join('')
    expect(output).toContain('::add-mask::s3cr3t-password')
    expect(output.indexOf('::add-mask::')).toBeLessThan(output.indexOf('t3.micro'))
    expect(output).toContain('default: t3.micro in us-east-1 from ubuntu/images/')
    expect(process.exitCode).toBeUndefined()
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('The template is valid.')
    expect(summary).toContain('<td><code>web-2.0.0-1767323045</code></td>')
    expect(summary).toContain('<td>us-west-2</td>')
    expect(summary).not.toContain('s3cr3t-password')
  })
})

describe('annotation paths', () => {
  it('are relative to the workspace with forward slashes, or absolute outside it', () => {
    expect(workspacePath('web.yml', '/ws/packer', '/ws')).toBe('packer/web.yml')
    expect(workspacePath('/ws/a/b.yml', '/ws', '/ws')).toBe('a/b.yml')
    expect(workspacePath('/tmp/vars.yml', '/ws', '/ws')).toBe('/tmp/vars.yml')
    expect(workspacePath('../outside.yml', '/ws', '/ws')).toBe('/outside.yml')
  })
})
