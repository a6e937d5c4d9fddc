/**
 * Removing an AMI completely: deregister it, then delete its snapshots (which AWS keeps after a
 * deregistration). Shared by the build's cleanup, force_deregister and the post step's sweep.
 */
import type { Image } from '@aws-sdk/client-ec2'
import type { Ec2 } from './aws.js'
import { errorCode } from './retry.js'

export async function describeImage(
  ec2: Ec2,
  imageId: string,
  signal: AbortSignal
): Promise<Image | undefined> {
  try {
    const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
      signal
    })
    return out.Images?.[0]
  } catch (error) {
    if (
      errorCode(error) === 'InvalidAMIID.NotFound' ||
      errorCode(error) === 'InvalidAMIID.Unavailable'
    ) {
      return undefined
    }
    throw error
  }
}

export function snapshotIdsOf(image: Image | undefined): string[] {
  return (image?.BlockDeviceMappings ?? []).flatMap(m =>
    m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []
  )
}

/** Deregister an image and delete its snapshots. Returns the snapshots deleted; an image that is
 * already gone is not an error. `knownSnapshots` covers an image too young to list its own. */
export async function removeImage(
  ec2: Ec2,
  imageId: string,
  signal: AbortSignal,
  options: { deleteSnapshots: boolean; knownSnapshots?: string[] } = { deleteSnapshots: true }
): Promise<{ snapshots: string[] }> {
  const image = await describeImage(ec2, imageId, signal)
  const snapshots = [...new Set([...snapshotIdsOf(image), ...(options.knownSnapshots ?? [])])]
  if (image) {
    try {
      await ec2.send(new ec2.sdk.DeregisterImageCommand({ ImageId: imageId }), { signal })
    } catch (error) {
      if (
        errorCode(error) !== 'InvalidAMIID.NotFound' &&
        errorCode(error) !== 'InvalidAMIID.Unavailable'
      ) {
        throw error
      }
    }
  }
  if (!options.deleteSnapshots) return { snapshots: [] }
  for (const snapshotId of snapshots) {
    await deleteSnapshot(ec2, snapshotId, signal)
  }
  return { snapshots }
}

export async function deleteSnapshot(
  ec2: Ec2,
  snapshotId: string,
  signal: AbortSignal
): Promise<void> {
  try {
    // The deregistration takes a moment to release the snapshot.
    await ec2.send(new ec2.sdk.DeleteSnapshotCommand({ SnapshotId: snapshotId }), {
      signal,
      retry: ['InvalidSnapshot.InUse'],
      patienceMs: 60_000
    })
  } catch (error) {
    if (errorCode(error) !== 'InvalidSnapshot.NotFound') throw error
  }
}
