/** Endpoints as the SDK's own endpoint rules resolve them, and the environment's overrides. */
import { EC2Client } from '@aws-sdk/client-ec2'
import { STSClient } from '@aws-sdk/client-sts'
import { endpointFor } from '../../src/clients/endpoints.js'

const REGIONS = [
  'us-east-1',
  'eu-central-2',
  'il-central-1',
  'cn-north-1',
  'us-gov-west-1',
  'us-iso-east-1',
  'us-isob-east-1',
  'us-isof-south-1',
  'eu-isoe-west-1',
  'eusc-de-east-1',
  'xx-future-1'
]
const FLAGS = [
  { fips: false, dualStack: false },
  { fips: true, dualStack: false },
  { fips: false, dualStack: true },
  { fips: true, dualStack: true }
]

type Resolve = (params: Record<string, unknown>, context: object) => { url: URL }

describe('endpoints', () => {
  const ec2 = new EC2Client({ region: 'us-east-1' }).config.endpointProvider as unknown as Resolve
  const sts = new STSClient({ region: 'us-east-1' }).config.endpointProvider as unknown as Resolve

  it.each(REGIONS)('in %s, with and without FIPS and dual-stack, are the SDK’s', region => {
    for (const { fips, dualStack } of FLAGS) {
      const env = {
        AWS_USE_FIPS_ENDPOINT: String(fips),
        AWS_USE_DUALSTACK_ENDPOINT: String(dualStack)
      }
      const params = { Region: region, UseFIPS: fips, UseDualStack: dualStack }
      expect([fips, dualStack, endpointFor('ec2', region, env).href]).toEqual([
        fips,
        dualStack,
        ec2(params, {}).url.href
      ])
      expect([fips, dualStack, endpointFor('sts', region, env).href]).toEqual([
        fips,
        dualStack,
        sts({ ...params, UseGlobalEndpoint: false }, {}).url.href
      ])
    }
  })

  it('follow AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, unless told to ignore them', () => {
    const env = {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4000',
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:5000/sts'
    }
    expect(endpointFor('ec2', 'us-east-1', env).href).toBe('http://127.0.0.1:4000/')
    expect(endpointFor('sts', 'us-east-1', env).href).toBe('http://127.0.0.1:5000/sts')
    expect(
      endpointFor('ec2', 'eu-west-1', { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }).href
    ).toBe('https://ec2.eu-west-1.amazonaws.com/')
  })

  it('refuse a region that is not a host name label, and a flag that is not a boolean', () => {
    expect(() => endpointFor('ec2', 'us-east-1.evil.example', {})).toThrow(
      'invalid AWS region "us-east-1.evil.example"'
    )
    expect(() => endpointFor('ec2', 'us-east-1', { AWS_USE_FIPS_ENDPOINT: 'yes' })).toThrow(
      'AWS_USE_FIPS_ENDPOINT must be true or false, not "yes"'
    )
  })
})
