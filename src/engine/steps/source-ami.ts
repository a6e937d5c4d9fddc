/**
 * The source AMI: by ID, or the one image `source_ami_filter` matches (the newest with
 * most_recent). An ambiguous filter is an error that lists what it matched, as a launch from a
 * random one of them would be a surprise.
 */
import type { Image } from '@aws-sdk/client-ec2'
import type { Step } from '../state.js'
import { BuildError } from '../state.js'
import { errorCode } from '../retry.js'

export const sourceAmi: Step = {
  name: 'source-ami',
  title: 'Finding the source AMI',
  async run(ctx, state, signal) {
    const { source, ec2 } = ctx
    const filter = source.source_ami_filter
    const out = await ec2
      .send(
        new ec2.sdk.DescribeImagesCommand(
          source.source_ami
            ? { ImageIds: [source.source_ami] }
            : {
                Owners: filter?.owners.length ? filter.owners : undefined,
                Filters: Object.entries(filter?.filters ?? {}).map(([Name, value]) => ({
                  Name,
                  Values: [value]
                })),
                IncludeDeprecated: filter?.include_deprecated || undefined
              }
        ),
        { signal, retry: [] }
      )
      .catch(error => {
        const code = errorCode(error)
        if (code === 'InvalidAMIID.NotFound' || code === 'InvalidAMIID.Malformed') {
          throw new BuildError(`Source AMI ${source.source_ami} not found in ${source.region}.`)
        }
        throw error
      })
    const images = out.Images ?? []
    const describe = source.source_ami
      ? `source_ami ${source.source_ami}`
      : `source_ami_filter (${Object.entries(filter?.filters ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}; owners ${filter?.owners.join(', ') || 'any'})`
    if (images.length === 0) {
      throw new BuildError(`No AMI matches ${describe} in ${source.region}.`)
    }
    let image: Image
    if (images.length === 1) {
      image = images[0]!
    } else if (source.source_ami_filter?.most_recent) {
      image = [...images].sort((a, b) =>
        (b.CreationDate ?? '').localeCompare(a.CreationDate ?? '')
      )[0]!
    } else {
      const listed = images
        .slice(0, 10)
        .map(i => `  ${i.ImageId}  ${i.CreationDate ?? ''}  ${i.Name ?? ''}`)
        .join('\n')
      throw new BuildError(
        `${images.length} AMIs match ${describe} in ${source.region}; set most_recent: true to ` +
          `take the newest, or narrow the filter:\n${listed}${images.length > 10 ? '\n  …' : ''}`
      )
    }
    if (image.State && image.State !== 'available') {
      throw new BuildError(`Source AMI ${image.ImageId} is ${image.State}, not available.`)
    }
    state.sourceImage = {
      id: image.ImageId!,
      name: image.Name,
      description: image.Description,
      creationDate: image.CreationDate,
      ownerId: image.OwnerId,
      ownerAlias: image.ImageOwnerAlias,
      architecture: image.Architecture,
      rootDeviceName: image.RootDeviceName,
      tags: Object.fromEntries((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? '']))
    }
    ctx.reporter.info(
      `Source AMI ${image.ImageId} (${image.Name ?? 'unnamed'}, ${image.Architecture ?? 'unknown architecture'})`
    )
  }
}
