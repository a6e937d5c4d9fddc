import { join } from 'node:path'
import { loadHcl2 } from '../../src/template/hcl/index.js'
import { loadTemplate } from '../../src/template/load.js'
import { meaning, options, template } from './helpers.js'

const EXAMPLES = join(import.meta.dirname, '../../examples')

describe('the HCL2 examples', () => {
  it('examples/hcl/web means what examples/web/template.yml means', async () => {
    // Both read their files from examples/web, so that paths on the runner are the same too.
    const hcl = template(
      await loadHcl2(
        join(EXAMPLES, 'hcl/web'),
        options({ workingDirectory: join(EXAMPLES, 'web') })
      )
    )
    const yaml = template(
      await loadTemplate('template.yml', options({ workingDirectory: join(EXAMPLES, 'web') }))
    )
    // The YAML example's single `source:` is named `default`; the HCL one is source.amazon-ebs.web.
    const renamed = { ...yaml, sources: yaml.sources.map(s => ({ ...s, name: 'web' })) }
    expect(meaning(hcl)).toEqual(meaning(renamed))
    expect(hcl.sensitiveValues).toEqual([])
  })

  it('examples/hcl/tutorial is the template of issue 7 and validates', async () => {
    const t = template(
      await loadHcl2(
        'ubuntu.pkr.hcl',
        options({ workingDirectory: join(EXAMPLES, 'hcl/tutorial') })
      )
    )
    expect(t.sources.map(s => [s.name, s.instance_type, s.ami_name])).toEqual([
      ['ubuntu', 't2.micro', `custom-ubuntu-nginx-${Date.parse('2026-03-04T05:06:07Z') / 1000}`]
    ])
  })
})
