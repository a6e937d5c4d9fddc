/**
 * `ami-build cleanup --run-id ID` against the EC2 emulator: it removes what a killed build left,
 * found by the run's tag, and nothing that belongs to another run.
 */
import {
  CreateSecurityGroupCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand
} from '@aws-sdk/client-ec2'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { main, processIo, type CliIo } from '../../src/cli/main.js'

let emulator: Emulator
const saved = { ...process.env }

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant' })
  process.env.AWS_ENDPOINT_URL = emulator.endpoint
  process.env.AWS_ACCESS_KEY_ID = emulator.credentials.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = emulator.credentials.secretAccessKey
  process.env.AWS_REGION = 'us-east-1'
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
})

afterAll(async () => {
  await emulator?.stop()
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

/** What a build killed mid-flight leaves: a running instance and its security group, tagged. */
async function leaveBehind(region: string, runId: string): Promise<void> {
  const ec2 = new EC2Client({ region })
  const tags = [{ Key: 'ami-build:run-id', Value: runId }]
  const group = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: `ami-build-${runId}`,
      Description: 'temporary',
      TagSpecifications: [{ ResourceType: 'security-group', Tags: tags }]
    })
  )
  await ec2.send(
    new RunInstancesCommand({
      ImageId: await ubuntuAmi(ec2),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SecurityGroupIds: [group.GroupId!],
      TagSpecifications: [{ ResourceType: 'instance', Tags: tags }]
    })
  )
  ec2.destroy()
}

async function ubuntuAmi(ec2: EC2Client): Promise<string> {
  const { Images } = await ec2.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [
        { Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*'] }
      ]
    })
  )
  return Images![0].ImageId!
}

function cli() {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    ...processIo(),
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    env: process.env
  }
  return {
    run: (...argv: string[]) => main(argv, io),
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}

describe('ami-build cleanup', () => {
  it("removes a killed run's instance and security group in every region given, and nothing of another run", async () => {
    await leaveBehind('us-east-1', 'cli-killed')
    await leaveBehind('us-west-2', 'cli-killed')
    await leaveBehind('us-east-1', 'cli-other')
    const tag = (value: string) => ({ key: 'ami-build:run-id', value })
    expect(emulator.leftovers(tag('cli-killed'))).toHaveLength(4)

    const { run, stdout } = cli()
    expect(await run('cleanup', '--run-id', 'cli-killed', '--region', 'us-east-1,us-west-2')).toBe(
      0
    )

    expect(emulator.leftovers(tag('cli-killed'))).toEqual([])
    expect(
      emulator
        .leftovers(tag('cli-other'))
        .map(r => r.kind)
        .sort()
    ).toEqual(['instance', 'security-group'])
    expect(stdout()).toMatch(/Removed .*instance i-/)
  })

  it('says so, and succeeds, when there is nothing to remove', async () => {
    const { run, stdout } = cli()
    expect(await run('cleanup', '--run-id', 'cli-never-ran')).toBe(0)
    expect(stdout()).toContain('Nothing to remove.')
  })
})
