/**
 * Copy the AMI to every ami_regions region at once, each with its region's KMS key, and wait for
 * all of them. If one copy fails, the others stop waiting at once: the cleanup removes
 * every copy already made.
 */
import { errorMessage } from '../retry.js'
import type { BuildContext, BuildState, Step } from '../state.js'
import { BuildError, ec2Tags, runTags } from '../state.js'
import { EXPECTED } from '../wait.js'
import { removeBuiltImage, waitForImage } from './create-image.js'

async function copyTo(
  ctx: BuildContext,
  state: BuildState,
  region: string,
  sourceImageId: string,
  buildSignal: AbortSignal,
  signal: AbortSignal
): Promise<string> {
  const { source } = ctx
  const ec2 = ctx.ec2In(region)
  const kmsKeyId = source.region_kms_key_ids[region]
  const encrypted = source.encrypt_boot || kmsKeyId !== undefined ? true : undefined
  state.imagesInFlight.add(region)
  const out = await ec2
    .send(
      new ec2.sdk.CopyImageCommand({
        SourceRegion: source.region,
        SourceImageId: sourceImageId,
        Name: source.ami_name,
        Description: source.ami_description,
        Encrypted: encrypted,
        KmsKeyId: kmsKeyId,
        // Tagged as they are made: a copy (or its snapshot) is never without the run tag, even
        // when the build is killed the moment CopyImage returns.
        TagSpecifications: [
          { ResourceType: 'image', Tags: ec2Tags(runTags(ctx)) },
          { ResourceType: 'snapshot', Tags: ec2Tags(runTags(ctx)) }
        ]
      }),
      // Not cut short when a sibling copy fails: an answer lost in flight would hide a copy.
      { signal: buildSignal }
    )
    .catch(error => {
      if (buildSignal.aborted) throw buildSignal.reason
      throw new BuildError(`Copying the AMI to ${region} failed: ${errorMessage(error)}`)
    })
  const copyId = out.ImageId!
  state.imagesInFlight.delete(region)
  state.amis[region] = copyId
  ctx.tracker.created('image', copyId, region)
  ctx.reporter.info(
    `Copying ${sourceImageId} to ${region} as ${copyId}${encrypted ? ' (encrypted)' : ''}`
  )
  await waitForImage(ctx, state, ec2, copyId, EXPECTED.copyAvailable, signal)
  ctx.reporter.info(`AMI ${copyId} is available in ${region}`)
  return copyId
}

export const regionCopy: Step = {
  name: 'region-copy',
  title: 'Copying the AMI to other regions',
  skip: ctx => ctx.source.ami_regions.every(r => r === ctx.source.region),
  async run(ctx, state, signal) {
    const { source } = ctx
    const original = state.amis[source.region]!
    const targets = source.ami_regions.filter(r => r !== source.region)
    const together = new AbortController()
    const copySignal = AbortSignal.any([signal, together.signal])
    const copies = targets.map(region =>
      copyTo(ctx, state, region, original, signal, copySignal).catch(error => {
        together.abort(error)
        throw error
      })
    )
    const results = await Promise.allSettled(copies)
    const failed = results.find(r => r.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
  },
  async cleanup(ctx, state, { signal, succeeded }) {
    if (succeeded) return
    const others = [...new Set([...Object.keys(state.amis), ...state.imagesInFlight])].filter(
      r => r !== ctx.source.region
    )
    const failures = await Promise.allSettled(
      others.map(region => removeBuiltImage(ctx, state, region, signal))
    )
    const failed = failures.find(r => r.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
  }
}
