/**
 * The build: for each source, one list of steps run top to bottom (the shape of Packer's
 * amazon-ebs builder.go), then cleanups in reverse. Sources build concurrently.
 */
import type { AmazonEbsSource } from '../template/model.js'
import { createEc2Clients, type Ec2Clients } from '../clients/ec2.js'
import type {
  BuildArtifact,
  BuildFailure,
  BuildOptions,
  BuildResult,
  PhaseTiming,
  Reporter,
  TrackedResource
} from './api.js'
import { regionalEc2, type Ec2 } from './aws.js'
import { formatDuration, systemClock } from './clock.js'
import type { Connect } from './communicator.js'
import { writeManifests } from './manifest.js'
import type { RunProvisioner } from './provisioners/api.js'
import { ResourceTracker } from './resources.js'
import { errorCode, errorMessage } from './retry.js'
import type { BuildContext, BuildState, Step } from './state.js'
import { BuildError, KEPT_TAG, ec2Tags } from './state.js'
import { prefixed } from './reporting.js'
import { buildVariables } from './variables.js'
import { Pace, WaitTimeoutError } from './wait.js'
import { preValidate } from './steps/pre-validate.js'
import { sourceAmi } from './steps/source-ami.js'
import { network } from './steps/network.js'
import { keyPair } from './steps/key-pair.js'
import { securityGroup } from './steps/security-group.js'
import { launchInstance } from './steps/launch.js'
import { connect } from './steps/connect.js'
import { armDeadManSwitch } from './steps/dead-man-switch.js'
import { provision } from './steps/provision.js'
import { stopInstance } from './steps/stop-instance.js'
import { deregisterOldAmi } from './steps/deregister-old-ami.js'
import { createImage } from './steps/create-image.js'
import { terminateInstance } from './steps/terminate-instance.js'
import { regionCopy } from './steps/region-copy.js'
import { modifyAttributes } from './steps/modify-attributes.js'
import { tagImages } from './steps/tag-images.js'

/** The amazon-ebs builder, in order. Steps listed together depend on nothing of each other and
 * run at once: the lookups, then the temporary SSH access. */
export function amazonEbsSteps(source: AmazonEbsSource): Array<Step | Step[]> {
  const makesImage = !source.skip_create_ami
  return [
    [preValidate, sourceAmi, network],
    [keyPair, securityGroup],
    launchInstance,
    connect,
    armDeadManSwitch,
    provision,
    ...(makesImage
      ? [
          stopInstance,
          deregisterOldAmi,
          createImage,
          terminateInstance,
          regionCopy,
          modifyAttributes,
          tagImages
        ]
      : [])
  ]
}

/** What tests (and nothing else) swap out. */
export interface BuildDependencies {
  ec2Clients?: Ec2Clients
  connect?: Connect
  runProvisioner?: RunProvisioner
  /** Called as each step starts: lets a test abort at every step boundary. */
  beforeStep?: (build: string, step: string) => void
  /** Bound on cleanup after an error or abort. Default 5 minutes. */
  cleanupTimeoutMs?: number
}

interface SourceOutcome {
  artifact?: BuildArtifact
  failure?: BuildFailure
  tracker: ResourceTracker
  /** Not removed: cleanup failed, or on-error: abort kept it. */
  leftBehind: Array<TrackedResource & { reason: string }>
}

export async function build(
  options: BuildOptions,
  dependencies: BuildDependencies = {}
): Promise<BuildResult> {
  const clock = options.clock ?? systemClock
  const { template } = options
  const ec2Clients = dependencies.ec2Clients ?? (await createEc2Clients(options.credentials))
  const connectTo = dependencies.connect ?? (await import('../clients/ssh.js')).connect
  const runProvisioner =
    dependencies.runProvisioner ?? (await import('./provisioners/index.js')).runProvisioner
  for (const secret of template.sensitiveValues) options.reporter.mask(secret)

  const several = template.sources.length > 1
  const outcomes = await Promise.all(
    template.sources.map(source => {
      const region = source.region || options.defaultRegion
      if (!region) {
        const message = `Source "${source.name}" has no region: set region in the template or aws-region.`
        options.reporter.error(message)
        return Promise.resolve<SourceOutcome>({
          failure: { name: source.name, message, phases: [] },
          tracker: new ResourceTracker(source.name),
          leftBehind: []
        })
      }
      const ec2s = new Map<string, Ec2>()
      const ec2In = (r: string): Ec2 => {
        let ec2 = ec2s.get(r)
        if (!ec2) ec2s.set(r, (ec2 = regionalEc2(ec2Clients, r, clock)))
        return ec2
      }
      const ctx: BuildContext = {
        source: { ...source, region },
        template,
        runId: options.runId,
        ec2: ec2In(region),
        ec2In,
        clock,
        reporter: prefixed(options.reporter, source.name, several),
        tracker: new ResourceTracker(source.name, options.onResource),
        connect: connectTo,
        runProvisioner,
        instanceTimeLimitMinutes: options.instanceTimeLimitMinutes ?? 360,
        secrets: [...template.sensitiveValues],
        pace: new Pace()
      }
      return runSource(ctx, options, dependencies)
    })
  )
  if (!dependencies.ec2Clients) ec2Clients.destroy()

  const artifacts = outcomes.flatMap(o => (o.artifact ? [o.artifact] : []))
  const failures = outcomes.flatMap(o => (o.failure ? [o.failure] : []))
  let manifests: string[] = []
  try {
    manifests = await writeManifests(template.postProcessors, artifacts, options.runId, clock)
  } catch (error) {
    // The AMIs exist and are kept; only the manifest is missing.
    const message = `Writing the manifest failed: ${errorMessage(error)}`
    options.reporter.error(message)
    failures.push({ name: 'manifest', message, phases: [] })
  }
  const result: BuildResult = {
    artifacts,
    failures,
    cleanedUp: outcomes.flatMap(o => o.tracker.removed),
    leftBehind: outcomes.flatMap(o => o.leftBehind),
    manifests,
    cancelled: options.signal.aborted
  }
  summarize(options.reporter, result)
  return result
}

async function runSource(
  ctx: BuildContext,
  options: BuildOptions,
  dependencies: BuildDependencies
): Promise<SourceOutcome> {
  const { clock, reporter, source } = ctx
  const state: BuildState = {
    amis: {},
    snapshots: {},
    buildVariables: {},
    imagesInFlight: new Set()
  }
  const phases: PhaseTiming[] = []
  const ran: Step[] = []
  const signal = options.signal
  let failure: BuildFailure | undefined

  for (const stage of amazonEbsSteps(source)) {
    const steps = [stage].flat().filter(step => !step.skip?.(ctx, state))
    if (steps.length === 0) continue
    for (const step of steps) dependencies.beforeStep?.(source.name, step.name)
    if (signal.aborted) {
      failure = { name: source.name, message: `Cancelled before: ${steps[0]!.title}`, phases }
      break
    }
    ran.push(...steps)
    state.buildVariables = buildVariables(ctx, state)
    const runStep = async (step: Step): Promise<void> => {
      const startedAt = clock.now()
      try {
        await step.run(ctx, state, signal)
        reporter.info(`${step.title}: done (${formatDuration(clock.now() - startedAt)})`)
      } catch (error) {
        throw new StepFailure(step, error)
      } finally {
        phases.push({ name: step.name, startedAt, durationMs: clock.now() - startedAt })
      }
    }
    // Every step of a stage settles before the next stage or the cleanup: one that fails does not
    // cut its siblings off mid-call, where what they created could go unrecorded.
    const runStage = async (): Promise<void> => {
      const outcomes = await Promise.allSettled(steps.map(runStep))
      const failed = outcomes.find(o => o.status === 'rejected')
      if (failed) throw (failed as PromiseRejectedResult).reason
    }
    try {
      if (steps.length === 1 && steps[0]!.ownsGroups) await runStage()
      else await reporter.group(steps.map(step => step.title).join('; '), runStage)
    } catch (caught) {
      const { step, error } =
        caught instanceof StepFailure ? caught : { step: steps[0]!, error: caught }
      failure = { name: source.name, message: failureMessage(step, error, signal), phases }
      if (
        !(error instanceof BuildError) &&
        !isUserError(error) &&
        !errorCode(error) &&
        !signal.aborted
      ) {
        reporter.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
      }
      reporter.error(failure.message)
      break
    }
  }

  let leftBehind: SourceOutcome['leftBehind']
  if (failure && options.onError === 'abort' && !signal.aborted) {
    leftBehind = (await keepForDebugging(ctx, state)).map(r => ({
      ...r,
      reason: 'kept for debugging (on-error: abort)'
    }))
  } else {
    const startedAt = clock.now()
    leftBehind = await reporter.group('Cleaning up', () =>
      cleanup(ctx, state, ran, !failure, dependencies.cleanupTimeoutMs ?? 300_000)
    )
    phases.push({ name: 'cleanup', startedAt, durationMs: clock.now() - startedAt })
  }

  if (failure) return { failure, tracker: ctx.tracker, leftBehind }
  return {
    artifact: {
      name: source.name,
      builderType: 'amazon-ebs',
      region: source.region,
      amis: inRegionOrder(source, state.amis),
      snapshots: inRegionOrder(source, state.snapshots),
      amiName: source.ami_name,
      sourceAmi: state.sourceImage?.id ?? '',
      sourceAmiName: state.sourceImage?.name,
      instanceType: source.instance_type,
      phases
    },
    tracker: ctx.tracker,
    leftBehind
  }
}

/** The build region first, then ami_regions as the template lists them (copies finish in any
 * order; outputs should not). */
function inRegionOrder<T>(source: AmazonEbsSource, byRegion: Record<string, T>): Record<string, T> {
  const order = [source.region, ...source.ami_regions]
  return Object.fromEntries(
    Object.entries(byRegion).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  )
}

/** Which step of a stage failed, and how. */
class StepFailure {
  constructor(
    readonly step: Step,
    readonly error: unknown
  ) {}
}

/** A provisioner's failure (a script's exit code, a missing file) is the user's to fix. */
function isUserError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ProvisionerError'
}

function failureMessage(step: Step, error: unknown, signal: AbortSignal): string {
  if (signal.aborted) return `Cancelled during: ${step.title}`
  if (error instanceof BuildError || error instanceof WaitTimeoutError || isUserError(error)) {
    return error instanceof Error ? error.message : String(error)
  }
  const code = errorCode(error)
  if (code) return `${step.title} failed: ${code}: ${errorMessage(error)}`
  return `${step.title} failed: ${errorMessage(error)}`
}

/**
 * Undo what the steps did. The instance goes first (it is what costs money, and the runner kills
 * a cancelled job 10 s after SIGINT); the security group last (it waits for the instance to let
 * go); the rest in reverse. Runs under its own bounded signal, since the build's may have fired.
 */
async function cleanup(
  ctx: BuildContext,
  state: BuildState,
  ran: Step[],
  succeeded: boolean,
  timeoutMs: number
): Promise<Array<TrackedResource & { reason: string }>> {
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new Error(`cleanup took longer than ${formatDuration(timeoutMs)}`)),
    timeoutMs
  )
  timer.unref()
  const order = [
    ...ran.filter(s => s.cleanupOrder === 'first'),
    ...ran.filter(s => !s.cleanupOrder).reverse(),
    ...ran.filter(s => s.cleanupOrder === 'last')
  ]
  const problems: string[] = []
  try {
    for (const step of order) {
      if (!step.cleanup) continue
      try {
        await step.cleanup(ctx, state, { signal: controller.signal, succeeded })
      } catch (error) {
        // Keep going: one resource that will not go must not strand the others.
        const message = `${step.title}: ${errorMessage(error)}`
        problems.push(message)
        ctx.reporter.warning(`Cleanup failed for ${message}`)
      }
    }
  } finally {
    clearTimeout(timer)
  }
  const reason = problems.join('; ') || 'not removed'
  const left = ctx.tracker
    .remaining()
    .filter(r => (succeeded ? r.kind !== 'image' && r.kind !== 'snapshot' : true))
  for (const r of left) ctx.tracker.markFailed(r.kind, r.id, r.region, reason)
  return left.map(r => ({ ...r, reason }))
}

/** on-error: abort: keep everything, mark it so the post step's sweep leaves it, and say exactly
 * what is where and how to remove it. */
async function keepForDebugging(ctx: BuildContext, state: BuildState): Promise<TrackedResource[]> {
  const { reporter, runId } = ctx
  const kept = ctx.tracker.remaining()
  const signal = AbortSignal.timeout(30_000)
  // Tagged so the post step's sweep, which removes what carries the run tag, leaves them alone.
  const byRegion = new Map<string, string[]>()
  for (const r of kept) {
    const id = r.kind === 'key-pair' ? state.keyPair?.id : r.id
    if (id) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), id])
  }
  const tagged = await Promise.allSettled(
    [...byRegion].map(([region, ids]) =>
      ctx.ec2In(region).send(
        new ctx.ec2.sdk.CreateTagsCommand({
          Resources: ids,
          Tags: ec2Tags({ [KEPT_TAG]: 'true' })
        }),
        { signal }
      )
    )
  )
  for (const outcome of tagged) {
    if (outcome.status === 'rejected') {
      reporter.warning(
        `Could not mark the kept resources (${errorMessage(outcome.reason)}): the post step may remove them.`
      )
    }
  }
  for (const r of kept) ctx.tracker.markKept(r.kind, r.id, r.region)
  await state.communicator?.close().catch(() => undefined)
  const lines = [
    `on-error: abort — nothing was cleaned up. Kept for debugging (run ${runId}):`,
    ...kept.map(r => `  ${r.kind} ${r.id} in ${r.region}`)
  ]
  if (state.instance && !state.instanceTerminated) {
    const host = state.host ?? state.instance.publicIp ?? state.instance.privateIp
    lines.push(
      `Instance ${state.instance.id}${host ? ` at ${host}` : ''}: the temporary private key existed ` +
        'only in this process, so connect with EC2 Instance Connect or SSM Session Manager.'
    )
    if (state.deadManSwitchArmed) {
      lines.push(
        `It powers itself off and terminates ${ctx.instanceTimeLimitMinutes} minutes after it started.`
      )
    }
  }
  lines.push(
    'To remove it all: ami-build cleanup (with the same run ID), or:',
    ...kept.map(r => `  ${removalCommand(r)}`)
  )
  reporter.error(lines.join('\n'))
  return kept
}

function removalCommand(r: TrackedResource): string {
  const region = `--region ${r.region}`
  switch (r.kind) {
    case 'instance':
      return `aws ec2 terminate-instances ${region} --instance-ids ${r.id}`
    case 'key-pair':
      return `aws ec2 delete-key-pair ${region} --key-name ${r.id}`
    case 'security-group':
      return `aws ec2 delete-security-group ${region} --group-id ${r.id}`
    case 'image':
      return `aws ec2 deregister-image ${region} --image-id ${r.id}`
    case 'snapshot':
      return `aws ec2 delete-snapshot ${region} --snapshot-id ${r.id}`
    case 'volume':
      return `aws ec2 delete-volume ${region} --volume-id ${r.id}`
    case 'spot-request':
      return `aws ec2 cancel-spot-instance-requests ${region} --spot-instance-request-ids ${r.id}`
  }
}

function summarize(reporter: Reporter, result: BuildResult): void {
  const lines: string[] = []
  for (const artifact of result.artifacts) {
    const amis = Object.entries(artifact.amis)
    lines.push(
      amis.length
        ? `--> ${artifact.name}: AMIs were created:\n${amis.map(([r, id]) => `${r}: ${id}`).join('\n')}`
        : `--> ${artifact.name}: no AMI (skip_create_ami)`
    )
  }
  for (const failure of result.failures)
    lines.push(`--> ${failure.name}: failed: ${failure.message}`)
  if (result.cleanedUp.length) {
    lines.push(
      `Cleaned up: ${result.cleanedUp.map(r => `${r.kind} ${r.id} (${r.region})`).join(', ')}`
    )
  }
  for (const left of result.leftBehind) {
    lines.push(`Left behind: ${left.kind} ${left.id} in ${left.region}: ${left.reason}`)
  }
  reporter.info(lines.join('\n'))
}
