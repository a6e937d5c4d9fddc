import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject
} from 'node:crypto'

/** SSH wire encoding: a uint32 length, then the bytes. */
function sshString(data: Buffer | string): Buffer {
  const bytes = Buffer.from(data)
  const length = Buffer.alloc(4)
  length.writeUInt32BE(bytes.length)
  return Buffer.concat([length, bytes])
}

function sshMpint(unsigned: Buffer): Buffer {
  let bytes = unsigned
  while (bytes.length > 1 && bytes[0] === 0 && (bytes[1] & 0x80) === 0) bytes = bytes.subarray(1)
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes])
  return sshString(bytes)
}

function readSshString(blob: Buffer, offset: number): { value: Buffer; next: number } {
  if (offset + 4 > blob.length) throw new Error('truncated')
  const length = blob.readUInt32BE(offset)
  const end = offset + 4 + length
  if (end > blob.length) throw new Error('truncated')
  return { value: blob.subarray(offset + 4, end), next: end }
}

export interface GeneratedKey {
  keyType: 'rsa' | 'ed25519'
  /** What CreateKeyPair returns as KeyMaterial: PKCS#1 PEM for RSA, OpenSSH format for ed25519. */
  privateKey: string
  /** OpenSSH public key line. */
  publicKey: string
  fingerprint: string
}

function ed25519Raw(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' })
  return Buffer.from(jwk.x as string, 'base64url')
}

function rsaBlob(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' })
  return Buffer.concat([
    sshString('ssh-rsa'),
    sshMpint(Buffer.from(jwk.e as string, 'base64url')),
    sshMpint(Buffer.from(jwk.n as string, 'base64url'))
  ])
}

/** The "openssh-key-v1" private key file ssh-keygen writes, unencrypted. */
function openSshPrivateKey(publicRaw: Buffer, seed: Buffer, comment: string): string {
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(publicRaw)])
  const check = randomBytes(4)
  let privateSection = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(publicRaw),
    sshString(Buffer.concat([seed, publicRaw])),
    sshString(comment)
  ])
  const padding: number[] = []
  for (let i = 1; (privateSection.length + padding.length) % 8 !== 0; i++) padding.push(i)
  privateSection = Buffer.concat([privateSection, Buffer.from(padding)])
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(publicBlob),
    sshString(privateSection)
  ])
  const lines = body.toString('base64').match(/.{1,70}/g) ?? []
  return [
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    ...lines,
    '-----END OPENSSH PRIVATE KEY-----',
    ''
  ].join('\n')
}

const colonHex = (digest: Buffer): string => digest.toString('hex').match(/../g)!.join(':')

/** Key material as CreateKeyPair makes it, with AWS's fingerprints (SHA-1 of the PKCS#8 private
 * key for RSA, base64 SHA-256 of the public key for ed25519). */
export function generateKey(keyType: 'rsa' | 'ed25519', name: string): GeneratedKey {
  if (keyType === 'ed25519') {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519')
    const raw = ed25519Raw(publicKey)
    const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
    const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(raw)])
    return {
      keyType,
      privateKey: openSshPrivateKey(raw, seed, name),
      publicKey: `ssh-ed25519 ${blob.toString('base64')} ${name}`,
      fingerprint: createHash('sha256').update(blob).digest('base64')
    }
  }
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' })
  return {
    keyType,
    privateKey: (privateKey.export({ format: 'pem', type: 'pkcs1' }) as string).trimEnd(),
    publicKey: `ssh-rsa ${rsaBlob(publicKey).toString('base64')} ${name}`,
    fingerprint: colonHex(createHash('sha1').update(pkcs8).digest())
  }
}

/**
 * Reads an imported public key (OpenSSH line, or PEM/DER SubjectPublicKeyInfo) and computes the
 * fingerprint ImportKeyPair reports: MD5 of the DER public key for RSA, base64 SHA-256 of the
 * OpenSSH blob for ed25519. Throws when the key is not one AWS accepts.
 */
export function readPublicKey(material: Buffer): {
  keyType: 'rsa' | 'ed25519'
  publicKey: string
  fingerprint: string
} {
  const text = material.toString('utf8').trim()
  const line = /^(ssh-rsa|ssh-ed25519)\s+([A-Za-z0-9+/=]+)(\s+.*)?$/.exec(text)
  let key: KeyObject
  if (line) {
    const blob = Buffer.from(line[2], 'base64')
    const type = readSshString(blob, 0)
    if (type.value.toString() !== line[1]) throw new Error('key type does not match its blob')
    if (line[1] === 'ssh-ed25519') {
      const raw = readSshString(blob, type.next)
      if (raw.value.length !== 32 || raw.next !== blob.length) throw new Error('bad ed25519 key')
      key = createPublicKey({
        key: { kty: 'OKP', crv: 'Ed25519', x: raw.value.toString('base64url') },
        format: 'jwk'
      })
    } else {
      const e = readSshString(blob, type.next)
      const n = readSshString(blob, e.next)
      if (n.next !== blob.length) throw new Error('bad rsa key')
      const strip = (b: Buffer) => (b[0] === 0 ? b.subarray(1) : b)
      key = createPublicKey({
        key: {
          kty: 'RSA',
          e: strip(e.value).toString('base64url'),
          n: strip(n.value).toString('base64url')
        },
        format: 'jwk'
      })
    }
  } else if (text.startsWith('-----BEGIN PUBLIC KEY-----')) {
    key = createPublicKey({ key: text, format: 'pem' })
  } else {
    key = createPublicKey({ key: material, format: 'der', type: 'spki' })
  }
  if (key.asymmetricKeyType === 'ed25519') {
    const raw = ed25519Raw(key)
    const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(raw)])
    return {
      keyType: 'ed25519',
      publicKey: `ssh-ed25519 ${blob.toString('base64')}`,
      fingerprint: createHash('sha256').update(blob).digest('base64')
    }
  }
  if (key.asymmetricKeyType === 'rsa') {
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 1024) throw new Error('RSA key too short')
    const der = key.export({ format: 'der', type: 'spki' })
    return {
      keyType: 'rsa',
      publicKey: `ssh-rsa ${rsaBlob(key).toString('base64')}`,
      fingerprint: colonHex(createHash('md5').update(der).digest())
    }
  }
  throw new Error(`unsupported key type ${key.asymmetricKeyType}`)
}
