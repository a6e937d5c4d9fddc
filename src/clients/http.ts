/**
 * The transport for EC2 and STS: a form POST over node:http(s) with keep-alive, signed with SigV4
 * when there are credentials. An abort ends the request at once; so does a connection that does
 * not open within CONNECT_TIMEOUT_MS or goes quiet for IDLE_TIMEOUT_MS. (Not global fetch: undici
 * costs start-up time that node:http does not.)
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { AwsCredentials } from '../engine/api.js'
import { sign } from './sigv4.js'

const CONNECT_TIMEOUT_MS = 10_000
const IDLE_TIMEOUT_MS = 30_000
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
}

/** What an aborted request rejects with (as the SDK's, an AbortError). */
export function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error('Request aborted', { cause: signal.reason }), {
    name: 'AbortError'
  })
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError' })
}

export class AwsHttp {
  private readonly http = new HttpAgent({ keepAlive: true, maxSockets: 50 })
  private readonly https = new HttpsAgent({ keepAlive: true, maxSockets: 50 })
  private readonly connectTimeoutMs: number
  private readonly idleTimeoutMs: number

  constructor(options: HttpOptions = {}) {
    this.connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
    this.idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS
  }

  post(call: AwsPost): Promise<AwsAnswer> {
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
        call.service
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
        agent: secure ? this.https : this.http
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
  }
}
