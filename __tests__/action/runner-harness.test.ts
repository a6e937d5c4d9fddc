import { join } from 'node:path'
import {
  parseKeyValueFile,
  parseWorkflowCommands,
  repositoryRoot,
  runAction,
  runPost
} from '../helpers/runner.js'

const probe = join(repositoryRoot, '__tests__/action/fixtures/probe-entry.mjs')

describe('the runner harness', () => {
  it('passes inputs with their hyphens, fills action.yml defaults and reads back every file command', async () => {
    const main = await runAction({ entry: probe, inputs: { greeting: 'hello' } })

    expect(main.exitCode).toBe(0)
    expect(main.env['INPUT_ON-ERROR']).toBe('cleanup')
    expect(main.env.INPUT_COMMAND).toBe('build')
    expect(main.stdout).toContain('on-error=cleanup')
    expect(main.outputs).toEqual({
      greeting: 'hello',
      multi: 'line one\nline two\nname=value<<not a delimiter'
    })
    expect(main.state).toEqual({ instance: 'i-0123456789abcdef0' })
    expect(main.exportedEnv).toEqual({ PROBE_EXPORTED: 'yes' })
    expect(main.summary).toContain('<h1>Probe</h1>')
    expect(main.masked).toEqual(['hunter2'])
    expect(main.annotations).toEqual([
      {
        level: 'error',
        message: 'bad key, here: 100% wrong\nsecond line',
        title: 'Template error: a,b',
        file: 'images/web.yml',
        line: 7,
        col: 3
      },
      { level: 'warning', message: 'just a warning' }
    ])
  })

  it('runs the post step with the saved state as STATE_* and the exported environment', async () => {
    const main = await runAction({ entry: probe, inputs: { greeting: 'hello' } })
    const post = await runPost(main, { entry: probe })

    expect(post.stdout).toContain('state=i-0123456789abcdef0')
    expect(post.stdout).toContain('exported=yes')
    expect(post.env.GITHUB_RUN_ID).toBe(main.env.GITHUB_RUN_ID)
    expect(post.env.GITHUB_OUTPUT).not.toBe(main.env.GITHUB_OUTPUT)
  })

  it('cancels like the runner: SIGINT, then SIGTERM, then SIGKILL for a step that will not stop', async () => {
    const step = await runAction({
      entry: probe,
      inputs: { linger: 'true' },
      cancel: { at: /lingering/, sigtermAfterMs: 150, sigkillAfterMs: 100 }
    })

    expect(step.signalsSent.map(sent => sent.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL'])
    expect(step.signalsSent[1].atMs - step.signalsSent[0].atMs).toBeGreaterThanOrEqual(140)
    expect(step.stdout).toContain('got SIGINT')
    expect(step.stdout).toContain('got SIGTERM')
    expect(step.signal).toBe('SIGKILL')
  })

  it('can kill a step with no warning at a chosen time', async () => {
    const step = await runAction({
      entry: probe,
      inputs: { linger: 'true' },
      cancel: { at: 300, sequence: 'kill' }
    })

    expect(step.signalsSent.map(sent => sent.signal)).toEqual(['SIGKILL'])
    expect(step.stdout).not.toContain('got SIGINT')
    expect(step.signal).toBe('SIGKILL')
  })
})

describe('the file-command format', () => {
  it('reads heredoc values whose content looks like other entries, and plain name=value lines', () => {
    const text = [
      'plain=a=b',
      'json<<ghadelimiter_1',
      '{"us-east-1":"ami-1"}',
      'other=not an entry',
      'ghadelimiter_1',
      'empty<<ghadelimiter_2',
      '',
      'ghadelimiter_2',
      ''
    ].join('\n')

    expect(parseKeyValueFile(text)).toEqual({
      plain: 'a=b',
      json: '{"us-east-1":"ami-1"}\nother=not an entry',
      empty: ''
    })
  })

  it('refuses a heredoc that never ends, rather than guessing', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow('no line "EOF"')
  })

  it('keeps an escaped percent sign followed by 0A literal', () => {
    const { annotations } = parseWorkflowCommands('::error file=a%2Cb.yml::50%250A%0Anext')
    expect(annotations).toEqual([{ level: 'error', file: 'a,b.yml', message: '50%0A\nnext' }])
  })
})
