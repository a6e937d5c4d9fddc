import { join } from 'node:path'
import { loadHcl2 } from '../../src/template/hcl/index.js'
import { loadTemplate } from '../../src/template/load.js'
import { FIXTURES, meaning, options, template } from './helpers.js'

/** Each corpus template and its YAML twin must mean the same thing: the engine cannot tell them apart. */
describe.each([
  ['tutorial', 'the tutorial template from issue 7', 'template.pkr.hcl'],
  ['multi-source', 'multi-source builds with build-level overrides', 'template.pkr.hcl'],
  [
    'variables',
    'typed variables with validation, an auto-loaded var file, locals referencing each other',
    '.'
  ],
  ['heredoc', 'heredoc scripts, file() and templatefile()', 'template.pkr.hcl'],
  ['directory', 'a directory of .pkr.hcl files, path.root', '.'],
  ['data-source', 'a data "amazon-ami" source resolved as a source_ami_filter', 'template.pkr.hcl']
])('%s: %s', (dir, _what, entry) => {
  it('becomes the same model as its YAML twin', async () => {
    const hcl = template(
      await loadHcl2(join(FIXTURES, dir, entry), options({ workingDirectory: join(FIXTURES, dir) }))
    )
    // The YAML twin gets the auto-loaded HCL var file's values from its own var file.
    const varFiles = dir === 'variables' ? [join(FIXTURES, dir, 'web.vars.yml')] : []
    const yaml = template(
      await loadTemplate(
        join(FIXTURES, dir, 'template.yml'),
        options({ workingDirectory: join(FIXTURES, dir), varFiles })
      )
    )
    expect(hcl.format).toBe('hcl2')
    expect(meaning(hcl)).toEqual(meaning(yaml))
  })
})
