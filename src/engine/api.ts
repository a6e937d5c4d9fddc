/**
 * The engine's public interface: what the CLI and the GitHub adapter hand it, and what it hands
 * back. The engine never imports @actions/core; it talks through a Reporter.
 */
import type { Template } from '../template/model.js'

/** Log sink. The action maps it to the runner's workflow commands, the CLI to stdout/stderr, tests to
 * an array. */
export interface Reporter {
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  /** A collapsible group (a step, a provisioner). Groups do not nest in GitHub's log: the engine
   * opens one only at top level and prefixes lines with the build name when builds run at once. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  /** Register a secret: it must never appear in any later line. */
  mask(secret: string): void
}

/** Time, injected so that a test of a ten-minute wait takes milliseconds. */
export interface Clock {
  now(): number
  /** Resolves after ms, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** Static AWS credentials (as from STS); absent means the SDK's default credential chain. */
export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  expiration?: Date
}

/** A temporary resource the build created, reported the moment it exists so that the action's
 * post step (or a later `ami-build cleanup`) can remove it if this process dies. */
export interface TrackedResource {
  kind:
    'instance' | 'key-pair' | 'security-group' | 'image' | 'snapshot' | 'volume' | 'spot-request'
  id: string
  region: string
  /** The build (source name) that made it. */
  build: string
  /** Only for images and snapshots: true once it is a deliverable of a successful build and must
   * not be cleaned up any more. */
  kept?: boolean
}

export interface BuildOptions {
  template: Template
  /** Region for sources that set none (the action's aws-region). */
  defaultRegion?: string
  credentials?: AwsCredentials
  /** Unique per build run; tagged on every temporary resource (`ami-build:run-id`). */
  runId: string
  onError: 'cleanup' | 'abort'
  signal: AbortSignal
  reporter: Reporter
  clock?: Clock
  /** Called for every resource as it is created, and again (kept: true / removed) as it changes. */
  onResource?: (event: ResourceEvent) => void
  /** The dead-man switch: each temporary instance powers itself off (and so terminates) this many
   * minutes after SSH comes up, even if this process is killed. Default 360 (GitHub's longest
   * job); the action may pass the job's own timeout. */
  instanceTimeLimitMinutes?: number
}

export type ResourceEvent =
  | { type: 'created'; resource: TrackedResource }
  | { type: 'removed'; resource: TrackedResource }
  | { type: 'kept'; resource: TrackedResource }

/** One phase of a build, for the summary's timeline. */
export interface PhaseTiming {
  name: string
  startedAt: number
  durationMs: number
}

/** What one source built. Mirrors a Packer artifact. */
export interface BuildArtifact {
  /** Source name. */
  name: string
  builderType: 'amazon-ebs'
  region: string
  /** region → AMI ID, build region first. Empty when skip_create_ami. */
  amis: Record<string, string>
  /** region → snapshot IDs of that AMI. */
  snapshots: Record<string, string[]>
  amiName: string
  sourceAmi: string
  sourceAmiName?: string
  instanceType: string
  phases: PhaseTiming[]
}

export interface BuildFailure {
  name: string
  message: string
  phases: PhaseTiming[]
}

export interface BuildResult {
  artifacts: BuildArtifact[]
  failures: BuildFailure[]
  /** Resources removed during cleanup, and those kept (on-error: abort) or that could not be removed. */
  cleanedUp: TrackedResource[]
  leftBehind: Array<TrackedResource & { reason: string }>
  /** Path of each manifest written. */
  manifests: string[]
  cancelled: boolean
}

/** `build` in engine/build.ts. */
export type RunBuild = (options: BuildOptions) => Promise<BuildResult>

/** What the post step (or `ami-build cleanup`) needs to remove what a dead process left. */
export interface SweepOptions {
  runId: string
  /** Every region the build touched (build region and ami_regions). */
  regions: string[]
  /** Resources reported through onResource that were not removed or kept. */
  resources: TrackedResource[]
  credentials?: AwsCredentials
  reporter: Reporter
  signal: AbortSignal
  clock?: Clock
}

export interface SweepResult {
  removed: TrackedResource[]
  failed: Array<TrackedResource & { reason: string }>
}

/** `sweep` in engine/sweep.ts. */
export type RunSweep = (options: SweepOptions) => Promise<SweepResult>
