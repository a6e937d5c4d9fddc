import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CallRecord, FaultPlan } from './api.js'
import { AwsError, ec2ErrorXml, faultError, stsErrorXml } from './aws-error.js'
import type { CredentialStore, Identity } from './credentials.js'
import { EC2_ACTIONS } from './ec2/index.js'
import type { Ec2Context } from './ec2/context.js'
import type { Faults } from './faults.js'
import type { OidcProvider } from './oidc.js'
import { Params } from './query.js'
import type { Runtime } from './runtime.js'
import { verifySignature } from './sigv4.js'
import { handleSts, STS_ACTIONS, UNSIGNED_STS_ACTIONS } from './sts.js'
import { ec2Response, stsResponse, type XmlValue } from './xml.js'

export interface ServerState {
  runtime: Runtime
  store: CredentialStore
  oidc: OidcProvider
  faults: Faults
  calls: CallRecord[]
  accountId: string
  roleArn: string
  audience: string
  defaultRegion: string
  stsDefaultDurationSeconds: number
  ledgerJson(): unknown
  leftovers(tag: { key: string; value: string }): unknown[]
  setFaults(plan: FaultPlan): void
}

/** Parameters never written to the call log in clear. */
const SECRET_PARAMS = new Set(['WebIdentityToken'])

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type: string,
  requestId?: string
): void {
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body)
  }
  if (requestId) headers['x-amzn-RequestId'] = requestId
  response.writeHead(status, headers)
  response.end(body)
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value, null, 2), 'application/json')

export function requestHandler(state: ServerState) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (state.runtime.isStopped) {
      // Stopping: a client polling on a kept-alive connection must not keep the shutdown waiting.
      response.shouldKeepAlive = false
      send(response, 503, 'the emulator is stopping', 'text/plain')
      return
    }
    const handling = handle(state, request, response).catch(error => {
      // A client that hung up mid-request is not the emulator's problem.
      if (request.destroyed && !request.complete) return
      console.error(`emulator: ${String((error as Error)?.stack ?? error)}`)
      if (!response.headersSent) send(response, 500, 'internal error', 'text/plain')
    })
    state.runtime.track(handling)
  }
}

async function handle(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  if (url.pathname.startsWith('/_emulator/')) return admin(state, request, response, url)
  if (url.pathname === '/_oidc/token') return oidcToken(state, request, response, url)
  return awsApi(state, request, response, url)
}

async function admin(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL
): Promise<void> {
  const route = `${request.method} ${url.pathname}`
  switch (route) {
    case 'GET /_emulator/ledger': {
      // ?tag=KEY=VALUE narrows the ledger to one run's resources, like leftovers(tag).
      const tag = url.searchParams.get('tag')
      if (tag === null) return json(response, 200, state.ledgerJson())
      const eq = tag.indexOf('=')
      if (eq <= 0) return json(response, 400, { error: 'tag must be KEY=VALUE' })
      return json(response, 200, {
        resources: state.leftovers({ key: tag.slice(0, eq), value: tag.slice(eq + 1) })
      })
    }
    case 'GET /_emulator/calls':
      return json(response, 200, state.calls)
    case 'GET /_emulator/transitions':
      return json(response, 200, state.runtime.transitions)
    case 'PUT /_emulator/faults':
    case 'POST /_emulator/faults': {
      const body = (await readBody(request)).toString('utf8')
      try {
        state.setFaults(JSON.parse(body) as FaultPlan)
      } catch (error) {
        return json(response, 400, { error: (error as Error).message })
      }
      return json(response, 200, { ok: true })
    }
    default:
      return json(response, 404, { error: `no such admin route: ${route}` })
  }
}

/** GitHub's ID token endpoint: GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=X, bearer request token. */
function oidcToken(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL
): void {
  const started = Date.now()
  const audience = url.searchParams.get('audience') ?? state.audience
  const auth = request.headers.authorization ?? ''
  const match = /^bearer\s+(.+)$/i.exec(auth.trim())
  const authorised =
    request.method === 'GET' && match !== null && match[1] === state.oidc.requestToken
  const status = authorised ? 200 : 401
  state.calls.push({
    time: started,
    durationMs: Date.now() - started,
    service: 'oidc',
    region: '',
    action: 'GetIDToken',
    params: { audience },
    caller: null,
    status,
    error: authorised ? undefined : 'Unauthorized'
  })
  if (!authorised)
    return json(response, 401, {
      message: 'Bad credentials: the request token is missing or wrong'
    })
  return json(response, 200, { value: state.oidc.issue(audience, started) })
}

async function awsApi(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL
): Promise<void> {
  const started = Date.now()
  const requestId = randomUUID()
  const body = await readBody(request)
  // STS also speaks the JSON protocol (X-Amz-Target) to SDKs that ask for it.
  const target = request.headers['x-amz-target']
  const jsonAction =
    typeof target === 'string' && target.startsWith(`${STS_JSON_TARGET}.`)
      ? target.slice(STS_JSON_TARGET.length + 1)
      : undefined
  const values: Record<string, string> = {}
  for (const [k, v] of url.searchParams) values[k] = v
  let malformed: AwsError | undefined
  if (jsonAction !== undefined) {
    try {
      Object.assign(values, jsonParams(body), { Action: jsonAction })
    } catch (error) {
      malformed = error as AwsError
    }
  }
  if (jsonAction === undefined) Object.assign(values, Params.fromForm(body.toString('utf8')).values)
  const params = new Params(values)
  const action = params.get('Action') ?? ''
  const scopeService = /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\//.exec(
    request.headers.authorization ?? ''
  )?.[1]
  let service: 'ec2' | 'sts' =
    scopeService === 'sts' || (!scopeService && STS_ACTIONS.has(action)) ? 'sts' : 'ec2'
  if (params.get('Version') === '2011-06-15' || jsonAction !== undefined) service = 'sts'
  let contentType = 'text/xml;charset=UTF-8'
  const extraHeaders: Record<string, string> = {}

  let region = state.defaultRegion
  let caller: Identity | undefined
  let status = 200
  let error: string | undefined
  let observed: CallRecord['observed']
  let responseBody: string
  let answerLatency = 0
  try {
    if (malformed) throw malformed
    await sleep(state.runtime.timings.apiLatency)
    const signed = verifySignature(request, body, state.store, started, service)
    if (signed) {
      caller = signed.identity
      region = signed.region
    } else if (!(service === 'sts' && UNSIGNED_STS_ACTIONS.has(action))) {
      throw service === 'sts'
        ? new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403)
        : new AwsError(
            'AuthFailure',
            'AWS was not able to validate the provided access credentials',
            401
          )
    }
    if (service === 'ec2' && !state.runtime.region(region)) {
      throw new AwsError(
        'AuthFailure',
        `Credential should be scoped to a valid region, not '${region}'.`,
        401
      )
    }
    const fired = state.faults.match(action, region)
    const extraLatency = fired.reduce((sum, rule) => sum + (rule.latencyMs ?? 0), 0)
    if (extraLatency > 0) await sleep(extraLatency)
    answerLatency = fired.reduce((sum, rule) => sum + (rule.answerLatencyMs ?? 0), 0)
    const failure = fired.find(rule => rule.error)?.error
    if (failure) throw faultError(failure.code, failure.message, failure.status)

    if (service === 'sts') {
      const result = handleSts(action, {
        params,
        caller,
        now: Date.now(),
        store: state.store,
        oidc: state.oidc,
        accountId: state.accountId,
        roleArn: state.roleArn,
        audience: state.audience,
        defaultDurationSeconds: state.stsDefaultDurationSeconds
      })
      if (jsonAction !== undefined) {
        contentType = 'application/x-amz-json-1.0'
        responseBody = JSON.stringify(toJson(result))
      } else responseBody = stsResponse(action, requestId, result)
    } else {
      const handler = EC2_ACTIONS[action]
      if (!handler)
        throw new AwsError(
          'InvalidAction',
          `The action ${action} is not valid for this web service.`
        )
      if (params.bool('DryRun')) {
        throw new AwsError(
          'DryRunOperation',
          'Request would have succeeded, but DryRun flag is set.',
          412
        )
      }
      const ctx: Ec2Context = {
        runtime: state.runtime,
        region: state.runtime.region(region)!,
        params,
        caller: caller!,
        faults: fired
      }
      const result = await handler(ctx)
      observed = ctx.observed
      responseBody = ec2Response(action, requestId, result)
    }
  } catch (thrown) {
    let answer: AwsError
    if (thrown instanceof AwsError) answer = thrown
    else {
      // A bug in the emulator, not the client's mistake: log it and answer as AWS does.
      console.error(`emulator: ${action} failed: ${String((thrown as Error)?.stack ?? thrown)}`)
      answer = new AwsError('InternalError', 'An internal error has occurred', 500)
    }
    status = answer.status
    error = answer.code
    if (jsonAction !== undefined) {
      contentType = 'application/x-amz-json-1.0'
      extraHeaders['x-amzn-query-error'] =
        `${answer.code};${answer.status >= 500 ? 'Receiver' : 'Sender'}`
      responseBody = JSON.stringify({ __type: answer.code, message: answer.message })
    } else {
      responseBody =
        service === 'sts' ? stsErrorXml(answer, requestId) : ec2ErrorXml(answer, requestId)
    }
  }
  if (answerLatency > 0) await sleep(answerLatency)
  const logged: Record<string, string> = {}
  for (const [k, v] of Object.entries(values)) logged[k] = SECRET_PARAMS.has(k) ? '***' : v
  state.calls.push({
    time: started,
    durationMs: Date.now() - started,
    service,
    region,
    action,
    params: logged,
    caller: caller ? { accessKeyId: caller.accessKeyId, arn: caller.arn } : null,
    status,
    error,
    observed
  })
  for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value)
  send(response, status, responseBody, contentType, requestId)
}

const STS_JSON_TARGET = 'AWSSecurityTokenServiceV20110615'

/** Top-level members of a JSON request, as the query parameters they stand for. */
function jsonParams(body: Buffer): Record<string, string> {
  if (body.length === 0) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON.', 400)
  }
  const values: Record<string, string> = {}
  if (parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(parsed)) {
      if (['string', 'number', 'boolean'].includes(typeof v)) values[k] = String(v)
    }
  }
  return values
}

/** An answer in the JSON protocol: timestamps are epoch seconds. */
function toJson(value: XmlValue): unknown {
  if (value instanceof Date) return value.getTime() / 1000
  if (Array.isArray(value)) return value.map(toJson)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, toJson(v)])
    )
  }
  return value
}
