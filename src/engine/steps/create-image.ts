/**
 * CreateImage from the stopped instance and wait until the AMI is available, reporting snapshot
 * progress. The AMI and its snapshots carry the run tag from their first moment, so the post step
 * can find them if this process dies before they are finished.
 */
import type { Image } from '@aws-sdk/client-ec2'
import type { Ec2 } from '../aws.js'
import { removeImage, snapshotIdsOf } from '../images.js'
import { errorMessage } from '../retry.js'
import type { BuildContext, BuildState, Step } from '../state.js'
import { BuildError, ec2Tags, runTags } from '../state.js'
import { blockDeviceMappings } from './launch.js'
import { EXPECTED, WaitFailedError, waitFor, type Expected } from '../wait.js'

/** Wait for an AMI in one region, reporting its snapshots' progress. */
export async function waitForImage(
  ctx: BuildContext,
  state: BuildState,
  ec2: Ec2,
  imageId: string,
  expected: Expected,
  signal: AbortSignal
): Promise<Image> {
  const region = ec2.region
  try {
    return await waitFor<Image>({
      what: `AMI ${imageId} in ${region} to become available`,
      expected,
      pace: ctx.pace,
      reportsProgress: true,
      timeoutMs: 90 * 60_000,
      clock: ctx.clock,
      signal,
      reporter: ctx.reporter,
      check: async (s, wantProgress) => {
        const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
          signal: s,
          // A new AMI takes a moment to be visible to Describe.
          retry: ['InvalidAMIID.NotFound'],
          patienceMs: 120_000
        })
        const image = out.Images?.[0]
        const snapshots = snapshotIdsOf(image)
        trackSnapshots(ctx, state, region, snapshots)
        if (image?.State === 'available') return { done: true, value: image }
        if (image?.State === 'failed' || image?.State === 'error' || image?.State === 'invalid') {
          return {
            done: false,
            failure: `AMI ${imageId} in ${region} failed: ${image.StateReason?.Message ?? image.State}`
          }
        }
        if (!wantProgress || snapshots.length === 0) return { done: false }
        const progress = await ec2.send(
          new ec2.sdk.DescribeSnapshotsCommand({ SnapshotIds: snapshots }),
          { signal: s, retry: ['InvalidSnapshot.NotFound'], patienceMs: 30_000 }
        )
        const percents = (progress.Snapshots ?? []).map(p => parseFloat(p.Progress ?? '0') || 0)
        return {
          done: false,
          progress: percents.length ? Math.min(...percents) : undefined
        }
      }
    })
  } catch (error) {
    if (error instanceof WaitFailedError) throw new BuildError(error.message)
    throw error
  }
}

function trackSnapshots(ctx: BuildContext, state: BuildState, region: string, ids: string[]): void {
  const known = (state.snapshots[region] ??= [])
  for (const id of ids) {
    if (known.includes(id)) continue
    known.push(id)
    ctx.tracker.created('snapshot', id, region)
  }
}

/** The request was aborted before EC2 answered, so the image may exist without our knowing its
 * ID. Its name is ours alone in this region (prevalidation made sure, or force_deregister cleared
 * it), so look it up by name. */
async function findInFlight(
  ctx: BuildContext,
  state: BuildState,
  region: string,
  signal: AbortSignal
): Promise<void> {
  const ec2 = ctx.ec2In(region)
  const out = await ec2.send(
    new ec2.sdk.DescribeImagesCommand({
      Owners: ['self'],
      Filters: [{ Name: 'name', Values: [ctx.source.ami_name] }]
    }),
    { signal }
  )
  const found = out.Images?.[0]?.ImageId
  if (found) {
    state.amis[region] = found
    ctx.tracker.created('image', found, region)
  }
  state.imagesInFlight.delete(region)
}

/** Deregister the AMI this build made in a region and delete its snapshots. */
export async function removeBuiltImage(
  ctx: BuildContext,
  state: BuildState,
  region: string,
  signal: AbortSignal
): Promise<void> {
  if (!state.amis[region] && state.imagesInFlight.has(region)) {
    await findInFlight(ctx, state, region, signal)
  }
  const imageId = state.amis[region]
  if (!imageId) return
  const ec2 = ctx.ec2In(region)
  const { snapshots } = await removeImage(ec2, imageId, signal, {
    deleteSnapshots: true,
    knownSnapshots: state.snapshots[region]
  })
  ctx.tracker.markRemoved('image', imageId, region)
  for (const id of snapshots) {
    // Snapshots of an image found only now (in flight, or too young to list them) are reported
    // as they are learned of, so the ledger of what was removed stays complete.
    if (!ctx.tracker.isLive('snapshot', id, region)) ctx.tracker.created('snapshot', id, region)
    ctx.tracker.markRemoved('snapshot', id, region)
  }
  delete state.amis[region]
  delete state.snapshots[region]
  ctx.reporter.info(
    `Deregistered ${imageId} in ${region}${snapshots.length ? ` and deleted ${snapshots.join(', ')}` : ''}`
  )
}

export const createImage: Step = {
  name: 'create-image',
  title: 'Creating the AMI',
  async run(ctx, state, signal) {
    const { ec2, source } = ctx
    const instance = state.instance!
    const tags = ec2Tags(runTags(ctx))
    state.imagesInFlight.add(source.region)
    const out = await ec2
      .send(
        new ec2.sdk.CreateImageCommand({
          InstanceId: instance.id,
          Name: source.ami_name,
          Description: source.ami_description,
          NoReboot: !instance.spot,
          BlockDeviceMappings: source.ami_block_device_mappings.length
            ? blockDeviceMappings(source.ami_block_device_mappings)
            : undefined,
          TagSpecifications: [
            { ResourceType: 'image', Tags: tags },
            { ResourceType: 'snapshot', Tags: tags }
          ]
        }),
        { signal }
      )
      .catch(error => {
        throw new BuildError(`CreateImage failed: ${errorMessage(error)}`)
      })
    const imageId = out.ImageId!
    state.imagesInFlight.delete(source.region)
    state.amis[source.region] = imageId
    ctx.tracker.created('image', imageId, source.region)
    ctx.reporter.info(`Creating ${imageId} "${source.ami_name}"`)
    await waitForImage(ctx, state, ec2, imageId, EXPECTED.imageAvailable, signal)
    ctx.reporter.info(`AMI ${imageId} is available in ${source.region}`)
  },
  async cleanup(ctx, state, { signal, succeeded }) {
    if (succeeded) return
    await removeBuiltImage(ctx, state, ctx.source.region, signal)
  }
}
