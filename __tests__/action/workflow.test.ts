/**
 * The runner's workflow commands as src/action/workflow.ts writes them: against the protocol, and
 * byte for byte against @actions/core 3 doing the same calls (what every other action writes, so
 * what the runner is known to read).
 */
import { jest } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as workflow from '../../src/action/workflow.js'
import { parseKeyValueFile, parseWorkflowCommands } from '../helpers/runner.js'

const savedEnv = { ...process.env }
let stdout: string

beforeEach(() => {
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
})

const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const
type StepFiles = Record<(typeof FILE_COMMANDS)[number], string>

/** Fresh, empty file-command files, as the runner creates for each step. */
function stepFiles(directory = mkdtempSync(join(tmpdir(), 'ami-build-workflow-'))): StepFiles {
  const files = {} as StepFiles
  for (const name of FILE_COMMANDS) {
    files[name] = join(directory, name)
    writeFileSync(files[name], '')
  }
  return files
}

function read(files: StepFiles): Record<string, string> {
  return Object.fromEntries(FILE_COMMANDS.map(name => [name, readFileSync(files[name], 'utf8')]))
}

describe('workflow commands on stdout', () => {
  it('escape %, CR and LF in a message, so that it stays one command the runner can read back', () => {
    workflow.error('100% wrong\r\nsecond line %0A')

    expect(stdout).toBe('::error::100%25 wrong%0D%0Asecond line %250A\n')
    expect(parseWorkflowCommands(stdout).annotations).toEqual([
      { level: 'error', message: '100% wrong\r\nsecond line %0A' }
    ])
  })

  it('put an annotation on its line with the runner’s property names, escaping : and , as well', () => {
    workflow.warning('unknown key', {
      title: 'Template warning: a,b: c',
      file: 'images/web.yml',
      startLine: 7,
      startColumn: 3,
      endLine: 7,
      endColumn: 9
    })

    expect(stdout).toBe(
      '::warning title=Template warning%3A a%2Cb%3A c,file=images/web.yml,line=7,endLine=7,col=3,endColumn=9::unknown key\n'
    )
  })

  it('leave out the properties an annotation does not have', () => {
    workflow.error('no line', { file: 'images/web.yml', startLine: undefined, startColumn: 0 })

    expect(stdout).toBe('::error file=images/web.yml::no line\n')
  })

  it('register a secret with add-mask before anything prints it', () => {
    workflow.setSecret('hunter2\nsecond line')

    expect(stdout).toBe('::add-mask::hunter2%0Asecond line\n')
    expect(parseWorkflowCommands(stdout).masked).toEqual(['hunter2\nsecond line'])
  })

  it('fold a group around what it logs, and close it when the work fails', async () => {
    await expect(
      workflow.group('Provisioning', async () => {
        workflow.info('step one')
        throw new Error('broken')
      })
    ).rejects.toThrow('broken')

    expect(stdout).toBe('::group::Provisioning\nstep one\n::endgroup::\n')
  })

  it('fail the step on exit with an error annotation, without ending the process', () => {
    workflow.setFailed('template.yml: 2 errors')

    expect(process.exitCode).toBe(1)
    expect(stdout).toBe('::error::template.yml: 2 errors\n')
  })
})

describe('inputs', () => {
  it('come from INPUT_ variables: upper-cased, spaces as underscores, hyphens kept, trimmed', () => {
    process.env['INPUT_ROLE-TO-ASSUME'] = '  arn:aws:iam::123456789012:role/x \n'
    process.env.INPUT_MY_INPUT = 'spaced'

    expect(workflow.getInput('role-to-assume')).toBe('arn:aws:iam::123456789012:role/x')
    expect(workflow.getInput('role-to-assume', { trimWhitespace: false })).toBe(
      '  arn:aws:iam::123456789012:role/x \n'
    )
    expect(workflow.getInput('my input')).toBe('spaced')
    expect(workflow.getInput('not-set')).toBe('')
  })
})

describe('outputs and state', () => {
  it('are heredocs with a random delimiter, so a value may span lines and look like a command', () => {
    const files = stepFiles()
    Object.assign(process.env, files)
    const value = 'line one\nname=value<<EOF\nEOF'

    workflow.setOutput('ami-ids', value)
    workflow.saveState('resources', '[]')

    const output = readFileSync(files.GITHUB_OUTPUT, 'utf8')
    expect(output).toMatch(
      /^ami-ids<<(ghadelimiter_[0-9a-f-]{36})\nline one\nname=value<<EOF\nEOF\n\1\n$/
    )
    expect(parseKeyValueFile(output)).toEqual({ 'ami-ids': value })
    expect(parseKeyValueFile(readFileSync(files.GITHUB_STATE, 'utf8'))).toEqual({ resources: '[]' })
    expect(stdout).toBe('')
  })

  it('refuse a value that contains the delimiter instead of letting it end the heredoc early', () => {
    Object.assign(process.env, stepFiles())
    const uuid = '00000000-0000-4000-8000-000000000000'
    jest.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(uuid)

    expect(() => workflow.setOutput('x', `a\nghadelimiter_${uuid}\nevil=1`)).toThrow(
      `Unexpected input: value should not contain the delimiter "ghadelimiter_${uuid}"`
    )
    expect(() => workflow.saveState(`ghadelimiter_${uuid}`, 'v')).toThrow(
      'name should not contain the delimiter'
    )
  })

  it('fall back to the stdout commands on a runner without the file variables', () => {
    delete process.env.GITHUB_OUTPUT
    delete process.env.GITHUB_STATE

    workflow.setOutput('ami-id', 'ami-1, two: %')
    workflow.saveState('run-id', 'r1')

    expect(stdout).toBe(
      '\n::set-output name=ami-id::ami-1, two: %25\n::save-state name=run-id::r1\n'
    )
  })

  it('refuse to write a file the runner did not create', () => {
    process.env.GITHUB_OUTPUT = join(tmpdir(), 'ami-build-no-such-dir', 'set_output')

    expect(() => workflow.setOutput('ami-id', 'ami-1')).toThrow(
      `Missing file at path: ${process.env.GITHUB_OUTPUT}`
    )
  })

  it('are read back by the post step from STATE_ variables', () => {
    process.env.STATE_resources = '[{"id":"i-1"}]'

    expect(workflow.getState('resources')).toBe('[{"id":"i-1"}]')
    expect(workflow.getState('missing')).toBe('')
  })
})

describe('the job summary', () => {
  it('is appended to GITHUB_STEP_SUMMARY, and the buffer starts over after each write', async () => {
    const files = stepFiles()
    Object.assign(process.env, files)
    writeFileSync(files.GITHUB_STEP_SUMMARY, '<p>an earlier step</p>\n')
    const summary = new workflow.Summary()

    await summary.addHeading('Template <b>', 2).addRaw('<p>ok</p>', true).write()
    await summary.addList(['a', 'b']).write()

    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe(
      '<p>an earlier step</p>\n<h2>Template <b></h2>\n<p>ok</p>\n<ul><li>a</li><li>b</li></ul>\n'
    )
  })

  it('says how to fix a runner without a summary file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY

    await expect(new workflow.Summary().addRaw('x').write()).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY'
    )
  })
})

/**
 * The calls the action makes, as one step would make them, against either implementation. The
 * summary object is the module's shared one, as the action uses it.
 */
type Toolkit = Pick<
  typeof workflow,
  | 'getInput'
  | 'setOutput'
  | 'saveState'
  | 'getState'
  | 'setSecret'
  | 'info'
  | 'debug'
  | 'warning'
  | 'error'
  | 'setFailed'
  | 'group'
> & { summary: Pick<workflow.Summary, 'addHeading' | 'addRaw' | 'addTable' | 'addList' | 'write'> }

async function aStep(kit: Toolkit): Promise<void> {
  kit.info(
    `template=${kit.getInput('template')} raw=[${kit.getInput('variables', { trimWhitespace: false })}]`
  )
  kit.info(`state=${kit.getState('run-id')}`)
  kit.setSecret('s3cr%t\nvalue')
  kit.debug('debug: 50%, done\r\n')
  kit.error('app_versio is not defined; did you mean app_version?', {
    title: 'Template error: source.ami_name',
    file: 'images/web,prod.yml',
    startLine: 9,
    startColumn: 14
  })
  kit.warning('plain warning')
  kit.error('all empty', { title: '', startLine: 0 })
  await kit.group('group: one, two', async () => kit.info('inside'))
  kit.setOutput('ami-ids', '{"us-east-1":"ami-1",\n"eu-west-1":"ami-2"}')
  kit.setOutput('empty', '')
  kit.saveState('resources', '[{"kind":"instance","id":"i-1"}]')
  await kit.summary
    .addHeading('Template <code>web.yml</code>', 2)
    .addHeading('bad level', 9)
    .addRaw('<p>✅ valid</p>', true)
    .addTable([
      [
        { data: 'Source', header: true },
        { data: 'Region', header: true, colspan: '2' }
      ],
      ['default', '']
    ])
    .addList(['one', 'two'])
    .write()
  kit.setFailed('template.yml: 1 error. Each one is annotated on its line.')
}

/** Runs the step with `kit` in the given environment; its stdout, files and exit code. */
async function run(kit: Toolkit, env: Record<string, string>, files?: StepFiles) {
  Object.assign(process.env, env)
  stdout = ''
  await aStep(kit)
  const result = { stdout, files: files ? read(files) : {}, exitCode: process.exitCode }
  process.exitCode = undefined
  return result
}

// The heredoc delimiter is random by design; everything else must be identical.
const sameDelimiter = (text: string) =>
  text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>')

describe('against @actions/core', () => {
  // core caches the summary file's path on first use, so each implementation keeps its files.
  const coreFiles = stepFiles()
  const ourFiles = stepFiles()
  const env = { INPUT_TEMPLATE: ' web.yml\n', INPUT_VARIABLES: 'a=1 \n', 'STATE_run-id': 'r-1' }

  afterAll(() => {
    rmSync(join(coreFiles.GITHUB_OUTPUT, '..'), { recursive: true, force: true })
    rmSync(join(ourFiles.GITHUB_OUTPUT, '..'), { recursive: true, force: true })
  })

  it('writes the same bytes to stdout and to every file for the same calls', async () => {
    const theirs = await run(core as unknown as Toolkit, { ...env, ...coreFiles }, coreFiles)
    const ours = await run(workflow, { ...env, ...ourFiles }, ourFiles)

    expect(sameDelimiter(ours.stdout)).toBe(sameDelimiter(theirs.stdout))
    for (const name of FILE_COMMANDS) {
      expect(sameDelimiter(ours.files[name])).toBe(sameDelimiter(theirs.files[name]))
    }
    expect(ours.exitCode).toBe(1)
    expect(theirs.exitCode).toBe(1)
    // The comparison means something only if the step wrote what it meant to.
    expect(ours.files.GITHUB_OUTPUT).toContain('"eu-west-1":"ami-2"}')
    expect(ours.files.GITHUB_STEP_SUMMARY).toContain('<th colspan="2">Region</th>')
  })

  it('writes the same stdout commands when the runner gives no output and state files', async () => {
    const noFiles = { GITHUB_OUTPUT: '', GITHUB_STATE: '' }
    const theirs = await run(core as unknown as Toolkit, { ...env, ...coreFiles, ...noFiles })
    const ours = await run(workflow, { ...env, ...ourFiles, ...noFiles })

    expect(ours.stdout).toBe(theirs.stdout)
    expect(ours.stdout).toContain('::set-output name=ami-ids::')
    expect(ours.stdout).toContain('::save-state name=resources::')
  })
})
