/**
 * What the steps of one build share: the context they run in (fixed for the build) and the state
 * they pass along (filled in step by step). Typed, so a misspelt field fails to compile.
 */
import type { AmazonEbsSource, Tags, Template } from '../template/model.js'
import type { Clock, Reporter } from './api.js'
import type { Ec2 } from './aws.js'
import type { Communicator, Connect } from './communicator.js'
import type { RunProvisioner } from './provisioners/api.js'
import type { ResourceTracker } from './resources.js'
import type { Pace } from './wait.js'

/** Tag keys the engine owns. */
export const RUN_ID_TAG = 'ami-build:run-id'
export const BUILD_TAG = 'ami-build:build'
/** Marks what `on-error: abort` kept on purpose, so the post step's sweep leaves it alone. */
export const KEPT_TAG = 'ami-build:kept'

export interface BuildContext {
  source: AmazonEbsSource
  template: Template
  runId: string
  /** The build region's EC2. */
  ec2: Ec2
  ec2In(region: string): Ec2
  clock: Clock
  /** Lines prefixed with the build name when several builds run. */
  reporter: Reporter
  tracker: ResourceTracker
  connect: Connect
  runProvisioner: RunProvisioner
  /** The dead-man switch: the instance powers itself off (and terminates) after this long. */
  instanceTimeLimitMinutes: number
  /** Values never to print. */
  secrets: string[]
  /** How this environment's timings compare with AWS's, learned as the build waits. */
  pace: Pace
}

export interface SourceImage {
  id: string
  name?: string
  description?: string
  creationDate?: string
  ownerId?: string
  ownerAlias?: string
  architecture?: string
  rootDeviceName?: string
  tags: Tags
}

export interface LaunchedInstance {
  id: string
  publicIp?: string
  privateIp?: string
  publicDns?: string
  privateDns?: string
  spot: boolean
}

export interface KeyPair {
  name: string
  /** EC2's key-… ID, for tagging (set once imported). */
  id?: string
  /** OpenSSH public key line. */
  publicKey: string
  /** OpenSSH private key. Lives only in this process's memory. */
  privateKey: string
}

export interface BuildState {
  sourceImage?: SourceImage
  vpcId?: string
  /** Unset: EC2 picks the default subnet of the default VPC. */
  subnetId?: string
  availabilityZone?: string
  keyPair?: KeyPair
  /** The temporary security group, when the build made one. */
  temporarySecurityGroupId?: string
  securityGroupIds?: string[]
  /** RunInstances was sent: an instance may exist even if no answer came back. */
  launchRequested?: boolean
  instance?: LaunchedInstance
  /** TerminateInstances has been called: the launch step's cleanup has nothing left to do. */
  instanceTerminated?: boolean
  host?: string
  communicator?: Communicator
  deadManSwitchArmed?: boolean
  /** Regions where CreateImage/CopyImage was sent but no ID came back (aborted in flight): the
   * cleanup looks there for an image by its (unique) name. */
  imagesInFlight: Set<string>
  /** region → AMI this build made there (the build region first). */
  amis: Record<string, string>
  /** region → snapshot IDs of that AMI. */
  snapshots: Record<string, string[]>
  /** Build variables for provisioners and tags (`${build.X}`). */
  buildVariables: Record<string, string>
}

export interface CleanupOptions {
  signal: AbortSignal
  /** The build made its artifact: keep the AMIs, remove only what was temporary. */
  succeeded: boolean
}

export interface Step {
  /** Stable name, for phase timings ("launch") and tests. */
  name: string
  /** Log title: "Creating temporary key pair". */
  title: string
  /** Steps whose own lines are groups (provisioners) are not wrapped in a group. */
  ownsGroups?: boolean
  skip?(ctx: BuildContext, state: BuildState): boolean
  run(ctx: BuildContext, state: BuildState, signal: AbortSignal): Promise<void>
  /** Undo exactly what run did, idempotently; it may run after a partial run. */
  cleanup?(ctx: BuildContext, state: BuildState, options: CleanupOptions): Promise<void>
  /** 'first': the costly thing (the instance) goes before anything else; 'last': it waits on
   * others (the security group waits for the instance to go). Default: reverse order. */
  cleanupOrder?: 'first' | 'last'
}

/** A mistake in the template or account the user can fix: printed as a message, no stack. */
export class BuildError extends Error {}

/** `Name=value` tags as EC2 wants them. */
export function ec2Tags(tags: Tags): Array<{ Key: string; Value: string }> {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
}

/** The tags every temporary resource carries, so the post step can find it by run. */
export function runTags(ctx: BuildContext): Tags {
  return { [RUN_ID_TAG]: ctx.runId, [BUILD_TAG]: ctx.source.name }
}
