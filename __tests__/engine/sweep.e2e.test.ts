/**
 * The post step's sweep: what a killed build left (found by the run tag or listed), removed; what
 * belongs to anyone else, or was kept on purpose, untouched.
 */
import {
  CreateImageCommand,
  CreateSecurityGroupCommand,
  EC2Client,
  ImportKeyPairCommand,
  RunInstancesCommand
} from '@aws-sdk/client-ec2'
import { randomUUID } from 'node:crypto'
import type { Emulator } from '../../emulator/api.js'
import { systemClock } from '../../src/engine/clock.js'
import { generateEd25519 } from '../../src/engine/keys.js'
import { sweep } from '../../src/engine/sweep.js'
import { shell, template } from './helpers.js'
import { e2eSource, runBuild, startTestEmulator } from './e2e.js'

let emulator: Emulator
let ec2: EC2Client

beforeAll(async () => {
  emulator = await startTestEmulator()
  ec2 = new EC2Client({ region: 'us-east-1' })
})
afterAll(async () => {
  ec2?.destroy()
  await emulator?.stop()
})

const runTag = (runId: string) => [
  { Key: 'ami-build:run-id', Value: runId },
  { Key: 'ami-build:build', Value: 'web' }
]

/** What a build killed mid-way leaves: an instance, its key, its group, a pending image. */
async function strand(
  runId: string,
  tagged = true
): Promise<{ instanceId: string; imageId: string; groupId: string; keyName: string }> {
  const tags = tagged ? runTag(runId) : [{ Key: 'owner', Value: 'someone-else' }]
  const keyName = tagged ? `ami-build-${runId}-web` : `other-${runId}`
  await ec2.send(
    new ImportKeyPairCommand({
      KeyName: keyName,
      PublicKeyMaterial: Buffer.from(generateEd25519('x').publicKey),
      TagSpecifications: [{ ResourceType: 'key-pair', Tags: tags }]
    })
  )
  const group = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: `g-${randomUUID()}`,
      Description: 'test',
      TagSpecifications: [{ ResourceType: 'security-group', Tags: tags }]
    })
  )
  const images = await ec2.send(
    new (await import('@aws-sdk/client-ec2')).DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [
        { Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*'] }
      ]
    })
  )
  const launched = await ec2.send(
    new RunInstancesCommand({
      ImageId: images.Images![0]!.ImageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: keyName,
      SecurityGroupIds: [group.GroupId!],
      TagSpecifications: [{ ResourceType: 'instance', Tags: tags }]
    })
  )
  const instanceId = launched.Instances![0]!.InstanceId!
  await new Promise(resolve => setTimeout(resolve, 100))
  const image = await ec2.send(
    new CreateImageCommand({
      InstanceId: instanceId,
      Name: `stranded-${randomUUID()}`,
      NoReboot: true,
      TagSpecifications: [
        { ResourceType: 'image', Tags: tags },
        { ResourceType: 'snapshot', Tags: tags }
      ]
    })
  )
  return { instanceId, imageId: image.ImageId!, groupId: group.GroupId!, keyName }
}

function sweepOptions(runId: string, extra: Partial<Parameters<typeof sweep>[0]> = {}) {
  const lines: string[] = []
  const reporter = {
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(`warning: ${m}`),
    error: (m: string) => lines.push(`error: ${m}`),
    debug: () => undefined,
    mask: () => undefined,
    group: async <T>(_t: string, fn: () => Promise<T>) => fn()
  }
  return {
    options: {
      runId,
      regions: ['us-east-1'],
      resources: [],
      reporter,
      signal: new AbortController().signal,
      clock: systemClock,
      ...extra
    },
    lines
  }
}

describe('the post step sweep', () => {
  it('removes everything a killed run left, found by its run tag, and nothing of another run', async () => {
    const runId = randomUUID()
    const mine = await strand(runId)
    const theirs = await strand(randomUUID(), false)

    const { options } = sweepOptions(runId)
    const result = await sweep(options)

    expect(result.failed).toEqual([])
    const removed = result.removed.map(r => `${r.kind} ${r.id}`)
    expect(removed).toEqual(
      expect.arrayContaining([
        `instance ${mine.instanceId}`,
        `image ${mine.imageId}`,
        `security-group ${mine.groupId}`,
        `key-pair ${mine.keyName}`
      ])
    )
    expect(removed.some(r => r.startsWith('snapshot '))).toBe(true)
    expect(emulator.leftovers({ key: 'ami-build:run-id', value: runId })).toEqual([])
    const ids = new Set(emulator.ledger().resources.map(r => r.id))
    for (const id of [theirs.instanceId, theirs.imageId, theirs.groupId])
      expect(ids.has(id)).toBe(true)
  })

  it('removes a listed resource that carries no tag (a copy registered just before the kill)', async () => {
    const runId = randomUUID()
    const stranded = await strand(randomUUID(), false)
    const { options } = sweepOptions(runId, {
      resources: [{ kind: 'image', id: stranded.imageId, region: 'us-east-1', build: 'web' }]
    })
    const result = await sweep(options)
    expect(result.removed.map(r => r.id)).toContain(stranded.imageId)
    expect(emulator.ledger().resources.map(r => r.id)).not.toContain(stranded.imageId)
  })

  it('returns at once with nothing to do', async () => {
    const { options } = sweepOptions(randomUUID(), { regions: ['us-east-1', 'us-west-2'] })
    const started = Date.now()
    const result = await sweep(options)
    expect(result).toEqual({ removed: [], failed: [] })
    expect(Date.now() - started).toBeLessThan(1500)
  })
})

describe('on-error: abort', () => {
  it('keeps everything, says what and how to remove it, and the sweep leaves it alone', async () => {
    const run = await runBuild(
      template([e2eSource()], { provisioners: [shell({ inline: ['exit 3'] })] }),
      { onError: 'abort' }
    )
    expect(run.result.failures).toHaveLength(1)
    const kept = run.result.leftBehind
    expect(kept.map(r => r.kind).sort()).toEqual(['instance', 'key-pair', 'security-group'])
    expect(kept.every(r => r.reason.includes('on-error: abort'))).toBe(true)
    const instance = kept.find(r => r.kind === 'instance')!
    expect(run.reporter.text).toContain(
      `aws ec2 terminate-instances --region us-east-1 --instance-ids ${instance.id}`
    )
    expect(run.reporter.text).toMatch(/Instance i-\w+ at 127\.0\.0\.\d+/)
    expect(run.events.filter(e => e.type === 'kept')).toHaveLength(3)

    const { options } = sweepOptions(run.runId)
    const result = await sweep(options)
    expect(result.removed).toEqual([])
    expect(emulator.ledger().resources.map(r => r.id)).toContain(instance.id)

    // The user's own cleanup, as the message says: the listed resources, explicitly.
    const cleanup = await sweep({ ...options, resources: kept.map(({ reason: _r, ...r }) => r) })
    expect(cleanup.removed.map(r => r.id).sort()).toEqual(kept.map(r => r.id).sort())
  })
})
