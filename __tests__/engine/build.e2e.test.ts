/**
 * The engine end to end: the real SDK against the EC2 emulator, real sshd instances, real
 * provisioners. What a user sees (result, manifest, log) and what AWS is left holding (ledger).
 */
import {
  DescribeImagesCommand,
  DescribeImageAttributeCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand
} from '@aws-sdk/client-ec2'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator, LedgerResource } from '../../emulator/api.js'
import type { FileProvisioner } from '../../src/template/model.js'
import { manifest, shell, template } from './helpers.js'
import { e2eSource, runBuild, startTestEmulator, type E2eRun } from './e2e.js'

let emulator: Emulator
let work: string
let before: Set<string>

const SENSITIVE = 'hunter2-sensitive-pw'
/** Quotes, spaces, $(), backticks, a newline and a trailing backslash: must arrive byte for byte. */
const HOSTILE = `it's "quoted" $(touch ~/pwned) \`touch ~/pwned2\` $HOME ;| & \nsecond line\\`

beforeAll(async () => {
  emulator = await startTestEmulator()
  work = mkdtempSync(join(tmpdir(), 'ami-build-e2e-'))
})
afterAll(async () => {
  await emulator?.stop()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(() => {
  emulator.setFaults({ rules: [] })
  before = new Set(emulator.ledger().resources.map(r => r.id))
})

function file(overrides: Partial<FileProvisioner>): FileProvisioner {
  return {
    type: 'file',
    location: { file: '/work/template.yml', line: 30, column: 3 },
    only: [],
    except: [],
    pause_before: 0,
    max_retries: 0,
    timeout: 0,
    destination: '',
    direction: 'upload',
    generated: false,
    ...overrides
  }
}

/** What this test's build left in the emulator, once terminations in flight have finished. */
async function leaked(): Promise<LedgerResource[]> {
  const deadline = Date.now() + 3000
  for (;;) {
    const left = emulator.ledger().resources.filter(r => !before.has(r.id))
    if (left.length === 0 || Date.now() > deadline) return left
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

function expectNoSecrets(run: E2eRun, privateKeys: string[] = []): void {
  const text = run.reporter.text
  expect(text).not.toContain(SENSITIVE)
  expect(text).not.toContain(emulator.credentials.secretAccessKey)
  for (const key of [
    ...privateKeys,
    ...run.reporter.masked.filter(m => m.includes('PRIVATE KEY'))
  ]) {
    for (const line of key.split('\n').filter(l => l.length > 20)) expect(text).not.toContain(line)
  }
}

describe('a full build against the emulator', () => {
  it('provisions, copies to two regions, shares, tags, writes the manifest, and the new AMI holds what was provisioned', async () => {
    const site = join(work, 'site')
    mkdirSync(join(site, 'css'), { recursive: true })
    writeFileSync(join(site, 'index.html'), '<h1>hello</h1>\n')
    writeFileSync(join(site, 'css', 'app.css'), 'body { color: red }\n')
    const script = join(work, 'finish.sh')
    writeFileSync(
      script,
      '#!/bin/sh\nset -e\nprintf %s "$HOSTILE" > "$HOME/hostile.txt"\nprintf %s "$DB_PASSWORD" | wc -c > "$HOME/pw-length.txt"\n'
    )
    const downloaded = join(work, 'downloaded.txt')
    const manifestPath = join(work, 'out', 'manifest.json')
    writeFileSync(join(work, 'existing.json'), '')

    const source = e2eSource({
      ami_regions: ['us-west-2', 'eu-west-1'],
      ami_users: ['111122223333'],
      snapshot_users: ['111122223333'],
      tags: { App: 'web', Base: '${build.SourceAMIName}' },
      snapshot_tags: { App: 'web-snapshot' },
      run_tags: { Team: 'platform' }
    })
    const run = await runBuild(
      template([source], {
        sensitive: [SENSITIVE],
        provisioners: [
          shell({ inline: ['echo "built by ami-build" > "$HOME/inline.txt"'] }),
          shell({
            inline: undefined,
            scripts: [script],
            environment_vars: [`HOSTILE=${HOSTILE}`, `DB_PASSWORD=${SENSITIVE}`]
          }),
          file({ sources: [`${site}/`], destination: 'site' }),
          file({ sources: ['inline.txt'], destination: downloaded, direction: 'download' })
        ],
        postProcessors: [manifest(manifestPath, { custom_data: { release: '42' } })]
      })
    )

    expect(run.result.failures).toEqual([])
    const [artifact] = run.result.artifacts
    expect(Object.keys(artifact!.amis)).toEqual(['us-east-1', 'us-west-2', 'eu-west-1'])
    expect(artifact!.sourceAmiName).toMatch(
      /^ubuntu\/images\/hvm-ssd\/ubuntu-jammy-22.04-amd64-server-/
    )
    expect(readFileSync(downloaded, 'utf8')).toBe('built by ami-build\n')

    const written = JSON.parse(readFileSync(manifestPath, 'utf8'))
    expect(written).toEqual({
      builds: [
        {
          name: 'web',
          builder_type: 'amazon-ebs',
          build_time: expect.any(Number),
          files: null,
          artifact_id: Object.entries(artifact!.amis)
            .map(([r, a]) => `${r}:${a}`)
            .sort()
            .join(','),
          packer_run_uuid: run.runId,
          custom_data: { release: '42' }
        }
      ],
      last_run_uuid: run.runId
    })
    expect(run.result.manifests).toEqual([manifestPath])

    for (const [region, imageId] of Object.entries(artifact!.amis)) {
      const ec2 = new EC2Client({ region })
      const image = (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0]!
      expect(image.State).toBe('available')
      const tags = Object.fromEntries(image.Tags!.map(t => [t.Key, t.Value]))
      expect(tags).toEqual({ App: 'web', Base: artifact!.sourceAmiName })
      const permissions = await ec2.send(
        new DescribeImageAttributeCommand({ ImageId: imageId, Attribute: 'launchPermission' })
      )
      expect(permissions.LaunchPermissions).toEqual([{ UserId: '111122223333' }])
      ec2.destroy()
    }

    // Only the deliverables remain: AMIs and their snapshots, no instance, key or group.
    const left = await leaked()
    expect(left.map(r => r.kind).sort()).toEqual([
      'image',
      'image',
      'image',
      'snapshot',
      'snapshot',
      'snapshot'
    ])
    expect(emulator.leftovers({ key: 'ami-build:run-id', value: run.runId })).toEqual([])

    // An instance launched from the copy in us-west-2 has everything the provisioners wrote.
    const west = new EC2Client({ region: 'us-west-2' })
    const launched = await west.send(
      new RunInstancesCommand({
        ImageId: artifact!.amis['us-west-2'],
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1
      })
    )
    const instanceId = launched.Instances![0]!.InstanceId!
    const root = emulator.instanceRoot('us-west-2', instanceId)
    expect(readFileSync(join(root, 'inline.txt'), 'utf8')).toBe('built by ami-build\n')
    expect(readFileSync(join(root, 'hostile.txt'), 'utf8')).toBe(HOSTILE)
    expect(readFileSync(join(root, 'pw-length.txt'), 'utf8').trim()).toBe(String(SENSITIVE.length))
    expect(existsSync(join(root, 'pwned'))).toBe(false)
    expect(existsSync(join(root, 'pwned2'))).toBe(false)
    expect(readFileSync(join(root, 'site', 'index.html'), 'utf8')).toBe('<h1>hello</h1>\n')
    expect(readFileSync(join(root, 'site', 'css', 'app.css'), 'utf8')).toBe('body { color: red }\n')
    await west.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }))
    west.destroy()

    expectNoSecrets(run)
    expect(run.reporter.text).toMatch(
      /--> web: AMIs were created:\nus-east-1: ami-\w+\nus-west-2: ami-\w+\neu-west-1: ami-\w+/
    )
  })

  it('builds several sources at once, each line prefixed with its build, appending to an existing manifest', async () => {
    const manifestPath = join(work, 'several.json')
    const previous = {
      builds: [
        {
          name: 'old',
          builder_type: 'amazon-ebs',
          build_time: 1,
          files: null,
          artifact_id: 'us-east-1:ami-old',
          packer_run_uuid: 'before',
          custom_data: null
        }
      ],
      last_run_uuid: 'before'
    }
    writeFileSync(manifestPath, JSON.stringify(previous))
    const web = e2eSource({ name: 'web' })
    const api = e2eSource({ name: 'api', region: 'us-west-2' })
    const started = Date.now()
    const run = await runBuild(
      template([web, api], {
        provisioners: [
          shell({ inline: ['echo "hello from $PACKER_BUILD_NAME"'], only: ['api'] }),
          shell({ inline: ['echo web only'], except: ['api'] })
        ],
        postProcessors: [manifest(manifestPath)]
      })
    )
    const elapsed = Date.now() - started
    expect(run.result.failures).toEqual([])
    expect(run.result.artifacts.map(a => [a.name, Object.keys(a.amis)])).toEqual([
      ['web', ['us-east-1']],
      ['api', ['us-west-2']]
    ])
    const lines = run.reporter.lines.filter(
      l => l.startsWith('info: ') && !l.includes('-->') && !l.includes('Cleaned up')
    )
    expect(lines.every(l => /^info: (web|api): /.test(l) || /^info: ==> (web|api): /.test(l))).toBe(
      true
    )
    expect(run.reporter.text).toContain('api: web only'.replace('api', 'web'))
    expect(run.reporter.text).not.toContain('api: web only')
    // Concurrent: both builds were under way at the same time.
    const launches = run.reporter.lines.filter(l => /Launched i-/.test(l))
    const firstAmi = run.reporter.lines.findIndex(l => /AMI ami-\w+ is available/.test(l))
    expect(run.reporter.lines.findIndex(l => l === launches[1])).toBeLessThan(firstAmi)
    expect(elapsed).toBeLessThan(60_000)

    const written = JSON.parse(readFileSync(manifestPath, 'utf8'))
    expect(written.builds.map((b: { name: string }) => b.name)).toEqual(['old', 'web', 'api'])
    expect(written.last_run_uuid).toBe(run.runId)
    expect(
      await leaked().then(l => l.filter(r => r.kind !== 'image' && r.kind !== 'snapshot'))
    ).toEqual([])
  })

  it('drops SSH access while the instance stops, so nothing waits for the termination at the end', async () => {
    const started = Date.now()
    const run = await runBuild(template([e2eSource()]))
    expect(run.result.failures).toEqual([])
    const calls = emulator.calls().filter(c => c.time >= started && c.region === 'us-east-1')
    const actions = calls.map(c => c.action)
    const at = (action: string): number => actions.indexOf(action)

    // The group and the key pair go between StopInstances and CreateImage, the group once the
    // instance is on its VPC's default group.
    expect(at('StopInstances')).toBeLessThan(at('ModifyInstanceAttribute'))
    expect(at('ModifyInstanceAttribute')).toBeLessThan(at('DeleteSecurityGroup'))
    expect(at('DeleteSecurityGroup')).toBeLessThan(at('CreateImage'))
    expect(at('DeleteKeyPair')).toBeLessThan(at('CreateImage'))
    const moved = calls[at('ModifyInstanceAttribute')]!
    const ec2 = new EC2Client({ region: 'us-east-1' })
    const groups = await ec2.send(
      new DescribeSecurityGroupsCommand({ GroupIds: [moved.params['GroupId.1']!] })
    )
    ec2.destroy()
    expect(groups.SecurityGroups![0]!.GroupName).toBe('default')

    // EC2's answer to TerminateInstances says the instance is on its way; nothing waits for it.
    const afterTerminate = actions.slice(at('TerminateInstances') + 1)
    expect(afterTerminate).not.toContain('DescribeInstances')
    expect(afterTerminate).not.toContain('DeleteSecurityGroup')
    expect(run.reporter.text).toMatch(/is (shutting-down|terminated); it finishes terminating/)
    const left = await leaked()
    expect(left.every(r => r.kind === 'image' || r.kind === 'snapshot')).toBe(true)
  })

  it('sets ena_support and sriov_support on the stopped instance, so the AMI has them, and tags copies as they are made', async () => {
    const started = Date.now()
    const run = await runBuild(
      template([e2eSource({ ena_support: false, sriov_support: true, ami_regions: ['us-west-2'] })])
    )

    expect(run.result.failures).toEqual([])
    const calls = emulator.calls().filter(c => c.time >= started)
    expect(
      calls
        .filter(c => c.action === 'ModifyInstanceAttribute' && !c.params['GroupId.1'])
        .map(c => ({
          status: c.status,
          ena: c.params['EnaSupport.Value'],
          sriov: c.params['SriovNetSupport.Value']
        }))
    ).toEqual([
      { status: 200, ena: 'false', sriov: undefined },
      { status: 200, ena: undefined, sriov: 'simple' }
    ])
    const amis = run.result.artifacts[0]!.amis
    for (const [region, imageId] of Object.entries(amis)) {
      const ec2 = new EC2Client({ region })
      const image = (await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))).Images![0]!
      expect(image.EnaSupport).toBe(false)
      ec2.destroy()
    }
    // The copy carried the run tag from its first moment: no CreateTags had to catch up with it.
    const copy = calls.find(c => c.action === 'CopyImage')!
    expect(copy.params).toMatchObject({
      'TagSpecification.1.ResourceType': 'image',
      'TagSpecification.1.Tag.1.Key': 'ami-build:run-id',
      'TagSpecification.2.ResourceType': 'snapshot'
    })
    expect(calls.filter(c => c.action === 'CreateTags' && c.region === 'us-west-2')).toEqual([])
  })

  it('builds on a one-time Spot instance: never stopped, the image taken with a reboot, nothing left', async () => {
    const started = Date.now()
    const run = await runBuild(template([e2eSource({ spot_price: 'auto' })]))

    expect(run.result.failures).toEqual([])
    const calls = emulator.calls().filter(c => c.time >= started)
    const launch = calls.find(c => c.action === 'RunInstances')!
    expect(launch.params).toMatchObject({
      'InstanceMarketOptions.MarketType': 'spot',
      'InstanceMarketOptions.SpotOptions.SpotInstanceType': 'one-time'
    })
    expect(calls.map(c => c.action)).not.toContain('StopInstances')
    expect(calls.find(c => c.action === 'CreateImage')!.params.NoReboot).toBe('false')
    expect(run.reporter.text).toContain('Spot instance: not stopped')
    const left = await leaked()
    expect(left.every(r => r.kind === 'image' || r.kind === 'snapshot')).toBe(true)
  })
})
