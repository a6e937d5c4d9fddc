/**
 * The template's tags on every AMI and snapshot_tags on its snapshots, in every region, with
 * build variables filled in. Then the AMIs become the build's deliverables: the run tag comes
 * off, so the post step's sweep, which removes what carries it, can never touch them.
 */
import { expandAll } from '../expand.js'
import type { Step } from '../state.js'
import { RUN_ID_TAG, BUILD_TAG, ec2Tags } from '../state.js'

export const tagImages: Step = {
  name: 'tag',
  title: 'Tagging the AMIs',
  async run(ctx, state, signal) {
    const tags = expandAll(ctx.source.tags, state.buildVariables)
    const snapshotTags = expandAll(ctx.source.snapshot_tags, state.buildVariables)
    await Promise.all(
      Object.entries(state.amis).map(async ([region, imageId]) => {
        const ec2 = ctx.ec2In(region)
        const snapshots = state.snapshots[region] ?? []
        const call = { signal, retry: ['InvalidAMIID.NotFound', 'InvalidSnapshot.NotFound'] }
        if (Object.keys(tags).length) {
          await ec2.send(
            new ec2.sdk.CreateTagsCommand({ Resources: [imageId], Tags: ec2Tags(tags) }),
            call
          )
        }
        if (Object.keys(snapshotTags).length && snapshots.length) {
          await ec2.send(
            new ec2.sdk.CreateTagsCommand({ Resources: snapshots, Tags: ec2Tags(snapshotTags) }),
            call
          )
        }
        await ec2.send(
          new ec2.sdk.DeleteTagsCommand({
            Resources: [imageId, ...snapshots],
            Tags: [{ Key: RUN_ID_TAG }, { Key: BUILD_TAG }]
          }),
          call
        )
        ctx.tracker.markKept('image', imageId, region)
        for (const id of snapshots) ctx.tracker.markKept('snapshot', id, region)
      })
    )
    const count = Object.keys(tags).length
    ctx.reporter.info(
      `${count} tag${count === 1 ? '' : 's'} on ${Object.keys(state.amis).length} AMI(s)` +
        (Object.keys(snapshotTags).length ? ', snapshot tags on their snapshots' : '')
    )
  }
}
