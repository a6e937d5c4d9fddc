import {
  CreateImageCommand,
  CreateKeyPairCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import { existsSync } from 'node:fs'
import { Client } from 'ssh2'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { ec2Client, until } from './sdk.js'

const canRunSshd = existsSync('/usr/sbin/sshd') && process.getuid?.() === 0
if (!canRunSshd) console.log('skipping real-instance tests: they need /usr/sbin/sshd and root')
const describeReal = canRunSshd ? describe : describe.skip

let emulator: Emulator
let ec2: EC2Client

beforeAll(async () => {
  if (!canRunSshd) return
  emulator = await startEmulator({ profile: 'instant' })
  ec2 = ec2Client(emulator)
})
afterAll(() => emulator?.stop())

function ssh(host: string, privateKey: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = new Client()
    client
      .on('ready', () => {
        client.exec(command, (error, stream) => {
          if (error) return reject(error)
          let out = ''
          stream
            .on('data', (d: Buffer) => (out += d.toString()))
            .stderr.on('data', (d: Buffer) => (out += d.toString()))
          stream.on('close', () => {
            client.end()
            resolve(out)
          })
        })
      })
      .on('error', reject)
      .connect({ host, port: 22, username: 'ubuntu', privateKey, readyTimeout: 5000 })
  })
}

async function launchReady(
  imageId: string,
  keyName: string
): Promise<{ id: string; address: string }> {
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: imageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: keyName
    })
  )
  const id = run.Instances![0].InstanceId!
  await until(async () => {
    const { InstanceStatuses = [] } = await ec2.send(
      new DescribeInstanceStatusCommand({ InstanceIds: [id] })
    )
    return InstanceStatuses[0]?.InstanceStatus?.Status === 'ok' ? true : undefined
  })
  const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))
  return { id, address: Reservations[0].Instances![0].PublicIpAddress! }
}

const stateOf = async (id: string) =>
  (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]
    ?.Instances?.[0]?.State?.Name

describeReal('instances are real SSH servers', () => {
  it('accepts exactly the key pair, and an image carries what was written into a new instance', async () => {
    const key = await ec2.send(new CreateKeyPairCommand({ KeyName: 'real', KeyType: 'ed25519' }))
    const other = await ec2.send(new CreateKeyPairCommand({ KeyName: 'other' }))
    const { Images = [] } = await ec2.send(
      new DescribeImagesCommand({
        Owners: ['099720109477'],
        Filters: [{ Name: 'name', Values: ['*noble-24.04-amd64-server-20240701'] }]
      })
    )
    const first = await launchReady(Images[0].ImageId!, 'real')
    expect(first.address).toMatch(/^127\.0\.0\.\d+$/)
    await expect(ssh(first.address, other.KeyMaterial!, 'true')).rejects.toThrow(/authentication/i)
    expect(
      await ssh(first.address, key.KeyMaterial!, 'echo provisioned > marker.txt && cat marker.txt')
    ).toBe('provisioned\n')

    await ec2.send(new StopInstancesCommand({ InstanceIds: [first.id] }))
    await until(async () => ((await stateOf(first.id)) === 'stopped' ? true : undefined))
    const { ImageId } = await ec2.send(
      new CreateImageCommand({ InstanceId: first.id, Name: 'golden' })
    )
    await until(async () =>
      (await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }))).Images?.[0]?.State ===
      'available'
        ? true
        : undefined
    )

    const second = await launchReady(ImageId!, 'real')
    expect(await ssh(second.address, key.KeyMaterial!, 'cat marker.txt')).toBe('provisioned\n')

    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [first.id, second.id] }))
    await until(async () => ((await stateOf(second.id)) === 'terminated' ? true : undefined))
    await expect(ssh(second.address, key.KeyMaterial!, 'true')).rejects.toThrow()
    expect(emulator.ledger().resources.filter(r => r.kind === 'instance')).toEqual([])
  })
})
