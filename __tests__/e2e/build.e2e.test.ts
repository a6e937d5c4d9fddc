/**
 * One workflow run, end to end: the bundled action builds the example with `role-to-assume`
 * against the EC2 emulator (real SDK, real sshd), with no AWS keys in the job, so its only way in
 * is GitHub's OIDC token traded at STS; then the post step runs, as the runner always runs it.
 * A loopback proxy in front of the emulator keeps the token and the session credentials it
 * handed out, the secrets that must then appear nowhere the runner keeps.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { CallRecord, Emulator, LedgerResource } from '../../emulator/index.js'
import { ensureDist, runAction, runPost, type StepResult } from '../helpers/runner.js'
import {
  buildStep,
  DB_PASSWORD,
  keptByRunner,
  leftByRun,
  removeStepFiles,
  settledLedger,
  startE2eEmulator,
  startRecordingProxy,
  stopAllEmulators,
  whereSecretsAppear,
  type RecordingProxy
} from './harness.js'
import { expectPolicyToCover } from './iam.js'

let emulator: Emulator
let proxy: RecordingProxy
let main: StepResult
let post: StepResult
let ledgerBeforePost: LedgerResource[]
let postCalls: CallRecord[]

beforeAll(async () => {
  ensureDist()
  emulator = await startE2eEmulator()
  proxy = await startRecordingProxy(emulator)
  main = await runAction(
    buildStep({ roleArn: emulator.roleArn, endpoint: proxy.endpoint, oidc: proxy.oidc })
  )
  // The step leaves once termination is accepted; the ledger is compared once it has finished.
  ledgerBeforePost = await settledLedger(emulator)
  const answeredBefore = emulator.calls().length
  post = await runPost(main)
  postCalls = emulator.calls().slice(answeredBefore)
}, 600_000)

afterAll(async () => {
  await proxy?.close()
  removeStepFiles(main)
  expectPolicyToCover(await stopAllEmulators())
})

const ec2Calls = (action?: string): CallRecord[] =>
  emulator.calls().filter(call => call.service === 'ec2' && (!action || call.action === action))

describe('a build with role-to-assume, as a workflow runs it', () => {
  it('succeeds', () => {
    expect({ exitCode: main.exitCode, stderr: main.stderr, errors: main.annotations }).toEqual({
      exitCode: 0,
      stderr: '',
      errors: []
    })
  })

  it('gets its credentials from the OIDC token through STS, with no AWS keys in the job', () => {
    expect(
      Object.keys(main.env).filter(name => /^AWS_(ACCESS|SECRET|SESSION|PROFILE)/.test(name))
    ).toEqual([])
    const tokenRequests = emulator.calls().filter(call => call.service === 'oidc')
    const assumed = emulator.calls().filter(call => call.action === 'AssumeRoleWithWebIdentity')
    expect(tokenRequests).toHaveLength(1)
    expect(assumed).toEqual([
      expect.objectContaining({
        service: 'sts',
        region: 'us-east-1',
        status: 200,
        params: expect.objectContaining({
          RoleArn: emulator.roleArn,
          RoleSessionName: `ami-build-${main.env.GITHUB_RUN_ID}-1`
        })
      })
    ])

    // The emulator refuses unsigned EC2 calls: each one it answered carried the role's session.
    const calls = ec2Calls()
    expect(calls.length).toBeGreaterThan(10)
    expect(calls[0].time).toBeGreaterThanOrEqual(assumed[0].time)
    const callers = new Set(calls.map(call => call.caller?.arn))
    expect([...callers]).toEqual([
      `arn:aws:sts::${emulator.accountId}:assumed-role/ami-builder/ami-build-${main.env.GITHUB_RUN_ID}-1`
    ])
    expect(new Set(calls.map(call => call.caller?.accessKeyId))).toEqual(
      new Set([proxy.credentials[0].accessKeyId])
    )
  })

  it('hands the AMIs to the next step in its outputs', () => {
    const amis = JSON.parse(main.outputs['ami-ids']) as Record<string, string>
    expect(Object.keys(amis).sort()).toEqual(['us-east-1', 'us-west-2'])
    expect(main.outputs['ami-id']).toBe(amis['us-east-1'])
    expect(main.outputs['ami-name']).toMatch(/^web-2\.0\.0-\d{10}$/)

    const images = emulator.ledger().resources.filter(r => r.kind === 'image')
    expect(
      images.map(({ id, region, name, state }) => ({ id, region, name, state })).sort(byId)
    ).toEqual(
      Object.entries(amis)
        .map(([region, id]) => ({ id, region, name: main.outputs['ami-name'], state: 'available' }))
        .sort(byId)
    )
    const snapshots = emulator.ledger().resources.filter(r => r.kind === 'snapshot')
    expect(main.outputs['snapshot-ids'].split(',').sort()).toEqual(snapshots.map(s => s.id).sort())

    const manifest = main.outputs.manifest
    expect(manifest.startsWith(main.workspace)).toBe(true)
    expect(existsSync(manifest)).toBe(true)
    const written = JSON.parse(readFileSync(manifest, 'utf8')) as {
      builds: Array<{ builder_type: string; artifact_id: string }>
    }
    expect(written.builds).toHaveLength(1)
    expect(written.builds[0].builder_type).toBe('amazon-ebs')
    expect(written.builds[0].artifact_id.split(',').sort()).toEqual(
      Object.entries(amis)
        .map(([region, id]) => `${region}:${id}`)
        .sort()
    )
  })

  it('writes a job summary with the AMIs, where they came from, how long each phase took and what was cleaned up', () => {
    const amis = JSON.parse(main.outputs['ami-ids']) as Record<string, string>
    for (const [region, id] of Object.entries(amis)) {
      expect(main.summary).toContain(id)
      expect(main.summary).toContain(
        `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${id}`
      )
    }
    const launch = ec2Calls('RunInstances')[0]
    expect(main.summary).toContain(launch.params.ImageId)
    expect(main.summary).toContain('t3.micro')
    expect(main.summary).toMatch(/Timeline/i)
    for (const phase of ['launch', 'provision', 'create-image', 'region-copy']) {
      expect(main.summary).toMatch(new RegExp(`${phase}(<[^>]*>|\\s)*[\\d.]+ s\\b`))
    }
    expect(main.summary).toMatch(/Cleaned up/i)
    const instance = emulator.transitions().find(t => t.kind === 'instance')!.id
    expect(main.summary).toContain(instance)
  })

  it('leaves only the AMIs and their snapshots, none of them marked as the run’s', () => {
    expect(leftByRun(emulator, main)).toEqual([])
    expect(new Set(ledgerBeforePost.map(r => r.kind))).toEqual(new Set(['image', 'snapshot']))
    for (const resource of ledgerBeforePost) {
      expect(Object.keys(resource.tags).filter(key => key.startsWith('ami-build:'))).toEqual([])
    }
    const images = ledgerBeforePost.filter(r => r.kind === 'image')
    for (const image of images) expect(image.tags).toMatchObject({ App: 'web', Version: '2.0.0' })
  })

  it('is followed by a post step that removes nothing and is done in a moment', () => {
    expect(post.exitCode).toBe(0)
    expect(post.stderr).toBe('')
    expect(post.durationMs).toBeLessThan(3_000)
    // Nothing to find is answered by the saved state alone; a sweep would be a handful of reads.
    expect(postCalls.length).toBeLessThanOrEqual(6)
    expect(postCalls.filter(call => !/^(Describe|Get|AssumeRole)/.test(call.action))).toEqual([])
    expect(emulator.ledger().resources).toEqual(ledgerBeforePost)
  })

  it('lets no secret reach the log, an output, the saved state, the summary or any file', () => {
    expect(proxy.tokens).toHaveLength(1)
    expect(proxy.credentials).toHaveLength(1)
    const [{ accessKeyId, secretAccessKey, sessionToken }] = proxy.credentials
    const secrets = {
      'the OIDC token': proxy.tokens[0],
      'the session access key ID': accessKeyId,
      'the session secret key': secretAccessKey,
      'the session token': sessionToken,
      'the sensitive variable db_password': DB_PASSWORD,
      'a private key': 'PRIVATE KEY'
    }
    // Masked before they could be printed, so the runner hides them should anything print them.
    for (const secret of [proxy.tokens[0], secretAccessKey, sessionToken, DB_PASSWORD]) {
      expect(main.masked).toContain(secret)
    }
    const kept = [...keptByRunner(main), ...keptByRunner(post)]
    expect(whereSecretsAppear(kept, secrets)).toEqual([])
    // What the action masked, the private key's lines among them, is in no file either.
    const files = kept.filter(k => !k.where.startsWith('the log'))
    const masked = Object.fromEntries(
      main.masked.filter(Boolean).map((value, i) => [`masked value #${i + 1}`, value])
    )
    expect(whereSecretsAppear(files, masked)).toEqual([])
    // The provisioner printed the password, and the log shows the mask in its place.
    expect(kept[0].text).toContain('database password is ***')
  })
})

function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id)
}
