/** Packer legacy JSON templates are read as they are, into the same model as native ones. */
import { resolve } from 'node:path'
import { loadTemplate } from '../../src/template/load.js'
import { format, loadErrors, NOW, options } from './helpers.js'

const FIXTURES = resolve('__tests__/fixtures/templates/legacy')

async function loadFixture(name: string, extra: Parameters<typeof options>[1] = {}) {
  const result = await loadTemplate(name, options(FIXTURES, extra))
  if (!result.ok) throw new Error(format(result.errors))
  return result.template
}

describe('a legacy JSON template', () => {
  const env = { OWNER: 'platform-team' }
  const variables = { api_token: 'tok-123' }

  it('becomes named sources, with weakly typed values and legacy functions applied', async () => {
    const t = await loadFixture('multi.json', { env, variables })
    expect(t.format).toBe('legacy-json')
    expect(t.sources.map(s => s.name)).toEqual(['amd64', 'arm64'])
    expect(t.sources[0]).toMatchObject({
      ssh_timeout: 600_000,
      associate_public_ip_address: true,
      ami_name: `app-2.0.0-amd64-${NOW.getTime() / 1000}`,
      run_tags: { Owner: 'platform-team' }
    })
    expect(t.sources[1].ami_name).toMatch(
      /^app-2\.0\.0-arm64-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    )
  })

  it('sensitive-variables are masked, and a null variable must be given', async () => {
    const t = await loadFixture('multi.json', { env, variables })
    expect(t.sensitiveValues).toEqual(['tok-123'])
    expect(t.variables.find(v => v.name === 'api_token')).toEqual({
      name: 'api_token',
      display: '<sensitive>',
      sensitive: true,
      origin: 'input'
    })
    const result = await loadTemplate('multi.json', options(FIXTURES, { env }))
    expect(!result.ok && result.errors.map(e => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '6:5 variable `api_token` has no value: give it a default, or set it with the `variables` input, a var file or PKR_VAR_api_token'
    ])
  })

  it('an override becomes one provisioner per builder, in place, so every build runs its steps in order', async () => {
    const t = await loadFixture('multi.json', { env, variables })
    const steps = t.provisioners.map(p => ({
      only: p.only,
      inline: p.type === 'shell' ? p.inline : undefined
    }))
    expect(steps).toEqual([
      { only: ['amd64'], inline: ['echo 2.0.0 ${PATH}'] },
      { only: ['arm64'], inline: ['echo arm ${build.SourceAMI}'] },
      { only: ['arm64'], inline: ['uname -m'] }
    ])
    // Options the override does not replace are kept.
    expect(t.provisioners[1]).toMatchObject({ environment_vars: ['TOKEN=tok-123'] })
    // {{ .Vars }} and {{ .Path }} belong to execute_command and are left for the engine.
    expect(t.provisioners[2]).toMatchObject({
      execute_command: "sudo -S sh -c '{{ .Vars }} {{ .Path }}'"
    })
  })

  it('post-processors given by name or as a chain become a flat list', async () => {
    const t = await loadFixture('multi.json', { env, variables })
    expect(t.postProcessors.map(p => [p.type, p.output])).toEqual([
      ['manifest', resolve(FIXTURES, 'packer-manifest.json')],
      ['manifest', resolve(FIXTURES, 'chain.json')]
    ])
  })

  it('errors point into the JSON file: other builders, unknown functions, a ${ that is literal', async () => {
    const errors = await loadErrors(
      `{
  "builders": [
    { "type": "docker", "image": "ubuntu" },
    {
      "type": "amazon-ebs",
      "region": "us-east-1",
      "instance_type": "t3.micro",
      "source_ami": "ami-0123456789abcdef0",
      "ssh_username": "ubuntu",
      "ami_name": "x-{{ timestmp }}",
      "ami_description": "\${var.nope}"
    }
  ],
  "provisioners": [{ "type": "shell", "inline": ["ok"], "override": { "amazon-eb": {} } }],
  "post_processor": []
}`,
      { name: 'legacy.json' }
    )
    expect(errors).toEqual([
      '15:3 post_processor: unknown key `post_processor` in a Packer JSON template — did you mean `post-processors`?',
      '3:15 builders[0].type: builder type `docker` is not supported: only amazon-ebs',
      '14:71 provisioners[0].override.amazon-eb: `override` names the builder `amazon-eb`, which is not defined — did you mean `amazon-ebs`? (builders: amazon-ebs)',
      '10:19 sources.amazon-ebs.ami_name: unknown function `timestmp` — did you mean `timestamp`? in `{{ timestmp }}`'
    ])
  })
})
