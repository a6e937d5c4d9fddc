/**
 * An ed25519 key pair in OpenSSH formats, made with node:crypto. The private key is never
 * written anywhere: it lives in this process's memory for the length of the build.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'

function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  const length = Buffer.alloc(4)
  length.writeUInt32BE(bytes.length)
  return Buffer.concat([length, bytes])
}

export interface Ed25519KeyPair {
  /** `ssh-ed25519 AAAA… comment` */
  publicKey: string
  /** `-----BEGIN OPENSSH PRIVATE KEY-----` … (unencrypted openssh-key-v1, as ssh-keygen writes). */
  privateKey: string
}

export function generateEd25519(comment: string): Ed25519KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const jwk = privateKey.export({ format: 'jwk' })
  const seed = Buffer.from(jwk.d!, 'base64url')
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url')

  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)])
  const check = randomBytes(4)
  let secret = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(comment)
  ])
  // openssh-key-v1 pads the private section to the cipher's block size (8 for "none") with 1, 2, 3…
  const padding = (8 - (secret.length % 8)) % 8
  secret = Buffer.concat([secret, Buffer.from(Array.from({ length: padding }, (_, i) => i + 1))])

  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(publicBlob),
    sshString(secret)
  ])
  const body = blob
    .toString('base64')
    .match(/.{1,70}/g)!
    .join('\n')
  return {
    publicKey: `ssh-ed25519 ${publicBlob.toString('base64')} ${comment}`,
    privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`
  }
}
