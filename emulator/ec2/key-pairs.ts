import { AwsError, invalidParameter } from '../aws-error.js'
import { applyFilters, tagFilterValues } from '../filters.js'
import { readFilters } from '../query.js'
import { newId, type KeyPair } from '../world/state.js'
import { tagSet } from '../xml.js'
import { isoTime, ok, tagsFor, type Ec2Context, type Ec2Handler } from './context.js'
import { generateKey, readPublicKey } from './ssh-keys.js'

function checkName(ctx: Ec2Context, name: string): void {
  if (name.length > 255 || !/^[\x20-\x7e]+$/.test(name)) {
    throw invalidParameter(`Invalid key pair name '${name}': use up to 255 ASCII characters.`)
  }
  if (ctx.region.keyPairs.has(name)) {
    throw new AwsError('InvalidKeyPair.Duplicate', `The keypair '${name}' already exists.`)
  }
}

function store(ctx: Ec2Context, key: Omit<KeyPair, 'id' | 'createTime'>): KeyPair {
  const pair: KeyPair = { ...key, id: newId('key'), createTime: ctx.runtime.now() }
  ctx.region.keyPairs.set(pair.name, pair)
  ctx.runtime.transition(ctx.region.name, 'key-pair', pair.id, 'none', 'available')
  return pair
}

export const createKeyPair: Ec2Handler = ctx => {
  const name = ctx.params.require('KeyName')
  checkName(ctx, name)
  const keyType = ctx.params.get('KeyType') ?? 'rsa'
  if (keyType !== 'rsa' && keyType !== 'ed25519') {
    throw invalidParameter(
      `Value (${keyType}) for parameter keyType is invalid. Valid values: rsa, ed25519.`
    )
  }
  if ((ctx.params.get('KeyFormat') ?? 'pem') !== 'pem') {
    throw invalidParameter('Only the pem key format is supported by the emulator.')
  }
  const tags = tagsFor(ctx.params, 'key-pair', ['key-pair'])
  const generated = generateKey(keyType, name)
  const pair = store(ctx, {
    name,
    keyType,
    publicKey: generated.publicKey,
    fingerprint: generated.fingerprint,
    tags
  })
  return {
    keyName: pair.name,
    keyFingerprint: pair.fingerprint,
    keyMaterial: generated.privateKey,
    keyPairId: pair.id,
    tagSet: tagSet(pair.tags)
  }
}

export const importKeyPair: Ec2Handler = ctx => {
  const name = ctx.params.require('KeyName')
  checkName(ctx, name)
  const material = Buffer.from(ctx.params.require('PublicKeyMaterial'), 'base64')
  let key: ReturnType<typeof readPublicKey>
  try {
    key = readPublicKey(material)
  } catch {
    throw new AwsError('InvalidKey.Format', 'Key is not in valid OpenSSH public key format')
  }
  const tags = tagsFor(ctx.params, 'key-pair', ['key-pair'])
  const pair = store(ctx, { name, ...key, publicKey: `${key.publicKey} ${name}`, tags })
  return {
    keyFingerprint: pair.fingerprint,
    keyName: pair.name,
    keyPairId: pair.id,
    tagSet: tagSet(pair.tags)
  }
}

export const describeKeyPairs: Ec2Handler = ctx => {
  const names = ctx.params.list('KeyName')
  const ids = ctx.params.list('KeyPairId')
  const all = [...ctx.region.keyPairs.values()]
  for (const name of names) {
    if (!ctx.region.keyPairs.has(name)) {
      throw new AwsError('InvalidKeyPair.NotFound', `The key pair '${name}' does not exist`)
    }
  }
  for (const id of ids) {
    if (!all.some(k => k.id === id)) {
      throw new AwsError('InvalidKeyPair.NotFound', `The key pair ID '${id}' does not exist`)
    }
  }
  let keys = all.filter(
    k => (names.length === 0 || names.includes(k.name)) && (ids.length === 0 || ids.includes(k.id))
  )
  keys = applyFilters(keys, readFilters(ctx.params), (k, name) => {
    switch (name) {
      case 'key-name':
        return [k.name]
      case 'key-pair-id':
        return [k.id]
      case 'fingerprint':
        return [k.fingerprint]
      case 'key-type':
        return [k.keyType]
      default:
        return tagFilterValues(k.tags, name)
    }
  })
  ctx.observed = keys.map(k => ({ id: k.id, state: 'available' }))
  const includePublicKey = ctx.params.bool('IncludePublicKey') === true
  return {
    keySet: keys.map(k => ({
      keyPairId: k.id,
      keyFingerprint: k.fingerprint,
      keyName: k.name,
      keyType: k.keyType,
      tagSet: tagSet(k.tags),
      publicKey: includePublicKey ? k.publicKey : undefined,
      createTime: isoTime(k.createTime)
    }))
  }
}

/** Idempotent, as on AWS: deleting a key pair that does not exist succeeds. */
export const deleteKeyPair: Ec2Handler = ctx => {
  const name = ctx.params.get('KeyName')
  const id = ctx.params.get('KeyPairId')
  if (name === undefined && id === undefined) {
    throw new AwsError(
      'MissingParameter',
      'The request must contain the parameter KeyName or KeyPairId'
    )
  }
  for (const pair of ctx.region.keyPairs.values()) {
    if ((name !== undefined && pair.name === name) || (id !== undefined && pair.id === id)) {
      ctx.region.keyPairs.delete(pair.name)
      ctx.runtime.transition(ctx.region.name, 'key-pair', pair.id, 'available', 'deleted')
      return ok({ keyPairId: pair.id })
    }
  }
  return ok()
}
