/**
 * force_deregister: remove the AMIs already named ami_name (and, with force_delete_snapshot,
 * their snapshots) in every target region. Done right before the new image is made, as Packer
 * does, so a build that fails earlier leaves the old AMI in place.
 */
import { removeImage } from '../images.js'
import type { Step } from '../state.js'

export const deregisterOldAmi: Step = {
  name: 'deregister-old-ami',
  title: 'Deregistering the previous AMI',
  skip: ctx => !ctx.source.force_deregister,
  async run(ctx, _state, signal) {
    const { source } = ctx
    const regions = [source.region, ...source.ami_regions.filter(r => r !== source.region)]
    await Promise.all(
      regions.map(async region => {
        const ec2 = ctx.ec2In(region)
        const out = await ec2.send(
          new ec2.sdk.DescribeImagesCommand({
            Owners: ['self'],
            Filters: [{ Name: 'name', Values: [source.ami_name] }]
          }),
          { signal }
        )
        for (const image of out.Images ?? []) {
          const { snapshots } = await removeImage(ec2, image.ImageId!, signal, {
            deleteSnapshots: source.force_delete_snapshot
          })
          ctx.reporter.info(
            `Deregistered ${image.ImageId} in ${region}` +
              (snapshots.length ? ` and deleted ${snapshots.join(', ')}` : '')
          )
        }
      })
    )
  }
}
