import { InputError, parseInputs, parseVariables } from '../../src/action/inputs.js'

function inputs(values: Record<string, string>) {
  return parseInputs(name => values[name] ?? '')
}

describe('reading the action inputs', () => {
  it('applies the documented defaults when only the template is given', () => {
    expect(inputs({ template: 'images/web.yml' })).toEqual({
      template: 'images/web.yml',
      command: 'build',
      variables: {},
      varFiles: [],
      only: [],
      except: [],
      workingDirectory: '',
      roleToAssume: undefined,
      awsRegion: undefined,
      roleSessionName: undefined,
      roleDurationSeconds: 3600,
      audience: 'sts.amazonaws.com',
      onError: 'cleanup'
    })
  })

  it('reads every input as a workflow writes it', () => {
    const read = inputs({
      template: ' images/web.yml ',
      command: 'validate',
      variables: 'app_version=1.2.3\n\nregion=eu-west-1\n',
      'var-files': 'vars/common.yml\n  vars/prod.yml  \n',
      only: 'web, worker\napi',
      except: 'arm64',
      'working-directory': 'packer',
      'role-to-assume': 'arn:aws:iam::123456789012:role/ami-builder',
      'aws-region': 'us-east-1',
      'role-session-name': 'nightly-42',
      'role-duration-seconds': '7200',
      audience: 'sts.amazonaws.com',
      'on-error': 'abort'
    })
    expect(read).toMatchObject({
      template: 'images/web.yml',
      command: 'validate',
      variables: { app_version: '1.2.3', region: 'eu-west-1' },
      varFiles: ['vars/common.yml', 'vars/prod.yml'],
      only: ['web', 'worker', 'api'],
      except: ['arm64'],
      workingDirectory: 'packer',
      roleToAssume: 'arn:aws:iam::123456789012:role/ami-builder',
      awsRegion: 'us-east-1',
      roleSessionName: 'nightly-42',
      roleDurationSeconds: 7200,
      onError: 'abort'
    })
  })

  it.each([
    [{ template: '' }, 'Input `template` is required'],
    [{ command: 'deploy' }, 'Input `command` must be `validate` or `build`; got "deploy".'],
    [{ 'on-error': 'keep' }, 'Input `on-error` must be `cleanup` or `abort`; got "keep".'],
    [{ 'role-duration-seconds': '60' }, 'from 900 to 43200; got "60"'],
    [{ 'role-duration-seconds': '1h' }, 'from 900 to 43200; got "1h"'],
    [{ 'role-to-assume': 'ami-builder' }, 'must be an IAM role ARN'],
    [{ 'role-session-name': 'has space' }, 'letters, digits and +=,.@_-; got "has space"'],
    [{ 'role-session-name': 'x'.repeat(65) }, '2 to 64 characters']
  ])('refuses %j with a message that says what is right', (values, message) => {
    expect(() => inputs({ template: 'web.yml', ...values })).toThrow(InputError)
    expect(() => inputs({ template: 'web.yml', ...values })).toThrow(message)
  })
})

describe('the variables input', () => {
  it('keeps everything after the first = as the value, spaces and = included', () => {
    expect(parseVariables('greeting= hello world \nquery=a=b')).toEqual({
      greeting: ' hello world ',
      query: 'a=b'
    })
  })

  it('accepts Windows line endings', () => {
    expect(parseVariables('a=1\r\nb=2\r\n')).toEqual({ a: '1', b: '2' })
  })

  it('names the line that has no =', () => {
    expect(() => parseVariables('a=1\napp_version 1.2.3')).toThrow(
      'Input `variables`, line 2: expected name=value, got "app_version 1.2.3".'
    )
  })

  it('refuses a name that is not a variable name', () => {
    expect(() => parseVariables('1st=x')).toThrow('"1st" is not a variable name')
    expect(() => parseVariables('=x')).toThrow('"" is not a variable name')
  })

  it('refuses a variable set twice instead of silently keeping one', () => {
    expect(() => parseVariables('a=1\na=2')).toThrow('line 2: `a` is set twice')
  })

  it('cannot be used to pollute object prototypes', () => {
    const variables = parseVariables('__proto__=x\nconstructor=y')
    expect(Object.keys(variables)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
})
