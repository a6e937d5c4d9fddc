/**
 * Before anything is created: every region is one EC2 knows, and the AMI name is free in each
 * region the AMI will land in (unless force_deregister, whose deregistration waits until just
 * before the new image is made, so a failed build never costs the user their old AMI).
 */
import type { Step } from '../state.js'
import { BuildError } from '../state.js'

export const preValidate: Step = {
  name: 'pre-validate',
  title: 'Prevalidating the AMI name and regions',
  async run(ctx, _state, signal) {
    const { source } = ctx
    const regions = [source.region, ...source.ami_regions.filter(r => r !== source.region)]

    if (!source.skip_region_validation) {
      const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeRegionsCommand({ AllRegions: true }), {
        signal
      })
      const known = new Set((out.Regions ?? []).map(r => r.RegionName))
      const unknown = regions.filter(r => !known.has(r))
      if (unknown.length > 0) {
        throw new BuildError(
          `Unknown region${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: EC2 knows ` +
            `${[...known].sort().join(', ')}. Fix the region or set skip_region_validation.`
        )
      }
    }

    if (source.skip_create_ami || source.force_deregister) return
    const taken = await Promise.all(
      regions.map(async region => {
        const ec2 = ctx.ec2In(region)
        const out = await ec2.send(
          new ec2.sdk.DescribeImagesCommand({
            Owners: ['self'],
            Filters: [{ Name: 'name', Values: [source.ami_name] }]
          }),
          { signal }
        )
        return (out.Images ?? []).map(image => `${image.ImageId} in ${region}`)
      })
    )
    const found = taken.flat()
    if (found.length > 0) {
      throw new BuildError(
        `An AMI named "${source.ami_name}" already exists (${found.join(', ')}). ` +
          'Choose another ami_name (e.g. add {{timestamp}}) or set force_deregister: true to replace it.'
      )
    }
    ctx.reporter.info(`AMI name "${source.ami_name}" is free in ${regions.join(', ')}`)
  }
}
