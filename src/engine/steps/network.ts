/**
 * Where the instance runs: the subnet (by ID or filter), else a subnet of the VPC (by ID or
 * filter), else the default VPC, where EC2 picks the subnet.
 */
import type { Subnet } from '@aws-sdk/client-ec2'
import type { ResourceFilter } from '../../template/model.js'
import type { BuildContext, Step } from '../state.js'
import { BuildError } from '../state.js'

function filters(filter: ResourceFilter): Array<{ Name: string; Values: string[] }> {
  return Object.entries(filter.filters).map(([Name, value]) => ({ Name, Values: [value] }))
}

function pick(subnets: Subnet[], filter: ResourceFilter | undefined, what: string): Subnet {
  if (subnets.length === 1) return subnets[0]!
  if (filter?.random) return subnets[Math.floor(Math.random() * subnets.length)]!
  if (filter?.most_free || !filter) {
    return [...subnets].sort(
      (a, b) => (b.AvailableIpAddressCount ?? 0) - (a.AvailableIpAddressCount ?? 0)
    )[0]!
  }
  throw new BuildError(
    `${subnets.length} subnets match ${what}: ${subnets.map(s => s.SubnetId).join(', ')}. ` +
      'Narrow the filter, or set most_free or random.'
  )
}

async function subnets(
  ctx: BuildContext,
  input: { SubnetIds?: string[]; Filters?: Array<{ Name: string; Values: string[] }> },
  signal: AbortSignal
): Promise<Subnet[]> {
  const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeSubnetsCommand(input), { signal })
  return out.Subnets ?? []
}

export const network: Step = {
  name: 'network',
  title: 'Finding the network',
  async run(ctx, state, signal) {
    const { source, ec2 } = ctx
    const az = source.availability_zone
    const azFilter = az ? [{ Name: 'availability-zone', Values: [az] }] : []
    let subnet: Subnet | undefined

    if (source.subnet_id) {
      const found = await subnets(ctx, { SubnetIds: [source.subnet_id] }, signal).catch(() => [])
      if (found.length === 0) {
        throw new BuildError(`Subnet ${source.subnet_id} not found in ${source.region}.`)
      }
      subnet = found[0]
    } else if (source.subnet_filter) {
      const found = await subnets(
        ctx,
        { Filters: [...filters(source.subnet_filter), ...azFilter] },
        signal
      )
      if (found.length === 0) {
        throw new BuildError(`No subnet in ${source.region} matches subnet_filter.`)
      }
      subnet = pick(found, source.subnet_filter, 'subnet_filter')
    }

    let vpcId = subnet?.VpcId ?? source.vpc_id
    if (!vpcId && source.vpc_filter) {
      const out = await ec2.send(
        new ec2.sdk.DescribeVpcsCommand({ Filters: filters(source.vpc_filter) }),
        { signal }
      )
      const vpcs = out.Vpcs ?? []
      if (vpcs.length !== 1) {
        throw new BuildError(
          vpcs.length === 0
            ? `No VPC in ${source.region} matches vpc_filter.`
            : `${vpcs.length} VPCs match vpc_filter (${vpcs.map(v => v.VpcId).join(', ')}); narrow it.`
        )
      }
      vpcId = vpcs[0]!.VpcId
    }

    if (!subnet && vpcId) {
      const found = await subnets(
        ctx,
        { Filters: [{ Name: 'vpc-id', Values: [vpcId] }, ...azFilter] },
        signal
      )
      if (found.length === 0) throw new BuildError(`VPC ${vpcId} has no subnet to launch into.`)
      subnet = pick(found, undefined, `VPC ${vpcId}`)
    }

    if (!vpcId) {
      const out = await ec2.send(
        new ec2.sdk.DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
        { signal }
      )
      vpcId = out.Vpcs?.[0]?.VpcId
      if (!vpcId) {
        throw new BuildError(
          `${source.region} has no default VPC: set subnet_id, subnet_filter, vpc_id or vpc_filter.`
        )
      }
    }

    state.vpcId = vpcId
    state.subnetId = subnet?.SubnetId
    state.availabilityZone = subnet?.AvailabilityZone ?? az
    ctx.reporter.info(
      subnet
        ? `Subnet ${subnet.SubnetId} (${subnet.AvailabilityZone}) in ${vpcId}`
        : `Default VPC ${vpcId}`
    )
  }
}
