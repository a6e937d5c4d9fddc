/**
 * Loopback HTTP servers for the client tests: one that answers what it is told and records what
 * it was sent, and one that passes requests on to the emulator and records both sides.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { EC2Client } from '@aws-sdk/client-ec2'

export interface Recorded {
  headers: IncomingHttpHeaders
  body: string
  /** The client's port: the same one twice means a kept-alive connection. */
  remotePort: number
}

export interface Answer {
  status: number
  body: string
  headers?: Record<string, string>
}

export interface TestServer {
  endpoint: string
  requests: Recorded[]
  /** Connections opened to the server. */
  connections: number
  close(): Promise<void>
}

async function listen(
  handle: (recorded: Recorded, respond: (answer: Answer) => void) => void
): Promise<TestServer & { server: Server }> {
  const sockets = new Set<Socket>()
  const state = { requests: [] as Recorded[], connections: 0 }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const recorded = {
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort ?? 0
      }
      state.requests.push(recorded)
      handle(recorded, answer => {
        res.writeHead(answer.status, { 'content-type': 'text/xml', ...answer.headers })
        res.end(answer.body)
      })
    })
  })
  server.on('connection', socket => {
    state.connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    server,
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: state.requests,
    get connections() {
      return state.connections
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

type Canned = Answer | 'never' | ((recorded: Recorded) => Answer | 'never')

/** Answers every request with `answer` (nothing at all when it is 'never') until told otherwise. */
export async function cannedServer(
  answer: Canned
): Promise<TestServer & { answerWith(answer: Canned): void }> {
  let current = answer
  const server = await listen((recorded, respond) => {
    const now = typeof current === 'function' ? current(recorded) : current
    if (now !== 'never') respond(now)
  })
  return Object.assign(server, { answerWith: (next: Canned) => void (current = next) })
}

/** Passes each request on to `target` and records the answer next to it. */
export async function recordingProxy(target: string): Promise<TestServer & { answers: Answer[] }> {
  const answers: Answer[] = []
  const server = await listen((recorded, respond) => {
    const upstream = request(target, { method: 'POST', headers: recorded.headers }, response => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const answer = {
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8')
        }
        answers.push(answer)
        respond(answer)
      })
    })
    upstream.end(recorded.body)
  })
  return Object.assign(server, { answers })
}

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }

/** The AWS SDK's EC2 client pointed at `endpoint`, one attempt per call. */
export function sdkEc2(endpoint: string, region = 'us-east-1'): EC2Client {
  return new EC2Client({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 })
}

/** A form body as a map of its parameters. */
export function params(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body))
}

/** An SDK output without its $metadata, for comparing with ours. */
export function withoutMetadata(output: object): object {
  const { $metadata: _, ...rest } = output as { $metadata?: unknown }
  return rest
}
