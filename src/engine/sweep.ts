/**
 * The post step's cleanup (and `ami-build cleanup`): remove what a build run left behind, even
 * if its process was killed. It removes the resources the run reported and anything else tagged
 * with the run's ID — never anything another run made, never a finished build's AMIs (their run
 * tag was removed when they became deliverables) and never what on-error: abort kept on purpose.
 */
import type { Tag } from '@aws-sdk/client-ec2'
import { createEc2Clients, type Ec2Clients } from '../clients/ec2.js'
import type { Clock, SweepOptions, SweepResult, TrackedResource } from './api.js'
import { regionalEc2, type Ec2 } from './aws.js'
import { systemClock } from './clock.js'
import { deleteSnapshot, removeImage } from './images.js'
import { errorCode, errorMessage } from './retry.js'
import { KEPT_TAG, RUN_ID_TAG } from './state.js'
import { EXPECTED, waitFor } from './wait.js'

type Found = Omit<TrackedResource, 'build'> & { build?: string }

const kept = (tags: Tag[] | undefined): boolean => (tags ?? []).some(t => t.Key === KEPT_TAG)
const buildOf = (tags: Tag[] | undefined): string =>
  (tags ?? []).find(t => t.Key === 'ami-build:build')?.Value ?? ''

export async function sweep(
  options: SweepOptions,
  dependencies: { ec2Clients?: Ec2Clients } = {}
): Promise<SweepResult> {
  const clock = options.clock ?? systemClock
  const clients = dependencies.ec2Clients ?? (await createEc2Clients(options.credentials))
  const result: SweepResult = { removed: [], failed: [] }
  const regions = [...new Set([...options.regions, ...options.resources.map(r => r.region)])]
  try {
    await Promise.all(
      regions.map(region =>
        sweepRegion(regionalEc2(clients, region, clock), options, clock, result)
      )
    )
  } finally {
    if (!dependencies.ec2Clients) clients.destroy()
  }
  if (result.removed.length) {
    options.reporter.info(
      `Removed ${result.removed.map(r => `${r.kind} ${r.id} (${r.region})`).join(', ')}`
    )
  }
  for (const f of result.failed) {
    options.reporter.warning(`Could not remove ${f.kind} ${f.id} in ${f.region}: ${f.reason}`)
  }
  return result
}

async function sweepRegion(
  ec2: Ec2,
  options: SweepOptions,
  clock: Clock,
  result: SweepResult
): Promise<void> {
  const { signal, runId } = options
  const region = ec2.region
  const byTag = [{ Name: `tag:${RUN_ID_TAG}`, Values: [runId] }]
  const listed = (kind: TrackedResource['kind']): Found[] =>
    options.resources.filter(r => r.region === region && r.kind === kind && !r.kept)
  const merge = (a: Found[], b: Found[]): Found[] => {
    const seen = new Map(a.map(r => [r.id, r]))
    for (const r of b) if (!seen.has(r.id)) seen.set(r.id, r)
    return [...seen.values()]
  }
  const done = (r: Found): void => {
    result.removed.push({ ...r, build: r.build ?? '' })
  }
  const fail = (r: Found, error: unknown): void => {
    result.failed.push({ ...r, build: r.build ?? '', reason: errorMessage(error) })
  }

  const [instances, images, snapshots, keyPairs, groups] = await Promise.all([
    ec2
      .send(
        new ec2.sdk.DescribeInstancesCommand({
          Filters: [
            ...byTag,
            { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
          ]
        }),
        { signal }
      )
      .then(out =>
        (out.Reservations ?? [])
          .flatMap(r => r.Instances ?? [])
          .filter(i => !kept(i.Tags))
          .map(i => ({
            kind: 'instance' as const,
            id: i.InstanceId!,
            region,
            build: buildOf(i.Tags)
          }))
      ),
    ec2
      .send(new ec2.sdk.DescribeImagesCommand({ Owners: ['self'], Filters: byTag }), { signal })
      .then(out =>
        (out.Images ?? [])
          .filter(i => !kept(i.Tags))
          .map(i => ({ kind: 'image' as const, id: i.ImageId!, region, build: buildOf(i.Tags) }))
      ),
    ec2
      .send(new ec2.sdk.DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: byTag }), {
        signal
      })
      .then(out =>
        (out.Snapshots ?? [])
          .filter(s => !kept(s.Tags))
          .map(s => ({
            kind: 'snapshot' as const,
            id: s.SnapshotId!,
            region,
            build: buildOf(s.Tags)
          }))
      ),
    ec2
      .send(new ec2.sdk.DescribeKeyPairsCommand({}), { signal })
      .then(out =>
        (out.KeyPairs ?? [])
          .filter(
            k =>
              !kept(k.Tags) &&
              ((k.Tags ?? []).some(t => t.Key === RUN_ID_TAG && t.Value === runId) ||
                k.KeyName?.startsWith(`ami-build-${runId}-`))
          )
          .map(k => ({ kind: 'key-pair' as const, id: k.KeyName!, region, build: buildOf(k.Tags) }))
      ),
    ec2.send(new ec2.sdk.DescribeSecurityGroupsCommand({ Filters: byTag }), { signal }).then(out =>
      (out.SecurityGroups ?? [])
        .filter(g => !kept(g.Tags))
        .map(g => ({
          kind: 'security-group' as const,
          id: g.GroupId!,
          region,
          build: buildOf(g.Tags)
        }))
    )
  ])

  // The instance first: it costs money and holds the security group.
  const toTerminate = merge(listed('instance'), instances)
  for (const batch of toTerminate.length ? [toTerminate] : []) {
    try {
      await terminate(
        ec2,
        batch.map(i => i.id),
        signal
      )
      batch.forEach(done)
    } catch (error) {
      // One unknown ID fails the whole call: fall back to one at a time.
      for (const instance of batch) {
        await terminate(ec2, [instance.id], signal).then(
          () => done(instance),
          e =>
            errorCode(e) === 'InvalidInstanceID.NotFound'
              ? done(instance)
              : fail(instance, e ?? error)
        )
      }
    }
  }

  const removedSnapshots = new Set<string>()
  for (const image of merge(listed('image'), images)) {
    try {
      const { snapshots: gone } = await removeImage(ec2, image.id, signal)
      done(image)
      for (const id of gone) {
        removedSnapshots.add(id)
        done({ kind: 'snapshot', id, region, build: image.build })
      }
    } catch (error) {
      fail(image, error)
    }
  }
  for (const snapshot of merge(listed('snapshot'), snapshots)) {
    if (removedSnapshots.has(snapshot.id)) continue
    try {
      await deleteSnapshot(ec2, snapshot.id, signal)
      done(snapshot)
    } catch (error) {
      fail(snapshot, error)
    }
  }
  for (const key of merge(listed('key-pair'), keyPairs)) {
    try {
      await ec2.send(new ec2.sdk.DeleteKeyPairCommand({ KeyName: key.id }), { signal })
      done(key)
    } catch (error) {
      fail(key, error)
    }
  }

  const securityGroups = merge(listed('security-group'), groups)
  if (toTerminate.length) {
    // A group is deletable only once its instance is terminated; and with no group left (the
    // build released it early), what the sweep reports removed is still gone, not on its way.
    await waitFor({
      what: `instance ${toTerminate.map(i => i.id).join(', ')} to terminate`,
      expected: EXPECTED.terminated,
      timeoutMs: 5 * 60_000,
      clock,
      signal,
      reporter: options.reporter,
      check: async s => {
        const out = await ec2.send(
          new ec2.sdk.DescribeInstancesCommand({ InstanceIds: toTerminate.map(i => i.id) }),
          { signal: s }
        )
        const states = (out.Reservations ?? []).flatMap(r => r.Instances ?? [])
        return { done: states.every(i => i.State?.Name === 'terminated') }
      }
    }).catch(() => undefined)
  }
  for (const group of securityGroups) {
    try {
      await ec2.send(new ec2.sdk.DeleteSecurityGroupCommand({ GroupId: group.id }), {
        signal,
        retry: ['DependencyViolation'],
        patienceMs: 120_000
      })
      done(group)
    } catch (error) {
      if (errorCode(error) === 'InvalidGroup.NotFound') done(group)
      else fail(group, error)
    }
  }
}

async function terminate(ec2: Ec2, ids: string[], signal: AbortSignal): Promise<void> {
  await ec2.send(new ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }), { signal })
}
