/**
 * An HCL2 template through the bundled action entry, run the way the GitHub runner runs it: the
 * tutorial template of issue 7 builds against the EC2 emulator unchanged, and a broken one puts
 * its error on the right line of the pull request.
 */
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { ensureDist, repositoryRoot, runAction } from '../helpers/runner.js'

const tutorial = join(repositoryRoot, 'examples/hcl/tutorial/ubuntu.pkr.hcl')
const broken = join(repositoryRoot, '__tests__/fixtures/hcl/broken/misspelled-option.pkr.hcl')

function workspaceWith(target: string, source: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ami-build-hcl-'))
  cpSync(source, join(workspace, target))
  return workspace
}

beforeAll(() => ensureDist(), 300_000)

describe('an HCL2 template through the action', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator({ profile: 'instant' })
  })
  afterAll(() => emulator?.stop())

  it('builds the tutorial template unchanged and leaves only the AMI and its snapshot', async () => {
    const step = await runAction({
      workspace: workspaceWith('ubuntu.pkr.hcl', tutorial),
      inputs: { template: 'ubuntu.pkr.hcl', command: 'build' },
      env: emulator.env(),
      timeoutMs: 120_000
    })

    expect(step.exitCode).toBe(0)
    expect(step.outputs['ami-id']).toMatch(/^ami-[0-9a-f]+$/)
    expect(step.outputs['ami-name']).toMatch(/^custom-ubuntu-nginx-\d{10}$/)
    expect(JSON.parse(step.outputs['ami-ids'])).toEqual({ 'us-east-1': step.outputs['ami-id'] })
    expect(step.stdout).toContain('Provisioning with shell')
    const left = emulator
      .ledger()
      .resources.map(r => r.kind)
      .sort()
    expect(left).toEqual(['image', 'snapshot'])
  }, 180_000)

  it('validates a directory template as the migration guide writes it, with Packer-style only', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ami-build-hcl-'))
    cpSync(join(repositoryRoot, 'examples/hcl/web'), join(workspace, 'images'), { recursive: true })

    const step = await runAction({
      workspace,
      inputs: {
        command: 'validate',
        'working-directory': 'images',
        template: '.',
        only: 'amazon-ebs.web',
        variables: 'app_version=2.0.0'
      }
    })

    expect(step.exitCode).toBe(0)
    expect(step.annotations).toEqual([])
    expect(step.stdout).toMatch(/web-2\.0\.0-\d{10}/)
  })

  it('validating a broken template annotates the offending line', async () => {
    const step = await runAction({
      workspace: workspaceWith('web.pkr.hcl', broken),
      inputs: { template: 'web.pkr.hcl', command: 'validate' }
    })

    expect(step.exitCode).toBe(1)
    expect(step.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'web.pkr.hcl',
        line: 3,
        col: 3,
        message: expect.stringContaining('did you mean `instance_type`?')
      })
    )
    expect(step.stderr).not.toMatch(/\n\s+at /)
  })
})
