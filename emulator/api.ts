/**
 * The EC2 emulator's programmatic interface, used by tests, the demo and the benchmarks.
 * `startEmulator` in ./index.ts returns an `Emulator`.
 */
import type { InstanceHost } from './instances/api.js'

/** How long each transition takes, in ms of emulated time (before timeScale). */
export interface Timings {
  /** RunInstances → running */
  boot: number
  /** running → sshd accepting connections */
  sshReady: number
  /** StopInstances → stopped */
  stop: number
  /** StartInstances → running */
  start: number
  /** CreateImage → available (snapshot progress advances evenly over this) */
  createImage: number
  /** Extra CreateImage time per GiB of data changed in the instance root (grows with changed blocks). */
  createImagePerGiB: number
  /** CopyImage → available in the destination region */
  copyImage: number
  /** TerminateInstances → terminated (security group deletable only after) */
  terminate: number
  /** Latency added to every API call */
  apiLatency: number
  /** Eventual consistency: how long after RunInstances DescribeInstances still answers
   * InvalidInstanceID.NotFound for the new instance (0 in `instant` and `fast`). */
  describeLag?: number
}

export type Profile = 'instant' | 'fast' | 'realistic'

/** One fault rule. A call matches when its action (and region, if given) match; then `nth` (1-based,
 * counted over matching calls) or `probability` decides whether this call gets the fault. */
export interface FaultRule {
  action: string
  region?: string
  nth?: number[]
  probability?: number
  /** An AWS error to answer with, e.g. RequestLimitExceeded, InsufficientInstanceCapacity. */
  error?: { code: string; message?: string; status?: number }
  /** Extra latency for matching calls, ms (not scaled), before the action takes effect. */
  latencyMs?: number
  /** The action takes effect at once, but its answer comes this much later (ms, not scaled): the
   * case of a call cut off in flight, after AWS has already done what it asked. */
  answerLatencyMs?: number
  /** CreateImage / CopyImage: the image goes `failed` instead of `available`. */
  imageFails?: boolean
  /** RunInstances: sshd of the launched instance starts this much later (ms emulated), or never. */
  sshDelayMs?: number
  sshNever?: boolean
}

export interface FaultPlan {
  rules: FaultRule[]
  /** Seed for probability rules, so a run is repeatable. */
  seed?: number
}

export interface EmulatorOptions {
  profile?: Profile
  /** Multiplies every timing of the profile (0.01 makes a 3-minute image take 1.8 s). Default 1. */
  timeScale?: number
  /** Overrides of single timings (ms, before timeScale). */
  timings?: Partial<Timings>
  /** The realistic profile draws each transition's duration from real AWS's range (seeded, so a
   * run repeats): `{ seed }` picks the sequence (default seed 1); `false` keeps the fixed typical
   * durations. Other profiles are always fixed. */
  variation?: false | { seed: number }
  faults?: FaultPlan
  /** Port instances' sshd listen on. Default 22. */
  sshPort?: number
  /** The account the emulator's root credentials and assumed roles belong to. */
  accountId?: string
  /** Region reported in env(); every region in the catalogue works. Default us-east-1. */
  defaultRegion?: string
  /** Audience GitHub OIDC tokens are accepted for. Default sts.amazonaws.com. */
  oidcAudience?: string
  /** Lifetime of credentials from AssumeRoleWithWebIdentity, when the call asks none (s). */
  stsDefaultDurationSeconds?: number
  /** Where instance roots and sshd configs live. Default a fresh directory under os.tmpdir(). */
  stateDir?: string
  /** The host that runs instances; default the real one of ./instances (sshd per instance).
   * Tests of the API alone may pass a lighter one. */
  instanceHost?: InstanceHost
}

export interface CallRecord {
  /** ms since epoch, when the request arrived */
  time: number
  durationMs: number
  service: 'ec2' | 'sts' | 'oidc'
  region: string
  action: string
  params: Record<string, string>
  /** Access key ID and the identity (root or assumed role ARN) behind it; null when unsigned. */
  caller: { accessKeyId: string; arn: string } | null
  status: number
  /** AWS error code when the call failed. */
  error?: string
  /** For Describe* calls: the state of each resource in the answer (for measuring wait lag). */
  observed?: Array<{ id: string; state: string }>
}

/** A resource state transition, for ground-truth timing. */
export interface TransitionRecord {
  time: number
  region: string
  id: string
  kind: LedgerResource['kind']
  from: string
  to: string
}

export interface LedgerResource {
  kind: 'instance' | 'key-pair' | 'security-group' | 'image' | 'snapshot' | 'volume'
  id: string
  region: string
  state: string
  tags: Record<string, string>
  /** Account that owns it. The seeded public catalogue is excluded from the ledger. */
  owner: string
  name?: string
}

export interface Ledger {
  /** Every live resource created through the API (seeded catalogue and default VPCs excluded):
   * instances not terminated, key pairs, security groups, images not deregistered, snapshots,
   * volumes. */
  resources: LedgerResource[]
}

export interface Emulator {
  /** http://127.0.0.1:PORT — EC2, STS, the OIDC token endpoint and the admin API all live here. */
  endpoint: string
  defaultRegion: string
  accountId: string
  /** Root credentials the emulator accepts (like an IAM user's access key). */
  credentials: { accessKeyId: string; secretAccessKey: string }
  /** The role GitHub OIDC tokens may assume. */
  roleArn: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN semantics. */
  oidc: { requestUrl: string; requestToken: string; audience: string }
  /** The `export NAME=value` variables of `npm run emulator`, as a map. */
  env(): Record<string, string>
  ledger(): Ledger
  /**
   * Resolves once no instance is `shutting-down`, or after `withinMs` (default 10 s). A client may
   * leave as soon as TerminateInstances is accepted (such an instance always ends terminated, on
   * AWS as here); a leak check waits for this first, and whatever is left afterwards is a leak.
   */
  terminationsSettled(withinMs?: number): Promise<void>
  calls(): CallRecord[]
  transitions(): TransitionRecord[]
  /** Live resources tagged `key=value` (e.g. the run tag); [] means nothing leaked. */
  leftovers(tag?: { key: string; value: string }): LedgerResource[]
  setFaults(plan: FaultPlan): void
  /** Path of an instance's filesystem root (the SSH user's home), for assertions. */
  instanceRoot(region: string, instanceId: string): string
  /** Stops every sshd, timer and the HTTP server; removes the state directory. Idempotent. */
  stop(): Promise<void>
}
