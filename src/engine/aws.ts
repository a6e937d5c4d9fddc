/**
 * The engine's handle on EC2 in one region: every call goes through the retry policy and carries
 * an AbortSignal.
 */
import type { Ec2Clients, Ec2Command, Ec2Sdk } from '../clients/ec2.js'
import type { Clock } from './api.js'
import { withRetry } from './retry.js'

export interface CallOptions {
  signal: AbortSignal
  /** Error codes meaning "not yet" for this call (eventual consistency). */
  retry?: readonly string[]
  patienceMs?: number
}

export interface Ec2 {
  region: string
  sdk: Ec2Sdk
  send<O>(command: Ec2Command<object, O>, options: CallOptions): Promise<O>
}

export function regionalEc2(clients: Ec2Clients, region: string, clock: Clock): Ec2 {
  const client = clients.client(region)
  return {
    region,
    sdk: clients.sdk,
    send(command, options) {
      return withRetry(() => client.send(command, { abortSignal: options.signal }), {
        clock,
        signal: options.signal,
        retryCodes: options.retry,
        patienceMs: options.patienceMs
      })
    }
  }
}
