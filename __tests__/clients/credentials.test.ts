/** Where the EC2 client's credentials come from, and when they are fetched again. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { credentialSource } from '../../src/clients/credentials.js'
import type { AwsCredentials } from '../../src/engine/api.js'

const given = { accessKeyId: 'AKIDGIVEN', secretAccessKey: 'given' }
const inEnv = {
  AWS_ACCESS_KEY_ID: 'AKIDENV',
  AWS_SECRET_ACCESS_KEY: 'env',
  AWS_SESSION_TOKEN: 'env-token'
}

/** A default chain that counts its loads and calls, answering with `next()`. */
function fakeChain(next: () => AwsCredentials) {
  const counts = { loads: 0, calls: 0, regions: [] as string[] }
  const load = async () => {
    counts.loads++
    return async (region: string) => {
      counts.calls++
      counts.regions.push(region)
      return next()
    }
  }
  return { counts, load }
}

describe('credentials', () => {
  it('are the ones given first (the OIDC role), before the environment', async () => {
    const chain = fakeChain(() => given)
    expect(await credentialSource(given, inEnv, chain.load)('us-east-1')).toBe(given)
    expect(chain.counts.loads).toBe(0)
  })

  it('come from the environment without loading the default chain', async () => {
    const chain = fakeChain(() => given)
    expect(await credentialSource(undefined, inEnv, chain.load)('us-east-1')).toEqual({
      accessKeyId: 'AKIDENV',
      secretAccessKey: 'env',
      sessionToken: 'env-token'
    })
    expect(chain.counts.loads).toBe(0)
  })

  it('come from the default chain when AWS_PROFILE is set, as the SDK decides', async () => {
    const chain = fakeChain(() => given)
    const source = credentialSource(undefined, { ...inEnv, AWS_PROFILE: 'ci' }, chain.load)
    expect(await source('eu-west-1')).toBe(given)
    expect(chain.counts).toEqual({ loads: 1, calls: 1, regions: ['eu-west-1'] })
  })

  it('from the chain are kept until five minutes before they expire, then fetched again', async () => {
    const expiringIn = async (ms: number) => {
      const chain = fakeChain(() => ({ ...given, expiration: new Date(Date.now() + ms) }))
      const source = credentialSource(undefined, {}, chain.load)
      for (let i = 0; i < 3; i++) await source('us-east-1')
      return chain.counts
    }
    expect(await expiringIn(60 * 60_000)).toMatchObject({ loads: 1, calls: 1 })
    expect(await expiringIn(4 * 60_000)).toMatchObject({ loads: 1, calls: 3 })
  })

  it('that failed to load are asked for again on the next request', async () => {
    let fail = true
    const chain = fakeChain(() => {
      if (fail) throw new Error('Could not load credentials from any providers')
      return given
    })
    const source = credentialSource(undefined, {}, chain.load)
    await expect(source('us-east-1')).rejects.toThrow('Could not load credentials')
    fail = false
    expect(await source('us-east-1')).toBe(given)
  })

  it('come from a profile through the SDK’s real default chain', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ami-build-credentials-'))
    const saved = { ...process.env }
    try {
      await writeFile(
        join(dir, 'credentials'),
        '[ci]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n'
      )
      Object.assign(process.env, {
        AWS_PROFILE: 'ci',
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
        AWS_CONFIG_FILE: join(dir, 'config'),
        // Nothing may reach for instance metadata (169.254.169.254) from a test.
        AWS_EC2_METADATA_DISABLED: 'true'
      })
      const credentials = await credentialSource(undefined, process.env)('us-east-1')
      expect(credentials).toEqual({ accessKeyId: 'AKIDPROFILE', secretAccessKey: 'profile-secret' })
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
      Object.assign(process.env, saved)
      await rm(dir, { recursive: true, force: true })
    }
  })
})
