import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadHcl2 } from '../../src/template/hcl/index.js'
import type { LoadOptions, LoadResult } from '../../src/template/model.js'
import { options, template } from './helpers.js'

const SOURCE = `
source "amazon-ebs" "web" {
  region        = "us-east-1"
  instance_type = "t3.micro"
  source_ami    = "ami-0123456789abcdef0"
  ssh_username  = "ubuntu"
  ami_name      = "web-{{timestamp}}"
}
`

async function load(text: string, overrides: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ami-build-hcl-'))
  writeFileSync(join(dir, 'template.pkr.hcl'), text)
  return loadHcl2(join(dir, 'template.pkr.hcl'), options({ workingDirectory: dir, ...overrides }))
}

async function errors(text: string): Promise<string[]> {
  const result = await load(text)
  if (result.ok) throw new Error('expected errors')
  return result.errors.map(e => `${e.line}:${e.column} ${e.message}`)
}

describe('HCL2 build blocks', () => {
  it('flatten a post-processors chain into post-processors in order', async () => {
    const t = template(
      await load(`${SOURCE}
build {
  sources = ["source.amazon-ebs.web"]
  post-processors {
    post-processor "manifest" {
      output = "first.json"
    }
    post-processor "manifest" {
      output     = "second.json"
      strip_path = true
    }
  }
}`)
    )
    expect(t.postProcessors.map(p => [p.output.split('/').pop(), p.strip_path])).toEqual([
      ['first.json', false],
      ['second.json', true]
    ])
  })

  it('turn tag blocks into the tags map, and legacy build variables into ${build.X}', async () => {
    const t = template(
      await load(
        SOURCE.replace(
          '  ami_name',
          `  tag {
    key   = "Base"
    value = "{{ .SourceAMIName }}"
  }
  run_tag {
    key   = "Purpose"
    value = "build"
  }
  ami_name`
        ) + 'build {\n  sources = ["source.amazon-ebs.web"]\n}\n'
      )
    )
    expect(t.sources[0].tags).toEqual({ Base: '${build.SourceAMIName}' })
    expect(t.sources[0].run_tags).toEqual({ Purpose: 'build' })
  })

  it('give build variables to provisioners as ${build.X}, and suggest the right name for a typo', async () => {
    const t = template(
      await load(`${SOURCE}
build {
  sources = ["source.amazon-ebs.web"]
  provisioner "shell" {
    inline = ["echo \${build.SourceAMI} \${source.type}"]
  }
}`)
    )
    expect(t.provisioners[0]).toMatchObject({ inline: ['echo ${build.SourceAMI} amazon-ebs'] })
    expect(
      await errors(`${SOURCE}
build {
  sources = ["source.amazon-ebs.web"]
  provisioner "shell" {
    inline = ["echo \${build.SourceAmi}"]
  }
}`)
    ).toEqual([
      '13:29 Unsupported attribute: this object has no attribute "SourceAmi"; did you mean "SourceAMI"?'
    ])
  })

  it('refuse source. and build. outside a build block', async () => {
    expect(
      await errors(
        SOURCE.replace('"web-{{timestamp}}"', '"web-${source.name}"') +
          'build {\n  sources = ["source.amazon-ebs.web"]\n}\n'
      )
    ).toEqual([
      `7:26 Invalid reference: "source." cannot be used in a source block (source. and build. exist only inside a build block's provisioners and post-processors).`
    ])
  })

  it('build the same source in two named builds under distinct names', async () => {
    const t = template(
      await load(`${SOURCE}
build {
  name    = "blue"
  sources = ["source.amazon-ebs.web"]
}
build {
  name    = "green"
  sources = ["source.amazon-ebs.web"]
  provisioner "shell" {
    inline = ["echo green"]
  }
}`)
    )
    expect(t.sources.map(s => s.name)).toEqual(['web', 'green.web'])
    expect(t.provisioners[0].only).toEqual(['green.web'])
  })

  it("accept Packer's -only names (amazon-ebs.NAME) in the only option", async () => {
    const text = `${SOURCE}
build {
  source "source.amazon-ebs.web" {
    name = "small"
  }
  source "source.amazon-ebs.web" {
    name = "large"
  }
}`
    const t = template(await load(text, { only: ['amazon-ebs.large'] }))
    expect(t.sources.map(s => s.name)).toEqual(['large'])
  })

  it('say which blocks are not supported yet', async () => {
    expect(
      await errors(`${SOURCE}
build {
  sources = ["source.amazon-ebs.web"]
  error-cleanup-provisioner "shell" {
    inline = ["echo cleanup"]
  }
}`)
    ).toEqual([
      '12:3 Unsupported block type: ami-build does not support "error-cleanup-provisioner" blocks yet.'
    ])
  })

  it('accept the older variables { name = default } block', async () => {
    const t = template(
      await load(
        'variables {\n  size = 16\n}\n' +
          SOURCE.replace('  ami_name', '  ami_name = "web-${var.size}"\n  ami_description').replace(
            '"web-{{timestamp}}"',
            '"built by ami-build"'
          ) +
          'build {\n  sources = ["source.amazon-ebs.web"]\n}\n'
      )
    )
    expect(t.sources[0].ami_name).toBe('web-16')
  })

  it('expand dynamic blocks, one block per element, with the element as NAME.key and NAME.value', async () => {
    const t = template(
      await load(
        `variable "disks" {
  default = { "/dev/xvdf" = 50, "/dev/xvdg" = 100 }
}
` +
          SOURCE.replace(
            '  ami_name',
            `  dynamic "launch_block_device_mappings" {
    for_each = var.disks
    content {
      device_name = launch_block_device_mappings.key
      volume_size = launch_block_device_mappings.value
    }
  }
  dynamic "tag" {
    for_each = ["a", "b"]
    iterator = t
    content {
      key   = "Tag\${t.key}"
      value = t.value
    }
  }
  ami_name`
          ) +
          'build {\n  sources = ["source.amazon-ebs.web"]\n}\n'
      )
    )
    expect(
      t.sources[0].launch_block_device_mappings.map(d => [d.device_name, d.volume_size])
    ).toEqual([
      ['/dev/xvdf', 50],
      ['/dev/xvdg', 100]
    ])
    expect(t.sources[0].tags).toEqual({ Tag0: 'a', Tag1: 'b' })
  })
})
