/**
 * The whole action as a workflow runs it: the bundled main entry builds (a variant of) the
 * PRODUCT.md example against the EC2 emulator (real SDK, real sshd), with credentials only from GitHub's OIDC token
 * (the emulator refuses EC2 calls without them); then the post entry. Cancellation is in
 * cancel.e2e.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { actionsOutsideReadmePolicy } from './policy.js'
import {
  ensureDist,
  repositoryRoot,
  runAction,
  runPost,
  type StepOptions,
  type StepResult
} from '../helpers/runner.js'

let emulator: Emulator

beforeAll(async () => {
  ensureDist()
  emulator = await startEmulator({ profile: 'instant' })
}, 300_000)

afterAll(async () => {
  await emulator?.stop()
})

function exampleCheckout(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ami-build-action-'))
  cpSync(join(repositoryRoot, '__tests__/action/fixtures/build'), workspace, { recursive: true })
  return workspace
}

function buildStep(overrides: Partial<StepOptions> = {}): StepOptions {
  return {
    workspace: exampleCheckout(),
    inputs: {
      template: 'template.yml',
      'role-to-assume': emulator.roleArn,
      'aws-region': 'us-east-1',
      variables: `app_version=2.0.0\ndb_password=correct-horse-battery`
    },
    // Only the endpoint: no access keys, so every EC2 call must use the role's credentials.
    env: { AWS_ENDPOINT_URL: emulator.endpoint },
    oidc: emulator.oidc,
    timeoutMs: 120_000,
    ...overrides
  }
}

function leftBehind(step: StepResult) {
  return emulator.leftovers({ key: 'ami-build:run-id', value: step.state['run-id'] })
}

/** Every file and stream the runner keeps, with the masked values' own ::add-mask:: lines removed. */
function everythingKept(step: StepResult): string {
  return [
    step.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    step.stderr,
    JSON.stringify(step.outputs),
    JSON.stringify(step.state),
    step.summary
  ].join('\n')
}

describe('the action building an AMI', () => {
  it('assumes the role via OIDC, builds, and hands the AMI to the next step', async () => {
    const step = await runAction(buildStep())

    expect(step.stderr).toBe('')
    expect(step.exitCode).toBe(0)
    const amis = JSON.parse(step.outputs['ami-ids']) as Record<string, string>
    expect(Object.keys(amis)).toEqual(['us-east-1', 'us-west-2'])
    expect(step.outputs['ami-id']).toBe(amis['us-east-1'])
    expect(step.outputs['ami-name']).toMatch(/^web-2\.0\.0-\d+$/)
    expect(step.outputs['snapshot-ids']).toMatch(/^snap-\w+,snap-\w+$/)
    expect(existsSync(step.outputs.manifest)).toBe(true)
    expect(JSON.parse(readFileSync(step.outputs.manifest, 'utf8')).builds[0].artifact_id).toContain(
      `us-east-1:${amis['us-east-1']}`
    )

    const sts = emulator.calls().filter(call => call.action === 'AssumeRoleWithWebIdentity')
    expect(sts.length).toBeGreaterThanOrEqual(1)
    const ec2Callers = new Set(
      emulator
        .calls()
        .filter(call => call.service === 'ec2' && call.time >= sts[sts.length - 1].time)
        .map(call => call.caller?.arn)
    )
    expect([...ec2Callers]).toEqual([expect.stringContaining(':assumed-role/')])

    expect(step.summary).toContain(`<code>${amis['us-west-2']}</code>`)
    expect(step.summary).toContain(
      `https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#ImageDetails:imageId=${amis['us-west-2']}`
    )
    expect(step.summary).toContain('Timeline')
    expect(step.summary).toContain('Cleaned up')

    // Nothing temporary is left, and the deliverables exist: the AMIs in both regions.
    expect(leftBehind(step)).toEqual([])
    const images = emulator.ledger().resources.filter(resource => resource.kind === 'image')
    expect(images).toEqual(
      expect.arrayContaining(
        Object.entries(amis).map(([region, id]) => expect.objectContaining({ id, region }))
      )
    )

    expect(step.masked).toContain('correct-horse-battery')
    for (const secret of step.masked) expect(everythingKept(step)).not.toContain(secret)

    const post = await runPost(step, { oidc: emulator.oidc })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('nothing to do')
    expect(post.durationMs).toBeLessThan(5_000)
    expect(emulator.ledger().resources).toEqual(expect.arrayContaining(images))
  })

  it('fails with the permission to add when the job cannot get an OIDC token', async () => {
    const step = await runAction(buildStep({ oidc: undefined }))

    expect(step.exitCode).toBe(1)
    expect(step.annotations.map(a => a.message)).toContainEqual(
      expect.stringContaining('add `permissions: id-token: write`')
    )
    expect(step.stdout).not.toMatch(/\n\s+at /)
  })

  it('calls only what the README’s IAM policies allow', () => {
    expect(actionsOutsideReadmePolicy(emulator.calls())).toEqual([])
  })
})
