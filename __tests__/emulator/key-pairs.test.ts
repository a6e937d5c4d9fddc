import {
  CreateKeyPairCommand,
  DeleteKeyPairCommand,
  DescribeKeyPairsCommand,
  ImportKeyPairCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { utils } from 'ssh2'
import type { Emulator } from '../../emulator/api.js'
import { startEmulator } from '../../emulator/index.js'
import { createFakeHost } from './fake-host.js'
import { ec2Client } from './sdk.js'

let emulator: Emulator
let ec2: EC2Client

beforeAll(async () => {
  emulator = await startEmulator({ profile: 'instant', instanceHost: await createFakeHost() })
  ec2 = ec2Client(emulator)
})
afterAll(() => emulator?.stop())

function sshString(data: Buffer | string): Buffer {
  const bytes = Buffer.from(data)
  const length = Buffer.alloc(4)
  length.writeUInt32BE(bytes.length)
  return Buffer.concat([length, bytes])
}

describe('key pairs', () => {
  it('creates an ed25519 key in OpenSSH format whose public half DescribeKeyPairs returns', async () => {
    const created = await ec2.send(new CreateKeyPairCommand({ KeyName: 'ed', KeyType: 'ed25519' }))
    const parsed = utils.parseKey(created.KeyMaterial!)
    if (parsed instanceof Error) throw parsed
    const { KeyPairs = [] } = await ec2.send(
      new DescribeKeyPairsCommand({ KeyNames: ['ed'], IncludePublicKey: true })
    )
    expect(KeyPairs[0]).toMatchObject({
      KeyName: 'ed',
      KeyType: 'ed25519',
      KeyFingerprint: created.KeyFingerprint,
      KeyPairId: created.KeyPairId
    })
    expect(KeyPairs[0].PublicKey!.split(' ')[1]).toBe(parsed.getPublicSSH().toString('base64'))
    expect(created.KeyFingerprint).toBe(
      createHash('sha256').update(parsed.getPublicSSH()).digest('base64')
    )
  })

  it('creates an RSA key as a PKCS#1 PEM that SSH clients read', async () => {
    const created = await ec2.send(new CreateKeyPairCommand({ KeyName: 'rsa' }))
    expect(created.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/)
    expect(utils.parseKey(created.KeyMaterial!)).not.toBeInstanceOf(Error)
    expect(created.KeyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/)
  })

  it('imports an OpenSSH public key and reports AWS’s fingerprints', async () => {
    const ed = generateKeyPairSync('ed25519').publicKey
    const raw = Buffer.from(ed.export({ format: 'jwk' }).x as string, 'base64url')
    const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(raw)])
    const imported = await ec2.send(
      new ImportKeyPairCommand({
        KeyName: 'imported-ed',
        PublicKeyMaterial: Buffer.from(`ssh-ed25519 ${blob.toString('base64')} me@laptop\n`)
      })
    )
    expect(imported.KeyFingerprint).toBe(createHash('sha256').update(blob).digest('base64'))

    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    const pem = rsa.export({ format: 'pem', type: 'spki' }) as string
    const importedRsa = await ec2.send(
      new ImportKeyPairCommand({ KeyName: 'imported-rsa', PublicKeyMaterial: Buffer.from(pem) })
    )
    const md5 = createHash('md5')
      .update(rsa.export({ format: 'der', type: 'spki' }))
      .digest('hex')
    expect(importedRsa.KeyFingerprint).toBe(md5.match(/../g)!.join(':'))
  })

  it('refuses a duplicate name and material that is not a key; deleting twice is fine', async () => {
    await ec2.send(new CreateKeyPairCommand({ KeyName: 'once' }))
    await expect(ec2.send(new CreateKeyPairCommand({ KeyName: 'once' }))).rejects.toMatchObject({
      name: 'InvalidKeyPair.Duplicate',
      message: "The keypair 'once' already exists."
    })
    await expect(
      ec2.send(
        new ImportKeyPairCommand({
          KeyName: 'junk',
          PublicKeyMaterial: Buffer.from('ssh-ed25519 bm90IGEga2V5')
        })
      )
    ).rejects.toMatchObject({
      name: 'InvalidKey.Format'
    })
    await ec2.send(new DeleteKeyPairCommand({ KeyName: 'once' }))
    await ec2.send(new DeleteKeyPairCommand({ KeyName: 'once' }))
    await expect(
      ec2.send(new DescribeKeyPairsCommand({ KeyNames: ['once'] }))
    ).rejects.toMatchObject({ name: 'InvalidKeyPair.NotFound' })
  })
})
