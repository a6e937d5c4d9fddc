/**
 * The transport on loopback: aborts and timeouts end a request at once, connections are kept
 * alive, a connection cut mid-answer is an error the engine retries, and requests are signed as
 * the SDK's own signer signs them.
 */
import { spawn } from 'node:child_process'
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto'
import { once } from 'node:events'
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { connect } from 'node:net'
import { SignatureV4 } from '@smithy/signature-v4'
import { startEmulator } from '../../emulator/index.js'
import { AwsHttp, type HttpOptions } from '../../src/clients/http.js'
import type { AwsCredentials } from '../../src/engine/api.js'
import { sign } from '../../src/clients/sigv4.js'
import { isTransient } from '../../src/engine/retry.js'
import { cannedServer, TEST_CREDENTIALS } from './helpers.js'

let server: Awaited<ReturnType<typeof cannedServer>>
let http: AwsHttp

beforeEach(async () => {
  server = await cannedServer({ status: 200, body: '<ok/>' })
  http = new AwsHttp({ idleTimeoutMs: 300 })
})

afterEach(async () => {
  http.destroy()
  await server.close()
})

const post = (signal?: AbortSignal) =>
  http.post({
    service: 'ec2',
    region: 'us-east-1',
    endpoint: new URL(server.endpoint),
    body: 'Action=DescribeRegions&Version=2016-11-15',
    credentials: TEST_CREDENTIALS,
    signal
  })

/** A client for one test, closed after it. */
async function withHttp<T>(options: HttpOptions, use: (client: AwsHttp) => Promise<T>): Promise<T> {
  const client = new AwsHttp(options)
  try {
    return await use(client)
  } finally {
    client.destroy()
  }
}

/** DescribeRegions signed with the emulator's keys, sent to its endpoint or to `endpoint`. */
function describeRegions(
  client: AwsHttp,
  emulator: { endpoint: string; credentials: AwsCredentials },
  endpoint = emulator.endpoint
) {
  return client.post({
    service: 'ec2',
    region: 'us-east-1',
    endpoint: new URL(endpoint),
    body: 'Action=DescribeRegions&Version=2016-11-15',
    credentials: emulator.credentials
  })
}

/** What an unsigned request to `endpoint` fails with. */
const failureOf = (client: AwsHttp, endpoint: string) =>
  client.post({ service: 'ec2', region: 'us-east-1', endpoint: new URL(endpoint), body: '' }).then(
    () => undefined,
    (error: Error) => error
  )

describe('the transport', () => {
  it('reuses one kept-alive connection for requests one after another', async () => {
    await post()
    await post()
    await post()
    expect(server.requests).toHaveLength(3)
    expect(server.connections).toBe(1)
    expect(new Set(server.requests.map(r => r.remotePort)).size).toBe(1)
  })

  it('names ami-build in the User-Agent and signs the request', async () => {
    await post()
    const { headers } = server.requests[0]!
    expect(headers['user-agent']).toMatch(/^ami-build /)
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/ec2\/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/
    )
  })

  it('an abort mid-request rejects at once with an AbortError', async () => {
    server.answerWith('never')
    const controller = new AbortController()
    const sent = post(controller.signal)
    await new Promise(resolve => setTimeout(resolve, 50))
    const started = Date.now()
    controller.abort(new Error('cancelled'))
    await expect(sent).rejects.toMatchObject({ name: 'AbortError' })
    expect(Date.now() - started).toBeLessThan(50)
  })

  it('an already aborted signal sends nothing', async () => {
    await expect(post(AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.requests).toHaveLength(0)
  })

  it('a server that goes quiet is a TimeoutError after the idle timeout, which the engine retries', async () => {
    server.answerWith('never')
    const started = Date.now()
    const error = await post().catch((e: Error) => e)
    expect(error).toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(isTransient(error)).toBe(true)
  })

  it('a connection that does not open is a TimeoutError after the connect timeout', async () => {
    // A listener whose process never accepts: once its queue is full, the kernel leaves further
    // connections half-open, as a black-holed address would.
    const listener = spawn(
      process.execPath,
      [
        '-e',
        `require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, function () {
          console.log(this.address().port)
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000)
        })`
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    try {
      const [line] = (await once(listener.stdout!, 'data')) as [Buffer]
      const port = Number(line.toString().trim())
      // Node's smallest backlog lets two connections wait to be accepted.
      const fillers = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')]
      await Promise.all(fillers.map(filler => once(filler, 'connect')))
      const quick = new AwsHttp({ connectTimeoutMs: 200 })
      const started = Date.now()
      const error = await failureOf(quick, `http://127.0.0.1:${port}`)
      quick.destroy()
      for (const filler of fillers) filler.destroy()
      expect(error).toMatchObject({
        name: 'TimeoutError',
        message: `no connection to 127.0.0.1:${port} within 200 ms`
      })
      expect(Date.now() - started).toBeLessThan(2000)
      expect(isTransient(error)).toBe(true)
    } finally {
      listener.kill('SIGKILL')
    }
  })

  it('a refused connection is ECONNREFUSED, which the engine retries', async () => {
    const endpoint = server.endpoint
    await server.close()
    const error = await failureOf(http, endpoint)
    expect(error).toMatchObject({ code: 'ECONNREFUSED' })
    expect(isTransient(error)).toBe(true)
    server = await cannedServer('never')
  })

  it('an answer cut off midway is ECONNRESET, not a short answer', async () => {
    const { createServer } = await import('node:http')
    const cutting = createServer((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' })
      res.write('<DescribeRegionsResponse>')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    await new Promise<void>(resolve => cutting.listen(0, '127.0.0.1', resolve))
    const port = (cutting.address() as { port: number }).port
    try {
      const error = await failureOf(http, `http://127.0.0.1:${port}`)
      expect(error).toMatchObject({ code: 'ECONNRESET' })
      expect(isTransient(error)).toBe(true)
    } finally {
      cutting.closeAllConnections()
      await new Promise(resolve => cutting.close(resolve))
    }
  })
})

type SourceData = string | ArrayBuffer | ArrayBufferView

const bytes = (data: SourceData): string | Uint8Array =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data)

/** SHA-256 (HMAC-SHA-256 with a key) in the shape @smithy/signature-v4 takes. */
class Sha256 {
  private readonly hash: Hash | Hmac
  constructor(key?: SourceData) {
    this.hash = key ? createHmac('sha256', bytes(key)) : createHash('sha256')
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data))
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest())
  }
  reset(): void {}
}

describe('SigV4', () => {
  it.each([
    ['long-term credentials', TEST_CREDENTIALS],
    ['temporary credentials', { ...TEST_CREDENTIALS, sessionToken: 'token/with+chars=' }]
  ])('signs as @smithy/signature-v4 does, with %s', async (_, credentials) => {
    const now = new Date('2024-03-01T12:34:56Z')
    const body =
      'Action=DescribeImages&Version=2016-11-15&Filter.1.Name=name&Filter.1.Value.1=a%20b%2A'
    for (const endpoint of ['https://ec2.eu-west-1.amazonaws.com/', 'http://127.0.0.1:8080/a b/']) {
      const url = new URL(endpoint)
      const headers: Record<string, string> = {
        host: url.host,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8'
      }
      sign({ method: 'POST', url, headers, body }, credentials, 'eu-west-1', 'ec2', now)

      const signer = new SignatureV4({
        credentials,
        region: 'eu-west-1',
        service: 'ec2',
        sha256: Sha256,
        // Only S3 wants x-amz-content-sha256; the query services do without.
        applyChecksum: false
      })
      const signed = await signer.sign(
        {
          method: 'POST',
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port ? Number(url.port) : undefined,
          path: url.pathname,
          query: {},
          headers: {
            host: url.host,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8'
          },
          body
        },
        { signingDate: now }
      )
      expect(headers.authorization).toBe(signed.headers.authorization)
      expect(headers['x-amz-date']).toBe(signed.headers['x-amz-date'])
      expect(headers['x-amz-security-token']).toBe(signed.headers['x-amz-security-token'])
    }
  })
})

describe('a clock that is off by minutes', () => {
  // The emulator refuses a signature more than 15 minutes from its own clock, as AWS does.
  const SKEW_MS = 20 * 60_000
  let emulator: Awaited<ReturnType<typeof startEmulator>>

  beforeAll(async () => {
    emulator = await startEmulator({ profile: 'instant' })
  })
  afterAll(async () => {
    await emulator.stop()
  })

  for (const direction of [-1, 1]) {
    it(`${direction < 0 ? 'behind' : 'ahead of'} AWS's: the refused call is signed again with AWS's time, and later calls at once`, async () => {
      const before = emulator.calls().length
      const statuses = await withHttp(
        { now: () => Date.now() + direction * SKEW_MS },
        async skewed => [
          (await describeRegions(skewed, emulator)).status,
          (await describeRegions(skewed, emulator)).status
        ]
      )
      expect(statuses).toEqual([200, 200])
      expect(
        emulator
          .calls()
          .slice(before)
          .map(call => call.error ?? 'ok')
      ).toEqual(['RequestExpired', 'ok', 'ok'])
    })
  }

  it('a refusal on a clock that is right is not sent again', async () => {
    const before = emulator.calls().length
    const answer = await describeRegions(http, {
      endpoint: emulator.endpoint,
      credentials: { accessKeyId: emulator.credentials.accessKeyId, secretAccessKey: 'wrong' }
    })
    expect(answer.status).toBe(403)
    expect(emulator.calls().slice(before)).toHaveLength(1)
  })
})

describe('behind a proxy (HTTPS_PROXY, HTTP_PROXY)', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>
  let proxy: Server
  let proxyUrl: string
  const seen: string[] = []

  beforeAll(async () => {
    emulator = await startEmulator({ profile: 'instant' })
    const target = new URL(emulator.endpoint)
    // A forward proxy on loopback: plain requests are passed on to the emulator whatever host they
    // name (nothing is resolved or connected to but 127.0.0.1); a CONNECT is noted and refused.
    proxy = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`)
      const forwarded = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: new URL(request.url!).pathname,
          headers: request.headers
        },
        answer => {
          response.writeHead(answer.statusCode!, answer.headers)
          answer.pipe(response)
        }
      )
      request.pipe(forwarded)
    })
    proxy.on('connect', (request: IncomingMessage, socket: Socket) => {
      seen.push(`CONNECT ${request.url}`)
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise(resolve => proxy.close(resolve))
    await emulator.stop()
  })
  beforeEach(() => {
    seen.length = 0
  })

  it('sends an http endpoint’s requests through HTTP_PROXY, signed for the endpoint’s host', async () => {
    const answer = await withHttp({ env: { HTTP_PROXY: proxyUrl } }, proxied =>
      describeRegions(proxied, emulator, 'http://ec2.proxied.test/')
    )
    expect(answer.status).toBe(200)
    expect(seen).toEqual(['POST http://ec2.proxied.test/'])
  })

  it('opens a tunnel to AWS through HTTPS_PROXY', async () => {
    await expect(
      withHttp({ env: { HTTPS_PROXY: proxyUrl } }, proxied =>
        describeRegions(proxied, emulator, 'https://ec2.us-east-1.amazonaws.com/')
      )
    ).rejects.toThrow()
    expect(seen).toEqual(['CONNECT ec2.us-east-1.amazonaws.com:443'])
  })

  it('never sends a loopback endpoint through the proxy', async () => {
    const answer = await withHttp({ env: { HTTP_PROXY: proxyUrl } }, proxied =>
      describeRegions(proxied, emulator)
    )
    expect(answer.status).toBe(200)
    expect(seen).toEqual([])
  })
})
