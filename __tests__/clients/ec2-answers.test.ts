/**
 * Answers the emulator does not give, read by our client and by the SDK's: examples after the EC2
 * API reference (fields the emulator leaves out, entities, CDATA, CRLF, time zones), and errors,
 * including the ones that are not AWS XML at all.
 */
import { readFileSync } from 'node:fs'
import * as sdk from '@aws-sdk/client-ec2'
import { createEc2Clients, type Ec2Clients } from '../../src/clients/ec2.js'
import type { Ec2Command } from '../../src/clients/query.js'
import { isTransient } from '../../src/engine/retry.js'
import { cannedServer, sdkEc2, TEST_CREDENTIALS, withoutMetadata, type Answer } from './helpers.js'

let server: Awaited<ReturnType<typeof cannedServer>>
let ours: Ec2Clients

beforeAll(async () => {
  server = await cannedServer('never')
  ours = await createEc2Clients(TEST_CREDENTIALS, { env: { AWS_ENDPOINT_URL: server.endpoint } })
})

afterAll(async () => {
  ours.destroy()
  await server.close()
})

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}.xml`, import.meta.url), 'utf8')

/** Our client's and the SDK's reading of `answer` to `action` with an empty input. */
async function readBoth(action: string, answer: Answer) {
  server.answerWith(answer)
  const Ours = (
    ours.sdk as unknown as Record<string, new (input: object) => Ec2Command<object, object>>
  )[`${action}Command`]!
  const Theirs = (sdk as unknown as Record<string, new (input: object) => object>)[
    `${action}Command`
  ]!
  const settle = (sent: Promise<object>) =>
    sent.then(
      output => ({ output: output as Record<string, unknown> }),
      (error: Error & { $fault?: string; $metadata?: { httpStatusCode?: number } }) => ({ error })
    )
  const mine = await settle(ours.client('us-east-1').send(new Ours({})))
  const theirs = await settle(
    sdkEc2(server.endpoint).send(new Theirs({}) as never) as Promise<object>
  )
  return { mine, theirs }
}

describe('answers after the EC2 API reference', () => {
  it.each([
    ['DescribeInstances', 'describe-instances'],
    ['DescribeImages', 'describe-images'],
    ['DescribeSecurityGroups', 'describe-security-groups'],
    ['DescribeSnapshots', 'describe-snapshots'],
    ['DescribeRegions', 'describe-regions'],
    ['CreateSecurityGroup', 'create-security-group']
  ])('%s reads as the SDK reads it', async (action, name) => {
    const { mine, theirs } = await readBoth(action, { status: 200, body: fixture(name) })
    if (!('output' in mine) || !('output' in theirs)) throw new Error('both must read the answer')
    expect(withoutMetadata(mine.output)).toEqual(withoutMetadata(theirs.output))
    expect(Object.keys(withoutMetadata(mine.output)).length).toBeGreaterThan(0)
  })

  it('decodes entities, numeric references and CDATA, and keeps text as sent', async () => {
    const { mine } = await readBoth('DescribeInstances', {
      status: 200,
      body: fixture('describe-instances')
    })
    const out = (mine as { output: sdk.DescribeInstancesResult }).output
    const instance = out.Reservations![0]!.Instances![0]!
    expect(instance.Tags).toEqual([
      { Key: 'Name', Value: 'Web & API — <prod> "blue" \'1\' №1' },
      { Key: 'Notes', Value: 'raw <text> & more' },
      { Key: 'Empty', Value: '' }
    ])
    expect(instance.LaunchTime).toEqual(new Date('2018-05-08T16:46:19.000Z'))
    expect(instance.ProductCodes).toEqual([])
    expect(instance.CpuOptions).toEqual({ CoreCount: 1, ThreadsPerCore: 1 })
  })

  it('reads a time with an offset and fractional seconds', async () => {
    const { mine } = await readBoth('DescribeSnapshots', {
      status: 200,
      body: fixture('describe-snapshots')
    })
    const snapshots = (mine as { output: sdk.DescribeSnapshotsResult }).output.Snapshots!
    expect(snapshots[0]!.StartTime).toEqual(new Date('2016-12-20T18:22:11.500Z'))
    expect(snapshots[1]!.Description).toBe('   spaced   ')
  })

  it('takes the request ID from the x-amzn-requestid header, as the SDK does', async () => {
    const { mine, theirs } = await readBoth('DescribeRegions', {
      status: 200,
      body: fixture('describe-regions'),
      headers: { 'x-amzn-RequestId': 'req-from-header' }
    })
    const metadata = (r: typeof mine) => (r as { output: { $metadata: object } }).output.$metadata
    expect(metadata(mine)).toMatchObject({ httpStatusCode: 200, requestId: 'req-from-header' })
    expect(metadata(theirs)).toMatchObject({ httpStatusCode: 200, requestId: 'req-from-header' })
  })

  it('reads an answer without a body as an empty output', async () => {
    const { mine, theirs } = await readBoth('CreateTags', { status: 200, body: '' })
    expect(withoutMetadata((mine as { output: object }).output)).toEqual({})
    expect(withoutMetadata((theirs as { output: object }).output)).toEqual({})
  })
})

const ec2Error = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code>` +
  `<Message>${message}</Message></Error></Errors><RequestID>req-1</RequestID></Response>`

describe('errors', () => {
  it.each([
    [400, 'InvalidAMIID.NotFound', "The image id '[ami-1]' does not exist"],
    [401, 'AuthFailure', 'AWS was not able to validate the provided access credentials'],
    [503, 'RequestLimitExceeded', 'Request limit exceeded.'],
    [500, 'InsufficientInstanceCapacity', 'We currently do not have sufficient capacity &amp; more']
  ])(
    'HTTP %i %s: the same name, status, fault and message as the SDK’s',
    async (status, code, message) => {
      const { mine, theirs } = await readBoth('DescribeImages', {
        status,
        body: ec2Error(code, message)
      })
      if (!('error' in mine) || !('error' in theirs)) throw new Error('both must fail')
      const seen = (error: typeof mine.error) => ({
        name: error.name,
        message: error.message,
        fault: error.$fault,
        status: error.$metadata?.httpStatusCode
      })
      expect(seen(mine.error)).toEqual(seen(theirs.error))
      expect(mine.error).toMatchObject({ Code: code, $metadata: { requestId: 'req-1' } })
    }
  )

  it('a proxy’s HTML 503 is still an error with its status, and worth a retry', async () => {
    const { mine, theirs } = await readBoth('DescribeImages', {
      status: 503,
      body: '<html><body><h1>503 Service Unavailable</h1></body></html>',
      headers: { 'content-type': 'text/html' }
    })
    if (!('error' in mine) || !('error' in theirs)) throw new Error('both must fail')
    expect(mine.error).toMatchObject({ name: 'Unknown', $fault: 'server' })
    expect(mine.error.$metadata?.httpStatusCode).toBe(theirs.error.$metadata?.httpStatusCode)
    expect(mine.error.$fault).toBe(theirs.error.$fault)
    expect(mine.error.message).toBe(
      'EC2 answered HTTP 503 without an AWS error: <html><body><h1>503 Service Unavailable</h1></body></html>'
    )
    expect(isTransient(mine.error)).toBe(true)
  })

  it('a 200 whose body is not XML is an error that says so, not an empty output', async () => {
    const { mine } = await readBoth('DescribeImages', { status: 200, body: '<html><body>' })
    expect((mine as { error: Error }).error.message).toBe(
      'EC2 answered with unreadable XML (malformed XML at offset 12: unclosed <body>)'
    )
  })

  it('a 500 with no body at all says so', async () => {
    const { mine } = await readBoth('DescribeImages', { status: 500, body: '' })
    expect((mine as { error: Error }).error).toMatchObject({
      name: 'Unknown',
      message: 'EC2 answered HTTP 500 without an AWS error (empty body)',
      $fault: 'server',
      $metadata: { httpStatusCode: 500 }
    })
  })
})
