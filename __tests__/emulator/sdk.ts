import { EC2Client } from '@aws-sdk/client-ec2'
import { STSClient } from '@aws-sdk/client-sts'
import type { Emulator } from '../../emulator/api.js'

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string }

/** Real SDK clients pointed at the emulator; one attempt, so injected faults surface as they are. */
export function ec2Client(
  emulator: Emulator,
  region = 'us-east-1',
  credentials: Credentials = emulator.credentials
): EC2Client {
  return new EC2Client({ endpoint: emulator.endpoint, region, credentials, maxAttempts: 1 })
}

export function stsClient(emulator: Emulator, credentials?: Credentials): STSClient {
  return new STSClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    maxAttempts: 1,
    ...(credentials ? { credentials } : { credentials: emulator.credentials })
  })
}

/** Waits (on real timers, with short sleeps) until check() holds; for tests only. */
export async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
