/**
 * Sharing and lifecycle attributes on the AMI in every region: launch permissions (accounts,
 * groups, organizations, OUs), snapshot create-volume permissions, deprecate_at, imds_support.
 */
import type { Step } from '../state.js'

export const modifyAttributes: Step = {
  name: 'modify-attributes',
  title: 'Setting AMI attributes',
  skip: ({ source: s }) =>
    !s.ami_users.length &&
    !s.ami_groups.length &&
    !s.ami_org_arns.length &&
    !s.ami_ou_arns.length &&
    !s.snapshot_users.length &&
    !s.snapshot_groups.length &&
    !s.deprecate_at &&
    !s.imds_support,
  async run(ctx, state, signal) {
    const { source } = ctx
    const launchPermissions = [
      ...source.ami_users.map(UserId => ({ UserId })),
      ...source.ami_groups.map(Group => ({ Group: Group as 'all' })),
      ...source.ami_org_arns.map(OrganizationArn => ({ OrganizationArn })),
      ...source.ami_ou_arns.map(OrganizationalUnitArn => ({ OrganizationalUnitArn }))
    ]
    await Promise.all(
      Object.entries(state.amis).map(async ([region, imageId]) => {
        const ec2 = ctx.ec2In(region)
        const call = { signal, retry: ['InvalidAMIID.NotFound'], patienceMs: 60_000 }
        if (launchPermissions.length) {
          await ec2.send(
            new ec2.sdk.ModifyImageAttributeCommand({
              ImageId: imageId,
              LaunchPermission: { Add: launchPermissions }
            }),
            call
          )
        }
        if (source.snapshot_users.length || source.snapshot_groups.length) {
          for (const snapshotId of state.snapshots[region] ?? []) {
            await ec2.send(
              new ec2.sdk.ModifySnapshotAttributeCommand({
                SnapshotId: snapshotId,
                Attribute: 'createVolumePermission',
                CreateVolumePermission: {
                  Add: [
                    ...source.snapshot_users.map(UserId => ({ UserId })),
                    ...source.snapshot_groups.map(Group => ({ Group: Group as 'all' }))
                  ]
                }
              }),
              call
            )
          }
        }
        if (source.deprecate_at) {
          await ec2.send(
            new ec2.sdk.EnableImageDeprecationCommand({
              ImageId: imageId,
              DeprecateAt: new Date(source.deprecate_at)
            }),
            call
          )
        }
        if (source.imds_support) {
          await ec2.send(
            new ec2.sdk.ModifyImageAttributeCommand({
              ImageId: imageId,
              ImdsSupport: { Value: source.imds_support }
            }),
            call
          )
        }
      })
    )
    const shared = launchPermissions.length
      ? `shared with ${[...source.ami_users, ...source.ami_groups, ...source.ami_org_arns, ...source.ami_ou_arns].join(', ')}`
      : 'attributes set'
    ctx.reporter.info(`${Object.values(state.amis).join(', ')}: ${shared}`)
  }
}
