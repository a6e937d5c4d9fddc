/**
 * The transport for EC2 and STS: a form POST over node:http(s) with keep-alive, signed with SigV4
 * when there are credentials. An abort ends the request at once; so does a connection that does
 * not open within CONNECT_TIMEOUT_MS or goes quiet for IDLE_TIMEOUT_MS. (Not global fetch: undici
 * costs start-up time that node:http does not.)
 *
 * A machine whose clock is off by minutes (a self-hosted runner without NTP) would have every
 * signature refused as expired. As the SDK does, the transport learns AWS's time from the Date of
 * its answers once the two differ by CLOCK_SKEW_MS or more, signs with it from then on, and sends a
 * refused request once more, signed with the corrected time.
 *
 * Behind a proxy, HTTPS_PROXY / HTTP_PROXY / NO_PROXY (or their lower-case forms) apply as they do
 * for Packer and the AWS CLI: Node 24's agents read them (its built-in proxy support).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { AwsCredentials } from '../engine/api.js'
import type { Env } from './endpoints.js'
import { sign } from './sigv4.js'

const CONNECT_TIMEOUT_MS = 10_000
const IDLE_TIMEOUT_MS = 30_000
/** How far AWS's clock may be from ours before signatures use AWS's (the SDK's threshold). */
export const CLOCK_SKEW_MS = 5 * 60_000
const USER_AGENT = `ami-build (node/${process.versions.node}; ${process.platform})`

export interface AwsPost {
  service: string
  region: string
  endpoint: URL
  body: string
  /** Absent: the request goes unsigned (STS AssumeRoleWithWebIdentity). */
  credentials?: AwsCredentials
  signal?: AbortSignal
}

export interface AwsAnswer {
  status: number
  headers: IncomingMessage['headers']
  body: string
}

export interface HttpOptions {
  connectTimeoutMs?: number
  idleTimeoutMs?: number
  /** This machine's clock, in epoch ms (tests give it a skew). */
  now?: () => number
  /** Where the proxy settings are read from; default process.env. */
  env?: Env
}

/** What an aborted request rejects with (as the SDK's, an AbortError). */
export function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error('Request aborted', { cause: signal.reason }), {
    name: 'AbortError'
  })
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError' })
}

export class AwsHttp {
  private readonly http: HttpAgent
  private readonly https: HttpsAgent
  /** For loopback endpoints, which never go through a proxy (as in Go's ProxyFromEnvironment). */
  private readonly direct = new HttpAgent({ keepAlive: true, maxSockets: 50 })
  private readonly connectTimeoutMs: number
  private readonly idleTimeoutMs: number
  private readonly now: () => number
  /** AWS's time minus ours, once they are CLOCK_SKEW_MS or more apart; else 0. */
  private clockOffsetMs = 0

  constructor(options: HttpOptions = {}) {
    this.connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
    this.idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS
    this.now = options.now ?? Date.now
    const agentOptions = { keepAlive: true, maxSockets: 50, proxyEnv: options.env ?? process.env }
    this.http = new HttpAgent(agentOptions)
    this.https = new HttpsAgent(agentOptions)
  }

  async post(call: AwsPost): Promise<AwsAnswer> {
    const answer = await this.attempt(call)
    if (this.learnClock(answer) && answer.status >= 400 && call.credentials) {
      return this.attempt(call)
    }
    return answer
  }

  /** Adopts the answer's Date when it is CLOCK_SKEW_MS or more from the time we sign with; says
   * whether it did. */
  private learnClock(answer: AwsAnswer): boolean {
    const serverMs = Date.parse(answer.headers.date ?? '')
    if (!Number.isFinite(serverMs)) return false
    const offset = serverMs - this.now()
    if (Math.abs(offset - this.clockOffsetMs) < CLOCK_SKEW_MS) return false
    this.clockOffsetMs = Math.abs(offset) < CLOCK_SKEW_MS ? 0 : offset
    return true
  }

  private attempt(call: AwsPost): Promise<AwsAnswer> {
    const { endpoint, signal } = call
    if (signal?.aborted) return Promise.reject(abortError(signal))
    const url = new URL(endpoint.pathname.endsWith('/') ? endpoint.href : `${endpoint.href}/`)
    const headers: Record<string, string> = {
      host: url.host,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8'
    }
    if (call.credentials) {
      sign(
        { method: 'POST', url, headers, body: call.body },
        call.credentials,
        call.region,
        call.service,
        new Date(this.now() + this.clockOffsetMs)
      )
    }
    headers['content-length'] = String(Buffer.byteLength(call.body))
    headers['user-agent'] = USER_AGENT
    const secure = url.protocol === 'https:'

    return new Promise<AwsAnswer>((resolve, reject) => {
      let settled = false
      let connectTimer: NodeJS.Timeout | undefined
      const finish = (error: Error | undefined, answer?: AwsAnswer) => {
        if (settled) return
        settled = true
        clearTimeout(connectTimer)
        signal?.removeEventListener('abort', onAbort)
        if (error) {
          request.destroy()
          reject(error)
        } else resolve(answer!)
      }
      const onAbort = () => finish(abortError(signal!))

      const request = (secure ? httpsRequest : httpRequest)(url, {
        method: 'POST',
        headers,
        agent: secure ? this.https : isLoopback(url.hostname) ? this.direct : this.http
      })
      request.on('socket', socket => {
        if (!socket.connecting) return
        connectTimer = setTimeout(
          () =>
            finish(timeoutError(`no connection to ${url.host} within ${this.connectTimeoutMs} ms`)),
          this.connectTimeoutMs
        )
        socket.once('connect', () => clearTimeout(connectTimer))
      })
      // Inactivity on the socket, from the request sent to the last byte of the answer.
      request.setTimeout(this.idleTimeoutMs, () =>
        finish(timeoutError(`${url.host} did not answer within ${this.idleTimeoutMs} ms`))
      )
      request.on('error', error => finish(error))
      request.on('response', response => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', error => finish(error))
        response.on('close', () => {
          if (!response.complete)
            finish(Object.assign(new Error('connection closed mid-answer'), { code: 'ECONNRESET' }))
        })
        response.on('end', () =>
          finish(undefined, {
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
      })
      signal?.addEventListener('abort', onAbort, { once: true })
      request.end(call.body)
    })
  }

  /** Closes the kept-alive connections. */
  destroy(): void {
    this.http.destroy()
    this.https.destroy()
    this.direct.destroy()
  }
}
