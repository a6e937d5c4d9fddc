import { createPublicKey, verify } from 'node:crypto'
import { createRequire } from 'node:module'
import { generateEd25519 } from '../../src/engine/keys.js'

const require = createRequire(import.meta.url)
const ssh2 = require('ssh2') as typeof import('ssh2')

describe('the temporary key pair', () => {
  it('is an ed25519 pair in OpenSSH formats that ssh2 reads and that sign and verify together', () => {
    const { publicKey, privateKey } = generateEd25519('ami-build-run-web')
    expect(publicKey).toMatch(
      /^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/=]+ ami-build-run-web$/
    )
    expect(privateKey).toMatch(
      /^-----BEGIN OPENSSH PRIVATE KEY-----\n[\s\S]+\n-----END OPENSSH PRIVATE KEY-----\n$/
    )

    const parsed = ssh2.utils.parseKey(privateKey)
    if (parsed instanceof Error) throw parsed
    const key = Array.isArray(parsed) ? parsed[0]! : parsed
    expect(key.type).toBe('ssh-ed25519')
    expect(key.getPublicSSH().toString('base64')).toBe(publicKey.split(' ')[1])

    const data = Buffer.from('challenge')
    const signature = key.sign(data)
    const raw = Buffer.from(publicKey.split(' ')[1]!, 'base64').subarray(-32)
    const spki = createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]),
      format: 'der',
      type: 'spki'
    })
    expect(verify(null, data, spki, signature)).toBe(true)
  })

  it('is new every time', () => {
    expect(generateEd25519('a').privateKey).not.toBe(generateEd25519('a').privateKey)
  })
})
