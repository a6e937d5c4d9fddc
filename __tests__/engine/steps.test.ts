/**
 * The steps' logic against a mocked EC2 (aws-sdk-client-mock): choices, messages and cleanup
 * order, instantly (fake clock). Our EC2 client keeps the SDK's command names and shapes, so the
 * engine runs here on the SDK's commands and a mocked SDK client.
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  DeregisterImageCommand,
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DeleteTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
  ImportKeyPairCommand,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand
} from '@aws-sdk/client-ec2'
import { mockClient } from 'aws-sdk-client-mock'
import * as sdk from '@aws-sdk/client-ec2'
import type { Ec2Clients } from '../../src/clients/ec2.js'
import type { BuildOptions } from '../../src/engine/api.js'
import { build } from '../../src/engine/build.js'
import type { Communicator } from '../../src/engine/communicator.js'
import type { AmazonEbsSource } from '../../src/template/model.js'
import { ebsSource, FakeClock, RecordingReporter, shell, template } from './helpers.js'

const ec2 = mockClient(EC2Client)

/** The engine's EC2 clients on the SDK's own (mocked) EC2Client. */
function sdkEc2Clients(): Ec2Clients {
  return {
    sdk: sdk as unknown as Ec2Clients['sdk'],
    client: region =>
      new EC2Client({
        region,
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
      }) as unknown as ReturnType<Ec2Clients['client']>,
    destroy: () => undefined
  }
}

function awsError(code: string, message = 'simulated', status = 400): Error {
  return Object.assign(new Error(message), { name: code, $metadata: { httpStatusCode: status } })
}

const image = (id: string, created: string, name = `ubuntu-${created}`) => ({
  ImageId: id,
  Name: name,
  CreationDate: created,
  State: 'available' as const,
  Architecture: 'x86_64' as const,
  RootDeviceName: '/dev/sda1'
})

/** An account with one default VPC and free AMI names. */
function happyAccount(): void {
  ec2.reset()
  ec2
    .on(DescribeRegionsCommand)
    .resolves({ Regions: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] })
  ec2.on(DescribeImagesCommand, { Owners: ['self'] }).resolves({ Images: [] })
  ec2
    .on(DescribeImagesCommand, { ImageIds: ['ami-source'] })
    .resolves({ Images: [image('ami-source', '2024-01-01')] })
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-default', IsDefault: true }] })
  ec2.on(ImportKeyPairCommand).resolves({ KeyPairId: 'key-1' })
  ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: 'sg-1' })
  ec2.on(AuthorizeSecurityGroupIngressCommand).resolves({})
  ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-1' }] })
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [
      {
        Instances: [{ InstanceId: 'i-1', State: { Name: 'running' }, PublicIpAddress: '127.0.0.9' }]
      }
    ]
  })
  ec2.on(TerminateInstancesCommand).resolves({})
  ec2.on(DeleteKeyPairCommand).resolves({})
  ec2.on(DeleteSecurityGroupCommand).resolves({})
}

const fakeCommunicator: Communicator = {
  run: async () => ({ exitCode: 0, disconnected: false }),
  upload: async () => undefined,
  uploadDir: async () => undefined,
  download: async () => undefined,
  reconnect: async () => undefined,
  close: async () => undefined
}

async function run(
  source: Partial<AmazonEbsSource>,
  options: Partial<BuildOptions> = {},
  provisioner: () => Promise<void> = async () => {
    throw Object.assign(new Error('shell provisioner (template.yml:10) exited 1'), {
      name: 'ProvisionerError'
    })
  }
) {
  const reporter = new RecordingReporter()
  const clock = new FakeClock()
  const result = await build(
    {
      template: template([ebsSource(source)], { provisioners: [shell()] }),
      runId: 'run-1',
      onError: 'cleanup',
      signal: new AbortController().signal,
      reporter,
      clock,
      ...options
    },
    {
      ec2Clients: sdkEc2Clients(),
      connect: async () => fakeCommunicator,
      runProvisioner: provisioner
    }
  )
  const calls = ec2.calls().map(c => c.args[0].constructor.name.replace(/Command$/, ''))
  return { result, reporter, calls }
}

beforeEach(happyAccount)

describe('finding the source AMI', () => {
  const filter = {
    owners: ['099720109477'],
    most_recent: false,
    include_deprecated: false,
    filters: { name: 'ubuntu/*' }
  }

  it('refuses an ambiguous filter and lists the candidates', async () => {
    ec2.on(DescribeImagesCommand, { Owners: ['099720109477'] }).resolves({
      Images: [image('ami-a', '2024-01-01'), image('ami-b', '2024-03-01')]
    })
    const { result, calls } = await run({ source_ami: undefined, source_ami_filter: filter })
    expect(result.failures[0]!.message).toBe(
      '2 AMIs match source_ami_filter (name=ubuntu/*; owners 099720109477) in us-east-1; set most_recent: true ' +
        'to take the newest, or narrow the filter:\n  ami-a  2024-01-01  ubuntu-2024-01-01\n  ami-b  2024-03-01  ubuntu-2024-03-01'
    )
    expect(calls).not.toContain('ImportKeyPair')
  })

  it('takes the newest with most_recent', async () => {
    ec2.on(DescribeImagesCommand, { Owners: ['099720109477'] }).resolves({
      Images: [
        image('ami-a', '2024-01-01'),
        image('ami-c', '2024-05-01'),
        image('ami-b', '2024-03-01')
      ]
    })
    const { reporter } = await run({
      source_ami: undefined,
      source_ami_filter: { ...filter, most_recent: true }
    })
    expect(reporter.text).toContain('Source AMI ami-c')
    expect(ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input.ImageId).toBe('ami-c')
  })

  it('says so when nothing matches', async () => {
    ec2.on(DescribeImagesCommand, { Owners: ['099720109477'] }).resolves({ Images: [] })
    const { result } = await run({ source_ami: undefined, source_ami_filter: filter })
    expect(result.failures[0]!.message).toBe(
      'No AMI matches source_ami_filter (name=ubuntu/*; owners 099720109477) in us-east-1.'
    )
  })
})

describe('prevalidation', () => {
  it('stops before creating anything when the AMI name is taken', async () => {
    ec2
      .on(DescribeImagesCommand, { Owners: ['self'] })
      .resolves({ Images: [{ ImageId: 'ami-old', Name: 'web-1.0.0' }] })
    const { result, calls } = await run({})
    expect(result.failures[0]!.message).toMatch(
      /^An AMI named "web-1.0.0" already exists \(ami-old in us-east-1\)\. .*force_deregister: true/
    )
    // The lookups run at once; nothing is created.
    expect(calls.filter(c => /^(Create|Import|Run|Authorize)/.test(c))).toEqual([])
  })

  it('names an unknown region and the known ones', async () => {
    const { result } = await run({ ami_regions: ['us-weest-2'] })
    expect(result.failures[0]!.message).toBe(
      'Unknown region us-weest-2: EC2 knows us-east-1, us-west-2. Fix the region or set skip_region_validation.'
    )
  })

  it('explains a region without a default VPC', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] })
    const { result } = await run({})
    expect(result.failures[0]!.message).toBe(
      'us-east-1 has no default VPC: set subnet_id, subnet_filter, vpc_id or vpc_filter.'
    )
  })
})

describe('launching', () => {
  it('tags the instance and its volumes with the run, sets the dead-man switch behaviour and the options', async () => {
    await run({
      run_tags: { Team: 'platform' },
      user_data: '#cloud-config\n',
      iam_instance_profile: 'builder',
      metadata_options: {
        http_endpoint: 'enabled',
        http_tokens: 'required',
        http_put_response_hop_limit: 1
      }
    })
    const input = ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input
    expect(input).toMatchObject({
      ImageId: 'ami-source',
      KeyName: 'ami-build-run-1-web',
      SecurityGroupIds: ['sg-1'],
      InstanceInitiatedShutdownBehavior: 'terminate',
      UserData: Buffer.from('#cloud-config\n').toString('base64'),
      IamInstanceProfile: { Name: 'builder' },
      MetadataOptions: {
        HttpTokens: 'required',
        HttpEndpoint: 'enabled',
        HttpPutResponseHopLimit: 1
      }
    })
    const tags = Object.fromEntries(input.TagSpecifications!.map(t => [t.ResourceType, t.Tags]))
    expect(tags.instance).toEqual(
      expect.arrayContaining([
        { Key: 'Team', Value: 'platform' },
        { Key: 'ami-build:run-id', Value: 'run-1' },
        { Key: 'ami-build:build', Value: 'web' }
      ])
    )
    expect(tags.volume).toEqual(
      expect.arrayContaining([{ Key: 'ami-build:run-id', Value: 'run-1' }])
    )
  })

  it('launches encrypt_boot builds on an encrypted root instead of copying afterwards', async () => {
    await run({ encrypt_boot: true, kms_key_id: 'alias/images' })
    const input = ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input
    expect(input.BlockDeviceMappings).toEqual([
      { DeviceName: '/dev/sda1', Ebs: { Encrypted: true, KmsKeyId: 'alias/images' } }
    ])
  })

  it('tolerates an instance Describe does not know yet', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .rejectsOnce(awsError('InvalidInstanceID.NotFound'))
      .resolves({
        Reservations: [
          {
            Instances: [
              { InstanceId: 'i-1', State: { Name: 'running' }, PublicIpAddress: '127.0.0.9' }
            ]
          }
        ]
      })
    const { reporter } = await run({})
    expect(reporter.text).toContain('Instance i-1 is running (127.0.0.9)')
    expect(reporter.text).not.toContain('NotFound')
  })
})

describe('cleaning up', () => {
  it('terminates the instance first, waits for it before deleting the group, and reports the provisioner’s error', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({
        Reservations: [
          {
            Instances: [
              { InstanceId: 'i-1', State: { Name: 'running' }, PublicIpAddress: '127.0.0.9' }
            ]
          }
        ]
      })
      .resolves({
        Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'terminated' } }] }]
      })
    const { result, calls } = await run({})
    expect(result.failures[0]!.message).toBe('shell provisioner (template.yml:10) exited 1')
    expect(calls.slice(calls.indexOf('TerminateInstances'))).toEqual([
      'TerminateInstances',
      'DeleteKeyPair',
      'DescribeInstances',
      'DeleteSecurityGroup'
    ])
    expect(result.cleanedUp.map(r => `${r.kind} ${r.id}`)).toEqual([
      'instance i-1',
      'key-pair ami-build-run-1-web',
      'security-group sg-1'
    ])
    expect(result.leftBehind).toEqual([])
  })

  it('keeps going past a resource that will not go, and reports it', async () => {
    ec2
      .on(RunInstancesCommand)
      .rejects(awsError('InsufficientInstanceCapacity', 'no capacity', 500))
    ec2
      .on(DeleteKeyPairCommand)
      .rejects(
        awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403)
      )
    const { result, calls, reporter } = await run({})
    expect(calls.filter(c => c === 'RunInstances')).toHaveLength(1)
    expect(result.failures[0]!.message).toMatch(
      /^EC2 could not launch a t3\.micro in us-east-1: InsufficientInstanceCapacity/
    )
    expect(calls).toContain('DeleteSecurityGroup')
    expect(result.cleanedUp.map(r => r.kind)).toEqual(['security-group'])
    expect(result.leftBehind).toEqual([
      expect.objectContaining({
        kind: 'key-pair',
        id: 'ami-build-run-1-web',
        reason: expect.stringContaining('You are not authorized')
      })
    ])
    expect(reporter.text).toContain('Left behind: key-pair ami-build-run-1-web in us-east-1')
  })

  it('retries a group still in use by the terminating instance', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({
        Reservations: [
          {
            Instances: [
              { InstanceId: 'i-1', State: { Name: 'running' }, PublicIpAddress: '127.0.0.9' }
            ]
          }
        ]
      })
      .resolves({
        Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'terminated' } }] }]
      })
    ec2
      .on(DeleteSecurityGroupCommand)
      .rejectsOnce(awsError('DependencyViolation', 'resource sg-1 has a dependent object'))
      .resolves({})
    const { result } = await run({})
    expect(result.leftBehind).toEqual([])
    expect(ec2.commandCalls(DeleteSecurityGroupCommand)).toHaveLength(2)
  })

  it('finds and terminates an instance whose RunInstances was cut off by a cancel before EC2 answered', async () => {
    const controller = new AbortController()
    ec2.on(RunInstancesCommand).callsFake(async () => {
      controller.abort(new Error('SIGINT'))
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })
    // Describe does not see the new instance at first (eventual consistency).
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({ Reservations: [] })
      .resolves({
        Reservations: [{ Instances: [{ InstanceId: 'i-lost', State: { Name: 'pending' } }] }]
      })
    const { result, calls } = await run({}, { signal: controller.signal })

    const token = ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input.ClientToken
    const lookups = ec2.commandCalls(DescribeInstancesCommand).map(c => c.args[0].input)
    expect(lookups[0]!.Filters).toContainEqual({ Name: 'client-token', Values: [token] })
    expect(lookups).toHaveLength(2)
    expect(ec2.commandCalls(TerminateInstancesCommand)[0]!.args[0].input).toEqual({
      InstanceIds: ['i-lost']
    })
    expect(calls.indexOf('TerminateInstances')).toBeLessThan(calls.indexOf('DeleteKeyPair'))
    expect(result.failures[0]!.message).toBe('Cancelled during: Launching the source instance')
    expect(result.cleanedUp.map(r => `${r.kind} ${r.id}`)).toEqual([
      'instance i-lost',
      'key-pair ami-build-run-1-web',
      'security-group sg-1'
    ])
  })

  it('gives up looking for a cut-off launch after a few seconds when EC2 never made one', async () => {
    const controller = new AbortController()
    ec2.on(RunInstancesCommand).callsFake(async () => {
      controller.abort(new Error('SIGINT'))
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] })
    const { result } = await run({}, { signal: controller.signal })

    const lookups = ec2.commandCalls(DescribeInstancesCommand)
    expect(lookups.length).toBeGreaterThan(2)
    expect(lookups.length).toBeLessThan(10)
    expect(ec2.commandCalls(TerminateInstancesCommand)).toEqual([])
    expect(result.leftBehind).toEqual([])
  })

  it('does not look for an instance when EC2 refused the launch', async () => {
    ec2.on(RunInstancesCommand).rejects(awsError('InvalidParameterValue', 'bad user data'))
    const { calls } = await run({})
    expect(calls).not.toContain('DescribeInstances')
    expect(calls).not.toContain('TerminateInstances')
  })

  it('launches with a client token of the run and build, the same on every attempt', async () => {
    ec2
      .on(RunInstancesCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .resolves({ Instances: [{ InstanceId: 'i-1' }] })
    await run({})
    const tokens = ec2.commandCalls(RunInstancesCommand).map(c => c.args[0].input.ClientToken)
    expect(tokens).toHaveLength(2)
    expect(tokens[0]).toBe(tokens[1])
    expect(tokens[0]).toMatch(/^[\x21-\x7e]{1,64}$/)

    happyAccount()
    await run({ name: 'other' })
    const other = ec2.commandCalls(RunInstancesCommand)[0]!.args[0].input.ClientToken
    expect(other).not.toBe(tokens[0])
  })

  it('finds and removes an image whose CreateImage was cut off by a cancel before EC2 answered', async () => {
    let state = 'running'
    ec2.on(StopInstancesCommand).callsFake(async () => {
      state = 'stopped'
      return {}
    })
    ec2.on(TerminateInstancesCommand).callsFake(async () => {
      state = 'terminated'
      return {}
    })
    ec2.on(DescribeInstancesCommand).callsFake(async () => ({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: 'i-1',
              State: { Name: state },
              PublicIpAddress: '127.0.0.9'
            }
          ]
        }
      ]
    }))
    const controller = new AbortController()
    ec2.on(CreateImageCommand).callsFake(async () => {
      controller.abort(new Error('SIGINT'))
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })
    ec2
      .on(DescribeImagesCommand, {
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: ['web-1.0.0'] }]
      })
      .resolvesOnce({ Images: [] })
      .resolves({ Images: [{ ImageId: 'ami-lost', Name: 'web-1.0.0' }] })
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-lost'] }).resolves({
      Images: [{ ImageId: 'ami-lost', BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-lost' } }] }]
    })
    ec2.on(DeregisterImageCommand).resolves({})
    const { result } = await run({}, { signal: controller.signal }, async () => undefined)
    expect(result.failures[0]!.message).toBe('Cancelled during: Creating the AMI')
    expect(ec2.commandCalls(DeregisterImageCommand)[0]!.args[0].input).toEqual({
      ImageId: 'ami-lost'
    })
    // The key pair went as soon as SSH was done with it, while the instance stopped.
    expect(result.cleanedUp.map(r => `${r.kind} ${r.id}`)).toEqual([
      'key-pair ami-build-run-1-web',
      'instance i-1',
      'image ami-lost',
      'snapshot snap-lost',
      'security-group sg-1'
    ])
    expect(result.leftBehind).toEqual([])
  })
})

describe('giving up SSH access as soon as provisioning is done', () => {
  /** An instance that really stops and terminates, and an image that becomes available. */
  function buildingAccount(afterTerminate = 'shutting-down'): { state: () => string } {
    let state = 'running'
    ec2.on(StopInstancesCommand).callsFake(async () => {
      state = 'stopped'
      return {}
    })
    ec2.on(TerminateInstancesCommand).callsFake(async () => {
      const previous = state
      state = afterTerminate
      return {
        TerminatingInstances: [
          {
            InstanceId: 'i-1',
            PreviousState: { Name: previous },
            CurrentState: { Name: afterTerminate }
          }
        ]
      }
    })
    ec2.on(DescribeInstancesCommand).callsFake(async () => ({
      Reservations: [
        { Instances: [{ InstanceId: 'i-1', State: { Name: state }, PublicIpAddress: '127.0.0.9' }] }
      ]
    }))
    ec2
      .on(DescribeSecurityGroupsCommand)
      .resolves({ SecurityGroups: [{ GroupId: 'sg-default', GroupName: 'default' }] })
    ec2.on(ModifyInstanceAttributeCommand).resolves({})
    ec2.on(CreateImageCommand).resolves({ ImageId: 'ami-new' })
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-new'] }).resolves({
      Images: [
        {
          ImageId: 'ami-new',
          State: 'available',
          BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-new' } }]
        }
      ]
    })
    ec2.on(DeleteTagsCommand).resolves({})
    return { state: () => state }
  }

  it('gives up SSH access while the instance stops and never waits for it to terminate', async () => {
    const instance = buildingAccount()
    const { result, calls, reporter } = await run({}, {}, async () => undefined)
    expect(result.failures).toEqual([])

    // The instance moves onto its VPC's default group, so the temporary one goes at once.
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)[0]!.args[0].input.Filters).toEqual([
      { Name: 'group-name', Values: ['default'] },
      { Name: 'vpc-id', Values: ['vpc-default'] }
    ])
    expect(ec2.commandCalls(ModifyInstanceAttributeCommand)[0]!.args[0].input).toEqual({
      InstanceId: 'i-1',
      Groups: ['sg-default']
    })
    const beforeImage = calls.slice(calls.indexOf('StopInstances'), calls.indexOf('CreateImage'))
    expect(beforeImage).toEqual(
      expect.arrayContaining(['ModifyInstanceAttribute', 'DeleteSecurityGroup', 'DeleteKeyPair'])
    )
    expect(calls.indexOf('ModifyInstanceAttribute')).toBeLessThan(
      calls.indexOf('DeleteSecurityGroup')
    )

    // At the end: terminate (EC2's answer says it is on its way) and nothing more to wait for.
    expect(calls.slice(calls.indexOf('TerminateInstances'))).toEqual([
      'TerminateInstances',
      'DeleteTags'
    ])
    expect(instance.state()).toBe('shutting-down')
    expect(reporter.text).toContain('Instance i-1 is shutting-down; it finishes terminating')
    expect(result.cleanedUp.map(r => `${r.kind} ${r.id}`).sort()).toEqual([
      'instance i-1',
      'key-pair ami-build-run-1-web',
      'security-group sg-1'
    ])
    expect(result.leftBehind).toEqual([])
  })

  it('looks at the instance once when the answer to TerminateInstances does not say it is on its way', async () => {
    buildingAccount()
    ec2.on(TerminateInstancesCommand).resolves({})
    const { calls, reporter } = await run({}, {}, async () => undefined)
    expect(calls.slice(calls.indexOf('TerminateInstances'))).toEqual([
      'TerminateInstances',
      'DescribeInstances',
      'DeleteTags'
    ])
    // The mock's instance never left `stopped`: said loudly, not waited for.
    expect(reporter.text).toContain(
      'warning: Instance i-1 is stopped after TerminateInstances: check that it terminates.'
    )
  })

  it('still ends a failed build with its instance terminated when the group went early', async () => {
    buildingAccount('terminated')
    ec2.on(CreateImageCommand).rejects(awsError('InvalidParameterValue', 'bad mapping'))
    const { result, calls } = await run({}, {}, async () => undefined)
    expect(result.failures[0]!.message).toMatch(/CreateImage failed: bad mapping/)
    expect(calls.filter(c => c === 'DeleteSecurityGroup')).toHaveLength(1)
    // The cleanup waits for `terminated` last, after everything else is undone.
    expect(calls.indexOf('TerminateInstances')).toBeGreaterThan(0)
    expect(calls.at(-1)).toBe('DescribeInstances')
    expect(result.leftBehind).toEqual([])
  })

  it('deletes the group after the instance, as on failure, when it cannot be released early', async () => {
    buildingAccount('terminated')
    ec2
      .on(DescribeSecurityGroupsCommand)
      .rejects(awsError('UnauthorizedOperation', 'not authorized', 403))
    const { result, calls, reporter } = await run({}, {}, async () => undefined)
    expect(result.failures).toEqual([])
    expect(reporter.text).toContain('Could not release sg-1 early')
    expect(calls).not.toContain('ModifyInstanceAttribute')
    expect(calls.indexOf('DeleteSecurityGroup')).toBeGreaterThan(
      calls.indexOf('TerminateInstances')
    )
    expect(result.leftBehind).toEqual([])
  })

  it('leaves a group the template named where it is', async () => {
    buildingAccount()
    const { result, calls } = await run(
      { security_group_ids: ['sg-mine'] },
      {},
      async () => undefined
    )
    expect(result.failures).toEqual([])
    expect(calls).not.toContain('ModifyInstanceAttribute')
    expect(calls).not.toContain('DeleteSecurityGroup')
  })
})
