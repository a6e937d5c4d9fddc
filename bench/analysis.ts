/**
 * Turns one build's ground truth (the emulator's call log and state transitions, and when each
 * instance's sshd started listening and first let the client in) into the figures of the build
 * benchmark: the floor no client can beat, the client's overhead above it, how late the client
 * noticed each resource becoming ready, and its API calls.
 *
 * Pure: the same records always give the same figures, so the computation is tested on recorded
 * logs without an emulator.
 */
import type { CallRecord, TransitionRecord } from '../emulator/api.js'

/** When an instance's sshd started accepting connections, and when it first let a client in. */
export interface SshdEvent {
  instanceId: string
  listeningAt: number
  firstLoginAt?: number
}

export interface RunRecord {
  /** Epoch ms just before the client process was spawned, and when it exited. */
  startedAt: number
  endedAt: number
  calls: CallRecord[]
  transitions: TransitionRecord[]
  sshd: SshdEvent[]
}

export type WaitName =
  | 'instance running'
  | 'SSH up'
  | 'instance stopped'
  | 'image available'
  | 'copy available'
  | 'instance terminated'

export const WAIT_NAMES: WaitName[] = [
  'instance running',
  'SSH up',
  'instance stopped',
  'image available',
  'copy available',
  'instance terminated'
]

export interface WaitLag {
  wait: WaitName
  resource: string
  region: string
  /** When the resource reached the state (the emulator's transition, or sshd listening). */
  readyAt: number
  /** When the client learned it: the answer to its first call that showed the new state. */
  noticedAt?: number
  lagMs?: number
  /** The call (or `ssh login`) that showed it; absent when the client never looked. */
  via?: string
}

export interface FloorPart {
  name: string
  ms: number
}

/** One instance and what was made from it: a source's chain of waits. */
export interface SourceChain {
  instanceId: string
  region: string
  parts: FloorPart[]
  floorMs: number
  imageId?: string
  copies: Array<{ imageId: string; region: string }>
}

export interface BuildAnalysis {
  wallMs: number
  /** The slowest source chain's floor: the time the emulator itself needed. */
  floorMs: number
  chains: SourceChain[]
  /** wall − floor: everything the client added (start-up, polling lag, API latency, cleanup). */
  overheadMs: number
  lags: WaitLag[]
  /** Mean over the waits the client was seen to notice. */
  meanLagMs?: number
  callsByAction: Record<string, number>
  totalCalls: number
  errorsByCode: Record<string, number>
  /** From spawn to the arrival of the first AWS (EC2 or STS) call. */
  firstCallMs?: number
  firstCallAction?: string
  /** Where the overhead went, on the slowest source's chain (see overheadParts). */
  overheadParts: FloorPart[]
}

type Timeline = Map<string, Map<string, number>>

/** id → state → first time the resource entered that state. */
function timeline(transitions: readonly TransitionRecord[]): Timeline {
  const byId: Timeline = new Map()
  for (const t of [...transitions].sort((a, b) => a.time - b.time)) {
    const states = byId.get(t.id) ?? new Map<string, number>()
    if (!states.has(t.to)) states.set(t.to, t.time)
    byId.set(t.id, states)
  }
  return byId
}

function actionName(call: CallRecord): string {
  return call.service === 'ec2' ? call.action : `${call.service}:${call.action}`
}

/**
 * The resource a call created is the first not yet claimed whose first transition falls within
 * the call's handling, in the call's region (the call log carries no response bodies). Claiming
 * keeps two overlapping calls of sources built at once from both taking the same image.
 */
function createdDuring(
  call: CallRecord,
  transitions: readonly TransitionRecord[],
  kind: TransitionRecord['kind'],
  claimed: Set<string>
): TransitionRecord | undefined {
  const created = transitions.find(
    t =>
      t.kind === kind &&
      t.from === 'none' &&
      t.region === call.region &&
      t.time >= call.time &&
      t.time <= call.time + call.durationMs &&
      !claimed.has(t.id)
  )
  if (created) claimed.add(created.id)
  return created
}

function span(states: Map<string, number> | undefined, from: string, to: string): number {
  const start = states?.get(from)
  const end = states?.get(to)
  return start !== undefined && end !== undefined && end >= start ? end - start : 0
}

export function sourceChains(record: RunRecord): SourceChain[] {
  const states = timeline(record.transitions)
  const successful = [...record.calls].filter(c => c.status < 400).sort((a, b) => a.time - b.time)
  const transitions = [...record.transitions].sort((a, b) => a.time - b.time)
  const claimed = new Set<string>()
  const instances = record.transitions.filter(
    t => t.kind === 'instance' && t.from === 'none' && t.to === 'pending'
  )
  return instances.map(launch => {
    const instance = states.get(launch.id)
    const sshd = record.sshd.find(s => s.instanceId === launch.id)
    const runningAt = instance?.get('running')
    const sshMs =
      sshd && runningAt !== undefined ? Math.max(0, sshd.listeningAt - runningAt) : undefined

    const imageCall = successful.find(
      c => c.action === 'CreateImage' && c.params.InstanceId === launch.id
    )
    const image = imageCall && createdDuring(imageCall, transitions, 'image', claimed)
    const copies = image
      ? successful
          .filter(c => c.action === 'CopyImage' && c.params.SourceImageId === image.id)
          .flatMap(c => createdDuring(c, transitions, 'image', claimed) ?? [])
      : []
    const imageMs = image ? span(states.get(image.id), 'pending', 'available') : 0
    const copyMs = Math.max(0, ...copies.map(c => span(states.get(c.id), 'pending', 'available')))
    const terminateMs = span(instance, 'shutting-down', 'terminated')

    const parts: FloorPart[] = [
      { name: 'boot (RunInstances → running)', ms: span(instance, 'pending', 'running') }
    ]
    if (sshMs !== undefined) parts.push({ name: 'SSH start (running → sshd listening)', ms: sshMs })
    parts.push({ name: 'stop (stopping → stopped)', ms: span(instance, 'stopping', 'stopped') })
    parts.push({ name: 'image (CreateImage → available)', ms: imageMs })
    if (copies.length > 0) parts.push({ name: 'slowest copy (CopyImage → available)', ms: copyMs })
    // The snapshot is taken when CreateImage returns, so termination can run alongside the image
    // and copy waits; only the part of it that outlasts them is on the critical path.
    const terminateTail = Math.max(0, terminateMs - (imageMs + copyMs))
    parts.push({ name: 'termination beyond the image waits', ms: terminateTail })

    return {
      instanceId: launch.id,
      region: launch.region,
      parts,
      floorMs: parts.reduce((sum, part) => sum + part.ms, 0),
      imageId: image?.id,
      copies: copies.map(c => ({ imageId: c.id, region: c.region }))
    }
  })
}

function observedIn(call: CallRecord, id: string, matches: (state: string) => boolean): boolean {
  return (call.observed ?? []).some(o => o.id === id && matches(o.state))
}

/** The first answer, in arrival order, that showed `id` in a state `matches` accepts. */
function firstObservation(
  calls: readonly CallRecord[],
  id: string,
  matches: (state: string) => boolean
): CallRecord | undefined {
  return calls.find(c => c.status < 400 && observedIn(c, id, matches))
}

function lagOf(
  wait: WaitName,
  resource: string,
  region: string,
  readyAt: number | undefined,
  noticed: { at: number; via: string } | undefined
): WaitLag | undefined {
  if (readyAt === undefined) return undefined
  if (!noticed) return { wait, resource, region, readyAt }
  return {
    wait,
    resource,
    region,
    readyAt,
    noticedAt: noticed.at,
    lagMs: Math.max(0, noticed.at - readyAt),
    via: noticed.via
  }
}

const answered = (call: CallRecord | undefined) =>
  call && { at: call.time + call.durationMs, via: actionName(call) }

export function waitLags(record: RunRecord, chains = sourceChains(record)): WaitLag[] {
  const states = timeline(record.transitions)
  const calls = [...record.calls].sort((a, b) => a.time - b.time)
  const lags: Array<WaitLag | undefined> = []
  for (const chain of chains) {
    const instance = states.get(chain.instanceId)
    const id = chain.instanceId
    lags.push(
      lagOf(
        'instance running',
        id,
        chain.region,
        instance?.get('running'),
        answered(firstObservation(calls, id, s => s === 'running' || s.startsWith('running/')))
      )
    )
    const sshd = record.sshd.find(s => s.instanceId === id)
    if (sshd) {
      lags.push(
        lagOf(
          'SSH up',
          id,
          chain.region,
          sshd.listeningAt,
          sshd.firstLoginAt === undefined ? undefined : { at: sshd.firstLoginAt, via: 'ssh login' }
        )
      )
    }
    lags.push(
      lagOf(
        'instance stopped',
        id,
        chain.region,
        instance?.get('stopped'),
        answered(firstObservation(calls, id, s => s === 'stopped'))
      )
    )
    if (chain.imageId) {
      lags.push(
        lagOf(
          'image available',
          chain.imageId,
          chain.region,
          states.get(chain.imageId)?.get('available'),
          answered(firstObservation(calls, chain.imageId, s => s === 'available'))
        )
      )
    }
    for (const copy of chain.copies) {
      lags.push(
        lagOf(
          'copy available',
          copy.imageId,
          copy.region,
          states.get(copy.imageId)?.get('available'),
          answered(firstObservation(calls, copy.imageId, s => s === 'available'))
        )
      )
    }
    const terminatedAt = instance?.get('terminated')
    // A client may skip describing the terminated instance and instead retry deleting the
    // security group, which AWS refuses until the instance is gone: its first success is when
    // the client noticed.
    const groupDeleted =
      terminatedAt === undefined
        ? undefined
        : calls.find(
            c =>
              c.action === 'DeleteSecurityGroup' &&
              c.status < 400 &&
              c.region === chain.region &&
              c.time + c.durationMs >= terminatedAt
          )
    lags.push(
      lagOf(
        'instance terminated',
        id,
        chain.region,
        terminatedAt,
        answered(firstObservation(calls, id, s => s === 'terminated') ?? groupDeleted)
      )
    )
  }
  return lags.filter((lag): lag is WaitLag => lag !== undefined)
}

export function analyzeBuild(record: RunRecord): BuildAnalysis {
  const chains = sourceChains(record)
  const lags = waitLags(record, chains)
  const measured = lags.filter(lag => lag.lagMs !== undefined).map(lag => lag.lagMs!)
  const calls = record.calls.filter(c => c.service !== 'oidc')
  const callsByAction: Record<string, number> = {}
  const errorsByCode: Record<string, number> = {}
  for (const call of calls) {
    const name = actionName(call)
    callsByAction[name] = (callsByAction[name] ?? 0) + 1
    if (call.error) errorsByCode[call.error] = (errorsByCode[call.error] ?? 0) + 1
  }
  const wallMs = record.endedAt - record.startedAt
  const floorMs = Math.max(0, ...chains.map(c => c.floorMs))
  const first = firstAwsCall(record.calls)
  const slowest = chains.find(c => c.floorMs === floorMs)
  return {
    wallMs,
    floorMs,
    chains,
    overheadMs: wallMs - floorMs,
    lags,
    meanLagMs:
      measured.length > 0 ? measured.reduce((a, b) => a + b, 0) / measured.length : undefined,
    callsByAction,
    totalCalls: calls.length,
    errorsByCode,
    firstCallMs: first ? first.time - record.startedAt : undefined,
    firstCallAction: first ? actionName(first) : undefined,
    overheadParts: slowest
      ? overheadParts(record, slowest, lags, wallMs - floorMs, first?.time)
      : []
  }
}

/**
 * The overhead of the slowest source split into what can be read from the records: start-up
 * before the first call, how late each wait on the critical path was noticed (boot and SSH
 * start by the login's lag, copies by the last one noticed),
 * termination that ran after the image waits instead of alongside them, the time from the last
 * answer to the process's exit, and the rest (API round trips, provisioning, work between waits).
 */
export function overheadParts(
  record: RunRecord,
  chain: SourceChain,
  lags: readonly WaitLag[],
  overheadMs: number,
  firstCallAt: number | undefined
): FloorPart[] {
  const states = timeline(record.transitions)
  const own = lags.filter(
    lag =>
      lag.lagMs !== undefined &&
      (lag.resource === chain.instanceId ||
        lag.resource === chain.imageId ||
        chain.copies.some(c => c.imageId === lag.resource))
  )
  const copyLags = own.filter(lag => lag.wait === 'copy available')
  const lastCopy = copyLags.sort((a, b) => b.noticedAt! - a.noticedAt!)[0]
  // Booting and sshd starting are one stretch of the floor: the delay the client carried out of
  // it is how late it logged in after sshd listened, whether it first waited to see the instance
  // running or not. Only without a visible login does the running lag stand for that stretch.
  const sshSeen = own.some(lag => lag.wait === 'SSH up')
  const lagMs = own
    .filter(lag => lag.wait !== 'copy available' && !(sshSeen && lag.wait === 'instance running'))
    .concat(lastCopy ? [lastCopy] : [])
    .reduce((sum, lag) => sum + lag.lagMs!, 0)

  const instance = states.get(chain.instanceId)
  const imagesDone = Math.max(
    0,
    ...[chain.imageId, ...chain.copies.map(c => c.imageId)].map(
      id => (id && states.get(id)?.get('available')) || 0
    )
  )
  const shuttingDown = instance?.get('shutting-down')
  const terminated = instance?.get('terminated')
  const terminationTail = chain.parts.find(p => p.name.startsWith('termination'))?.ms ?? 0
  const sequentialTermination =
    shuttingDown !== undefined && terminated !== undefined
      ? Math.max(0, terminated - Math.max(shuttingDown, imagesDone) - terminationTail)
      : 0

  const lastAnswer = Math.max(...record.calls.map(c => c.time + c.durationMs))
  const exitMs = record.calls.length > 0 ? Math.max(0, record.endedAt - lastAnswer) : 0
  const startupMs = firstCallAt === undefined ? 0 : firstCallAt - record.startedAt
  const parts: FloorPart[] = [
    { name: 'start-up (spawn → first AWS call)', ms: startupMs },
    { name: 'noticing late (lags on the critical path)', ms: lagMs },
    { name: 'termination after the image waits', ms: sequentialTermination },
    { name: 'exit after the last answer', ms: exitMs }
  ]
  const accounted = parts.reduce((sum, part) => sum + part.ms, 0)
  parts.push({
    name: 'the rest (API round trips, provisioning, steps between waits)',
    ms: overheadMs - accounted
  })
  return parts
}

/** The earliest EC2 or STS call (GitHub's OIDC token endpoint is not AWS). */
export function firstAwsCall(calls: readonly CallRecord[]): CallRecord | undefined {
  return [...calls].filter(c => c.service !== 'oidc').sort((a, b) => a.time - b.time)[0]
}
