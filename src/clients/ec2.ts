/**
 * EC2 clients, one per region, on our own EC2 Query client (query.ts, http.ts) rather than the
 * AWS SDK, whose EC2 client takes ~300 ms to load. Commands keep the SDK's names, inputs and
 * outputs (ec2-commands.ts, generated from its model), so the engine reads as SDK code.
 * The endpoint follows AWS_ENDPOINT_URL(_EC2) as the SDK does (endpoints.ts), so nothing here
 * knows about the emulator.
 */
import type { AwsCredentials } from '../engine/api.js'
import { answerXml, requestIdOf } from './aws-error.js'
import * as commands from './ec2-commands.js'
import { EC2_SCHEMAS } from './ec2-schemas.js'
import { credentialSource, type CredentialSource } from './credentials.js'
import { endpointFor } from './endpoints.js'
import { abortError, AwsHttp, type HttpOptions } from './http.js'
import { deserializeQuery, serializeQuery, type Ec2Command } from './query.js'

export type Ec2Sdk = typeof commands
export type { Ec2Command }

export interface SendOptions {
  abortSignal?: AbortSignal
}

export interface Ec2Client {
  send<O>(command: Ec2Command<object, O>, options?: SendOptions): Promise<O>
}

export interface Ec2Clients {
  sdk: Ec2Sdk
  client(region: string): Ec2Client
  destroy(): void
}

export async function createEc2Clients(
  credentials?: AwsCredentials,
  options: HttpOptions = {}
): Promise<Ec2Clients> {
  const env = options.env ?? process.env
  const http = new AwsHttp(options)
  const credentialsFor = credentialSource(credentials, env)
  const clients = new Map<string, Ec2Client>()
  return {
    sdk: commands,
    client(region) {
      let client = clients.get(region)
      if (!client) {
        client = regionalClient(http, region, endpointFor('ec2', region, env), credentialsFor)
        clients.set(region, client)
      }
      return client
    },
    destroy() {
      http.destroy()
      clients.clear()
    }
  }
}

/** One attempt per send: the engine owns the retry policy (engine/retry.ts). */
function regionalClient(
  http: AwsHttp,
  region: string,
  endpoint: URL,
  credentialsFor: CredentialSource
): Ec2Client {
  return {
    async send<O>(command: Ec2Command<object, O>, options: SendOptions = {}): Promise<O> {
      const signal = options.abortSignal
      const body = serializeQuery(EC2_SCHEMAS, command.action, command.input)
      const credentials = await credentialsFor(region)
      if (signal?.aborted) throw abortError(signal)
      const answer = await http.post({
        service: 'ec2',
        region,
        endpoint,
        body,
        credentials,
        signal
      })
      const root = answerXml('ec2', answer)
      const output = deserializeQuery(EC2_SCHEMAS, command.action, root)
      const requestId = requestIdOf(answer.headers, root)
      return {
        ...output,
        $metadata: { httpStatusCode: answer.status, ...(requestId ? { requestId } : {}) }
      } as O
    }
  }
}
