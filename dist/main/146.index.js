export const id = 146;
export const ids = [146];
export const modules = {

/***/ 8146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  amazonEbsSteps: () => (/* binding */ amazonEbsSteps),
  build: () => (/* binding */ build)
});

// NAMESPACE OBJECT: ./src/clients/ec2-commands.ts
var ec2_commands_namespaceObject = {};
__webpack_require__.r(ec2_commands_namespaceObject);
__webpack_require__.d(ec2_commands_namespaceObject, {
  AuthorizeSecurityGroupIngressCommand: () => (AuthorizeSecurityGroupIngressCommand),
  CopyImageCommand: () => (CopyImageCommand),
  CreateImageCommand: () => (CreateImageCommand),
  CreateSecurityGroupCommand: () => (CreateSecurityGroupCommand),
  CreateTagsCommand: () => (CreateTagsCommand),
  DeleteKeyPairCommand: () => (DeleteKeyPairCommand),
  DeleteSecurityGroupCommand: () => (DeleteSecurityGroupCommand),
  DeleteSnapshotCommand: () => (DeleteSnapshotCommand),
  DeleteTagsCommand: () => (DeleteTagsCommand),
  DeregisterImageCommand: () => (DeregisterImageCommand),
  DescribeImagesCommand: () => (DescribeImagesCommand),
  DescribeInstancesCommand: () => (DescribeInstancesCommand),
  DescribeKeyPairsCommand: () => (DescribeKeyPairsCommand),
  DescribeRegionsCommand: () => (DescribeRegionsCommand),
  DescribeSecurityGroupsCommand: () => (DescribeSecurityGroupsCommand),
  DescribeSnapshotsCommand: () => (DescribeSnapshotsCommand),
  DescribeSubnetsCommand: () => (DescribeSubnetsCommand),
  DescribeVpcsCommand: () => (DescribeVpcsCommand),
  EnableImageDeprecationCommand: () => (EnableImageDeprecationCommand),
  ImportKeyPairCommand: () => (ImportKeyPairCommand),
  ModifyImageAttributeCommand: () => (ModifyImageAttributeCommand),
  ModifyInstanceAttributeCommand: () => (ModifyInstanceAttributeCommand),
  ModifySnapshotAttributeCommand: () => (ModifySnapshotAttributeCommand),
  RunInstancesCommand: () => (RunInstancesCommand),
  StopInstancesCommand: () => (StopInstancesCommand),
  TerminateInstancesCommand: () => (TerminateInstancesCommand)
});

// EXTERNAL MODULE: ./src/clients/aws-error.ts
var aws_error = __webpack_require__(8086);
// EXTERNAL MODULE: ./src/clients/query.ts
var query = __webpack_require__(5824);
;// CONCATENATED MODULE: ./src/clients/ec2-commands.ts

class AuthorizeSecurityGroupIngressCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('AuthorizeSecurityGroupIngress', input);
    }
}
class CopyImageCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('CopyImage', input);
    }
}
class CreateImageCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('CreateImage', input);
    }
}
class CreateSecurityGroupCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('CreateSecurityGroup', input);
    }
}
class CreateTagsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('CreateTags', input);
    }
}
class DeleteKeyPairCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DeleteKeyPair', input);
    }
}
class DeleteSecurityGroupCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DeleteSecurityGroup', input);
    }
}
class DeleteSnapshotCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DeleteSnapshot', input);
    }
}
class DeleteTagsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DeleteTags', input);
    }
}
class DeregisterImageCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DeregisterImage', input);
    }
}
class DescribeImagesCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeImages', input);
    }
}
class DescribeInstancesCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeInstances', input);
    }
}
class DescribeKeyPairsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeKeyPairs', input);
    }
}
class DescribeRegionsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeRegions', input);
    }
}
class DescribeSecurityGroupsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeSecurityGroups', input);
    }
}
class DescribeSnapshotsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeSnapshots', input);
    }
}
class DescribeSubnetsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeSubnets', input);
    }
}
class DescribeVpcsCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('DescribeVpcs', input);
    }
}
class EnableImageDeprecationCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('EnableImageDeprecation', input);
    }
}
class ImportKeyPairCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('ImportKeyPair', input);
    }
}
class ModifyImageAttributeCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('ModifyImageAttribute', input);
    }
}
class ModifyInstanceAttributeCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('ModifyInstanceAttribute', input);
    }
}
class ModifySnapshotAttributeCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('ModifySnapshotAttribute', input);
    }
}
class RunInstancesCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('RunInstances', input);
    }
}
class StopInstancesCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('StopInstances', input);
    }
}
class TerminateInstancesCommand extends query/* Ec2Command */.Ot {
    constructor(input) {
        super('TerminateInstances', input);
    }
}

;// CONCATENATED MODULE: ./src/clients/ec2-schemas.ts
/** The input and output shapes of each operation, every structure as [member, query key,
 * XML element, type, idempotency token?], every list as [item type, item element]. */
const EC2_SCHEMAS = {
    version: '2016-11-15',
    operations: {
        AuthorizeSecurityGroupIngress: [
            'AuthorizeSecurityGroupIngressRequest',
            'AuthorizeSecurityGroupIngressResult'
        ],
        CopyImage: ['CopyImageRequest', 'CopyImageResult'],
        CreateImage: ['CreateImageRequest', 'CreateImageResult'],
        CreateSecurityGroup: ['CreateSecurityGroupRequest', 'CreateSecurityGroupResult'],
        CreateTags: ['CreateTagsRequest', 'unit'],
        DeleteKeyPair: ['DeleteKeyPairRequest', 'DeleteKeyPairResult'],
        DeleteSecurityGroup: ['DeleteSecurityGroupRequest', 'DeleteSecurityGroupResult'],
        DeleteSnapshot: ['DeleteSnapshotRequest', 'unit'],
        DeleteTags: ['DeleteTagsRequest', 'unit'],
        DeregisterImage: ['DeregisterImageRequest', 'DeregisterImageResult'],
        DescribeImages: ['DescribeImagesRequest', 'DescribeImagesResult'],
        DescribeInstances: ['DescribeInstancesRequest', 'DescribeInstancesResult'],
        DescribeKeyPairs: ['DescribeKeyPairsRequest', 'DescribeKeyPairsResult'],
        DescribeRegions: ['DescribeRegionsRequest', 'DescribeRegionsResult'],
        DescribeSecurityGroups: ['DescribeSecurityGroupsRequest', 'DescribeSecurityGroupsResult'],
        DescribeSnapshots: ['DescribeSnapshotsRequest', 'DescribeSnapshotsResult'],
        DescribeSubnets: ['DescribeSubnetsRequest', 'DescribeSubnetsResult'],
        DescribeVpcs: ['DescribeVpcsRequest', 'DescribeVpcsResult'],
        EnableImageDeprecation: ['EnableImageDeprecationRequest', 'EnableImageDeprecationResult'],
        ImportKeyPair: ['ImportKeyPairRequest', 'ImportKeyPairResult'],
        ModifyImageAttribute: ['ModifyImageAttributeRequest', 'unit'],
        ModifyInstanceAttribute: ['ModifyInstanceAttributeRequest', 'unit'],
        ModifySnapshotAttribute: ['ModifySnapshotAttributeRequest', 'unit'],
        RunInstances: ['RunInstancesRequest', 'Reservation'],
        StopInstances: ['StopInstancesRequest', 'StopInstancesResult'],
        TerminateInstances: ['TerminateInstancesRequest', 'TerminateInstancesResult']
    },
    structures: {
        AttributeBooleanValue: [['Value', 'Value', 'value', 'boolean']],
        AttributeValue: [['Value', 'Value', 'value', 'string']],
        AuthorizeSecurityGroupIngressRequest: [
            ['CidrIp', 'CidrIp', 'CidrIp', 'string'],
            ['FromPort', 'FromPort', 'FromPort', 'number'],
            ['GroupId', 'GroupId', 'GroupId', 'string'],
            ['GroupName', 'GroupName', 'GroupName', 'string'],
            ['IpPermissions', 'IpPermissions', 'IpPermissions', 'IpPermissionList'],
            ['IpProtocol', 'IpProtocol', 'IpProtocol', 'string'],
            ['SourceSecurityGroupName', 'SourceSecurityGroupName', 'SourceSecurityGroupName', 'string'],
            [
                'SourceSecurityGroupOwnerId',
                'SourceSecurityGroupOwnerId',
                'SourceSecurityGroupOwnerId',
                'string'
            ],
            ['ToPort', 'ToPort', 'ToPort', 'number'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        AuthorizeSecurityGroupIngressResult: [
            ['Return', 'Return', 'return', 'boolean'],
            [
                'SecurityGroupRules',
                'SecurityGroupRuleSet',
                'securityGroupRuleSet',
                'SecurityGroupRuleList'
            ]
        ],
        BlockDeviceMapping: [
            ['Ebs', 'Ebs', 'ebs', 'EbsBlockDevice'],
            ['NoDevice', 'NoDevice', 'noDevice', 'string'],
            ['DeviceName', 'DeviceName', 'deviceName', 'string'],
            ['VirtualName', 'VirtualName', 'virtualName', 'string']
        ],
        BlockPublicAccessStates: [
            ['InternetGatewayBlockMode', 'InternetGatewayBlockMode', 'internetGatewayBlockMode', 'string']
        ],
        CapacityReservationSpecification: [
            [
                'CapacityReservationPreference',
                'CapacityReservationPreference',
                'CapacityReservationPreference',
                'string'
            ],
            [
                'CapacityReservationTarget',
                'CapacityReservationTarget',
                'CapacityReservationTarget',
                'CapacityReservationTarget'
            ]
        ],
        CapacityReservationSpecificationResponse: [
            [
                'CapacityReservationPreference',
                'CapacityReservationPreference',
                'capacityReservationPreference',
                'string'
            ],
            [
                'CapacityReservationTarget',
                'CapacityReservationTarget',
                'capacityReservationTarget',
                'CapacityReservationTargetResponse'
            ]
        ],
        CapacityReservationTarget: [
            ['CapacityReservationId', 'CapacityReservationId', 'CapacityReservationId', 'string'],
            [
                'CapacityReservationResourceGroupArn',
                'CapacityReservationResourceGroupArn',
                'CapacityReservationResourceGroupArn',
                'string'
            ]
        ],
        CapacityReservationTargetResponse: [
            ['CapacityReservationId', 'CapacityReservationId', 'capacityReservationId', 'string'],
            [
                'CapacityReservationResourceGroupArn',
                'CapacityReservationResourceGroupArn',
                'capacityReservationResourceGroupArn',
                'string'
            ]
        ],
        ConnectionTrackingSpecificationRequest: [
            ['TcpEstablishedTimeout', 'TcpEstablishedTimeout', 'TcpEstablishedTimeout', 'number'],
            ['UdpStreamTimeout', 'UdpStreamTimeout', 'UdpStreamTimeout', 'number'],
            ['UdpTimeout', 'UdpTimeout', 'UdpTimeout', 'number']
        ],
        ConnectionTrackingSpecificationResponse: [
            ['TcpEstablishedTimeout', 'TcpEstablishedTimeout', 'tcpEstablishedTimeout', 'number'],
            ['UdpStreamTimeout', 'UdpStreamTimeout', 'udpStreamTimeout', 'number'],
            ['UdpTimeout', 'UdpTimeout', 'udpTimeout', 'number']
        ],
        CopyImageRequest: [
            ['Name', 'Name', 'Name', 'string'],
            ['SourceImageId', 'SourceImageId', 'SourceImageId', 'string'],
            ['SourceRegion', 'SourceRegion', 'SourceRegion', 'string'],
            ['ClientToken', 'ClientToken', 'ClientToken', 'string', 1],
            ['Description', 'Description', 'Description', 'string'],
            ['Encrypted', 'Encrypted', 'encrypted', 'boolean'],
            ['KmsKeyId', 'KmsKeyId', 'kmsKeyId', 'string'],
            ['DestinationOutpostArn', 'DestinationOutpostArn', 'DestinationOutpostArn', 'string'],
            ['CopyImageTags', 'CopyImageTags', 'CopyImageTags', 'boolean'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            [
                'SnapshotCopyCompletionDurationMinutes',
                'SnapshotCopyCompletionDurationMinutes',
                'SnapshotCopyCompletionDurationMinutes',
                'number'
            ],
            [
                'DestinationAvailabilityZone',
                'DestinationAvailabilityZone',
                'DestinationAvailabilityZone',
                'string'
            ],
            [
                'DestinationAvailabilityZoneId',
                'DestinationAvailabilityZoneId',
                'DestinationAvailabilityZoneId',
                'string'
            ],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        CopyImageResult: [['ImageId', 'ImageId', 'imageId', 'string']],
        CpuOptions: [
            ['CoreCount', 'CoreCount', 'coreCount', 'number'],
            ['ThreadsPerCore', 'ThreadsPerCore', 'threadsPerCore', 'number'],
            ['AmdSevSnp', 'AmdSevSnp', 'amdSevSnp', 'string'],
            ['NestedVirtualization', 'NestedVirtualization', 'nestedVirtualization', 'string']
        ],
        CpuOptionsRequest: [
            ['CoreCount', 'CoreCount', 'CoreCount', 'number'],
            ['ThreadsPerCore', 'ThreadsPerCore', 'ThreadsPerCore', 'number'],
            ['AmdSevSnp', 'AmdSevSnp', 'AmdSevSnp', 'string'],
            ['NestedVirtualization', 'NestedVirtualization', 'NestedVirtualization', 'string']
        ],
        CreateImageRequest: [
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['Name', 'Name', 'name', 'string'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['SnapshotLocation', 'SnapshotLocation', 'SnapshotLocation', 'string'],
            ['BootModeOverride', 'BootModeOverride', 'BootModeOverride', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Description', 'Description', 'description', 'string'],
            ['NoReboot', 'NoReboot', 'noReboot', 'boolean'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'blockDeviceMapping',
                'BlockDeviceMappingRequestList'
            ]
        ],
        CreateImageResult: [['ImageId', 'ImageId', 'imageId', 'string']],
        CreateSecurityGroupRequest: [
            ['Description', 'GroupDescription', 'GroupDescription', 'string'],
            ['GroupName', 'GroupName', 'GroupName', 'string'],
            ['VpcId', 'VpcId', 'VpcId', 'string'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        CreateSecurityGroupResult: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['SecurityGroupArn', 'SecurityGroupArn', 'securityGroupArn', 'string']
        ],
        CreateTagsRequest: [
            ['Resources', 'ResourceId', 'ResourceId', 'Resources'],
            ['Tags', 'Tag', 'Tag', 'TagList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        CreateVolumePermission: [
            ['UserId', 'UserId', 'userId', 'string'],
            ['Group', 'Group', 'group', 'string']
        ],
        CreateVolumePermissionModifications: [
            ['Add', 'Add', 'Add', 'CreateVolumePermissionList'],
            ['Remove', 'Remove', 'Remove', 'CreateVolumePermissionList']
        ],
        CreditSpecificationRequest: [['CpuCredits', 'CpuCredits', 'CpuCredits', 'string']],
        DeleteKeyPairRequest: [
            ['KeyName', 'KeyName', 'KeyName', 'string'],
            ['KeyPairId', 'KeyPairId', 'KeyPairId', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeleteKeyPairResult: [
            ['Return', 'Return', 'return', 'boolean'],
            ['KeyPairId', 'KeyPairId', 'keyPairId', 'string']
        ],
        DeleteSecurityGroupRequest: [
            ['GroupId', 'GroupId', 'GroupId', 'string'],
            ['GroupName', 'GroupName', 'GroupName', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeleteSecurityGroupResult: [
            ['Return', 'Return', 'return', 'boolean'],
            ['GroupId', 'GroupId', 'groupId', 'string']
        ],
        DeleteSnapshotRequest: [
            ['SnapshotId', 'SnapshotId', 'SnapshotId', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeleteSnapshotReturnCode: [
            ['SnapshotId', 'SnapshotId', 'snapshotId', 'string'],
            ['ReturnCode', 'ReturnCode', 'returnCode', 'string']
        ],
        DeleteTagsRequest: [
            ['Resources', 'ResourceId', 'resourceId', 'Resources'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Tags', 'Tag', 'tag', 'TagList']
        ],
        DeregisterImageRequest: [
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            [
                'DeleteAssociatedSnapshots',
                'DeleteAssociatedSnapshots',
                'DeleteAssociatedSnapshots',
                'boolean'
            ],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeregisterImageResult: [
            ['Return', 'Return', 'return', 'boolean'],
            [
                'DeleteSnapshotResults',
                'DeleteSnapshotResultSet',
                'deleteSnapshotResultSet',
                'DeleteSnapshotResultSet'
            ]
        ],
        DescribeImagesRequest: [
            ['ExecutableUsers', 'ExecutableBy', 'ExecutableBy', 'ExecutableByStringList'],
            ['ImageIds', 'ImageId', 'ImageId', 'ImageIdStringList'],
            ['Owners', 'Owner', 'Owner', 'OwnerStringList'],
            ['IncludeDeprecated', 'IncludeDeprecated', 'IncludeDeprecated', 'boolean'],
            ['IncludeDisabled', 'IncludeDisabled', 'IncludeDisabled', 'boolean'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeImagesResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Images', 'ImagesSet', 'imagesSet', 'ImageList']
        ],
        DescribeInstancesRequest: [
            ['InstanceIds', 'InstanceId', 'InstanceId', 'InstanceIdStringList'],
            ['IncludeManagedResources', 'IncludeManagedResources', 'IncludeManagedResources', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList'],
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['MaxResults', 'MaxResults', 'maxResults', 'number']
        ],
        DescribeInstancesResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Reservations', 'ReservationSet', 'reservationSet', 'ReservationList']
        ],
        DescribeKeyPairsRequest: [
            ['KeyNames', 'KeyName', 'KeyName', 'KeyNameStringList'],
            ['KeyPairIds', 'KeyPairId', 'KeyPairId', 'KeyPairIdStringList'],
            ['IncludePublicKey', 'IncludePublicKey', 'IncludePublicKey', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeKeyPairsResult: [['KeyPairs', 'KeySet', 'keySet', 'KeyPairList']],
        DescribeRegionsRequest: [
            ['RegionNames', 'RegionName', 'RegionName', 'RegionNameStringList'],
            ['AllRegions', 'AllRegions', 'AllRegions', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeRegionsResult: [['Regions', 'RegionInfo', 'regionInfo', 'RegionList']],
        DescribeSecurityGroupsRequest: [
            ['GroupIds', 'GroupId', 'GroupId', 'GroupIdStringList'],
            ['GroupNames', 'GroupName', 'GroupName', 'GroupNameStringList'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeSecurityGroupsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['SecurityGroups', 'SecurityGroupInfo', 'securityGroupInfo', 'SecurityGroupList']
        ],
        DescribeSnapshotsRequest: [
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['OwnerIds', 'Owner', 'Owner', 'OwnerStringList'],
            ['RestorableByUserIds', 'RestorableBy', 'RestorableBy', 'RestorableByUserIds'],
            ['SnapshotIds', 'SnapshotId', 'SnapshotId', 'SnapshotIdStringList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeSnapshotsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Snapshots', 'SnapshotSet', 'snapshotSet', 'SnapshotList']
        ],
        DescribeSubnetsRequest: [
            ['Filters', 'Filter', 'Filter', 'FilterList'],
            ['SubnetIds', 'SubnetId', 'SubnetId', 'SubnetIdStringList'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DescribeSubnetsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Subnets', 'SubnetSet', 'subnetSet', 'SubnetList']
        ],
        DescribeVpcsRequest: [
            ['Filters', 'Filter', 'Filter', 'FilterList'],
            ['VpcIds', 'VpcId', 'VpcId', 'VpcIdStringList'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DescribeVpcsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Vpcs', 'VpcSet', 'vpcSet', 'VpcList']
        ],
        EbsBlockDevice: [
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['Iops', 'Iops', 'iops', 'number'],
            ['SnapshotId', 'SnapshotId', 'snapshotId', 'string'],
            ['VolumeSize', 'VolumeSize', 'volumeSize', 'number'],
            ['VolumeType', 'VolumeType', 'volumeType', 'string'],
            ['KmsKeyId', 'KmsKeyId', 'kmsKeyId', 'string'],
            ['Throughput', 'Throughput', 'throughput', 'number'],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string'],
            ['Encrypted', 'Encrypted', 'encrypted', 'boolean'],
            [
                'VolumeInitializationRate',
                'VolumeInitializationRate',
                'VolumeInitializationRate',
                'number'
            ],
            ['AvailabilityZoneId', 'AvailabilityZoneId', 'AvailabilityZoneId', 'string'],
            ['EbsCardIndex', 'EbsCardIndex', 'EbsCardIndex', 'number']
        ],
        EbsInstanceBlockDevice: [
            ['AttachTime', 'AttachTime', 'attachTime', 'timestamp'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['Status', 'Status', 'status', 'string'],
            ['VolumeId', 'VolumeId', 'volumeId', 'string'],
            ['AssociatedResource', 'AssociatedResource', 'associatedResource', 'string'],
            ['VolumeOwnerId', 'VolumeOwnerId', 'volumeOwnerId', 'string'],
            ['Operator', 'Operator', 'operator', 'OperatorResponse'],
            ['EbsCardIndex', 'EbsCardIndex', 'ebsCardIndex', 'number']
        ],
        EbsInstanceBlockDeviceSpecification: [
            ['VolumeId', 'VolumeId', 'volumeId', 'string'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean']
        ],
        ElasticGpuAssociation: [
            ['ElasticGpuId', 'ElasticGpuId', 'elasticGpuId', 'string'],
            ['ElasticGpuAssociationId', 'ElasticGpuAssociationId', 'elasticGpuAssociationId', 'string'],
            [
                'ElasticGpuAssociationState',
                'ElasticGpuAssociationState',
                'elasticGpuAssociationState',
                'string'
            ],
            [
                'ElasticGpuAssociationTime',
                'ElasticGpuAssociationTime',
                'elasticGpuAssociationTime',
                'string'
            ]
        ],
        ElasticGpuSpecification: [['Type', 'Type', 'Type', 'string']],
        ElasticInferenceAccelerator: [
            ['Type', 'Type', 'Type', 'string'],
            ['Count', 'Count', 'Count', 'number']
        ],
        ElasticInferenceAcceleratorAssociation: [
            [
                'ElasticInferenceAcceleratorArn',
                'ElasticInferenceAcceleratorArn',
                'elasticInferenceAcceleratorArn',
                'string'
            ],
            [
                'ElasticInferenceAcceleratorAssociationId',
                'ElasticInferenceAcceleratorAssociationId',
                'elasticInferenceAcceleratorAssociationId',
                'string'
            ],
            [
                'ElasticInferenceAcceleratorAssociationState',
                'ElasticInferenceAcceleratorAssociationState',
                'elasticInferenceAcceleratorAssociationState',
                'string'
            ],
            [
                'ElasticInferenceAcceleratorAssociationTime',
                'ElasticInferenceAcceleratorAssociationTime',
                'elasticInferenceAcceleratorAssociationTime',
                'timestamp'
            ]
        ],
        EnaSrdSpecificationRequest: [
            ['EnaSrdEnabled', 'EnaSrdEnabled', 'EnaSrdEnabled', 'boolean'],
            [
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecificationRequest'
            ]
        ],
        EnaSrdUdpSpecificationRequest: [
            ['EnaSrdUdpEnabled', 'EnaSrdUdpEnabled', 'EnaSrdUdpEnabled', 'boolean']
        ],
        EnableImageDeprecationRequest: [
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            ['DeprecateAt', 'DeprecateAt', 'DeprecateAt', 'timestamp'],
            ['DryRun', 'DryRun', 'DryRun', 'boolean']
        ],
        EnableImageDeprecationResult: [['Return', 'Return', 'return', 'boolean']],
        EnclaveOptions: [['Enabled', 'Enabled', 'enabled', 'boolean']],
        EnclaveOptionsRequest: [['Enabled', 'Enabled', 'Enabled', 'boolean']],
        Filter: [
            ['Name', 'Name', 'Name', 'string'],
            ['Values', 'Value', 'Value', 'ValueStringList']
        ],
        GroupIdentifier: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string']
        ],
        HibernationOptions: [['Configured', 'Configured', 'configured', 'boolean']],
        HibernationOptionsRequest: [['Configured', 'Configured', 'Configured', 'boolean']],
        IamInstanceProfile: [
            ['Arn', 'Arn', 'arn', 'string'],
            ['Id', 'Id', 'id', 'string']
        ],
        IamInstanceProfileSpecification: [
            ['Arn', 'Arn', 'arn', 'string'],
            ['Name', 'Name', 'name', 'string']
        ],
        Image: [
            ['PlatformDetails', 'PlatformDetails', 'platformDetails', 'string'],
            ['UsageOperation', 'UsageOperation', 'usageOperation', 'string'],
            ['BlockDeviceMappings', 'BlockDeviceMapping', 'blockDeviceMapping', 'BlockDeviceMappingList'],
            ['Description', 'Description', 'description', 'string'],
            ['EnaSupport', 'EnaSupport', 'enaSupport', 'boolean'],
            ['Hypervisor', 'Hypervisor', 'hypervisor', 'string'],
            ['ImageOwnerAlias', 'ImageOwnerAlias', 'imageOwnerAlias', 'string'],
            ['Name', 'Name', 'name', 'string'],
            ['RootDeviceName', 'RootDeviceName', 'rootDeviceName', 'string'],
            ['RootDeviceType', 'RootDeviceType', 'rootDeviceType', 'string'],
            ['SriovNetSupport', 'SriovNetSupport', 'sriovNetSupport', 'string'],
            ['StateReason', 'StateReason', 'stateReason', 'StateReason'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['VirtualizationType', 'VirtualizationType', 'virtualizationType', 'string'],
            ['BootMode', 'BootMode', 'bootMode', 'string'],
            ['TpmSupport', 'TpmSupport', 'tpmSupport', 'string'],
            ['DeprecationTime', 'DeprecationTime', 'deprecationTime', 'string'],
            ['ImdsSupport', 'ImdsSupport', 'imdsSupport', 'string'],
            ['SourceInstanceId', 'SourceInstanceId', 'sourceInstanceId', 'string'],
            [
                'DeregistrationProtection',
                'DeregistrationProtection',
                'deregistrationProtection',
                'string'
            ],
            ['LastLaunchedTime', 'LastLaunchedTime', 'lastLaunchedTime', 'string'],
            ['ImageAllowed', 'ImageAllowed', 'imageAllowed', 'boolean'],
            ['SourceImageId', 'SourceImageId', 'sourceImageId', 'string'],
            ['SourceImageRegion', 'SourceImageRegion', 'sourceImageRegion', 'string'],
            ['FreeTierEligible', 'FreeTierEligible', 'freeTierEligible', 'boolean'],
            ['PublicSsmParameterName', 'PublicSsmParameterName', 'publicSsmParameterName', 'string'],
            ['ImageWatermarks', 'ImageWatermarkSet', 'imageWatermarkSet', 'ImageWatermarkList'],
            ['ScanResults', 'ScanResults', 'scanResults', 'ScanResults'],
            [
                'InstanceTypeSpecification',
                'InstanceTypeSpecification',
                'instanceTypeSpecification',
                'InstanceTypeSpecification'
            ],
            ['ImageId', 'ImageId', 'imageId', 'string'],
            ['ImageLocation', 'ImageLocation', 'imageLocation', 'string'],
            ['State', 'ImageState', 'imageState', 'string'],
            ['OwnerId', 'ImageOwnerId', 'imageOwnerId', 'string'],
            ['CreationDate', 'CreationDate', 'creationDate', 'string'],
            ['Public', 'IsPublic', 'isPublic', 'boolean'],
            ['ProductCodes', 'ProductCodes', 'productCodes', 'ProductCodeList'],
            ['Architecture', 'Architecture', 'architecture', 'string'],
            ['ImageType', 'ImageType', 'imageType', 'string'],
            ['KernelId', 'KernelId', 'kernelId', 'string'],
            ['RamdiskId', 'RamdiskId', 'ramdiskId', 'string'],
            ['Platform', 'Platform', 'platform', 'string']
        ],
        ImageWatermark: [
            ['WatermarkKey', 'WatermarkKey', 'watermarkKey', 'string'],
            ['SourceImageRegion', 'SourceImageRegion', 'sourceImageRegion', 'string'],
            ['SourceImageId', 'SourceImageId', 'sourceImageId', 'string'],
            [
                'SourceImageCreationTime',
                'SourceImageCreationTime',
                'sourceImageCreationTime',
                'timestamp'
            ],
            ['WatermarkCreationTime', 'WatermarkCreationTime', 'watermarkCreationTime', 'timestamp']
        ],
        ImportKeyPairRequest: [
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['PublicKeyMaterial', 'PublicKeyMaterial', 'publicKeyMaterial', 'blob'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        ImportKeyPairResult: [
            ['KeyFingerprint', 'KeyFingerprint', 'keyFingerprint', 'string'],
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['KeyPairId', 'KeyPairId', 'keyPairId', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList']
        ],
        Instance: [
            ['Architecture', 'Architecture', 'architecture', 'string'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'blockDeviceMapping',
                'InstanceBlockDeviceMappingList'
            ],
            ['ClientToken', 'ClientToken', 'clientToken', 'string'],
            ['EbsOptimized', 'EbsOptimized', 'ebsOptimized', 'boolean'],
            ['EnaSupport', 'EnaSupport', 'enaSupport', 'boolean'],
            ['Hypervisor', 'Hypervisor', 'hypervisor', 'string'],
            ['IamInstanceProfile', 'IamInstanceProfile', 'iamInstanceProfile', 'IamInstanceProfile'],
            ['InstanceLifecycle', 'InstanceLifecycle', 'instanceLifecycle', 'string'],
            [
                'ElasticGpuAssociations',
                'ElasticGpuAssociationSet',
                'elasticGpuAssociationSet',
                'ElasticGpuAssociationList'
            ],
            [
                'ElasticInferenceAcceleratorAssociations',
                'ElasticInferenceAcceleratorAssociationSet',
                'elasticInferenceAcceleratorAssociationSet',
                'ElasticInferenceAcceleratorAssociationList'
            ],
            [
                'NetworkInterfaces',
                'NetworkInterfaceSet',
                'networkInterfaceSet',
                'InstanceNetworkInterfaceList'
            ],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['RootDeviceName', 'RootDeviceName', 'rootDeviceName', 'string'],
            ['RootDeviceType', 'RootDeviceType', 'rootDeviceType', 'string'],
            ['SecurityGroups', 'GroupSet', 'groupSet', 'GroupIdentifierList'],
            ['SourceDestCheck', 'SourceDestCheck', 'sourceDestCheck', 'boolean'],
            ['SpotInstanceRequestId', 'SpotInstanceRequestId', 'spotInstanceRequestId', 'string'],
            ['SriovNetSupport', 'SriovNetSupport', 'sriovNetSupport', 'string'],
            ['StateReason', 'StateReason', 'stateReason', 'StateReason'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['VirtualizationType', 'VirtualizationType', 'virtualizationType', 'string'],
            ['CpuOptions', 'CpuOptions', 'cpuOptions', 'CpuOptions'],
            ['CapacityBlockId', 'CapacityBlockId', 'capacityBlockId', 'string'],
            ['CapacityReservationId', 'CapacityReservationId', 'capacityReservationId', 'string'],
            [
                'CapacityReservationSpecification',
                'CapacityReservationSpecification',
                'capacityReservationSpecification',
                'CapacityReservationSpecificationResponse'
            ],
            ['HibernationOptions', 'HibernationOptions', 'hibernationOptions', 'HibernationOptions'],
            ['Licenses', 'LicenseSet', 'licenseSet', 'LicenseList'],
            ['MetadataOptions', 'MetadataOptions', 'metadataOptions', 'InstanceMetadataOptionsResponse'],
            ['EnclaveOptions', 'EnclaveOptions', 'enclaveOptions', 'EnclaveOptions'],
            ['BootMode', 'BootMode', 'bootMode', 'string'],
            ['PlatformDetails', 'PlatformDetails', 'platformDetails', 'string'],
            ['UsageOperation', 'UsageOperation', 'usageOperation', 'string'],
            [
                'UsageOperationUpdateTime',
                'UsageOperationUpdateTime',
                'usageOperationUpdateTime',
                'timestamp'
            ],
            [
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptions',
                'privateDnsNameOptions',
                'PrivateDnsNameOptionsResponse'
            ],
            ['Ipv6Address', 'Ipv6Address', 'ipv6Address', 'string'],
            ['TpmSupport', 'TpmSupport', 'tpmSupport', 'string'],
            [
                'MaintenanceOptions',
                'MaintenanceOptions',
                'maintenanceOptions',
                'InstanceMaintenanceOptions'
            ],
            ['CurrentInstanceBootMode', 'CurrentInstanceBootMode', 'currentInstanceBootMode', 'string'],
            [
                'NetworkPerformanceOptions',
                'NetworkPerformanceOptions',
                'networkPerformanceOptions',
                'InstanceNetworkPerformanceOptions'
            ],
            ['Operator', 'Operator', 'operator', 'OperatorResponse'],
            [
                'SecondaryInterfaces',
                'SecondaryInterfaceSet',
                'secondaryInterfaceSet',
                'InstanceSecondaryInterfaceList'
            ],
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['ImageId', 'ImageId', 'imageId', 'string'],
            ['State', 'InstanceState', 'instanceState', 'InstanceState'],
            ['PrivateDnsName', 'PrivateDnsName', 'privateDnsName', 'string'],
            ['PublicDnsName', 'DnsName', 'dnsName', 'string'],
            ['StateTransitionReason', 'Reason', 'reason', 'string'],
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['AmiLaunchIndex', 'AmiLaunchIndex', 'amiLaunchIndex', 'number'],
            ['ProductCodes', 'ProductCodes', 'productCodes', 'ProductCodeList'],
            ['InstanceType', 'InstanceType', 'instanceType', 'string'],
            ['LaunchTime', 'LaunchTime', 'launchTime', 'timestamp'],
            ['Placement', 'Placement', 'placement', 'Placement'],
            ['KernelId', 'KernelId', 'kernelId', 'string'],
            ['RamdiskId', 'RamdiskId', 'ramdiskId', 'string'],
            ['Platform', 'Platform', 'platform', 'string'],
            ['Monitoring', 'Monitoring', 'monitoring', 'Monitoring'],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            ['PublicIpAddress', 'IpAddress', 'ipAddress', 'string']
        ],
        InstanceAttachmentEnaSrdSpecification: [
            ['EnaSrdEnabled', 'EnaSrdEnabled', 'enaSrdEnabled', 'boolean'],
            [
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecification',
                'enaSrdUdpSpecification',
                'InstanceAttachmentEnaSrdUdpSpecification'
            ]
        ],
        InstanceAttachmentEnaSrdUdpSpecification: [
            ['EnaSrdUdpEnabled', 'EnaSrdUdpEnabled', 'enaSrdUdpEnabled', 'boolean']
        ],
        InstanceBlockDeviceMapping: [
            ['DeviceName', 'DeviceName', 'deviceName', 'string'],
            ['Ebs', 'Ebs', 'ebs', 'EbsInstanceBlockDevice']
        ],
        InstanceBlockDeviceMappingSpecification: [
            ['DeviceName', 'DeviceName', 'deviceName', 'string'],
            ['Ebs', 'Ebs', 'ebs', 'EbsInstanceBlockDeviceSpecification'],
            ['VirtualName', 'VirtualName', 'virtualName', 'string'],
            ['NoDevice', 'NoDevice', 'noDevice', 'string']
        ],
        InstanceIpv4Prefix: [['Ipv4Prefix', 'Ipv4Prefix', 'ipv4Prefix', 'string']],
        InstanceIpv6Address: [
            ['Ipv6Address', 'Ipv6Address', 'ipv6Address', 'string'],
            ['IsPrimaryIpv6', 'IsPrimaryIpv6', 'isPrimaryIpv6', 'boolean']
        ],
        InstanceIpv6Prefix: [['Ipv6Prefix', 'Ipv6Prefix', 'ipv6Prefix', 'string']],
        InstanceMaintenanceOptions: [
            ['AutoRecovery', 'AutoRecovery', 'autoRecovery', 'string'],
            ['RebootMigration', 'RebootMigration', 'rebootMigration', 'string']
        ],
        InstanceMaintenanceOptionsRequest: [['AutoRecovery', 'AutoRecovery', 'AutoRecovery', 'string']],
        InstanceMarketOptionsRequest: [
            ['MarketType', 'MarketType', 'MarketType', 'string'],
            ['SpotOptions', 'SpotOptions', 'SpotOptions', 'SpotMarketOptions']
        ],
        InstanceMetadataOptionsRequest: [
            ['HttpTokens', 'HttpTokens', 'HttpTokens', 'string'],
            ['HttpPutResponseHopLimit', 'HttpPutResponseHopLimit', 'HttpPutResponseHopLimit', 'number'],
            ['HttpEndpoint', 'HttpEndpoint', 'HttpEndpoint', 'string'],
            ['HttpProtocolIpv6', 'HttpProtocolIpv6', 'HttpProtocolIpv6', 'string'],
            ['InstanceMetadataTags', 'InstanceMetadataTags', 'InstanceMetadataTags', 'string']
        ],
        InstanceMetadataOptionsResponse: [
            ['State', 'State', 'state', 'string'],
            ['HttpTokens', 'HttpTokens', 'httpTokens', 'string'],
            ['HttpPutResponseHopLimit', 'HttpPutResponseHopLimit', 'httpPutResponseHopLimit', 'number'],
            ['HttpEndpoint', 'HttpEndpoint', 'httpEndpoint', 'string'],
            ['HttpProtocolIpv6', 'HttpProtocolIpv6', 'httpProtocolIpv6', 'string'],
            ['InstanceMetadataTags', 'InstanceMetadataTags', 'instanceMetadataTags', 'string']
        ],
        InstanceNetworkInterface: [
            ['Association', 'Association', 'association', 'InstanceNetworkInterfaceAssociation'],
            ['Attachment', 'Attachment', 'attachment', 'InstanceNetworkInterfaceAttachment'],
            ['Description', 'Description', 'description', 'string'],
            ['Groups', 'GroupSet', 'groupSet', 'GroupIdentifierList'],
            ['Ipv6Addresses', 'Ipv6AddressesSet', 'ipv6AddressesSet', 'InstanceIpv6AddressList'],
            ['MacAddress', 'MacAddress', 'macAddress', 'string'],
            ['NetworkInterfaceId', 'NetworkInterfaceId', 'networkInterfaceId', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['PrivateDnsName', 'PrivateDnsName', 'privateDnsName', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddressesSet',
                'privateIpAddressesSet',
                'InstancePrivateIpAddressList'
            ],
            ['SourceDestCheck', 'SourceDestCheck', 'sourceDestCheck', 'boolean'],
            ['Status', 'Status', 'status', 'string'],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['InterfaceType', 'InterfaceType', 'interfaceType', 'string'],
            ['Ipv4Prefixes', 'Ipv4PrefixSet', 'ipv4PrefixSet', 'InstanceIpv4PrefixList'],
            ['Ipv6Prefixes', 'Ipv6PrefixSet', 'ipv6PrefixSet', 'InstanceIpv6PrefixList'],
            [
                'ConnectionTrackingConfiguration',
                'ConnectionTrackingConfiguration',
                'connectionTrackingConfiguration',
                'ConnectionTrackingSpecificationResponse'
            ],
            ['Operator', 'Operator', 'operator', 'OperatorResponse']
        ],
        InstanceNetworkInterfaceAssociation: [
            ['CarrierIp', 'CarrierIp', 'carrierIp', 'string'],
            ['CustomerOwnedIp', 'CustomerOwnedIp', 'customerOwnedIp', 'string'],
            ['IpOwnerId', 'IpOwnerId', 'ipOwnerId', 'string'],
            ['PublicDnsName', 'PublicDnsName', 'publicDnsName', 'string'],
            ['PublicIp', 'PublicIp', 'publicIp', 'string']
        ],
        InstanceNetworkInterfaceAttachment: [
            ['AttachTime', 'AttachTime', 'attachTime', 'timestamp'],
            ['AttachmentId', 'AttachmentId', 'attachmentId', 'string'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['DeviceIndex', 'DeviceIndex', 'deviceIndex', 'number'],
            ['Status', 'Status', 'status', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'networkCardIndex', 'number'],
            [
                'EnaSrdSpecification',
                'EnaSrdSpecification',
                'enaSrdSpecification',
                'InstanceAttachmentEnaSrdSpecification'
            ],
            ['EnaQueueCount', 'EnaQueueCount', 'enaQueueCount', 'number']
        ],
        InstanceNetworkInterfaceSpecification: [
            [
                'AssociatePublicIpAddress',
                'AssociatePublicIpAddress',
                'associatePublicIpAddress',
                'boolean'
            ],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['Description', 'Description', 'description', 'string'],
            ['DeviceIndex', 'DeviceIndex', 'deviceIndex', 'number'],
            ['Groups', 'SecurityGroupId', 'SecurityGroupId', 'SecurityGroupIdStringList'],
            ['Ipv6AddressCount', 'Ipv6AddressCount', 'ipv6AddressCount', 'number'],
            ['Ipv6Addresses', 'Ipv6Addresses', 'ipv6AddressesSet', 'InstanceIpv6AddressList'],
            ['NetworkInterfaceId', 'NetworkInterfaceId', 'networkInterfaceId', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddresses',
                'privateIpAddressesSet',
                'PrivateIpAddressSpecificationList'
            ],
            [
                'SecondaryPrivateIpAddressCount',
                'SecondaryPrivateIpAddressCount',
                'secondaryPrivateIpAddressCount',
                'number'
            ],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            [
                'AssociateCarrierIpAddress',
                'AssociateCarrierIpAddress',
                'AssociateCarrierIpAddress',
                'boolean'
            ],
            ['InterfaceType', 'InterfaceType', 'InterfaceType', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'NetworkCardIndex', 'number'],
            ['Ipv4Prefixes', 'Ipv4Prefix', 'Ipv4Prefix', 'Ipv4PrefixList'],
            ['Ipv4PrefixCount', 'Ipv4PrefixCount', 'Ipv4PrefixCount', 'number'],
            ['Ipv6Prefixes', 'Ipv6Prefix', 'Ipv6Prefix', 'Ipv6PrefixList'],
            ['Ipv6PrefixCount', 'Ipv6PrefixCount', 'Ipv6PrefixCount', 'number'],
            ['PrimaryIpv6', 'PrimaryIpv6', 'PrimaryIpv6', 'boolean'],
            [
                'EnaSrdSpecification',
                'EnaSrdSpecification',
                'EnaSrdSpecification',
                'EnaSrdSpecificationRequest'
            ],
            [
                'ConnectionTrackingSpecification',
                'ConnectionTrackingSpecification',
                'ConnectionTrackingSpecification',
                'ConnectionTrackingSpecificationRequest'
            ],
            ['EnaQueueCount', 'EnaQueueCount', 'EnaQueueCount', 'number']
        ],
        InstanceNetworkPerformanceOptions: [
            ['BandwidthWeighting', 'BandwidthWeighting', 'bandwidthWeighting', 'string']
        ],
        InstanceNetworkPerformanceOptionsRequest: [
            ['BandwidthWeighting', 'BandwidthWeighting', 'BandwidthWeighting', 'string']
        ],
        InstancePrivateIpAddress: [
            ['Association', 'Association', 'association', 'InstanceNetworkInterfaceAssociation'],
            ['Primary', 'Primary', 'primary', 'boolean'],
            ['PrivateDnsName', 'PrivateDnsName', 'privateDnsName', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string']
        ],
        InstanceSecondaryInterface: [
            ['Attachment', 'Attachment', 'attachment', 'InstanceSecondaryInterfaceAttachment'],
            ['MacAddress', 'MacAddress', 'macAddress', 'string'],
            ['SecondaryInterfaceId', 'SecondaryInterfaceId', 'secondaryInterfaceId', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddressSet',
                'privateIpAddressSet',
                'InstanceSecondaryInterfacePrivateIpAddressList'
            ],
            ['SourceDestCheck', 'SourceDestCheck', 'sourceDestCheck', 'boolean'],
            ['Status', 'Status', 'status', 'string'],
            ['SecondarySubnetId', 'SecondarySubnetId', 'secondarySubnetId', 'string'],
            ['SecondaryNetworkId', 'SecondaryNetworkId', 'secondaryNetworkId', 'string'],
            ['InterfaceType', 'InterfaceType', 'interfaceType', 'string']
        ],
        InstanceSecondaryInterfaceAttachment: [
            ['AttachTime', 'AttachTime', 'attachTime', 'timestamp'],
            ['AttachmentId', 'AttachmentId', 'attachmentId', 'string'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['DeviceIndex', 'DeviceIndex', 'deviceIndex', 'number'],
            ['Status', 'Status', 'status', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'networkCardIndex', 'number']
        ],
        InstanceSecondaryInterfacePrivateIpAddress: [
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string']
        ],
        InstanceSecondaryInterfacePrivateIpAddressRequest: [
            ['PrivateIpAddress', 'PrivateIpAddress', 'PrivateIpAddress', 'string']
        ],
        InstanceSecondaryInterfaceSpecificationRequest: [
            ['DeleteOnTermination', 'DeleteOnTermination', 'DeleteOnTermination', 'boolean'],
            ['DeviceIndex', 'DeviceIndex', 'DeviceIndex', 'number'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddress',
                'PrivateIpAddress',
                'InstanceSecondaryInterfacePrivateIpAddressListRequest'
            ],
            ['PrivateIpAddressCount', 'PrivateIpAddressCount', 'PrivateIpAddressCount', 'number'],
            ['SecondarySubnetId', 'SecondarySubnetId', 'SecondarySubnetId', 'string'],
            ['InterfaceType', 'InterfaceType', 'InterfaceType', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'NetworkCardIndex', 'number']
        ],
        InstanceState: [
            ['Code', 'Code', 'code', 'number'],
            ['Name', 'Name', 'name', 'string']
        ],
        InstanceStateChange: [
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['CurrentState', 'CurrentState', 'currentState', 'InstanceState'],
            ['PreviousState', 'PreviousState', 'previousState', 'InstanceState']
        ],
        InstanceTypeItem: [['InstanceType', 'InstanceType', 'instanceType', 'string']],
        InstanceTypeSpecification: [
            [
                'SupportedInstanceTypes',
                'SupportedInstanceTypeSet',
                'supportedInstanceTypeSet',
                'SupportedInstanceTypeSet'
            ],
            [
                'UnsupportedInstanceTypes',
                'UnsupportedInstanceTypeSet',
                'unsupportedInstanceTypeSet',
                'UnsupportedInstanceTypeSet'
            ]
        ],
        IpPermission: [
            ['IpProtocol', 'IpProtocol', 'ipProtocol', 'string'],
            ['FromPort', 'FromPort', 'fromPort', 'number'],
            ['ToPort', 'ToPort', 'toPort', 'number'],
            ['UserIdGroupPairs', 'Groups', 'groups', 'UserIdGroupPairList'],
            ['IpRanges', 'IpRanges', 'ipRanges', 'IpRangeList'],
            ['Ipv6Ranges', 'Ipv6Ranges', 'ipv6Ranges', 'Ipv6RangeList'],
            ['PrefixListIds', 'PrefixListIds', 'prefixListIds', 'PrefixListIdList']
        ],
        IpRange: [
            ['Description', 'Description', 'description', 'string'],
            ['CidrIp', 'CidrIp', 'cidrIp', 'string']
        ],
        Ipv4PrefixSpecificationRequest: [['Ipv4Prefix', 'Ipv4Prefix', 'Ipv4Prefix', 'string']],
        Ipv6PrefixSpecificationRequest: [['Ipv6Prefix', 'Ipv6Prefix', 'Ipv6Prefix', 'string']],
        Ipv6Range: [
            ['Description', 'Description', 'description', 'string'],
            ['CidrIpv6', 'CidrIpv6', 'cidrIpv6', 'string']
        ],
        KeyPairInfo: [
            ['KeyPairId', 'KeyPairId', 'keyPairId', 'string'],
            ['KeyType', 'KeyType', 'keyType', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['PublicKey', 'PublicKey', 'publicKey', 'string'],
            ['CreateTime', 'CreateTime', 'createTime', 'timestamp'],
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['KeyFingerprint', 'KeyFingerprint', 'keyFingerprint', 'string']
        ],
        LaunchPermission: [
            ['OrganizationArn', 'OrganizationArn', 'organizationArn', 'string'],
            ['OrganizationalUnitArn', 'OrganizationalUnitArn', 'organizationalUnitArn', 'string'],
            ['UserId', 'UserId', 'userId', 'string'],
            ['Group', 'Group', 'group', 'string']
        ],
        LaunchPermissionModifications: [
            ['Add', 'Add', 'Add', 'LaunchPermissionList'],
            ['Remove', 'Remove', 'Remove', 'LaunchPermissionList']
        ],
        LaunchTemplateSpecification: [
            ['LaunchTemplateId', 'LaunchTemplateId', 'LaunchTemplateId', 'string'],
            ['LaunchTemplateName', 'LaunchTemplateName', 'LaunchTemplateName', 'string'],
            ['Version', 'Version', 'Version', 'string']
        ],
        LicenseConfiguration: [
            ['LicenseConfigurationArn', 'LicenseConfigurationArn', 'licenseConfigurationArn', 'string']
        ],
        LicenseConfigurationRequest: [
            ['LicenseConfigurationArn', 'LicenseConfigurationArn', 'LicenseConfigurationArn', 'string']
        ],
        ModifyImageAttributeRequest: [
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            ['Attribute', 'Attribute', 'Attribute', 'string'],
            ['Description', 'Description', 'Description', 'AttributeValue'],
            ['LaunchPermission', 'LaunchPermission', 'LaunchPermission', 'LaunchPermissionModifications'],
            ['OperationType', 'OperationType', 'OperationType', 'string'],
            ['ProductCodes', 'ProductCode', 'ProductCode', 'ProductCodeStringList'],
            ['UserGroups', 'UserGroup', 'UserGroup', 'UserGroupStringList'],
            ['UserIds', 'UserId', 'UserId', 'UserIdStringList'],
            ['Value', 'Value', 'Value', 'string'],
            ['OrganizationArns', 'OrganizationArn', 'OrganizationArn', 'OrganizationArnStringList'],
            [
                'OrganizationalUnitArns',
                'OrganizationalUnitArn',
                'OrganizationalUnitArn',
                'OrganizationalUnitArnStringList'
            ],
            ['ImdsSupport', 'ImdsSupport', 'ImdsSupport', 'AttributeValue'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        ModifyInstanceAttributeRequest: [
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['SourceDestCheck', 'SourceDestCheck', 'SourceDestCheck', 'AttributeBooleanValue'],
            ['EnclaveOptions', 'EnclaveOptions', 'EnclaveOptions', 'EnclaveOptionsRequest'],
            ['DisableApiStop', 'DisableApiStop', 'DisableApiStop', 'AttributeBooleanValue'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Attribute', 'Attribute', 'attribute', 'string'],
            ['Value', 'Value', 'value', 'string'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'blockDeviceMapping',
                'InstanceBlockDeviceMappingSpecificationList'
            ],
            [
                'DisableApiTermination',
                'DisableApiTermination',
                'disableApiTermination',
                'AttributeBooleanValue'
            ],
            ['InstanceType', 'InstanceType', 'instanceType', 'AttributeValue'],
            ['Kernel', 'Kernel', 'kernel', 'AttributeValue'],
            ['Ramdisk', 'Ramdisk', 'ramdisk', 'AttributeValue'],
            ['UserData', 'UserData', 'userData', 'SecureBlobAttributeValue'],
            [
                'InstanceInitiatedShutdownBehavior',
                'InstanceInitiatedShutdownBehavior',
                'instanceInitiatedShutdownBehavior',
                'AttributeValue'
            ],
            ['Groups', 'GroupId', 'GroupId', 'GroupIdStringList'],
            ['EbsOptimized', 'EbsOptimized', 'ebsOptimized', 'AttributeBooleanValue'],
            ['SriovNetSupport', 'SriovNetSupport', 'sriovNetSupport', 'AttributeValue'],
            ['EnaSupport', 'EnaSupport', 'enaSupport', 'AttributeBooleanValue']
        ],
        ModifySnapshotAttributeRequest: [
            ['SnapshotId', 'SnapshotId', 'SnapshotId', 'string'],
            ['Attribute', 'Attribute', 'Attribute', 'string'],
            [
                'CreateVolumePermission',
                'CreateVolumePermission',
                'CreateVolumePermission',
                'CreateVolumePermissionModifications'
            ],
            ['GroupNames', 'UserGroup', 'UserGroup', 'GroupNameStringList'],
            ['OperationType', 'OperationType', 'OperationType', 'string'],
            ['UserIds', 'UserId', 'UserId', 'UserIdStringList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        Monitoring: [
            ['MetricCategoryIds', 'MetricCategoryIdSet', 'metricCategoryIdSet', 'MetricCategoryIdList'],
            ['State', 'State', 'state', 'string']
        ],
        OperatorRequest: [['Principal', 'Principal', 'Principal', 'string']],
        OperatorResponse: [
            ['Managed', 'Managed', 'managed', 'boolean'],
            ['Principal', 'Principal', 'principal', 'string'],
            ['HiddenByDefault', 'HiddenByDefault', 'hiddenByDefault', 'boolean']
        ],
        Placement: [
            ['AvailabilityZoneId', 'AvailabilityZoneId', 'availabilityZoneId', 'string'],
            ['Affinity', 'Affinity', 'affinity', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string'],
            ['PartitionNumber', 'PartitionNumber', 'partitionNumber', 'number'],
            ['HostId', 'HostId', 'hostId', 'string'],
            ['Tenancy', 'Tenancy', 'tenancy', 'string'],
            ['SpreadDomain', 'SpreadDomain', 'spreadDomain', 'string'],
            ['HostResourceGroupArn', 'HostResourceGroupArn', 'hostResourceGroupArn', 'string'],
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string']
        ],
        PrefixListId: [
            ['Description', 'Description', 'description', 'string'],
            ['PrefixListId', 'PrefixListId', 'prefixListId', 'string']
        ],
        PrivateDnsNameOptionsOnLaunch: [
            ['HostnameType', 'HostnameType', 'hostnameType', 'string'],
            [
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'enableResourceNameDnsARecord',
                'boolean'
            ],
            [
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'enableResourceNameDnsAAAARecord',
                'boolean'
            ]
        ],
        PrivateDnsNameOptionsRequest: [
            ['HostnameType', 'HostnameType', 'HostnameType', 'string'],
            [
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'boolean'
            ],
            [
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'boolean'
            ]
        ],
        PrivateDnsNameOptionsResponse: [
            ['HostnameType', 'HostnameType', 'hostnameType', 'string'],
            [
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'enableResourceNameDnsARecord',
                'boolean'
            ],
            [
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'enableResourceNameDnsAAAARecord',
                'boolean'
            ]
        ],
        PrivateIpAddressSpecification: [
            ['Primary', 'Primary', 'primary', 'boolean'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string']
        ],
        ProductCode: [
            ['ProductCodeId', 'ProductCode', 'productCode', 'string'],
            ['ProductCodeType', 'Type', 'type', 'string']
        ],
        ReferencedSecurityGroup: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['PeeringStatus', 'PeeringStatus', 'peeringStatus', 'string'],
            ['UserId', 'UserId', 'userId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['VpcPeeringConnectionId', 'VpcPeeringConnectionId', 'vpcPeeringConnectionId', 'string']
        ],
        Region: [
            ['OptInStatus', 'OptInStatus', 'optInStatus', 'string'],
            ['Geography', 'GeographySet', 'geographySet', 'RegionGeographyList'],
            ['RegionName', 'RegionName', 'regionName', 'string'],
            ['Endpoint', 'RegionEndpoint', 'regionEndpoint', 'string']
        ],
        RegionGeography: [['Name', 'Name', 'name', 'string']],
        Reservation: [
            ['ReservationId', 'ReservationId', 'reservationId', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['RequesterId', 'RequesterId', 'requesterId', 'string'],
            ['Groups', 'GroupSet', 'groupSet', 'GroupIdentifierList'],
            ['Instances', 'InstancesSet', 'instancesSet', 'InstanceList']
        ],
        RunInstancesMonitoringEnabled: [
            ['Enabled', 'Enabled', 'enabled', 'boolean'],
            ['MetricCategoryIds', 'MetricCategoryId', 'MetricCategoryId', 'MetricCategoryIdList']
        ],
        RunInstancesRequest: [
            ['MaxCount', 'MaxCount', 'MaxCount', 'number'],
            ['MinCount', 'MinCount', 'MinCount', 'number'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'BlockDeviceMapping',
                'BlockDeviceMappingRequestList'
            ],
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            ['InstanceType', 'InstanceType', 'InstanceType', 'string'],
            ['Ipv6AddressCount', 'Ipv6AddressCount', 'Ipv6AddressCount', 'number'],
            ['Ipv6Addresses', 'Ipv6Address', 'Ipv6Address', 'InstanceIpv6AddressList'],
            ['KernelId', 'KernelId', 'KernelId', 'string'],
            ['KeyName', 'KeyName', 'KeyName', 'string'],
            ['Monitoring', 'Monitoring', 'Monitoring', 'RunInstancesMonitoringEnabled'],
            ['Placement', 'Placement', 'Placement', 'Placement'],
            ['RamdiskId', 'RamdiskId', 'RamdiskId', 'string'],
            ['SecurityGroupIds', 'SecurityGroupId', 'SecurityGroupId', 'SecurityGroupIdStringList'],
            ['SecurityGroups', 'SecurityGroup', 'SecurityGroup', 'SecurityGroupStringList'],
            ['SubnetId', 'SubnetId', 'SubnetId', 'string'],
            ['UserData', 'UserData', 'UserData', 'string'],
            [
                'ElasticGpuSpecification',
                'ElasticGpuSpecification',
                'ElasticGpuSpecification',
                'ElasticGpuSpecifications'
            ],
            [
                'ElasticInferenceAccelerators',
                'ElasticInferenceAccelerator',
                'ElasticInferenceAccelerator',
                'ElasticInferenceAccelerators'
            ],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['LaunchTemplate', 'LaunchTemplate', 'LaunchTemplate', 'LaunchTemplateSpecification'],
            [
                'InstanceMarketOptions',
                'InstanceMarketOptions',
                'InstanceMarketOptions',
                'InstanceMarketOptionsRequest'
            ],
            [
                'CreditSpecification',
                'CreditSpecification',
                'CreditSpecification',
                'CreditSpecificationRequest'
            ],
            ['CpuOptions', 'CpuOptions', 'CpuOptions', 'CpuOptionsRequest'],
            [
                'CapacityReservationSpecification',
                'CapacityReservationSpecification',
                'CapacityReservationSpecification',
                'CapacityReservationSpecification'
            ],
            [
                'HibernationOptions',
                'HibernationOptions',
                'HibernationOptions',
                'HibernationOptionsRequest'
            ],
            [
                'LicenseSpecifications',
                'LicenseSpecification',
                'LicenseSpecification',
                'LicenseSpecificationListRequest'
            ],
            ['MetadataOptions', 'MetadataOptions', 'MetadataOptions', 'InstanceMetadataOptionsRequest'],
            ['EnclaveOptions', 'EnclaveOptions', 'EnclaveOptions', 'EnclaveOptionsRequest'],
            [
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptionsRequest'
            ],
            [
                'MaintenanceOptions',
                'MaintenanceOptions',
                'MaintenanceOptions',
                'InstanceMaintenanceOptionsRequest'
            ],
            ['DisableApiStop', 'DisableApiStop', 'DisableApiStop', 'boolean'],
            ['EnablePrimaryIpv6', 'EnablePrimaryIpv6', 'EnablePrimaryIpv6', 'boolean'],
            [
                'NetworkPerformanceOptions',
                'NetworkPerformanceOptions',
                'NetworkPerformanceOptions',
                'InstanceNetworkPerformanceOptionsRequest'
            ],
            ['Operator', 'Operator', 'Operator', 'OperatorRequest'],
            [
                'SecondaryInterfaces',
                'SecondaryInterface',
                'SecondaryInterface',
                'InstanceSecondaryInterfaceSpecificationListRequest'
            ],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['DisableApiTermination', 'DisableApiTermination', 'disableApiTermination', 'boolean'],
            [
                'InstanceInitiatedShutdownBehavior',
                'InstanceInitiatedShutdownBehavior',
                'instanceInitiatedShutdownBehavior',
                'string'
            ],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            ['ClientToken', 'ClientToken', 'clientToken', 'string', 1],
            ['AdditionalInfo', 'AdditionalInfo', 'additionalInfo', 'string'],
            [
                'NetworkInterfaces',
                'NetworkInterface',
                'networkInterface',
                'InstanceNetworkInterfaceSpecificationList'
            ],
            [
                'IamInstanceProfile',
                'IamInstanceProfile',
                'iamInstanceProfile',
                'IamInstanceProfileSpecification'
            ],
            ['EbsOptimized', 'EbsOptimized', 'ebsOptimized', 'boolean']
        ],
        ScanResults: [
            [
                'HighestFindingSeverityLabel',
                'HighestFindingSeverityLabel',
                'highestFindingSeverityLabel',
                'string'
            ],
            ['FindingScanDate', 'FindingScanDate', 'findingScanDate', 'timestamp'],
            [
                'InformationalFixAvailableSince',
                'InformationalFixAvailableSince',
                'informationalFixAvailableSince',
                'timestamp'
            ],
            ['LowFixAvailableSince', 'LowFixAvailableSince', 'lowFixAvailableSince', 'timestamp'],
            [
                'MediumFixAvailableSince',
                'MediumFixAvailableSince',
                'mediumFixAvailableSince',
                'timestamp'
            ],
            ['HighFixAvailableSince', 'HighFixAvailableSince', 'highFixAvailableSince', 'timestamp'],
            [
                'CriticalFixAvailableSince',
                'CriticalFixAvailableSince',
                'criticalFixAvailableSince',
                'timestamp'
            ]
        ],
        SecureBlobAttributeValue: [['Value', 'Value', 'value', 'blob']],
        SecurityGroup: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['IpPermissionsEgress', 'IpPermissionsEgress', 'ipPermissionsEgress', 'IpPermissionList'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['SecurityGroupArn', 'SecurityGroupArn', 'securityGroupArn', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string'],
            ['Description', 'GroupDescription', 'groupDescription', 'string'],
            ['IpPermissions', 'IpPermissions', 'ipPermissions', 'IpPermissionList']
        ],
        SecurityGroupRule: [
            ['SecurityGroupRuleId', 'SecurityGroupRuleId', 'securityGroupRuleId', 'string'],
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['GroupOwnerId', 'GroupOwnerId', 'groupOwnerId', 'string'],
            ['IsEgress', 'IsEgress', 'isEgress', 'boolean'],
            ['IpProtocol', 'IpProtocol', 'ipProtocol', 'string'],
            ['FromPort', 'FromPort', 'fromPort', 'number'],
            ['ToPort', 'ToPort', 'toPort', 'number'],
            ['CidrIpv4', 'CidrIpv4', 'cidrIpv4', 'string'],
            ['CidrIpv6', 'CidrIpv6', 'cidrIpv6', 'string'],
            ['PrefixListId', 'PrefixListId', 'prefixListId', 'string'],
            [
                'ReferencedGroupInfo',
                'ReferencedGroupInfo',
                'referencedGroupInfo',
                'ReferencedSecurityGroup'
            ],
            ['Description', 'Description', 'description', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['SecurityGroupRuleArn', 'SecurityGroupRuleArn', 'securityGroupRuleArn', 'string']
        ],
        Snapshot: [
            ['OwnerAlias', 'OwnerAlias', 'ownerAlias', 'string'],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['StorageTier', 'StorageTier', 'storageTier', 'string'],
            ['RestoreExpiryTime', 'RestoreExpiryTime', 'restoreExpiryTime', 'timestamp'],
            ['SseType', 'SseType', 'sseType', 'string'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string'],
            ['TransferType', 'TransferType', 'transferType', 'string'],
            [
                'CompletionDurationMinutes',
                'CompletionDurationMinutes',
                'completionDurationMinutes',
                'number'
            ],
            ['CompletionTime', 'CompletionTime', 'completionTime', 'timestamp'],
            ['FullSnapshotSizeInBytes', 'FullSnapshotSizeInBytes', 'fullSnapshotSizeInBytes', 'number'],
            ['SnapshotId', 'SnapshotId', 'snapshotId', 'string'],
            ['VolumeId', 'VolumeId', 'volumeId', 'string'],
            ['State', 'Status', 'status', 'string'],
            ['StateMessage', 'StatusMessage', 'statusMessage', 'string'],
            ['StartTime', 'StartTime', 'startTime', 'timestamp'],
            ['Progress', 'Progress', 'progress', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['Description', 'Description', 'description', 'string'],
            ['VolumeSize', 'VolumeSize', 'volumeSize', 'number'],
            ['Encrypted', 'Encrypted', 'encrypted', 'boolean'],
            ['KmsKeyId', 'KmsKeyId', 'kmsKeyId', 'string'],
            ['DataEncryptionKeyId', 'DataEncryptionKeyId', 'dataEncryptionKeyId', 'string']
        ],
        SpotMarketOptions: [
            ['MaxPrice', 'MaxPrice', 'MaxPrice', 'string'],
            ['SpotInstanceType', 'SpotInstanceType', 'SpotInstanceType', 'string'],
            ['BlockDurationMinutes', 'BlockDurationMinutes', 'BlockDurationMinutes', 'number'],
            ['ValidUntil', 'ValidUntil', 'ValidUntil', 'timestamp'],
            [
                'InstanceInterruptionBehavior',
                'InstanceInterruptionBehavior',
                'InstanceInterruptionBehavior',
                'string'
            ]
        ],
        StateReason: [
            ['Code', 'Code', 'code', 'string'],
            ['Message', 'Message', 'message', 'string']
        ],
        StopInstancesRequest: [
            ['InstanceIds', 'InstanceId', 'InstanceId', 'InstanceIdStringList'],
            ['Hibernate', 'Hibernate', 'Hibernate', 'boolean'],
            ['SkipOsShutdown', 'SkipOsShutdown', 'SkipOsShutdown', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Force', 'Force', 'force', 'boolean']
        ],
        StopInstancesResult: [
            ['StoppingInstances', 'InstancesSet', 'instancesSet', 'InstanceStateChangeList']
        ],
        Subnet: [
            ['AvailabilityZoneId', 'AvailabilityZoneId', 'availabilityZoneId', 'string'],
            ['EnableLniAtDeviceIndex', 'EnableLniAtDeviceIndex', 'enableLniAtDeviceIndex', 'number'],
            [
                'MapCustomerOwnedIpOnLaunch',
                'MapCustomerOwnedIpOnLaunch',
                'mapCustomerOwnedIpOnLaunch',
                'boolean'
            ],
            ['CustomerOwnedIpv4Pool', 'CustomerOwnedIpv4Pool', 'customerOwnedIpv4Pool', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            [
                'AssignIpv6AddressOnCreation',
                'AssignIpv6AddressOnCreation',
                'assignIpv6AddressOnCreation',
                'boolean'
            ],
            [
                'Ipv6CidrBlockAssociationSet',
                'Ipv6CidrBlockAssociationSet',
                'ipv6CidrBlockAssociationSet',
                'SubnetIpv6CidrBlockAssociationSet'
            ],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['SubnetArn', 'SubnetArn', 'subnetArn', 'string'],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['EnableDns64', 'EnableDns64', 'enableDns64', 'boolean'],
            ['Ipv6Native', 'Ipv6Native', 'ipv6Native', 'boolean'],
            [
                'PrivateDnsNameOptionsOnLaunch',
                'PrivateDnsNameOptionsOnLaunch',
                'privateDnsNameOptionsOnLaunch',
                'PrivateDnsNameOptionsOnLaunch'
            ],
            [
                'BlockPublicAccessStates',
                'BlockPublicAccessStates',
                'blockPublicAccessStates',
                'BlockPublicAccessStates'
            ],
            ['Type', 'Type', 'type', 'string'],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            ['State', 'State', 'state', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['CidrBlock', 'CidrBlock', 'cidrBlock', 'string'],
            ['AvailableIpAddressCount', 'AvailableIpAddressCount', 'availableIpAddressCount', 'number'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string'],
            ['DefaultForAz', 'DefaultForAz', 'defaultForAz', 'boolean'],
            ['MapPublicIpOnLaunch', 'MapPublicIpOnLaunch', 'mapPublicIpOnLaunch', 'boolean']
        ],
        SubnetCidrBlockState: [
            ['State', 'State', 'state', 'string'],
            ['StatusMessage', 'StatusMessage', 'statusMessage', 'string']
        ],
        SubnetIpv6CidrBlockAssociation: [
            ['AssociationId', 'AssociationId', 'associationId', 'string'],
            ['Ipv6CidrBlock', 'Ipv6CidrBlock', 'ipv6CidrBlock', 'string'],
            ['Ipv6CidrBlockState', 'Ipv6CidrBlockState', 'ipv6CidrBlockState', 'SubnetCidrBlockState'],
            ['Ipv6AddressAttribute', 'Ipv6AddressAttribute', 'ipv6AddressAttribute', 'string'],
            ['IpSource', 'IpSource', 'ipSource', 'string']
        ],
        Tag: [
            ['Key', 'Key', 'key', 'string'],
            ['Value', 'Value', 'value', 'string']
        ],
        TagSpecification: [
            ['ResourceType', 'ResourceType', 'resourceType', 'string'],
            ['Tags', 'Tag', 'Tag', 'TagList']
        ],
        TerminateInstancesRequest: [
            ['InstanceIds', 'InstanceId', 'InstanceId', 'InstanceIdStringList'],
            ['Force', 'Force', 'Force', 'boolean'],
            ['SkipOsShutdown', 'SkipOsShutdown', 'SkipOsShutdown', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        TerminateInstancesResult: [
            ['TerminatingInstances', 'InstancesSet', 'instancesSet', 'InstanceStateChangeList']
        ],
        UserIdGroupPair: [
            ['Description', 'Description', 'description', 'string'],
            ['UserId', 'UserId', 'userId', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string'],
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['VpcPeeringConnectionId', 'VpcPeeringConnectionId', 'vpcPeeringConnectionId', 'string'],
            ['PeeringStatus', 'PeeringStatus', 'peeringStatus', 'string']
        ],
        Vpc: [
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['InstanceTenancy', 'InstanceTenancy', 'instanceTenancy', 'string'],
            [
                'Ipv6CidrBlockAssociationSet',
                'Ipv6CidrBlockAssociationSet',
                'ipv6CidrBlockAssociationSet',
                'VpcIpv6CidrBlockAssociationSet'
            ],
            [
                'CidrBlockAssociationSet',
                'CidrBlockAssociationSet',
                'cidrBlockAssociationSet',
                'VpcCidrBlockAssociationSet'
            ],
            ['IsDefault', 'IsDefault', 'isDefault', 'boolean'],
            ['EncryptionControl', 'EncryptionControl', 'encryptionControl', 'VpcEncryptionControl'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            [
                'BlockPublicAccessStates',
                'BlockPublicAccessStates',
                'blockPublicAccessStates',
                'BlockPublicAccessStates'
            ],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['State', 'State', 'state', 'string'],
            ['CidrBlock', 'CidrBlock', 'cidrBlock', 'string'],
            ['DhcpOptionsId', 'DhcpOptionsId', 'dhcpOptionsId', 'string']
        ],
        VpcCidrBlockAssociation: [
            ['AssociationId', 'AssociationId', 'associationId', 'string'],
            ['CidrBlock', 'CidrBlock', 'cidrBlock', 'string'],
            ['CidrBlockState', 'CidrBlockState', 'cidrBlockState', 'VpcCidrBlockState']
        ],
        VpcCidrBlockState: [
            ['State', 'State', 'state', 'string'],
            ['StatusMessage', 'StatusMessage', 'statusMessage', 'string']
        ],
        VpcEncryptionControl: [
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['VpcEncryptionControlId', 'VpcEncryptionControlId', 'vpcEncryptionControlId', 'string'],
            ['Mode', 'Mode', 'mode', 'string'],
            ['State', 'State', 'state', 'string'],
            ['StateMessage', 'StateMessage', 'stateMessage', 'string'],
            [
                'ResourceExclusions',
                'ResourceExclusions',
                'resourceExclusions',
                'VpcEncryptionControlExclusions'
            ],
            ['Tags', 'TagSet', 'tagSet', 'TagList']
        ],
        VpcEncryptionControlExclusion: [
            ['State', 'State', 'state', 'string'],
            ['StateMessage', 'StateMessage', 'stateMessage', 'string']
        ],
        VpcEncryptionControlExclusions: [
            ['InternetGateway', 'InternetGateway', 'internetGateway', 'VpcEncryptionControlExclusion'],
            [
                'EgressOnlyInternetGateway',
                'EgressOnlyInternetGateway',
                'egressOnlyInternetGateway',
                'VpcEncryptionControlExclusion'
            ],
            ['NatGateway', 'NatGateway', 'natGateway', 'VpcEncryptionControlExclusion'],
            [
                'VirtualPrivateGateway',
                'VirtualPrivateGateway',
                'virtualPrivateGateway',
                'VpcEncryptionControlExclusion'
            ],
            ['VpcPeering', 'VpcPeering', 'vpcPeering', 'VpcEncryptionControlExclusion'],
            ['Lambda', 'Lambda', 'lambda', 'VpcEncryptionControlExclusion'],
            ['VpcLattice', 'VpcLattice', 'vpcLattice', 'VpcEncryptionControlExclusion'],
            [
                'ElasticFileSystem',
                'ElasticFileSystem',
                'elasticFileSystem',
                'VpcEncryptionControlExclusion'
            ],
            [
                'GlobalAccelerator',
                'GlobalAccelerator',
                'globalAccelerator',
                'VpcEncryptionControlExclusion'
            ],
            ['ApiGatewayV2', 'ApiGatewayV2', 'apiGatewayV2', 'VpcEncryptionControlExclusion']
        ],
        VpcIpv6CidrBlockAssociation: [
            ['AssociationId', 'AssociationId', 'associationId', 'string'],
            ['Ipv6CidrBlock', 'Ipv6CidrBlock', 'ipv6CidrBlock', 'string'],
            ['Ipv6CidrBlockState', 'Ipv6CidrBlockState', 'ipv6CidrBlockState', 'VpcCidrBlockState'],
            ['NetworkBorderGroup', 'NetworkBorderGroup', 'networkBorderGroup', 'string'],
            ['Ipv6Pool', 'Ipv6Pool', 'ipv6Pool', 'string'],
            ['Ipv6AddressAttribute', 'Ipv6AddressAttribute', 'ipv6AddressAttribute', 'string'],
            ['IpSource', 'IpSource', 'ipSource', 'string']
        ]
    },
    lists: {
        BlockDeviceMappingList: ['BlockDeviceMapping', 'item'],
        BlockDeviceMappingRequestList: ['BlockDeviceMapping', 'BlockDeviceMapping'],
        CreateVolumePermissionList: ['CreateVolumePermission', 'item'],
        DeleteSnapshotResultSet: ['DeleteSnapshotReturnCode', 'item'],
        ElasticGpuAssociationList: ['ElasticGpuAssociation', 'item'],
        ElasticGpuSpecifications: ['ElasticGpuSpecification', 'item'],
        ElasticInferenceAcceleratorAssociationList: ['ElasticInferenceAcceleratorAssociation', 'item'],
        ElasticInferenceAccelerators: ['ElasticInferenceAccelerator', 'item'],
        ExecutableByStringList: ['string', 'ExecutableBy'],
        FilterList: ['Filter', 'Filter'],
        GroupIdStringList: ['string', 'groupId'],
        GroupIdentifierList: ['GroupIdentifier', 'item'],
        GroupNameStringList: ['string', 'GroupName'],
        ImageIdStringList: ['string', 'ImageId'],
        ImageList: ['Image', 'item'],
        ImageWatermarkList: ['ImageWatermark', 'item'],
        InstanceBlockDeviceMappingList: ['InstanceBlockDeviceMapping', 'item'],
        InstanceBlockDeviceMappingSpecificationList: [
            'InstanceBlockDeviceMappingSpecification',
            'item'
        ],
        InstanceIdStringList: ['string', 'InstanceId'],
        InstanceIpv4PrefixList: ['InstanceIpv4Prefix', 'item'],
        InstanceIpv6AddressList: ['InstanceIpv6Address', 'item'],
        InstanceIpv6PrefixList: ['InstanceIpv6Prefix', 'item'],
        InstanceList: ['Instance', 'item'],
        InstanceNetworkInterfaceList: ['InstanceNetworkInterface', 'item'],
        InstanceNetworkInterfaceSpecificationList: ['InstanceNetworkInterfaceSpecification', 'item'],
        InstancePrivateIpAddressList: ['InstancePrivateIpAddress', 'item'],
        InstanceSecondaryInterfaceList: ['InstanceSecondaryInterface', 'item'],
        InstanceSecondaryInterfacePrivateIpAddressList: [
            'InstanceSecondaryInterfacePrivateIpAddress',
            'item'
        ],
        InstanceSecondaryInterfacePrivateIpAddressListRequest: [
            'InstanceSecondaryInterfacePrivateIpAddressRequest',
            'item'
        ],
        InstanceSecondaryInterfaceSpecificationListRequest: [
            'InstanceSecondaryInterfaceSpecificationRequest',
            'item'
        ],
        InstanceStateChangeList: ['InstanceStateChange', 'item'],
        IpPermissionList: ['IpPermission', 'item'],
        IpRangeList: ['IpRange', 'item'],
        Ipv4PrefixList: ['Ipv4PrefixSpecificationRequest', 'item'],
        Ipv6PrefixList: ['Ipv6PrefixSpecificationRequest', 'item'],
        Ipv6RangeList: ['Ipv6Range', 'item'],
        KeyNameStringList: ['string', 'KeyName'],
        KeyPairIdStringList: ['string', 'KeyPairId'],
        KeyPairList: ['KeyPairInfo', 'item'],
        LaunchPermissionList: ['LaunchPermission', 'item'],
        LicenseList: ['LicenseConfiguration', 'item'],
        LicenseSpecificationListRequest: ['LicenseConfigurationRequest', 'item'],
        MetricCategoryIdList: ['string', 'item'],
        OrganizationArnStringList: ['string', 'OrganizationArn'],
        OrganizationalUnitArnStringList: ['string', 'OrganizationalUnitArn'],
        OwnerStringList: ['string', 'Owner'],
        PrefixListIdList: ['PrefixListId', 'item'],
        PrivateIpAddressSpecificationList: ['PrivateIpAddressSpecification', 'item'],
        ProductCodeList: ['ProductCode', 'item'],
        ProductCodeStringList: ['string', 'ProductCode'],
        RegionGeographyList: ['RegionGeography', 'item'],
        RegionList: ['Region', 'item'],
        RegionNameStringList: ['string', 'RegionName'],
        ReservationList: ['Reservation', 'item'],
        Resources: ['string', 'member'],
        RestorableByUserIds: ['string', 'member'],
        SecurityGroupIdStringList: ['string', 'SecurityGroupId'],
        SecurityGroupList: ['SecurityGroup', 'item'],
        SecurityGroupRuleList: ['SecurityGroupRule', 'item'],
        SecurityGroupStringList: ['string', 'SecurityGroup'],
        SnapshotIdStringList: ['string', 'SnapshotId'],
        SnapshotList: ['Snapshot', 'item'],
        SubnetIdStringList: ['string', 'SubnetId'],
        SubnetIpv6CidrBlockAssociationSet: ['SubnetIpv6CidrBlockAssociation', 'item'],
        SubnetList: ['Subnet', 'item'],
        SupportedInstanceTypeSet: ['InstanceTypeItem', 'item'],
        TagList: ['Tag', 'item'],
        TagSpecificationList: ['TagSpecification', 'item'],
        UnsupportedInstanceTypeSet: ['InstanceTypeItem', 'item'],
        UserGroupStringList: ['string', 'UserGroup'],
        UserIdGroupPairList: ['UserIdGroupPair', 'item'],
        UserIdStringList: ['string', 'UserId'],
        ValueStringList: ['string', 'item'],
        VpcCidrBlockAssociationSet: ['VpcCidrBlockAssociation', 'item'],
        VpcIdStringList: ['string', 'VpcId'],
        VpcIpv6CidrBlockAssociationSet: ['VpcIpv6CidrBlockAssociation', 'item'],
        VpcList: ['Vpc', 'item']
    }
};

;// CONCATENATED MODULE: ./src/clients/credentials.ts
/** The SDK's own margin: credentials this close to expiring count as expired. */
const REFRESH_BEFORE_MS = 5 * 60_000;
function credentialSource(given, env = process.env, loadChain = loadDefaultChain) {
    const fixed = given ?? fromEnv(env);
    if (fixed)
        return async () => fixed;
    let chain;
    let current;
    let expiresAt = Infinity;
    return region => {
        if (current && Date.now() < expiresAt - REFRESH_BEFORE_MS)
            return current;
        chain ??= loadChain();
        current = chain
            .then(provider => provider(region))
            .then(credentials => {
            expiresAt = credentials.expiration?.getTime() ?? Infinity;
            return credentials;
        });
        // A failure is not remembered: the next request asks the chain again.
        current.catch(() => (current = undefined));
        return current;
    };
}
function fromEnv(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (env.AWS_PROFILE || !accessKeyId || !secretAccessKey)
        return undefined;
    const expiration = env.AWS_CREDENTIAL_EXPIRATION;
    return {
        accessKeyId,
        secretAccessKey,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        ...(expiration ? { expiration: new Date(expiration) } : {})
    };
}
async function loadDefaultChain() {
    const { defaultProvider } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    const provider = defaultProvider();
    return async (region) => {
        // The region is for the chain's own STS calls (a web identity token file, SSO).
        const found = await provider({ callerClientConfig: { region: async () => region } });
        return {
            accessKeyId: found.accessKeyId,
            secretAccessKey: found.secretAccessKey,
            ...(found.sessionToken ? { sessionToken: found.sessionToken } : {}),
            ...(found.expiration ? { expiration: found.expiration } : {})
        };
    };
}

// EXTERNAL MODULE: ./src/clients/endpoints.ts
var endpoints = __webpack_require__(8254);
// EXTERNAL MODULE: ./src/clients/http.ts + 1 modules
var clients_http = __webpack_require__(1230);
;// CONCATENATED MODULE: ./src/clients/ec2.ts







async function createEc2Clients(credentials, options = {}) {
    const env = options.env ?? process.env;
    const http = new clients_http/* AwsHttp */.Y0(options);
    const credentialsFor = credentialSource(credentials, env);
    const clients = new Map();
    return {
        sdk: ec2_commands_namespaceObject,
        client(region) {
            let client = clients.get(region);
            if (!client) {
                client = regionalClient(http, region, (0,endpoints/* endpointFor */.L)('ec2', region, env), credentialsFor);
                clients.set(region, client);
            }
            return client;
        },
        destroy() {
            http.destroy();
            clients.clear();
        }
    };
}
/** One attempt per send: the engine owns the retry policy (engine/retry.ts). */
function regionalClient(http, region, endpoint, credentialsFor) {
    return {
        async send(command, options = {}) {
            const signal = options.abortSignal;
            const body = (0,query/* serializeQuery */.Bp)(EC2_SCHEMAS, command.action, command.input);
            const credentials = await credentialsFor(region);
            if (signal?.aborted)
                throw (0,clients_http/* abortError */.vt)(signal);
            const answer = await http.post({
                service: 'ec2',
                region,
                endpoint,
                body,
                credentials,
                signal
            });
            const root = (0,aws_error/* answerXml */.qE)('ec2', answer);
            const output = (0,query/* deserializeQuery */.CO)(EC2_SCHEMAS, command.action, root);
            const requestId = (0,aws_error/* requestIdOf */.Gb)(answer.headers, root);
            return {
                ...output,
                $metadata: { httpStatusCode: answer.status, ...(requestId ? { requestId } : {}) }
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/retry.ts
const THROTTLING = new Set([
    'RequestLimitExceeded',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ServiceUnavailable',
    'Unavailable',
    'InternalError',
    'InternalFailure',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError'
]);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
const THROTTLE_BASE_MS = 250;
const THROTTLE_CAP_MS = 20_000;
/** The AWS error code of an error EC2 answered with (its `name`, as the SDK's errors have it), or
 * undefined for anything else. */
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (typeof e.Code === 'string')
        return e.Code;
    if (typeof e.code === 'string')
        return e.code;
    if (typeof e.name === 'string' && e.name !== 'Error')
        return e.name;
    return undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Throttling, a 5xx, or a dropped connection: worth another try after a pause. */
function isTransient(error) {
    const code = errorCode(error);
    if (code && (THROTTLING.has(code) || NETWORK.has(code)))
        return true;
    // A named error is what it says (InsufficientInstanceCapacity comes with a 500 and is final);
    // the status decides only for an answer without a usable code.
    if (code && code !== 'Unknown' && !code.endsWith('ServerError'))
        return false;
    const status = error?.$metadata?.httpStatusCode;
    return typeof status === 'number' && (status === 429 || status >= 500);
}
/**
 * EC2 answered, and the answer is a final no (a capacity or validation error): the request was
 * turned down and did nothing. Anything else — an abort, a timeout, a dropped connection, a 5xx —
 * leaves open whether it took effect.
 */
function isRefusal(error) {
    const status = error?.$metadata?.httpStatusCode;
    return typeof status === 'number' && errorCode(error) !== undefined && !isTransient(error);
}
/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): spreads concurrent
 * builds' retries instead of having them collide again. */
function backoffDelay(attempt, random = Math.random) {
    const ceiling = Math.min(THROTTLE_CAP_MS, THROTTLE_BASE_MS * 2 ** attempt);
    return Math.max(50, Math.floor(random() * ceiling));
}
async function withRetry(fn, options) {
    const { clock, signal } = options;
    const random = options.random ?? Math.random;
    const patienceMs = options.patienceMs ?? 120_000;
    const maxThrottleRetries = options.maxThrottleRetries ?? 10;
    const started = clock.now();
    let throttled = 0;
    let waited = 0;
    for (;;) {
        signal.throwIfAborted();
        try {
            return await fn();
        }
        catch (error) {
            if (signal.aborted)
                throw signal.reason;
            const code = errorCode(error);
            if (isTransient(error) && throttled < maxThrottleRetries) {
                await clock.sleep(backoffDelay(throttled++, random), signal);
                continue;
            }
            if (code && options.retryCodes?.includes(code) && clock.now() - started < patienceMs) {
                // Eventual consistency settles in about a second; start there and stay frugal.
                await clock.sleep(Math.min(5000, 500 * 2 ** Math.min(waited++, 4)), signal);
                continue;
            }
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/aws.ts

function regionalEc2(clients, region, clock) {
    const client = clients.client(region);
    return {
        region,
        sdk: clients.sdk,
        send(command, options) {
            return withRetry(() => client.send(command, { abortSignal: options.signal }), {
                clock,
                signal: options.signal,
                retryCodes: options.retry,
                patienceMs: options.patienceMs
            });
        }
    };
}

// EXTERNAL MODULE: ./src/engine/clock.ts
var engine_clock = __webpack_require__(3124);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/engine/state.ts
/** Tag keys the engine owns. */
const RUN_ID_TAG = 'ami-build:run-id';
const BUILD_TAG = 'ami-build:build';
/** Marks what `on-error: abort` kept on purpose, so the post step's sweep leaves it alone. */
const KEPT_TAG = 'ami-build:kept';
/** A mistake in the template or account the user can fix: printed as a message, no stack. */
class BuildError extends Error {
}
/** `Name=value` tags as EC2 wants them. */
function ec2Tags(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** The tags every temporary resource carries, so the post step can find it by run. */
function runTags(ctx) {
    return { [RUN_ID_TAG]: ctx.runId, [BUILD_TAG]: ctx.source.name };
}

;// CONCATENATED MODULE: ./src/engine/manifest.ts
/**
 * The manifest post-processor, in Packer's exact format (post-processor/manifest): each build is
 * appended to the file's `builds` (an existing manifest is extended, not replaced) and
 * `last_run_uuid` names this run, so `jq '.builds[] | select(.packer_run_uuid == .last_run_uuid)'`
 * scripts written for Packer keep working.
 */



/** Packer's amazon artifact ID: `region:ami` pairs, sorted, comma-separated. */
function artifactId(artifact) {
    return Object.entries(artifact.amis)
        .map(([region, ami]) => `${region}:${ami}`)
        .sort()
        .join(',');
}
async function readManifest(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return { builds: Array.isArray(parsed.builds) ? parsed.builds : [], last_run_uuid: '' };
    }
    catch {
        throw new BuildError(`The manifest ${path} exists but is not JSON; remove it or pick another output.`);
    }
}
/** Write every manifest post-processor's file; returns their paths. */
async function writeManifests(postProcessors, artifacts, runId, clock) {
    const written = [];
    for (const pp of postProcessors) {
        if (pp.type !== 'manifest')
            continue;
        const builds = artifacts.filter(a => (pp.only.length === 0 || pp.only.includes(a.name)) && !pp.except.includes(a.name));
        if (builds.length === 0)
            continue;
        const manifest = (await readManifest(pp.output)) ?? { builds: [], last_run_uuid: '' };
        const buildTime = Math.floor(clock.now() / 1000);
        for (const artifact of builds) {
            manifest.builds.push({
                name: artifact.name,
                builder_type: artifact.builderType,
                build_time: buildTime,
                files: null,
                artifact_id: artifactId(artifact),
                packer_run_uuid: runId,
                custom_data: Object.keys(pp.custom_data).length ? { ...pp.custom_data } : null
            });
        }
        manifest.last_run_uuid = runId;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(pp.output), { recursive: true });
        await (0,promises_.writeFile)(pp.output, JSON.stringify(manifest, null, 2), { mode: 0o664 });
        written.push(pp.output);
    }
    return written;
}

;// CONCATENATED MODULE: ./src/engine/resources.ts
class ResourceTracker {
    build;
    onResource;
    live = new Map();
    removed = [];
    kept = [];
    failed = [];
    constructor(build, onResource) {
        this.build = build;
        this.onResource = onResource;
    }
    key(kind, id, region) {
        return `${kind}/${region}/${id}`;
    }
    created(kind, id, region) {
        const resource = { kind, id, region, build: this.build };
        this.live.set(this.key(kind, id, region), resource);
        this.onResource?.({ type: 'created', resource });
    }
    /** Idempotent: removing what is already gone (or was never tracked) reports nothing twice. */
    markRemoved(kind, id, region) {
        const key = this.key(kind, id, region);
        const resource = this.live.get(key);
        if (!resource)
            return;
        this.live.delete(key);
        this.removed.push(resource);
        const index = this.failed.findIndex(f => this.key(f.kind, f.id, f.region) === key);
        if (index >= 0)
            this.failed.splice(index, 1);
        this.onResource?.({ type: 'removed', resource });
    }
    markKept(kind, id, region) {
        const key = this.key(kind, id, region);
        const resource = this.live.get(key);
        if (!resource)
            return;
        this.live.delete(key);
        const kept = { ...resource, kept: true };
        this.kept.push(kept);
        this.onResource?.({ type: 'kept', resource: kept });
    }
    markFailed(kind, id, region, reason) {
        const resource = this.live.get(this.key(kind, id, region));
        if (resource && !this.failed.some(f => f.id === id && f.region === region)) {
            this.failed.push({ ...resource, reason });
        }
    }
    isLive(kind, id, region) {
        return this.live.has(this.key(kind, id, region));
    }
    /** Everything created and neither removed nor kept. */
    remaining() {
        return [...this.live.values()];
    }
}

;// CONCATENATED MODULE: ./src/engine/reporting.ts
/**
 * A build's reporter. Each step is a group titled like Packer's "==> web: Launching …". With
 * several builds at once, every line carries the build's name too and no groups open (GitHub's groups do not nest, and interleaved groups would swallow each other).
 */
function prefixed(base, name, several) {
    if (!several) {
        return {
            info: m => base.info(m),
            warning: m => base.warning(m),
            error: m => base.error(m),
            debug: m => base.debug(m),
            mask: s => base.mask(s),
            group: (title, fn) => base.group(`==> ${name}: ${title}`, fn)
        };
    }
    const p = (message) => message
        .split('\n')
        .map(line => `${name}: ${line}`)
        .join('\n');
    return {
        info: m => base.info(p(m)),
        warning: m => base.warning(p(m)),
        error: m => base.error(p(m)),
        debug: m => base.debug(p(m)),
        mask: s => base.mask(s),
        group: async (title, fn) => {
            base.info(`==> ${name}: ${title}`);
            return fn();
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/variables.ts
function buildVariables(ctx, state) {
    const image = state.sourceImage;
    const instance = state.instance;
    return {
        ID: instance?.id ?? '',
        Name: ctx.source.name,
        Type: 'amazon-ebs',
        PackerRunUUID: ctx.runId,
        BuildRegion: ctx.source.region,
        SourceAMI: image?.id ?? '',
        SourceAMIName: image?.name ?? '',
        SourceAMIDescription: image?.description ?? '',
        SourceAMICreationDate: image?.creationDate ?? '',
        SourceAMIOwner: image?.ownerId ?? '',
        SourceAMIOwnerName: image?.ownerAlias ?? '',
        SourceAMITags: Object.entries(image?.tags ?? {})
            .map(([k, v]) => `${k}:${v}`)
            .join(','),
        Host: state.host ?? '',
        Port: String(ctx.source.ssh_port),
        User: ctx.source.ssh_username,
        Password: '',
        SSHPublicKey: state.keyPair?.publicKey ?? '',
        SSHPrivateKey: state.keyPair?.privateKey ?? '',
        PackerHTTPAddr: '',
        PackerHTTPIP: '',
        PackerHTTPPort: '',
        ConnType: 'ssh'
    };
}

;// CONCATENATED MODULE: ./src/engine/wait.ts

/** Reference durations (PRODUCT.md "Testing against something real"). */
const EXPECTED = {
    running: { minMs: 15_000, maxMs: 20_000 },
    stopped: { minMs: 30_000, maxMs: 60_000 },
    imageAvailable: { minMs: 120_000, maxMs: 360_000 },
    copyAvailable: { minMs: 300_000, maxMs: 900_000 },
    terminated: { minMs: 30_000, maxMs: 60_000 }
};
const DEFAULT_POLICY = {
    firstMs: 300,
    tightMs: 1000,
    capMs: 60_000,
    factor: 3
};
/**
 * How this environment's pace compares with AWS's, learned from the first transition a build
 * watches (the instance starting). Once the pace is known to be AWS's, waits sleep through the
 * stretch where the resource cannot be ready and poll only in its window. Anything much faster
 * (the emulator, a test) has its windows scaled down by the measured ratio and is still probed
 * soon, since one transition says little about the proportions of the others.
 */
class Pace {
    awsLike;
    factor = 1;
    /** A transition expected to take `expected` took between `atLeastMs` and `atMostMs`. */
    observe(expected, atLeastMs, atMostMs) {
        if (this.awsLike !== undefined)
            return;
        // AWS itself varies; only a transition far quicker than its usual minimum says "not AWS".
        this.awsLike = atLeastMs >= expected.minMs / 2;
        if (this.awsLike)
            return;
        const typical = (expected.minMs + expected.maxMs) / 2;
        this.factor = Math.min(1, Math.max(0.001, (atLeastMs + atMostMs) / 2 / typical));
    }
    /** True once the windows of EXPECTED are known to hold here. */
    get known() {
        return this.awsLike === true;
    }
    /** The window to expect here: never stretched, only shrunk for a faster environment. */
    scale(expected) {
        return { minMs: expected.minMs * this.factor, maxMs: expected.maxMs * this.factor };
    }
}
/** When a resource reporting progress will be done, from the rate between two readings. */
function predictEnd(first, last) {
    // At 99–100 % the resource is finishing (AWS holds snapshots at 99 % a while): poll tightly.
    if (last.percent >= 99)
        return last.elapsedMs;
    if (last.elapsedMs <= first.elapsedMs || last.percent <= first.percent)
        return undefined;
    const rate = (last.percent - first.percent) / (last.elapsedMs - first.elapsedMs);
    return last.elapsedMs + (100 - last.percent) / rate;
}
/** Progress now, extrapolated from the readings so far: a line between two polls shows where
 * the resource is, not where it was at the last poll. */
function estimatedPercent(first, last, elapsedMs) {
    if (!first || !last)
        return undefined;
    const end = predictEnd(first, last);
    if (end === undefined || end <= last.elapsedMs)
        return last.percent;
    const rate = (100 - last.percent) / (end - last.elapsedMs);
    return Math.min(99, last.percent + rate * (elapsedMs - last.elapsedMs));
}
/** The poll interval inside the expected window (mean lag is half of it): 2 s across a stop's
 * 30–60 s, 1 s across a boot's 15–20 s. Wide windows (images) are narrowed by their progress. */
function windowInterval(expected, policy) {
    return Math.max(policy.tightMs, (expected.maxMs - expected.minMs) / 15);
}
/** How long to sleep before the next poll. Pure, so the schedule is testable on its own. */
function nextPollDelay(input, policy = DEFAULT_POLICY) {
    const { elapsedMs, previousDelayMs, expected } = input;
    const { firstMs, tightMs, capMs, factor } = policy;
    const clamp = (ms) => Math.max(Math.min(ms, capMs), Math.min(firstMs, tightMs));
    if (input.predictedEndMs !== undefined) {
        // Sleep most of the way (no cap: the rate is measured), then re-measure near the end, where
        // a rate that drifted would show.
        const remaining = input.predictedEndMs - elapsedMs;
        return remaining > tightMs ? remaining - Math.max(tightMs / 2, remaining * 0.1) : tightMs;
    }
    if (input.guessedEndMs !== undefined) {
        // A single reading overestimates the remaining time when progress started late, so only go
        // halfway there and take a second reading.
        const remaining = input.guessedEndMs - elapsedMs;
        if (remaining > 2 * tightMs)
            return clamp(remaining / 2);
    }
    const interval = windowInterval(expected, policy);
    const windowStart = expected.minMs - interval;
    if (previousDelayMs === undefined) {
        if (!input.windowKnown)
            return firstMs;
        // A progress reading a quarter of the way in gives the rate in time to sleep most of the
        // rest; without progress, the first look is where the window opens.
        return input.reportsProgress ? expected.minMs / 4 : windowStart;
    }
    if (elapsedMs < windowStart) {
        const backoff = previousDelayMs * factor;
        // Sleep through to the window rather than overshoot it.
        return clamp(elapsedMs + backoff * 2 > windowStart ? windowStart - elapsedMs : backoff);
    }
    if (elapsedMs <= expected.maxMs)
        return clamp(interval);
    // Later than usual: something is slow, back off again.
    return clamp(Math.max(tightMs, previousDelayMs * 1.5));
}
class WaitTimeoutError extends Error {
}
class WaitFailedError extends Error {
}
async function waitFor(options) {
    const { clock, signal, reporter } = options;
    const progressEvery = options.progressEveryMs ?? 20_000;
    const started = clock.now();
    let lastLine = started;
    let previousDelay;
    let firstReading;
    let lastReading;
    /** When the resource was last seen not ready: the transition took at least this long. */
    let notYetAt = 0;
    const elapsed = () => clock.now() - started;
    const expected = options.pace?.scale(options.expected) ?? options.expected;
    const sleep = async (ms) => {
        // Long sleeps are cut at progress-line boundaries so a long wait is never silent.
        let left = ms;
        while (left > 0) {
            const untilLine = lastLine + progressEvery - clock.now();
            const chunk = Math.min(left, Math.max(untilLine, 1));
            await clock.sleep(chunk, signal);
            left -= chunk;
            if (clock.now() - lastLine >= progressEvery) {
                lastLine = clock.now();
                const estimate = estimatedPercent(firstReading, lastReading, elapsed());
                const percent = estimate === undefined ? '' : `, ${Math.floor(estimate)}%`;
                reporter.info(`Waiting for ${options.what} (${(0,engine_clock/* formatDuration */.a)(elapsed())}${percent})`);
            }
        }
    };
    for (;;) {
        const delay = nextPollDelay({
            elapsedMs: elapsed(),
            previousDelayMs: previousDelay,
            expected,
            predictedEndMs: firstReading && lastReading ? predictEnd(firstReading, lastReading) : undefined,
            guessedEndMs: lastReading && lastReading === firstReading && lastReading.percent > 0
                ? (lastReading.elapsedMs * 100) / lastReading.percent
                : undefined,
            windowKnown: options.pace?.known,
            reportsProgress: options.reportsProgress
        }, options.policy);
        if (elapsed() + delay > options.timeoutMs) {
            await sleep(Math.max(0, options.timeoutMs - elapsed()));
        }
        else {
            await sleep(delay);
        }
        previousDelay = delay;
        const policy = options.policy ?? DEFAULT_POLICY;
        const askedAt = elapsed();
        const observation = await options.check(signal, delay > policy.tightMs);
        if (observation.failure !== undefined)
            throw new WaitFailedError(observation.failure);
        if (observation.done) {
            options.pace?.observe(options.expected, notYetAt, elapsed());
            return observation.value;
        }
        notYetAt = askedAt;
        if (observation.progress !== undefined && observation.progress > 0) {
            const reading = { elapsedMs: elapsed(), percent: observation.progress };
            if (!firstReading)
                firstReading = reading;
            lastReading = reading;
        }
        if (elapsed() >= options.timeoutMs) {
            throw new WaitTimeoutError(`Timed out after ${(0,engine_clock/* formatDuration */.a)(elapsed())} waiting for ${options.what}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/steps/pre-validate.ts

const preValidate = {
    name: 'pre-validate',
    title: 'Prevalidating the AMI name and regions',
    async run(ctx, _state, signal) {
        const { source } = ctx;
        const regions = [source.region, ...source.ami_regions.filter(r => r !== source.region)];
        if (!source.skip_region_validation) {
            const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeRegionsCommand({ AllRegions: true }), {
                signal
            });
            const known = new Set((out.Regions ?? []).map(r => r.RegionName));
            const unknown = regions.filter(r => !known.has(r));
            if (unknown.length > 0) {
                throw new BuildError(`Unknown region${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: EC2 knows ` +
                    `${[...known].sort().join(', ')}. Fix the region or set skip_region_validation.`);
            }
        }
        if (source.skip_create_ami || source.force_deregister)
            return;
        const taken = await Promise.all(regions.map(async (region) => {
            const ec2 = ctx.ec2In(region);
            const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({
                Owners: ['self'],
                Filters: [{ Name: 'name', Values: [source.ami_name] }]
            }), { signal });
            return (out.Images ?? []).map(image => `${image.ImageId} in ${region}`);
        }));
        const found = taken.flat();
        if (found.length > 0) {
            throw new BuildError(`An AMI named "${source.ami_name}" already exists (${found.join(', ')}). ` +
                'Choose another ami_name (e.g. add {{timestamp}}) or set force_deregister: true to replace it.');
        }
        ctx.reporter.info(`AMI name "${source.ami_name}" is free in ${regions.join(', ')}`);
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/source-ami.ts


const sourceAmi = {
    name: 'source-ami',
    title: 'Finding the source AMI',
    async run(ctx, state, signal) {
        const { source, ec2 } = ctx;
        const filter = source.source_ami_filter;
        const out = await ec2
            .send(new ec2.sdk.DescribeImagesCommand(source.source_ami
            ? { ImageIds: [source.source_ami] }
            : {
                Owners: filter?.owners.length ? filter.owners : undefined,
                Filters: Object.entries(filter?.filters ?? {}).map(([Name, value]) => ({
                    Name,
                    Values: [value]
                })),
                IncludeDeprecated: filter?.include_deprecated || undefined
            }), { signal, retry: [] })
            .catch(error => {
            const code = errorCode(error);
            if (code === 'InvalidAMIID.NotFound' || code === 'InvalidAMIID.Malformed') {
                throw new BuildError(`Source AMI ${source.source_ami} not found in ${source.region}.`);
            }
            throw error;
        });
        const images = out.Images ?? [];
        const describe = source.source_ami
            ? `source_ami ${source.source_ami}`
            : `source_ami_filter (${Object.entries(filter?.filters ?? {})
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}; owners ${filter?.owners.join(', ') || 'any'})`;
        if (images.length === 0) {
            throw new BuildError(`No AMI matches ${describe} in ${source.region}.`);
        }
        let image;
        if (images.length === 1) {
            image = images[0];
        }
        else if (source.source_ami_filter?.most_recent) {
            image = [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
        }
        else {
            const listed = images
                .slice(0, 10)
                .map(i => `  ${i.ImageId}  ${i.CreationDate ?? ''}  ${i.Name ?? ''}`)
                .join('\n');
            throw new BuildError(`${images.length} AMIs match ${describe} in ${source.region}; set most_recent: true to ` +
                `take the newest, or narrow the filter:\n${listed}${images.length > 10 ? '\n  …' : ''}`);
        }
        if (image.State && image.State !== 'available') {
            throw new BuildError(`Source AMI ${image.ImageId} is ${image.State}, not available.`);
        }
        state.sourceImage = {
            id: image.ImageId,
            name: image.Name,
            description: image.Description,
            creationDate: image.CreationDate,
            ownerId: image.OwnerId,
            ownerAlias: image.ImageOwnerAlias,
            architecture: image.Architecture,
            rootDeviceName: image.RootDeviceName,
            tags: Object.fromEntries((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? '']))
        };
        ctx.reporter.info(`Source AMI ${image.ImageId} (${image.Name ?? 'unnamed'}, ${image.Architecture ?? 'unknown architecture'})`);
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/network.ts

function filters(filter) {
    return Object.entries(filter.filters).map(([Name, value]) => ({ Name, Values: [value] }));
}
function pick(subnets, filter, what) {
    if (subnets.length === 1)
        return subnets[0];
    if (filter?.random)
        return subnets[Math.floor(Math.random() * subnets.length)];
    if (filter?.most_free || !filter) {
        return [...subnets].sort((a, b) => (b.AvailableIpAddressCount ?? 0) - (a.AvailableIpAddressCount ?? 0))[0];
    }
    throw new BuildError(`${subnets.length} subnets match ${what}: ${subnets.map(s => s.SubnetId).join(', ')}. ` +
        'Narrow the filter, or set most_free or random.');
}
async function subnets(ctx, input, signal) {
    const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeSubnetsCommand(input), { signal });
    return out.Subnets ?? [];
}
const network = {
    name: 'network',
    title: 'Finding the network',
    async run(ctx, state, signal) {
        const { source, ec2 } = ctx;
        const az = source.availability_zone;
        const azFilter = az ? [{ Name: 'availability-zone', Values: [az] }] : [];
        let subnet;
        if (source.subnet_id) {
            const found = await subnets(ctx, { SubnetIds: [source.subnet_id] }, signal).catch(() => []);
            if (found.length === 0) {
                throw new BuildError(`Subnet ${source.subnet_id} not found in ${source.region}.`);
            }
            subnet = found[0];
        }
        else if (source.subnet_filter) {
            const found = await subnets(ctx, { Filters: [...filters(source.subnet_filter), ...azFilter] }, signal);
            if (found.length === 0) {
                throw new BuildError(`No subnet in ${source.region} matches subnet_filter.`);
            }
            subnet = pick(found, source.subnet_filter, 'subnet_filter');
        }
        let vpcId = subnet?.VpcId ?? source.vpc_id;
        if (!vpcId && source.vpc_filter) {
            const out = await ec2.send(new ec2.sdk.DescribeVpcsCommand({ Filters: filters(source.vpc_filter) }), { signal });
            const vpcs = out.Vpcs ?? [];
            if (vpcs.length !== 1) {
                throw new BuildError(vpcs.length === 0
                    ? `No VPC in ${source.region} matches vpc_filter.`
                    : `${vpcs.length} VPCs match vpc_filter (${vpcs.map(v => v.VpcId).join(', ')}); narrow it.`);
            }
            vpcId = vpcs[0].VpcId;
        }
        if (!subnet && vpcId) {
            const found = await subnets(ctx, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }, ...azFilter] }, signal);
            if (found.length === 0)
                throw new BuildError(`VPC ${vpcId} has no subnet to launch into.`);
            subnet = pick(found, undefined, `VPC ${vpcId}`);
        }
        if (!vpcId) {
            const out = await ec2.send(new ec2.sdk.DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }), { signal });
            vpcId = out.Vpcs?.[0]?.VpcId;
            if (!vpcId) {
                throw new BuildError(`${source.region} has no default VPC: set subnet_id, subnet_filter, vpc_id or vpc_filter.`);
            }
        }
        state.vpcId = vpcId;
        state.subnetId = subnet?.SubnetId;
        state.availabilityZone = subnet?.AvailabilityZone ?? az;
        ctx.reporter.info(subnet
            ? `Subnet ${subnet.SubnetId} (${subnet.AvailabilityZone}) in ${vpcId}`
            : `Default VPC ${vpcId}`);
    }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/keys.ts
/**
 * An ed25519 key pair in OpenSSH formats, made with node:crypto. The private key is never
 * written anywhere: it lives in this process's memory for the length of the build.
 */

function sshString(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
}
function generateEd25519(comment) {
    const { publicKey, privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    const jwk = privateKey.export({ format: 'jwk' });
    const seed = Buffer.from(jwk.d, 'base64url');
    const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
    const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
    const check = (0,external_node_crypto_.randomBytes)(4);
    let secret = Buffer.concat([
        check,
        check,
        sshString('ssh-ed25519'),
        sshString(pub),
        sshString(Buffer.concat([seed, pub])),
        sshString(comment)
    ]);
    // openssh-key-v1 pads the private section to the cipher's block size (8 for "none") with 1, 2, 3…
    const padding = (8 - (secret.length % 8)) % 8;
    secret = Buffer.concat([secret, Buffer.from(Array.from({ length: padding }, (_, i) => i + 1))]);
    const blob = Buffer.concat([
        Buffer.from('openssh-key-v1\0'),
        sshString('none'),
        sshString('none'),
        sshString(''),
        Buffer.from([0, 0, 0, 1]),
        sshString(publicBlob),
        sshString(secret)
    ]);
    const body = blob
        .toString('base64')
        .match(/.{1,70}/g)
        .join('\n');
    return {
        publicKey: `ssh-ed25519 ${publicBlob.toString('base64')} ${comment}`,
        privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`
    };
}

;// CONCATENATED MODULE: ./src/engine/steps/key-pair.ts
/**
 * The temporary key pair: generated here and imported, so the private key never leaves the
 * runner. It is masked the moment it exists.
 */



const keyPair = {
    name: 'key-pair',
    title: 'Creating temporary key pair',
    async run(ctx, state, signal) {
        const name = `ami-build-${ctx.runId}-${ctx.source.name}`;
        const keys = generateEd25519(name);
        ctx.reporter.mask(keys.privateKey);
        // A runner's masker works line by line; mask each line of the key body too.
        for (const line of keys.privateKey.split('\n')) {
            if (line.length > 0 && !line.startsWith('-----'))
                ctx.reporter.mask(line);
        }
        ctx.secrets.push(keys.privateKey);
        state.keyPair = { name, ...keys };
        const imported = await ctx.ec2.send(new ctx.ec2.sdk.ImportKeyPairCommand({
            KeyName: name,
            PublicKeyMaterial: Buffer.from(keys.publicKey),
            TagSpecifications: [{ ResourceType: 'key-pair', Tags: ec2Tags(runTags(ctx)) }]
        }), { signal });
        state.keyPair.id = imported.KeyPairId;
        ctx.tracker.created('key-pair', name, ctx.source.region);
        ctx.reporter.info(`Imported key pair ${name} (ed25519)`);
    },
    async cleanup(ctx, state, { signal }) {
        await deleteKeyPair(ctx, state, signal);
    }
};
/** Delete the temporary key pair: as soon as SSH is done with it, and again (idempotently) in
 * the cleanup. */
async function deleteKeyPair(ctx, state, signal) {
    const name = state.keyPair?.name;
    // Tried even when ImportKeyPair never answered: it may have landed before an abort.
    if (!name)
        return;
    const region = ctx.source.region;
    if (state.keyPair?.id && !ctx.tracker.isLive('key-pair', name, region))
        return;
    try {
        await ctx.ec2.send(new ctx.ec2.sdk.DeleteKeyPairCommand({ KeyName: name }), { signal });
    }
    catch (error) {
        if (errorCode(error) !== 'InvalidKeyPair.NotFound')
            throw error;
    }
    if (ctx.tracker.isLive('key-pair', name, region)) {
        ctx.tracker.markRemoved('key-pair', name, region);
        ctx.reporter.info(`Deleted temporary key pair ${name}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/steps/security-group.ts
/**
 * The temporary security group: SSH only, only from temporary_security_group_source_cidrs.
 * Skipped when the template names its own security_group_ids.
 */




const securityGroup = {
    name: 'security-group',
    title: 'Creating temporary security group',
    // It can go only once the instance has let go of it.
    cleanupOrder: 'last',
    async run(ctx, state, signal) {
        const { source, ec2 } = ctx;
        if (source.security_group_ids.length > 0) {
            state.securityGroupIds = source.security_group_ids;
            ctx.reporter.info(`Using security groups ${source.security_group_ids.join(', ')}`);
            return;
        }
        const name = `ami-build-${ctx.runId}-${source.name}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
        const created = await ec2.send(new ec2.sdk.CreateSecurityGroupCommand({
            GroupName: name,
            Description: `Temporary group for ami-build run ${ctx.runId} (${source.name})`,
            VpcId: state.vpcId,
            TagSpecifications: [{ ResourceType: 'security-group', Tags: ec2Tags(runTags(ctx)) }]
        }), { signal });
        const groupId = created.GroupId;
        state.temporarySecurityGroupId = groupId;
        state.securityGroupIds = [groupId];
        ctx.tracker.created('security-group', groupId, source.region);
        await ec2.send(new ec2.sdk.AuthorizeSecurityGroupIngressCommand({
            GroupId: groupId,
            IpPermissions: [
                {
                    IpProtocol: 'tcp',
                    FromPort: source.ssh_port,
                    ToPort: source.ssh_port,
                    IpRanges: source.temporary_security_group_source_cidrs.map(CidrIp => ({
                        CidrIp,
                        Description: 'ami-build SSH'
                    }))
                }
            ]
        }), 
        // A new group takes a moment to be visible everywhere.
        { signal, retry: ['InvalidGroup.NotFound'], patienceMs: 60_000 });
        ctx.reporter.info(`Created ${groupId}: SSH port ${source.ssh_port} from ${source.temporary_security_group_source_cidrs.join(', ')}`);
    },
    async cleanup(ctx, state, { signal }) {
        const groupId = state.temporarySecurityGroupId;
        if (!groupId || !ctx.tracker.isLive('security-group', groupId, ctx.source.region))
            return;
        if (state.instance && state.instanceTerminated)
            await waitTerminated(ctx, state.instance.id, signal);
        try {
            await ctx.ec2.send(new ctx.ec2.sdk.DeleteSecurityGroupCommand({ GroupId: groupId }), {
                signal,
                // EC2 may take a moment more to let go of the group.
                retry: ['DependencyViolation'],
                patienceMs: 300_000
            });
        }
        catch (error) {
            if (errorCode(error) !== 'InvalidGroup.NotFound')
                throw error;
        }
        ctx.tracker.markRemoved('security-group', groupId, ctx.source.region);
        ctx.reporter.info(`Deleted temporary security group ${groupId}`);
    }
};
/**
 * Once SSH is done, the instance needs no way in: move it onto its VPC's default security group
 * and delete the temporary one at once, while the instance stops. Otherwise the group could go
 * only after the instance is terminated, 30–60 s at the end of every build. Best effort: when it
 * does not work out, the cleanup removes the group the usual way, after the instance.
 */
async function releaseSecurityGroup(ctx, state, signal) {
    const { ec2, source } = ctx;
    const groupId = state.temporarySecurityGroupId;
    const instance = state.instance;
    if (!groupId || !instance || !ctx.tracker.isLive('security-group', groupId, source.region)) {
        return;
    }
    try {
        const found = await ec2.send(new ec2.sdk.DescribeSecurityGroupsCommand({
            Filters: [
                { Name: 'group-name', Values: ['default'] },
                { Name: 'vpc-id', Values: [state.vpcId] }
            ]
        }), { signal });
        const defaultGroup = found.SecurityGroups?.[0]?.GroupId;
        if (!defaultGroup)
            throw new Error(`${state.vpcId} has no default security group`);
        await ec2.send(new ec2.sdk.ModifyInstanceAttributeCommand({
            InstanceId: instance.id,
            Groups: [defaultGroup]
        }), { signal });
        state.securityGroupIds = [defaultGroup];
        await ec2.send(new ec2.sdk.DeleteSecurityGroupCommand({ GroupId: groupId }), {
            signal,
            // The move takes a moment to reach every part of EC2.
            retry: ['DependencyViolation'],
            patienceMs: 15_000
        });
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        ctx.reporter.info(`Could not release ${groupId} early (${errorMessage(error)}): it goes after the instance`);
        return;
    }
    ctx.tracker.markRemoved('security-group', groupId, source.region);
    ctx.reporter.info(`Moved ${instance.id} to the default security group; deleted ${groupId}`);
}
/** The group is deletable only once the instance is fully terminated (30–60 s on AWS): wait for
 * that with the adaptive waiter rather than hammering DeleteSecurityGroup. */
async function waitTerminated(ctx, instanceId, signal) {
    await waitFor({
        what: `instance ${instanceId} to terminate`,
        expected: EXPECTED.terminated,
        pace: ctx.pace,
        timeoutMs: 5 * 60_000,
        clock: ctx.clock,
        signal,
        reporter: ctx.reporter,
        check: async (s) => {
            const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instanceId] }), { signal: s, retry: ['InvalidInstanceID.NotFound'], patienceMs: 10_000 });
            const state = out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
            return { done: state === undefined || state === 'terminated' };
        }
    });
}

;// CONCATENATED MODULE: ./src/engine/steps/launch.ts




function blockDeviceMappings(devices) {
    return devices.map(d => {
        if (d.no_device)
            return { DeviceName: d.device_name, NoDevice: '' };
        if (d.virtual_name)
            return { DeviceName: d.device_name, VirtualName: d.virtual_name };
        return {
            DeviceName: d.device_name,
            Ebs: {
                VolumeSize: d.volume_size,
                VolumeType: d.volume_type,
                Iops: d.iops,
                Throughput: d.throughput,
                DeleteOnTermination: d.delete_on_termination,
                Encrypted: d.encrypted,
                KmsKeyId: d.kms_key_id,
                SnapshotId: d.snapshot_id
            }
        };
    });
}
/** encrypt_boot: launching on an encrypted root makes an encrypted AMI directly, where Packer
 * makes an unencrypted one and then an encrypted copy of it (one more snapshot, minutes longer). */
function launchMappings(ctx, state) {
    const { source } = ctx;
    const mappings = blockDeviceMappings(source.launch_block_device_mappings);
    const root = state.sourceImage?.rootDeviceName;
    if (source.encrypt_boot && root) {
        const existing = mappings.find(m => m.DeviceName === root);
        if (existing?.Ebs) {
            existing.Ebs.Encrypted = true;
            existing.Ebs.KmsKeyId ??= source.kms_key_id;
        }
        else if (!existing) {
            mappings.push({ DeviceName: root, Ebs: { Encrypted: true, KmsKeyId: source.kms_key_id } });
        }
    }
    return mappings.length ? mappings : undefined;
}
function launchInput(ctx, state) {
    const { source } = ctx;
    const tags = {
        Name: `ami-build builder (${source.name})`,
        ...source.run_tags,
        ...runTags(ctx)
    };
    const volumeTags = { ...source.run_volume_tags, ...runTags(ctx) };
    const profile = source.iam_instance_profile;
    const metadata = source.metadata_options;
    const input = {
        ImageId: state.sourceImage.id,
        InstanceType: source.instance_type,
        MinCount: 1,
        MaxCount: 1,
        KeyName: state.keyPair.name,
        ClientToken: launchClientToken(ctx),
        UserData: source.user_data ? Buffer.from(source.user_data).toString('base64') : undefined,
        IamInstanceProfile: profile
            ? profile.startsWith('arn:')
                ? { Arn: profile }
                : { Name: profile }
            : undefined,
        MetadataOptions: metadata
            ? {
                HttpEndpoint: metadata.http_endpoint,
                HttpTokens: metadata.http_tokens,
                HttpPutResponseHopLimit: metadata.http_put_response_hop_limit,
                InstanceMetadataTags: metadata.instance_metadata_tags
            }
            : undefined,
        BlockDeviceMappings: launchMappings(ctx, state),
        Placement: state.availabilityZone ? { AvailabilityZone: state.availabilityZone } : undefined,
        InstanceInitiatedShutdownBehavior: 'terminate',
        TagSpecifications: [
            { ResourceType: 'instance', Tags: ec2Tags(tags) },
            { ResourceType: 'volume', Tags: ec2Tags(volumeTags) }
        ]
    };
    if (source.associate_public_ip_address !== undefined) {
        // An explicit public-IP choice is only expressible on a network interface.
        input.NetworkInterfaces = [
            {
                DeviceIndex: 0,
                AssociatePublicIpAddress: source.associate_public_ip_address,
                SubnetId: state.subnetId,
                Groups: state.securityGroupIds,
                DeleteOnTermination: true
            }
        ];
    }
    else {
        input.SubnetId = state.subnetId;
        input.SecurityGroupIds = state.securityGroupIds;
    }
    if (source.spot_price) {
        // One-time spot: it cannot be stopped, so the image is taken with a reboot (as Packer does).
        input.InstanceMarketOptions = {
            MarketType: 'spot',
            SpotOptions: {
                SpotInstanceType: 'one-time',
                InstanceInterruptionBehavior: 'terminate',
                MaxPrice: source.spot_price === 'auto' ? undefined : source.spot_price
            }
        };
    }
    return input;
}
function describeLaunched(instance, spot) {
    return {
        id: instance.InstanceId,
        publicIp: instance.PublicIpAddress || undefined,
        privateIp: instance.PrivateIpAddress || undefined,
        publicDns: instance.PublicDnsName || undefined,
        privateDns: instance.PrivateDnsName || undefined,
        spot
    };
}
const CAPACITY_ERRORS = new Set([
    'InsufficientInstanceCapacity',
    'InstanceLimitExceeded',
    'VcpuLimitExceeded',
    'SpotMaxPriceTooLow',
    'InsufficientFreeAddressesInSubnet',
    'Unsupported'
]);
const launchInstance = {
    name: 'launch',
    title: 'Launching the source instance',
    cleanupOrder: 'first',
    async run(ctx, state, signal) {
        const { ec2, source } = ctx;
        const input = launchInput(ctx, state);
        // Marked before the call: if it is cut off in flight, EC2 may have launched the instance all
        // the same, and the cleanup must look for it.
        state.launchRequested = true;
        let out;
        try {
            out = await ec2.send(new ec2.sdk.RunInstancesCommand(input), { signal });
        }
        catch (error) {
            // Only an answer that says no rules the instance out; an abort or a lost answer does not.
            if (!signal.aborted && isRefusal(error))
                state.launchRequested = false;
            const code = errorCode(error);
            if (!signal.aborted && code && CAPACITY_ERRORS.has(code)) {
                throw new BuildError(`EC2 could not launch a ${source.instance_type} in ${source.region}` +
                    `${state.availabilityZone ? ` (${state.availabilityZone})` : ''}: ${code}: ` +
                    `${error.message}. Try another instance_type, availability_zone or subnet.`);
            }
            throw error;
        }
        const launched = out.Instances[0];
        state.instance = describeLaunched(launched, Boolean(source.spot_price));
        ctx.tracker.created('instance', launched.InstanceId, source.region);
        ctx.reporter.info(`Launched ${launched.InstanceId} (${source.instance_type}) from ${state.sourceImage.id}`);
        const id = launched.InstanceId;
        const launchedAt = ctx.clock.now();
        const running = await waitFor({
            what: `instance ${id} to be running`,
            expected: EXPECTED.running,
            pace: ctx.pace,
            timeoutMs: 10 * 60_000,
            clock: ctx.clock,
            signal,
            reporter: ctx.reporter,
            check: async (s) => {
                let described;
                try {
                    described = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: [id] }), {
                        signal: s
                    });
                }
                catch (error) {
                    // A new instance takes a moment to be visible to Describe: not yet, on the wait's own
                    // schedule rather than a retry loop of its own.
                    const unseenFor = ctx.clock.now() - launchedAt;
                    if (errorCode(error) === 'InvalidInstanceID.NotFound' && unseenFor < 120_000) {
                        return { done: false };
                    }
                    throw error;
                }
                const instance = described.Reservations?.[0]?.Instances?.[0];
                const name = instance?.State?.Name;
                if (name === 'running')
                    return { done: true, value: instance };
                if (name === 'terminated' || name === 'shutting-down' || name === 'stopped') {
                    return {
                        done: false,
                        failure: `Instance ${id} became ${name} while starting: ${instance?.StateReason?.Message ?? 'no reason given'}`
                    };
                }
                return { done: false };
            }
        });
        const ready = describeLaunched(running, Boolean(source.spot_price));
        state.instance = ready;
        ctx.reporter.info(`Instance ${id} is running (${[...new Set([ready.publicIp, ready.privateIp].filter(Boolean))].join(', ')})`);
    },
    async cleanup(ctx, state, { signal }) {
        if (state.instanceTerminated)
            return;
        let ids = state.instance ? [state.instance.id] : [];
        if (ids.length === 0 && state.launchRequested) {
            ids = await findLostLaunch(ctx, signal);
            for (const id of ids)
                ctx.tracker.created('instance', id, ctx.source.region);
        }
        if (ids.length === 0)
            return;
        await terminate(ctx, state, ids, signal);
    }
};
/**
 * RunInstances' idempotency token: one per build of a run, so a retried launch never makes a
 * second instance, and the cleanup can find a launch whose answer never came (`client-token`).
 * EC2 allows 64 ASCII characters.
 */
function launchClientToken(ctx) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${ctx.runId}\n${ctx.source.name}`).digest('hex');
    return `ami-build-${digest.slice(0, 40)}`;
}
/** How long the cleanup keeps looking for an instance whose launch was cut off: EC2 shows a new
 * instance to Describe within a second or two (eventual consistency), and a request already on
 * its way may still be acted on. Short, since the runner kills a cancelled job 10 s after SIGINT
 * (the post step's sweep by tag is the backstop). */
const LOST_LAUNCH_PATIENCE_MS = 5_000;
/** The instance a cut-off RunInstances may have launched, found by its client token. */
async function findLostLaunch(ctx, signal) {
    const started = ctx.clock.now();
    const token = launchClientToken(ctx);
    for (let attempt = 0;; attempt++) {
        const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeInstancesCommand({
            Filters: [
                { Name: 'client-token', Values: [token] },
                { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
            ]
        }), { signal });
        const ids = (out.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId);
        if (ids.length > 0) {
            ctx.reporter.info(`Found ${ids.join(', ')}, launched by a request that was cut off`);
            return ids;
        }
        const left = LOST_LAUNCH_PATIENCE_MS - (ctx.clock.now() - started);
        if (left <= 0)
            return [];
        await ctx.clock.sleep(Math.min(left, 250 * 2 ** Math.min(attempt, 2)), signal);
    }
}
async function terminate(ctx, state, ids, signal) {
    let states = {};
    try {
        const out = await ctx.ec2.send(new ctx.ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }), { signal, retry: ['InvalidInstanceID.NotFound'], patienceMs: 10_000 });
        states = Object.fromEntries((out.TerminatingInstances ?? []).map(i => [i.InstanceId, i.CurrentState?.Name]));
    }
    catch (error) {
        if (errorCode(error) !== 'InvalidInstanceID.NotFound')
            throw error;
    }
    state.instanceTerminated = true;
    for (const id of ids)
        ctx.tracker.markRemoved('instance', id, ctx.source.region);
    ctx.reporter.info(`Terminating instance ${ids.join(', ')}`);
    return states;
}

;// CONCATENATED MODULE: ./src/engine/steps/connect.ts


const connect = {
    name: 'connect',
    title: 'Connecting over SSH',
    async run(ctx, state, signal) {
        const { source } = ctx;
        const instance = state.instance;
        const byInterface = {
            public_ip: instance.publicIp,
            private_ip: instance.privateIp,
            public_dns: instance.publicDns,
            private_dns: instance.privateDns
        };
        // As Packer: without a public address, the private one is the way in.
        const host = byInterface[source.ssh_interface] ??
            (source.ssh_interface === 'public_ip' ? instance.privateIp : undefined);
        if (!host) {
            throw new BuildError(`Instance ${instance.id} has no ${source.ssh_interface.replace('_', ' ')} to connect to; ` +
                'set ssh_interface or associate_public_ip_address.');
        }
        state.host = host;
        ctx.reporter.info(`Connecting to ${source.ssh_username}@${host}:${source.ssh_port}`);
        const started = ctx.clock.now();
        try {
            state.communicator = await ctx.connect({
                host,
                port: source.ssh_port,
                username: source.ssh_username,
                privateKey: state.keyPair.privateKey,
                timeoutMs: source.ssh_timeout,
                handshakeAttempts: source.ssh_handshake_attempts,
                signal,
                clock: ctx.clock,
                reporter: ctx.reporter
            });
        }
        catch (error) {
            if (signal.aborted)
                throw signal.reason;
            throw new BuildError(`Could not connect over SSH to ${source.ssh_username}@${host}:${source.ssh_port} within ` +
                `${Math.round(source.ssh_timeout / 1000)} s (ssh_timeout): ${errorMessage(error)}`);
        }
        ctx.reporter.info(`Connected after ${((ctx.clock.now() - started) / 1000).toFixed(1)} s`);
    },
    async cleanup(_ctx, state) {
        const communicator = state.communicator;
        state.communicator = undefined;
        await communicator?.close();
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/dead-man-switch.ts
// Some images have no sudo for the login user, and a root login needs none.
const asRoot = (command) => `sudo -n ${command} 2>/dev/null || ${command}`;
const armDeadManSwitch = {
    name: 'dead-man-switch',
    title: 'Arming the dead-man switch',
    async run(ctx, state, signal) {
        const minutes = ctx.instanceTimeLimitMinutes;
        const result = await state.communicator.run(asRoot(`shutdown -P +${minutes}`), {
            signal,
            onStderr: line => ctx.reporter.debug(line)
        });
        if (result.exitCode === 0) {
            state.deadManSwitchArmed = true;
            ctx.reporter.info(`The instance powers itself off (and terminates) in ${minutes} minute${minutes === 1 ? '' : 's'}`);
        }
        else {
            ctx.reporter.warning(`Could not schedule a shutdown on the instance (exit ${result.exitCode}): if this run is ` +
                'killed, the post step must remove the instance.');
        }
    }
};
async function disarmDeadManSwitch(ctx, state, signal) {
    if (!state.deadManSwitchArmed || !state.communicator)
        return;
    const result = await state.communicator.run(asRoot('shutdown -c'), { signal });
    if (result.exitCode !== 0) {
        ctx.reporter.warning(`Could not cancel the scheduled shutdown (exit ${result.exitCode})`);
    }
    state.deadManSwitchArmed = false;
}

;// CONCATENATED MODULE: ./src/engine/steps/provision.ts
const provision = {
    name: 'provision',
    title: 'Provisioning',
    ownsGroups: true,
    async run(ctx, state, signal) {
        const name = ctx.source.name;
        for (const [index, provisioner] of ctx.template.provisioners.entries()) {
            if (provisioner.only.length > 0 && !provisioner.only.includes(name))
                continue;
            if (provisioner.except.includes(name))
                continue;
            signal.throwIfAborted();
            await ctx.runProvisioner(provisioner, {
                communicator: state.communicator,
                reporter: ctx.reporter,
                clock: ctx.clock,
                signal,
                buildVariables: state.buildVariables,
                buildName: name,
                secrets: ctx.secrets,
                index
            });
        }
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/stop-instance.ts
/**
 * Stop the instance so the image is consistent: cancel the dead-man switch, drop SSH, stop,
 * wait until stopped, then set ena_support / sriov_support (only settable while stopped).
 * One-time spot instances cannot be stopped; their image is taken with a reboot instead.
 *
 * SSH is over for good here, so while the instance stops, the temporary security group and key
 * pair go: nothing is left to wait for the instance's termination at the end of the build.
 */





/** The temporary SSH access, removed early; what fails here is left to the cleanup. */
async function releaseSshAccess(ctx, state, signal) {
    await Promise.all([
        releaseSecurityGroup(ctx, state, signal),
        deleteKeyPair(ctx, state, signal).catch(error => {
            if (signal.aborted)
                throw error;
            ctx.reporter.info(`Could not delete the key pair yet (${errorMessage(error)})`);
        })
    ]);
}
const stopInstance = {
    name: 'stop',
    title: 'Stopping the instance',
    // After the launch step's cleanup has terminated the instance, and everything else is undone.
    cleanupOrder: 'last',
    async run(ctx, state, signal) {
        const { ec2 } = ctx;
        const instance = state.instance;
        await disarmDeadManSwitch(ctx, state, signal);
        const communicator = state.communicator;
        state.communicator = undefined;
        await communicator?.close();
        if (instance.spot) {
            await releaseSshAccess(ctx, state, signal);
            ctx.reporter.info('Spot instance: not stopped; the image is taken with a reboot');
            return;
        }
        await ec2.send(new ec2.sdk.StopInstancesCommand({ InstanceIds: [instance.id] }), { signal });
        const stopped = waitFor({
            what: `instance ${instance.id} to stop`,
            expected: EXPECTED.stopped,
            pace: ctx.pace,
            timeoutMs: 15 * 60_000,
            clock: ctx.clock,
            signal,
            reporter: ctx.reporter,
            check: async (s) => {
                const out = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instance.id] }), { signal: s });
                const found = out.Reservations?.[0]?.Instances?.[0];
                const name = found?.State?.Name;
                if (name === 'stopped')
                    return { done: true };
                if (name === 'terminated' || name === 'shutting-down') {
                    return { done: false, failure: `Instance ${instance.id} was ${name} instead of stopping` };
                }
                return { done: false };
            }
        });
        // Both settle before the step ends, so a cleanup never races a release still under way.
        const [stop, release] = await Promise.allSettled([
            stopped,
            releaseSshAccess(ctx, state, signal)
        ]);
        if (stop.status === 'rejected')
            throw stop.reason;
        if (release.status === 'rejected')
            throw release.reason;
        const { ena_support: ena, sriov_support: sriov } = ctx.source;
        if (ena !== undefined) {
            await ec2.send(new ec2.sdk.ModifyInstanceAttributeCommand({
                InstanceId: instance.id,
                EnaSupport: { Value: ena }
            }), { signal });
        }
        if (sriov) {
            await ec2.send(new ec2.sdk.ModifyInstanceAttributeCommand({
                InstanceId: instance.id,
                SriovNetSupport: { Value: 'simple' }
            }), { signal });
        }
        ctx.reporter.info(`Instance ${instance.id} stopped`);
    },
    /** A failed build still ends with its instance terminated, not merely on its way, as when the
     * temporary group's deletion had to wait for it: what the build reports removed is gone. */
    async cleanup(ctx, state, { signal, succeeded }) {
        const group = state.temporarySecurityGroupId;
        const released = group && !ctx.tracker.isLive('security-group', group, ctx.source.region);
        if (succeeded || !released || !state.instance || !state.instanceTerminated)
            return;
        await waitTerminated(ctx, state.instance.id, signal);
    }
};

;// CONCATENATED MODULE: ./src/engine/images.ts

async function describeImage(ec2, imageId, signal) {
    try {
        const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
            signal
        });
        return out.Images?.[0];
    }
    catch (error) {
        if (errorCode(error) === 'InvalidAMIID.NotFound' ||
            errorCode(error) === 'InvalidAMIID.Unavailable') {
            return undefined;
        }
        throw error;
    }
}
function snapshotIdsOf(image) {
    return (image?.BlockDeviceMappings ?? []).flatMap(m => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []);
}
/** Deregister an image and delete its snapshots. Returns the snapshots deleted; an image that is
 * already gone is not an error. `knownSnapshots` covers an image too young to list its own. */
async function removeImage(ec2, imageId, signal, options = { deleteSnapshots: true }) {
    const image = await describeImage(ec2, imageId, signal);
    const snapshots = [...new Set([...snapshotIdsOf(image), ...(options.knownSnapshots ?? [])])];
    if (image) {
        try {
            await ec2.send(new ec2.sdk.DeregisterImageCommand({ ImageId: imageId }), { signal });
        }
        catch (error) {
            if (errorCode(error) !== 'InvalidAMIID.NotFound' &&
                errorCode(error) !== 'InvalidAMIID.Unavailable') {
                throw error;
            }
        }
    }
    if (!options.deleteSnapshots)
        return { snapshots: [] };
    for (const snapshotId of snapshots) {
        await deleteSnapshot(ec2, snapshotId, signal);
    }
    return { snapshots };
}
async function deleteSnapshot(ec2, snapshotId, signal) {
    try {
        // The deregistration takes a moment to release the snapshot.
        await ec2.send(new ec2.sdk.DeleteSnapshotCommand({ SnapshotId: snapshotId }), {
            signal,
            retry: ['InvalidSnapshot.InUse'],
            patienceMs: 60_000
        });
    }
    catch (error) {
        if (errorCode(error) !== 'InvalidSnapshot.NotFound')
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/engine/steps/deregister-old-ami.ts
/**
 * force_deregister: remove the AMIs already named ami_name (and, with force_delete_snapshot,
 * their snapshots) in every target region. Done right before the new image is made, as Packer
 * does, so a build that fails earlier leaves the old AMI in place.
 */

const deregisterOldAmi = {
    name: 'deregister-old-ami',
    title: 'Deregistering the previous AMI',
    skip: ctx => !ctx.source.force_deregister,
    async run(ctx, _state, signal) {
        const { source } = ctx;
        const regions = [source.region, ...source.ami_regions.filter(r => r !== source.region)];
        await Promise.all(regions.map(async (region) => {
            const ec2 = ctx.ec2In(region);
            const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({
                Owners: ['self'],
                Filters: [{ Name: 'name', Values: [source.ami_name] }]
            }), { signal });
            for (const image of out.Images ?? []) {
                const { snapshots } = await removeImage(ec2, image.ImageId, signal, {
                    deleteSnapshots: source.force_delete_snapshot
                });
                ctx.reporter.info(`Deregistered ${image.ImageId} in ${region}` +
                    (snapshots.length ? ` and deleted ${snapshots.join(', ')}` : ''));
            }
        }));
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/create-image.ts





/** Wait for an AMI in one region, reporting its snapshots' progress. */
async function waitForImage(ctx, state, ec2, imageId, expected, signal) {
    const region = ec2.region;
    try {
        return await waitFor({
            what: `AMI ${imageId} in ${region} to become available`,
            expected,
            pace: ctx.pace,
            reportsProgress: true,
            timeoutMs: 90 * 60_000,
            clock: ctx.clock,
            signal,
            reporter: ctx.reporter,
            check: async (s, wantProgress) => {
                const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
                    signal: s,
                    // A new AMI takes a moment to be visible to Describe.
                    retry: ['InvalidAMIID.NotFound'],
                    patienceMs: 120_000
                });
                const image = out.Images?.[0];
                const snapshots = snapshotIdsOf(image);
                trackSnapshots(ctx, state, region, snapshots);
                if (image?.State === 'available')
                    return { done: true, value: image };
                if (image?.State === 'failed' || image?.State === 'error' || image?.State === 'invalid') {
                    return {
                        done: false,
                        failure: `AMI ${imageId} in ${region} failed: ${image.StateReason?.Message ?? image.State}`
                    };
                }
                if (!wantProgress || snapshots.length === 0)
                    return { done: false };
                const progress = await ec2.send(new ec2.sdk.DescribeSnapshotsCommand({ SnapshotIds: snapshots }), { signal: s, retry: ['InvalidSnapshot.NotFound'], patienceMs: 30_000 });
                const percents = (progress.Snapshots ?? []).map(p => parseFloat(p.Progress ?? '0') || 0);
                return {
                    done: false,
                    progress: percents.length ? Math.min(...percents) : undefined
                };
            }
        });
    }
    catch (error) {
        if (error instanceof WaitFailedError)
            throw new BuildError(error.message);
        throw error;
    }
}
function trackSnapshots(ctx, state, region, ids) {
    const known = (state.snapshots[region] ??= []);
    for (const id of ids) {
        if (known.includes(id))
            continue;
        known.push(id);
        ctx.tracker.created('snapshot', id, region);
    }
}
/** The request was aborted before EC2 answered, so the image may exist without our knowing its
 * ID. Its name is ours alone in this region (prevalidation made sure, or force_deregister cleared
 * it), so look it up by name. */
async function findInFlight(ctx, state, region, signal) {
    const ec2 = ctx.ec2In(region);
    const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: [ctx.source.ami_name] }]
    }), { signal });
    const found = out.Images?.[0]?.ImageId;
    if (found) {
        state.amis[region] = found;
        ctx.tracker.created('image', found, region);
    }
    state.imagesInFlight.delete(region);
}
/** Deregister the AMI this build made in a region and delete its snapshots. */
async function removeBuiltImage(ctx, state, region, signal) {
    if (!state.amis[region] && state.imagesInFlight.has(region)) {
        await findInFlight(ctx, state, region, signal);
    }
    const imageId = state.amis[region];
    if (!imageId)
        return;
    const ec2 = ctx.ec2In(region);
    const { snapshots } = await removeImage(ec2, imageId, signal, {
        deleteSnapshots: true,
        knownSnapshots: state.snapshots[region]
    });
    ctx.tracker.markRemoved('image', imageId, region);
    for (const id of snapshots) {
        // Snapshots of an image found only now (in flight, or too young to list them) are reported
        // as they are learned of, so the ledger of what was removed stays complete.
        if (!ctx.tracker.isLive('snapshot', id, region))
            ctx.tracker.created('snapshot', id, region);
        ctx.tracker.markRemoved('snapshot', id, region);
    }
    delete state.amis[region];
    delete state.snapshots[region];
    ctx.reporter.info(`Deregistered ${imageId} in ${region}${snapshots.length ? ` and deleted ${snapshots.join(', ')}` : ''}`);
}
const createImage = {
    name: 'create-image',
    title: 'Creating the AMI',
    async run(ctx, state, signal) {
        const { ec2, source } = ctx;
        const instance = state.instance;
        const tags = ec2Tags(runTags(ctx));
        state.imagesInFlight.add(source.region);
        const out = await ec2
            .send(new ec2.sdk.CreateImageCommand({
            InstanceId: instance.id,
            Name: source.ami_name,
            Description: source.ami_description,
            NoReboot: !instance.spot,
            BlockDeviceMappings: source.ami_block_device_mappings.length
                ? blockDeviceMappings(source.ami_block_device_mappings)
                : undefined,
            TagSpecifications: [
                { ResourceType: 'image', Tags: tags },
                { ResourceType: 'snapshot', Tags: tags }
            ]
        }), { signal })
            .catch(error => {
            throw new BuildError(`CreateImage failed: ${errorMessage(error)}`);
        });
        const imageId = out.ImageId;
        state.imagesInFlight.delete(source.region);
        state.amis[source.region] = imageId;
        ctx.tracker.created('image', imageId, source.region);
        ctx.reporter.info(`Creating ${imageId} "${source.ami_name}"`);
        await waitForImage(ctx, state, ec2, imageId, EXPECTED.imageAvailable, signal);
        ctx.reporter.info(`AMI ${imageId} is available in ${source.region}`);
    },
    async cleanup(ctx, state, { signal, succeeded }) {
        if (succeeded)
            return;
        await removeBuiltImage(ctx, state, ctx.source.region, signal);
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/terminate-instance.ts

const ON_ITS_WAY = new Set(['shutting-down', 'terminated']);
const terminateInstance = {
    name: 'terminate',
    title: 'Terminating the source instance',
    async run(ctx, state, signal) {
        const instance = state.instance;
        if (!instance || state.instanceTerminated)
            return;
        let now = (await terminate(ctx, state, [instance.id], signal))[instance.id];
        if (!now || !ON_ITS_WAY.has(now)) {
            const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instance.id] }), { signal });
            now = out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
        }
        if (now && ON_ITS_WAY.has(now)) {
            ctx.reporter.info(`Instance ${instance.id} is ${now}; it finishes terminating on its own`);
        }
        else {
            ctx.reporter.warning(`Instance ${instance.id} is ${now ?? 'not found'} after TerminateInstances: check that it terminates.`);
        }
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/region-copy.ts
/**
 * Copy the AMI to every ami_regions region at once, each with its region's KMS key, and wait for
 * all of them. If one copy fails, the others stop waiting at once: the cleanup removes
 * every copy already made.
 */




async function copyTo(ctx, state, region, sourceImageId, buildSignal, signal) {
    const { source } = ctx;
    const ec2 = ctx.ec2In(region);
    const kmsKeyId = source.region_kms_key_ids[region];
    const encrypted = source.encrypt_boot || kmsKeyId !== undefined ? true : undefined;
    state.imagesInFlight.add(region);
    const out = await ec2
        .send(new ec2.sdk.CopyImageCommand({
        SourceRegion: source.region,
        SourceImageId: sourceImageId,
        Name: source.ami_name,
        Description: source.ami_description,
        Encrypted: encrypted,
        KmsKeyId: kmsKeyId,
        // Tagged as they are made: a copy (or its snapshot) is never without the run tag, even
        // when the build is killed the moment CopyImage returns.
        TagSpecifications: [
            { ResourceType: 'image', Tags: ec2Tags(runTags(ctx)) },
            { ResourceType: 'snapshot', Tags: ec2Tags(runTags(ctx)) }
        ]
    }), 
    // Not cut short when a sibling copy fails: an answer lost in flight would hide a copy.
    { signal: buildSignal })
        .catch(error => {
        if (buildSignal.aborted)
            throw buildSignal.reason;
        throw new BuildError(`Copying the AMI to ${region} failed: ${errorMessage(error)}`);
    });
    const copyId = out.ImageId;
    state.imagesInFlight.delete(region);
    state.amis[region] = copyId;
    ctx.tracker.created('image', copyId, region);
    ctx.reporter.info(`Copying ${sourceImageId} to ${region} as ${copyId}${encrypted ? ' (encrypted)' : ''}`);
    await waitForImage(ctx, state, ec2, copyId, EXPECTED.copyAvailable, signal);
    ctx.reporter.info(`AMI ${copyId} is available in ${region}`);
    return copyId;
}
const regionCopy = {
    name: 'region-copy',
    title: 'Copying the AMI to other regions',
    skip: ctx => ctx.source.ami_regions.every(r => r === ctx.source.region),
    async run(ctx, state, signal) {
        const { source } = ctx;
        const original = state.amis[source.region];
        const targets = source.ami_regions.filter(r => r !== source.region);
        const together = new AbortController();
        const copySignal = AbortSignal.any([signal, together.signal]);
        const copies = targets.map(region => copyTo(ctx, state, region, original, signal, copySignal).catch(error => {
            together.abort(error);
            throw error;
        }));
        const results = await Promise.allSettled(copies);
        const failed = results.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    },
    async cleanup(ctx, state, { signal, succeeded }) {
        if (succeeded)
            return;
        const others = [...new Set([...Object.keys(state.amis), ...state.imagesInFlight])].filter(r => r !== ctx.source.region);
        const failures = await Promise.allSettled(others.map(region => removeBuiltImage(ctx, state, region, signal)));
        const failed = failures.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/modify-attributes.ts
const modifyAttributes = {
    name: 'modify-attributes',
    title: 'Setting AMI attributes',
    skip: ({ source: s }) => !s.ami_users.length &&
        !s.ami_groups.length &&
        !s.ami_org_arns.length &&
        !s.ami_ou_arns.length &&
        !s.snapshot_users.length &&
        !s.snapshot_groups.length &&
        !s.deprecate_at &&
        !s.imds_support,
    async run(ctx, state, signal) {
        const { source } = ctx;
        const launchPermissions = [
            ...source.ami_users.map(UserId => ({ UserId })),
            ...source.ami_groups.map(Group => ({ Group: Group })),
            ...source.ami_org_arns.map(OrganizationArn => ({ OrganizationArn })),
            ...source.ami_ou_arns.map(OrganizationalUnitArn => ({ OrganizationalUnitArn }))
        ];
        await Promise.all(Object.entries(state.amis).map(async ([region, imageId]) => {
            const ec2 = ctx.ec2In(region);
            const call = { signal, retry: ['InvalidAMIID.NotFound'], patienceMs: 60_000 };
            if (launchPermissions.length) {
                await ec2.send(new ec2.sdk.ModifyImageAttributeCommand({
                    ImageId: imageId,
                    LaunchPermission: { Add: launchPermissions }
                }), call);
            }
            if (source.snapshot_users.length || source.snapshot_groups.length) {
                for (const snapshotId of state.snapshots[region] ?? []) {
                    await ec2.send(new ec2.sdk.ModifySnapshotAttributeCommand({
                        SnapshotId: snapshotId,
                        Attribute: 'createVolumePermission',
                        CreateVolumePermission: {
                            Add: [
                                ...source.snapshot_users.map(UserId => ({ UserId })),
                                ...source.snapshot_groups.map(Group => ({ Group: Group }))
                            ]
                        }
                    }), call);
                }
            }
            if (source.deprecate_at) {
                await ec2.send(new ec2.sdk.EnableImageDeprecationCommand({
                    ImageId: imageId,
                    DeprecateAt: new Date(source.deprecate_at)
                }), call);
            }
            if (source.imds_support) {
                await ec2.send(new ec2.sdk.ModifyImageAttributeCommand({
                    ImageId: imageId,
                    ImdsSupport: { Value: source.imds_support }
                }), call);
            }
        }));
        const shared = launchPermissions.length
            ? `shared with ${[...source.ami_users, ...source.ami_groups, ...source.ami_org_arns, ...source.ami_ou_arns].join(', ')}`
            : 'attributes set';
        ctx.reporter.info(`${Object.values(state.amis).join(', ')}: ${shared}`);
    }
};

// EXTERNAL MODULE: ./src/template/build-variables.ts
var build_variables = __webpack_require__(4250);
;// CONCATENATED MODULE: ./src/engine/expand.ts

/** A tag map with `${build.X}` filled in, in keys and values alike. */
function expandAll(values, variables) {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [
        (0,build_variables/* expandBuildVariables */.I)(k, variables),
        (0,build_variables/* expandBuildVariables */.I)(v, variables)
    ]));
}

;// CONCATENATED MODULE: ./src/engine/steps/tag-images.ts
/**
 * The template's tags on every AMI and snapshot_tags on its snapshots, in every region, with
 * build variables filled in. Then the AMIs become the build's deliverables: the run tag comes
 * off, so the post step's sweep, which removes what carries it, can never touch them.
 */


const tagImages = {
    name: 'tag',
    title: 'Tagging the AMIs',
    async run(ctx, state, signal) {
        const tags = expandAll(ctx.source.tags, state.buildVariables);
        const snapshotTags = expandAll(ctx.source.snapshot_tags, state.buildVariables);
        await Promise.all(Object.entries(state.amis).map(async ([region, imageId]) => {
            const ec2 = ctx.ec2In(region);
            const snapshots = state.snapshots[region] ?? [];
            const call = { signal, retry: ['InvalidAMIID.NotFound', 'InvalidSnapshot.NotFound'] };
            if (Object.keys(tags).length) {
                await ec2.send(new ec2.sdk.CreateTagsCommand({ Resources: [imageId], Tags: ec2Tags(tags) }), call);
            }
            if (Object.keys(snapshotTags).length && snapshots.length) {
                await ec2.send(new ec2.sdk.CreateTagsCommand({ Resources: snapshots, Tags: ec2Tags(snapshotTags) }), call);
            }
            await ec2.send(new ec2.sdk.DeleteTagsCommand({
                Resources: [imageId, ...snapshots],
                Tags: [{ Key: RUN_ID_TAG }, { Key: BUILD_TAG }]
            }), call);
            ctx.tracker.markKept('image', imageId, region);
            for (const id of snapshots)
                ctx.tracker.markKept('snapshot', id, region);
        }));
        const count = Object.keys(tags).length;
        ctx.reporter.info(`${count} tag${count === 1 ? '' : 's'} on ${Object.keys(state.amis).length} AMI(s)` +
            (Object.keys(snapshotTags).length ? ', snapshot tags on their snapshots' : ''));
    }
};

;// CONCATENATED MODULE: ./src/engine/build.ts


























/** The amazon-ebs builder, in order. Steps listed together depend on nothing of each other and
 * run at once: the lookups, then the temporary SSH access. */
function amazonEbsSteps(source) {
    const makesImage = !source.skip_create_ami;
    return [
        [preValidate, sourceAmi, network],
        [keyPair, securityGroup],
        launchInstance,
        connect,
        armDeadManSwitch,
        provision,
        ...(makesImage
            ? [
                stopInstance,
                deregisterOldAmi,
                createImage,
                terminateInstance,
                regionCopy,
                modifyAttributes,
                tagImages
            ]
            : [])
    ];
}
async function build(options, dependencies = {}) {
    const clock = options.clock ?? engine_clock/* systemClock */.m;
    const { template } = options;
    const ec2Clients = dependencies.ec2Clients ?? (await createEc2Clients(options.credentials));
    const connectTo = dependencies.connect ?? (await __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 5954))).connect;
    const runProvisioner = dependencies.runProvisioner ?? (await __webpack_require__.e(/* import() */ 848).then(__webpack_require__.bind(__webpack_require__, 3848))).runProvisioner;
    for (const secret of template.sensitiveValues)
        options.reporter.mask(secret);
    const several = template.sources.length > 1;
    const outcomes = await Promise.all(template.sources.map(source => {
        const region = source.region || options.defaultRegion;
        if (!region) {
            const message = `Source "${source.name}" has no region: set region in the template or aws-region.`;
            options.reporter.error(message);
            return Promise.resolve({
                failure: { name: source.name, message, phases: [] },
                tracker: new ResourceTracker(source.name),
                leftBehind: []
            });
        }
        const ec2s = new Map();
        const ec2In = (r) => {
            let ec2 = ec2s.get(r);
            if (!ec2)
                ec2s.set(r, (ec2 = regionalEc2(ec2Clients, r, clock)));
            return ec2;
        };
        const ctx = {
            source: { ...source, region },
            template,
            runId: options.runId,
            ec2: ec2In(region),
            ec2In,
            clock,
            reporter: prefixed(options.reporter, source.name, several),
            tracker: new ResourceTracker(source.name, options.onResource),
            connect: connectTo,
            runProvisioner,
            instanceTimeLimitMinutes: options.instanceTimeLimitMinutes ?? 360,
            secrets: [...template.sensitiveValues],
            pace: new Pace()
        };
        return runSource(ctx, options, dependencies);
    }));
    if (!dependencies.ec2Clients)
        ec2Clients.destroy();
    const artifacts = outcomes.flatMap(o => (o.artifact ? [o.artifact] : []));
    const failures = outcomes.flatMap(o => (o.failure ? [o.failure] : []));
    let manifests = [];
    try {
        manifests = await writeManifests(template.postProcessors, artifacts, options.runId, clock);
    }
    catch (error) {
        // The AMIs exist and are kept; only the manifest is missing.
        const message = `Writing the manifest failed: ${errorMessage(error)}`;
        options.reporter.error(message);
        failures.push({ name: 'manifest', message, phases: [] });
    }
    const result = {
        artifacts,
        failures,
        cleanedUp: outcomes.flatMap(o => o.tracker.removed),
        leftBehind: outcomes.flatMap(o => o.leftBehind),
        manifests,
        cancelled: options.signal.aborted
    };
    summarize(options.reporter, result);
    return result;
}
async function runSource(ctx, options, dependencies) {
    const { clock, reporter, source } = ctx;
    const state = {
        amis: {},
        snapshots: {},
        buildVariables: {},
        imagesInFlight: new Set()
    };
    const phases = [];
    const ran = [];
    const signal = options.signal;
    let failure;
    for (const stage of amazonEbsSteps(source)) {
        const steps = [stage].flat().filter(step => !step.skip?.(ctx, state));
        if (steps.length === 0)
            continue;
        for (const step of steps)
            dependencies.beforeStep?.(source.name, step.name);
        if (signal.aborted) {
            failure = { name: source.name, message: `Cancelled before: ${steps[0].title}`, phases };
            break;
        }
        ran.push(...steps);
        state.buildVariables = buildVariables(ctx, state);
        const runStep = async (step) => {
            const startedAt = clock.now();
            try {
                await step.run(ctx, state, signal);
                reporter.info(`${step.title}: done (${(0,engine_clock/* formatDuration */.a)(clock.now() - startedAt)})`);
            }
            catch (error) {
                throw new StepFailure(step, error);
            }
            finally {
                phases.push({ name: step.name, startedAt, durationMs: clock.now() - startedAt });
            }
        };
        // Every step of a stage settles before the next stage or the cleanup: one that fails does not
        // cut its siblings off mid-call, where what they created could go unrecorded.
        const runStage = async () => {
            const outcomes = await Promise.allSettled(steps.map(runStep));
            const failed = outcomes.find(o => o.status === 'rejected');
            if (failed)
                throw failed.reason;
        };
        try {
            if (steps.length === 1 && steps[0].ownsGroups)
                await runStage();
            else
                await reporter.group(steps.map(step => step.title).join('; '), runStage);
        }
        catch (caught) {
            const { step, error } = caught instanceof StepFailure ? caught : { step: steps[0], error: caught };
            failure = { name: source.name, message: failureMessage(step, error, signal), phases };
            if (!(error instanceof BuildError) &&
                !isUserError(error) &&
                !errorCode(error) &&
                !signal.aborted) {
                reporter.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
            }
            reporter.error(failure.message);
            break;
        }
    }
    let leftBehind;
    if (failure && options.onError === 'abort' && !signal.aborted) {
        leftBehind = (await keepForDebugging(ctx, state)).map(r => ({
            ...r,
            reason: 'kept for debugging (on-error: abort)'
        }));
    }
    else {
        const startedAt = clock.now();
        leftBehind = await reporter.group('Cleaning up', () => cleanup(ctx, state, ran, !failure, dependencies.cleanupTimeoutMs ?? 300_000));
        phases.push({ name: 'cleanup', startedAt, durationMs: clock.now() - startedAt });
    }
    if (failure)
        return { failure, tracker: ctx.tracker, leftBehind };
    return {
        artifact: {
            name: source.name,
            builderType: 'amazon-ebs',
            region: source.region,
            amis: inRegionOrder(source, state.amis),
            snapshots: inRegionOrder(source, state.snapshots),
            amiName: source.ami_name,
            sourceAmi: state.sourceImage?.id ?? '',
            sourceAmiName: state.sourceImage?.name,
            instanceType: source.instance_type,
            phases
        },
        tracker: ctx.tracker,
        leftBehind
    };
}
/** The build region first, then ami_regions as the template lists them (copies finish in any
 * order; outputs should not). */
function inRegionOrder(source, byRegion) {
    const order = [source.region, ...source.ami_regions];
    return Object.fromEntries(Object.entries(byRegion).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
/** Which step of a stage failed, and how. */
class StepFailure {
    step;
    error;
    constructor(step, error) {
        this.step = step;
        this.error = error;
    }
}
/** A provisioner's failure (a script's exit code, a missing file) is the user's to fix. */
function isUserError(error) {
    return error instanceof Error && error.name === 'ProvisionerError';
}
function failureMessage(step, error, signal) {
    if (signal.aborted)
        return `Cancelled during: ${step.title}`;
    if (error instanceof BuildError || error instanceof WaitTimeoutError || isUserError(error)) {
        return error instanceof Error ? error.message : String(error);
    }
    const code = errorCode(error);
    if (code)
        return `${step.title} failed: ${code}: ${errorMessage(error)}`;
    return `${step.title} failed: ${errorMessage(error)}`;
}
/**
 * Undo what the steps did. The instance goes first (it is what costs money, and the runner kills
 * a cancelled job 10 s after SIGINT); the security group last (it waits for the instance to let
 * go); the rest in reverse. Runs under its own bounded signal, since the build's may have fired.
 */
async function cleanup(ctx, state, ran, succeeded, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`cleanup took longer than ${(0,engine_clock/* formatDuration */.a)(timeoutMs)}`)), timeoutMs);
    timer.unref();
    const order = [
        ...ran.filter(s => s.cleanupOrder === 'first'),
        ...ran.filter(s => !s.cleanupOrder).reverse(),
        ...ran.filter(s => s.cleanupOrder === 'last')
    ];
    const problems = [];
    try {
        for (const step of order) {
            if (!step.cleanup)
                continue;
            try {
                await step.cleanup(ctx, state, { signal: controller.signal, succeeded });
            }
            catch (error) {
                // Keep going: one resource that will not go must not strand the others.
                const message = `${step.title}: ${errorMessage(error)}`;
                problems.push(message);
                ctx.reporter.warning(`Cleanup failed for ${message}`);
            }
        }
    }
    finally {
        clearTimeout(timer);
    }
    const reason = problems.join('; ') || 'not removed';
    const left = ctx.tracker
        .remaining()
        .filter(r => (succeeded ? r.kind !== 'image' && r.kind !== 'snapshot' : true));
    for (const r of left)
        ctx.tracker.markFailed(r.kind, r.id, r.region, reason);
    return left.map(r => ({ ...r, reason }));
}
/** on-error: abort: keep everything, mark it so the post step's sweep leaves it, and say exactly
 * what is where and how to remove it. */
async function keepForDebugging(ctx, state) {
    const { reporter, runId } = ctx;
    const kept = ctx.tracker.remaining();
    const signal = AbortSignal.timeout(30_000);
    // Tagged so the post step's sweep, which removes what carries the run tag, leaves them alone.
    const byRegion = new Map();
    for (const r of kept) {
        const id = r.kind === 'key-pair' ? state.keyPair?.id : r.id;
        if (id)
            byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), id]);
    }
    const tagged = await Promise.allSettled([...byRegion].map(([region, ids]) => ctx.ec2In(region).send(new ctx.ec2.sdk.CreateTagsCommand({
        Resources: ids,
        Tags: ec2Tags({ [KEPT_TAG]: 'true' })
    }), { signal })));
    for (const outcome of tagged) {
        if (outcome.status === 'rejected') {
            reporter.warning(`Could not mark the kept resources (${errorMessage(outcome.reason)}): the post step may remove them.`);
        }
    }
    for (const r of kept)
        ctx.tracker.markKept(r.kind, r.id, r.region);
    await state.communicator?.close().catch(() => undefined);
    const lines = [
        `on-error: abort — nothing was cleaned up. Kept for debugging (run ${runId}):`,
        ...kept.map(r => `  ${r.kind} ${r.id} in ${r.region}`)
    ];
    if (state.instance && !state.instanceTerminated) {
        const host = state.host ?? state.instance.publicIp ?? state.instance.privateIp;
        lines.push(`Instance ${state.instance.id}${host ? ` at ${host}` : ''}: the temporary private key existed ` +
            'only in this process, so connect with EC2 Instance Connect or SSM Session Manager.');
        if (state.deadManSwitchArmed) {
            lines.push(`It powers itself off and terminates ${ctx.instanceTimeLimitMinutes} minutes after it started.`);
        }
    }
    lines.push('To remove it all: ami-build cleanup (with the same run ID), or:', ...kept.map(r => `  ${removalCommand(r)}`));
    reporter.error(lines.join('\n'));
    return kept;
}
function removalCommand(r) {
    const region = `--region ${r.region}`;
    switch (r.kind) {
        case 'instance':
            return `aws ec2 terminate-instances ${region} --instance-ids ${r.id}`;
        case 'key-pair':
            return `aws ec2 delete-key-pair ${region} --key-name ${r.id}`;
        case 'security-group':
            return `aws ec2 delete-security-group ${region} --group-id ${r.id}`;
        case 'image':
            return `aws ec2 deregister-image ${region} --image-id ${r.id}`;
        case 'snapshot':
            return `aws ec2 delete-snapshot ${region} --snapshot-id ${r.id}`;
        case 'volume':
            return `aws ec2 delete-volume ${region} --volume-id ${r.id}`;
        case 'spot-request':
            return `aws ec2 cancel-spot-instance-requests ${region} --spot-instance-request-ids ${r.id}`;
    }
}
function summarize(reporter, result) {
    const lines = [];
    for (const artifact of result.artifacts) {
        const amis = Object.entries(artifact.amis);
        lines.push(amis.length
            ? `--> ${artifact.name}: AMIs were created:\n${amis.map(([r, id]) => `${r}: ${id}`).join('\n')}`
            : `--> ${artifact.name}: no AMI (skip_create_ami)`);
    }
    for (const failure of result.failures)
        lines.push(`--> ${failure.name}: failed: ${failure.message}`);
    if (result.cleanedUp.length) {
        lines.push(`Cleaned up: ${result.cleanedUp.map(r => `${r.kind} ${r.id} (${r.region})`).join(', ')}`);
    }
    for (const left of result.leftBehind) {
        lines.push(`Left behind: ${left.kind} ${left.id} in ${left.region}: ${left.reason}`);
    }
    reporter.info(lines.join('\n'));
}


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/** Real time. Tests inject their own Clock instead. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};
/** "0.4 s", "12 s", "3m05s": durations as the logs print them. */
function formatDuration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (ms < 60_000)
        return `${Math.round(ms / 1000)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}


/***/ }),

/***/ 4250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ expandBuildVariables)
/* harmony export */ });
/* unused harmony export buildVariablesIn */
const REFERENCE = /\$\{build\.([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Replace each `${build.Name}` with its value; a name without a value stays as written. */
function expandBuildVariables(text, values) {
    return text.replace(REFERENCE, (whole, name) => Object.prototype.hasOwnProperty.call(values, name)
        ? (values[name] ?? whole)
        : whole);
}
/** The build variables a string uses, in order of first use. */
function buildVariablesIn(text) {
    return [...new Set([...text.matchAll(REFERENCE)].map(m => m[1]))];
}


/***/ })

};
