/**
 * EC2 clients, one per region. The SDK is imported on the build path only, so `validate` never
 * loads it. The endpoint comes from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_EC2, so
 * nothing here knows about the emulator.
 */
import type { EC2Client, ServiceOutputTypes } from '@aws-sdk/client-ec2'
import type { AwsCredentials } from '../engine/api.js'

export type Ec2Sdk = typeof import('@aws-sdk/client-ec2')

/** Any EC2 command; `O` is its output (read off the command's middleware handler). */
export interface Ec2Command<O extends ServiceOutputTypes> {
  readonly input: object
  resolveMiddleware(...args: never[]): (args: never) => Promise<{ output: O }>
}

export interface Ec2Clients {
  sdk: Ec2Sdk
  client(region: string): EC2Client
  destroy(): void
}

export async function createEc2Clients(credentials?: AwsCredentials): Promise<Ec2Clients> {
  const sdk = await import('@aws-sdk/client-ec2')
  const clients = new Map<string, EC2Client>()
  return {
    sdk,
    client(region) {
      let client = clients.get(region)
      if (!client) {
        client = new sdk.EC2Client({
          region,
          credentials,
          // The engine owns the retry policy (engine/retry.ts): it knows which errors are
          // eventual consistency, and its sleeps go through the injected clock and the
          // build's AbortSignal, which the SDK's own backoff would not.
          maxAttempts: 1
        })
        clients.set(region, client)
      }
      return client
    },
    destroy() {
      for (const client of clients.values()) client.destroy()
      clients.clear()
    }
  }
}
