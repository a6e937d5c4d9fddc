/**
 * What the end-to-end tests share: the bundled action run as the runner runs it (runner.ts)
 * against EC2 emulators with real sshd instances, at a pace that keeps a whole build to seconds,
 * and a record of every call those emulators answered, so that the suite can hold the documented
 * IAM policy to what the action really calls.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type CallRecord, type Emulator } from '../../emulator/index.js'
import { repositoryRoot, type StepOptions, type StepResult } from '../helpers/runner.js'

/**
 * The `fast` profile (a real build's order of events and proportions: boot, SSH, stop, image,
 * copy) sped up to a build of about ten seconds. The instances are still real sshd processes.
 */
export const PACE = { profile: 'fast', timeScale: 0.3 } as const

export const RUN_ID_TAG = 'ami-build:run-id'
/** The sensitive template variable's value (`db_password`), which must never be seen. */
export const DB_PASSWORD = 'correct-horse-battery'

const running = new Set<Emulator>()
const answered: CallRecord[] = []

/** Starts an emulator whose calls count towards the suite's IAM policy check. */
export async function startE2eEmulator(): Promise<Emulator> {
  const emulator = await startEmulator(PACE)
  running.add(emulator)
  return emulator
}

export async function stopE2eEmulator(emulator: Emulator): Promise<void> {
  if (!running.delete(emulator)) return
  answered.push(...emulator.calls())
  await emulator.stop()
}

/** Stops every emulator still running and returns every call any of them answered. */
export async function stopAllEmulators(): Promise<CallRecord[]> {
  await Promise.all([...running].map(stopE2eEmulator))
  return answered
}

/** The emulator's resources once every instance whose termination was accepted has finished it:
 * anything else, or an instance still shutting down, is a real leftover. */
export async function settledLedger(emulator: Emulator) {
  await emulator.terminationsSettled()
  return emulator.ledger().resources
}

/** A fresh checkout of the example repository: the template, a file to upload, a script. */
export function checkout(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ami-build-e2e-'))
  cpSync(join(repositoryRoot, '__tests__/e2e/fixtures/web'), workspace, { recursive: true })
  return workspace
}

/**
 * The step of a workflow with `id-token: write` that builds with `role-to-assume`. The job's
 * environment has only the endpoint: no AWS keys, so every EC2 call the emulator accepts was
 * signed with the credentials the action got from STS.
 */
export function buildStep(
  emulator: Pick<Emulator, 'endpoint' | 'roleArn' | 'oidc'>,
  overrides: Partial<StepOptions> = {}
): StepOptions {
  return {
    workspace: checkout(),
    inputs: {
      template: 'template.yml',
      'role-to-assume': emulator.roleArn,
      'aws-region': 'us-east-1',
      variables: `app_version=2.0.0\ndb_password=${DB_PASSWORD}`
    },
    env: { AWS_ENDPOINT_URL: emulator.endpoint },
    oidc: emulator.oidc,
    timeoutMs: 120_000,
    ...overrides
  }
}

/** Removes the checkout and the runner's files of a finished step (they are under /tmp). */
export function removeStepFiles(step: StepResult | undefined): void {
  if (!step) return
  for (const directory of [step.workspace, step.runnerDir]) {
    rmSync(directory, { recursive: true, force: true })
  }
}

/** What carries the run's tag in the emulator, once the step has saved its run ID. */
export function leftByRun(emulator: Emulator, step: StepResult) {
  const runId = step.state['run-id']
  return runId ? emulator.leftovers({ key: RUN_ID_TAG, value: runId }) : []
}

/** The build phase a step was in when it was cancelled: the last group opened before it knew. */
export function phaseWhenCancelled(step: StepResult): string {
  const noticed = step.stdout.search(/Received SIG(INT|TERM)/)
  const before = noticed === -1 ? step.stdout : step.stdout.slice(0, noticed)
  const phases = [...before.matchAll(/^::group::==> [^:]+: (.*)$/gm)].map(match => match[1])
  if (noticed === -1) {
    return step.exitCode === 0 ? 'after the build finished' : 'before the action noticed'
  }
  return phases.at(-1)?.replace(/ \(.*\)$/, '') ?? 'before the first step'
}

/** Runs `work` on every item, at most `limit` at a time; results in the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

/** mulberry32: a small seeded generator, so the cancellation moments are the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/**
 * Everything of a step that outlives it on the runner, as the runner keeps it. The log is what
 * the runner shows: `::add-mask::` lines consumed, and each value registered by one replaced with
 * *** in every later line (a value printed before its mask is visible, as on GitHub). Files are
 * kept as they are: the file commands, the job summary, the manifest, and any other file the step
 * left in the workspace or the runner's temporary directory.
 */
export function keptByRunner(step: StepResult): Array<{ where: string; text: string }> {
  const masks: string[] = []
  const log: string[] = []
  for (const line of step.stdout.split('\n')) {
    const mask = /^::add-mask::(.*)$/.exec(line)
    if (mask) masks.push(mask[1])
    else log.push(maskLine(line, masks))
  }
  const kept = [
    { where: 'the log (stdout)', text: log.join('\n') },
    { where: 'the log (stderr)', text: maskLine(step.stderr, masks) }
  ]
  for (const root of [step.workspace, step.runnerDir]) {
    for (const file of filesUnder(root))
      kept.push({ where: file, text: readFileSync(file, 'utf8') })
  }
  return kept
}

function maskLine(line: string, masks: string[]): string {
  return masks.filter(Boolean).reduce((text, secret) => text.split(secret).join('***'), line)
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap(name => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The places among `kept` where any of `secrets` appears, named for a failure message. */
export function whereSecretsAppear(
  kept: Array<{ where: string; text: string }>,
  secrets: Record<string, string>
): string[] {
  const found: string[] = []
  for (const [name, secret] of Object.entries(secrets)) {
    for (const { where, text } of kept) if (text.includes(secret)) found.push(`${name} in ${where}`)
  }
  return found
}

/**
 * A loopback proxy in front of the emulator that keeps what it answered to the OIDC token request
 * and to AssumeRoleWithWebIdentity: the JWT and the session credentials, the secrets a test must
 * then not find anywhere. Requests pass unchanged (the Host header too, so signatures still hold).
 * It can also hold back the answer to one action: EC2 has done the work, the client does not know
 * yet, the window in which a cancellation is hardest to get right.
 */
export interface RecordingProxy {
  endpoint: string
  oidc: Emulator['oidc']
  /** The JWT GitHub's token endpoint gave, and the credentials STS gave, in the order answered. */
  tokens: string[]
  credentials: Array<{ accessKeyId: string; secretAccessKey: string; sessionToken: string }>
  /** When each request for the held-back action arrived, and when its answer went out. */
  heldBack: Array<{ arrived: number; answered?: number }>
  close(): Promise<void>
}

export async function startRecordingProxy(
  emulator: Emulator,
  options: { holdBack?: { action: string; ms: number } } = {}
): Promise<RecordingProxy> {
  const target = new URL(emulator.endpoint)
  const tokens: string[] = []
  const credentials: RecordingProxy['credentials'] = []
  const heldBack: RecordingProxy['heldBack'] = []
  const server: Server = createServer((incoming, outgoing) => {
    void readAll(incoming).then(body => {
      const action = /(?:^|&)Action=(\w+)/.exec(body.toString('utf8'))?.[1]
      const hold = options.holdBack?.action === action ? options.holdBack : undefined
      const held: RecordingProxy['heldBack'][number] | undefined = hold
        ? { arrived: Date.now() }
        : undefined
      if (held) heldBack.push(held)
      const forwarded = request(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers
        },
        answer => {
          void readAll(answer).then(async answerBody => {
            record(answerBody.toString('utf8'))
            if (hold) await new Promise(resolve => setTimeout(resolve, hold.ms))
            if (held) held.answered = Date.now()
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
            outgoing.end(answerBody)
          })
        }
      )
      forwarded.on('error', () => outgoing.destroy())
      forwarded.end(body)
    })
  })
  const record = (body: string): void => {
    const jwt = /^\{\s*"value"\s*:\s*"([^"]+)"/.exec(body)
    if (jwt) tokens.push(jwt[1])
    // STS answers in XML (query protocol) or JSON, whichever the SDK asked for.
    const field = (name: string): string =>
      (new RegExp(`<${name}>([^<]+)</${name}>`).exec(body) ??
        new RegExp(`"${name}"\\s*:\\s*"([^"]+)"`).exec(body))?.[1] ?? ''
    if (field('SecretAccessKey')) {
      credentials.push({
        accessKeyId: field('AccessKeyId'),
        secretAccessKey: field('SecretAccessKey'),
        sessionToken: field('SessionToken')
      })
    }
  }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const requestUrl = new URL(emulator.oidc.requestUrl)
  return {
    endpoint,
    oidc: { ...emulator.oidc, requestUrl: `${endpoint}${requestUrl.pathname}${requestUrl.search}` },
    tokens,
    credentials,
    heldBack,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}
