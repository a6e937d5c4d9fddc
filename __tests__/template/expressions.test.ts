/** The pieces of interpolation users meet: Go time layouts, clean names, build variables. */
import { expandBuildVariables, buildVariablesIn } from '../../src/template/build-variables.js'
import {
  cleanResourceName,
  formatGoTime,
  interpolate,
  type Scope
} from '../../src/template/expressions.js'
import { suggest } from '../../src/template/suggest.js'

const when = new Date('2026-03-04T17:06:07.089Z')

describe('{{isotime}} layouts, as Go formats the reference time', () => {
  it.each([
    ['2006-01-02T15:04:05Z07:00', '2026-03-04T17:06:07Z'],
    ['20060102-150405', '20260304-170607'],
    ['Jan 2, 2006 at 3:04pm (MST)', 'Mar 4, 2026 at 5:06pm (UTC)'],
    ['Monday, 02-Jan-06 15:04:05.000', 'Wednesday, 04-Mar-26 17:06:07.089'],
    ['2006-01-02 03:04:05 PM -0700', '2026-03-04 05:06:07 PM +0000']
  ])('%s', (layout, expected) => {
    expect(formatGoTime(when, layout)).toBe(expected)
  })
})

describe('clean_resource_name', () => {
  it('replaces each byte outside the AMI name alphabet with a dash, as Packer does', () => {
    expect(cleanResourceName('web:2026-03-04T17:06:07Z')).toBe('web-2026-03-04T17-06-07Z')
    expect(cleanResourceName("ok (x) [y] ./-'@_")).toBe("ok (x) [y] ./-'@_")
    expect(cleanResourceName('é')).toBe('--')
  })
})

describe('interpolation', () => {
  const scope: Scope = {
    variable: name => (name === 'v' ? { value: 'V' } : undefined),
    variableNames: () => ['v'],
    local: () => undefined,
    localNames: () => [],
    env: { HOME: '/home/me' },
    now: when,
    workingDirectory: '/work',
    templateDirectory: '/work/images',
    strictFunctions: false
  }
  const run = (text: string, buildVariables = true) => interpolate(text, scope, { buildVariables })

  it('$${ is a literal ${, and ${ not followed by var./local./build. is left alone', () => {
    expect(run('$${var.v} ${var.v} ${HOME} ${ var.v }')).toEqual({
      ok: true,
      value: '${var.v} V ${HOME} V',
      changed: true
    })
    expect(run('echo ${HOME}')).toEqual({ ok: true, value: 'echo ${HOME}', changed: false })
  })

  it('legacy functions take quoted and raw arguments, and pipes', () => {
    expect(
      run('{{ env `HOME` }}|{{upper "a\\"b"}}|{{ user `v` | lower }}|{{pwd}}|{{template_dir}}')
    ).toEqual({
      ok: true,
      value: '/home/me|A"B|v|/work|/work/images',
      changed: true
    })
    expect(run('{{replace_all "-" "_" "a-b-c"}}')).toMatchObject({ value: 'a_b_c' })
  })

  it('unknown functions are left alone in native templates but are errors in legacy JSON', () => {
    expect(run('{{ json .Config }}')).toEqual({
      ok: true,
      value: '{{ json .Config }}',
      changed: false
    })
    expect(
      interpolate('{{ nope }}', { ...scope, strictFunctions: true }, { buildVariables: true })
    ).toEqual({
      ok: false,
      errors: ['unknown function `nope` in `{{ nope }}`']
    })
  })
})

describe('build variables', () => {
  it('are filled in during the build; names without a value stay as written', () => {
    const text = 'from ${build.SourceAMIName} in ${build.BuildRegion} at ${build.Host}'
    expect(buildVariablesIn(text)).toEqual(['SourceAMIName', 'BuildRegion', 'Host'])
    expect(
      expandBuildVariables(text, { SourceAMIName: 'ubuntu-jammy', BuildRegion: 'us-east-1' })
    ).toBe('from ubuntu-jammy in us-east-1 at ${build.Host}')
  })
})

describe('did you mean', () => {
  it('suggests near misses only', () => {
    expect(suggest('instance_typ', ['instance_type', 'ssh_port'])).toBe('instance_type')
    expect(suggest('ami_nmae', ['ami_name', 'ami_users'])).toBe('ami_name')
    expect(suggest('colour', ['instance_type', 'region'])).toBeUndefined()
  })
})
