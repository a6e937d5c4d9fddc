/**
 * Where EC2 and STS answer for a region. As the SDK: AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL_STS,
 * then AWS_ENDPOINT_URL (what the emulator sets), unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS;
 * otherwise the partition's endpoint, with AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT.
 * Not read: endpoint settings in the shared config file (~/.aws/config).
 */

export type AwsService = 'ec2' | 'sts'

/** Environment variables, as process.env holds them. */
export type Env = Record<string, string | undefined>

/** The partitions of the SDK's partitions.json: region pattern, DNS suffix, dual-stack suffix. */
const PARTITIONS: Array<[pattern: RegExp, name: string, dns: string, dualStack: string]> = [
  [/^cn-\w+-\d+$/, 'aws-cn', 'amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
  [/^us-gov-\w+-\d+$/, 'aws-us-gov', 'amazonaws.com', 'api.aws'],
  [/^us-iso-\w+-\d+$/, 'aws-iso', 'c2s.ic.gov', 'api.aws.ic.gov'],
  [/^us-isob-\w+-\d+$/, 'aws-iso-b', 'sc2s.sgov.gov', 'api.aws.scloud'],
  [/^us-isof-\w+-\d+$/, 'aws-iso-f', 'csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
  [/^eu-isoe-\w+-\d+$/, 'aws-iso-e', 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
  [/^eusc-de-\w+-\d+$/, 'aws-eusc', 'amazonaws.eu', 'api.amazonwebservices.eu']
]
const AWS: (typeof PARTITIONS)[number] = [/^/, 'aws', 'amazonaws.com', 'api.aws']

export function endpointFor(service: AwsService, region: string, env: Env = process.env): URL {
  const configured =
    env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true'
      ? undefined
      : (env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL)
  if (configured) return new URL(configured)
  // The region becomes part of a host name: it must be one.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(region)) throw new Error(`invalid AWS region "${region}"`)
  const [, partition, dns, dualStackDns] = PARTITIONS.find(([p]) => p.test(region)) ?? AWS
  const fips = flag(env, 'AWS_USE_FIPS_ENDPOINT')
  const dualStack = flag(env, 'AWS_USE_DUALSTACK_ENDPOINT')
  // GovCloud's endpoints are FIPS endpoints already, under their usual names.
  if (fips && !dualStack && partition === 'aws-us-gov')
    return new URL(`https://${service}.${region}.amazonaws.com`)
  const host = `${service}${fips ? '-fips' : ''}.${region}.${dualStack ? dualStackDns : dns}`
  return new URL(`https://${host}`)
}

function flag(env: Env, name: string): boolean {
  const value = env[name]?.toLowerCase()
  if (value === undefined || value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new Error(`${name} must be true or false, not "${env[name]}"`)
}
