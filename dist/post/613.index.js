export const id = 613;
export const ids = [613];
export const modules = {

/***/ 4613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sweep: () => (/* binding */ sweep)
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

;// CONCATENATED MODULE: ./src/engine/clock.ts
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

;// CONCATENATED MODULE: ./src/engine/state.ts
/** Tag keys the engine owns. */
const RUN_ID_TAG = 'ami-build:run-id';
const BUILD_TAG = 'ami-build:build';
/** Marks what `on-error: abort` kept on purpose, so the post step's sweep leaves it alone. */
const KEPT_TAG = 'ami-build:kept';
/** A mistake in the template or account the user can fix: printed as a message, no stack. */
class BuildError extends (/* unused pure expression or super */ null && (Error)) {
}
/** `Name=value` tags as EC2 wants them. */
function ec2Tags(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** The tags every temporary resource carries, so the post step can find it by run. */
function runTags(ctx) {
    return { [RUN_ID_TAG]: ctx.runId, [BUILD_TAG]: ctx.source.name };
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
                reporter.info(`Waiting for ${options.what} (${formatDuration(elapsed())}${percent})`);
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
            throw new WaitTimeoutError(`Timed out after ${formatDuration(elapsed())} waiting for ${options.what}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/sweep.ts







const kept = (tags) => (tags ?? []).some(t => t.Key === KEPT_TAG);
const buildOf = (tags) => (tags ?? []).find(t => t.Key === 'ami-build:build')?.Value ?? '';
async function sweep(options, dependencies = {}) {
    const clock = options.clock ?? systemClock;
    const clients = dependencies.ec2Clients ?? (await createEc2Clients(options.credentials));
    const result = { removed: [], failed: [] };
    const regions = [...new Set([...options.regions, ...options.resources.map(r => r.region)])];
    try {
        await Promise.all(regions.map(region => sweepRegion(regionalEc2(clients, region, clock), options, clock, result)));
    }
    finally {
        if (!dependencies.ec2Clients)
            clients.destroy();
    }
    if (result.removed.length) {
        options.reporter.info(`Removed ${result.removed.map(r => `${r.kind} ${r.id} (${r.region})`).join(', ')}`);
    }
    for (const f of result.failed) {
        options.reporter.warning(`Could not remove ${f.kind} ${f.id} in ${f.region}: ${f.reason}`);
    }
    return result;
}
async function sweepRegion(ec2, options, clock, result) {
    const { signal, runId } = options;
    const region = ec2.region;
    const byTag = [{ Name: `tag:${RUN_ID_TAG}`, Values: [runId] }];
    const listed = (kind) => options.resources.filter(r => r.region === region && r.kind === kind && !r.kept);
    const merge = (a, b) => {
        const seen = new Map(a.map(r => [r.id, r]));
        for (const r of b)
            if (!seen.has(r.id))
                seen.set(r.id, r);
        return [...seen.values()];
    };
    const done = (r) => {
        result.removed.push({ ...r, build: r.build ?? '' });
    };
    const fail = (r, error) => {
        result.failed.push({ ...r, build: r.build ?? '', reason: errorMessage(error) });
    };
    const [instances, images, snapshots, keyPairs, groups] = await Promise.all([
        ec2
            .send(new ec2.sdk.DescribeInstancesCommand({
            Filters: [
                ...byTag,
                { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
            ]
        }), { signal })
            .then(out => (out.Reservations ?? [])
            .flatMap(r => r.Instances ?? [])
            .filter(i => !kept(i.Tags))
            .map(i => ({
            kind: 'instance',
            id: i.InstanceId,
            region,
            build: buildOf(i.Tags)
        }))),
        ec2
            .send(new ec2.sdk.DescribeImagesCommand({ Owners: ['self'], Filters: byTag }), { signal })
            .then(out => (out.Images ?? [])
            .filter(i => !kept(i.Tags))
            .map(i => ({ kind: 'image', id: i.ImageId, region, build: buildOf(i.Tags) }))),
        ec2
            .send(new ec2.sdk.DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: byTag }), {
            signal
        })
            .then(out => (out.Snapshots ?? [])
            .filter(s => !kept(s.Tags))
            .map(s => ({
            kind: 'snapshot',
            id: s.SnapshotId,
            region,
            build: buildOf(s.Tags)
        }))),
        ec2
            .send(new ec2.sdk.DescribeKeyPairsCommand({}), { signal })
            .then(out => (out.KeyPairs ?? [])
            .filter(k => !kept(k.Tags) &&
            ((k.Tags ?? []).some(t => t.Key === RUN_ID_TAG && t.Value === runId) ||
                k.KeyName?.startsWith(`ami-build-${runId}-`)))
            .map(k => ({ kind: 'key-pair', id: k.KeyName, region, build: buildOf(k.Tags) }))),
        ec2.send(new ec2.sdk.DescribeSecurityGroupsCommand({ Filters: byTag }), { signal }).then(out => (out.SecurityGroups ?? [])
            .filter(g => !kept(g.Tags))
            .map(g => ({
            kind: 'security-group',
            id: g.GroupId,
            region,
            build: buildOf(g.Tags)
        })))
    ]);
    // The instance first: it costs money and holds the security group.
    const toTerminate = merge(listed('instance'), instances);
    for (const batch of toTerminate.length ? [toTerminate] : []) {
        try {
            await terminate(ec2, batch.map(i => i.id), signal);
            batch.forEach(done);
        }
        catch (error) {
            // One unknown ID fails the whole call: fall back to one at a time.
            for (const instance of batch) {
                await terminate(ec2, [instance.id], signal).then(() => done(instance), e => errorCode(e) === 'InvalidInstanceID.NotFound'
                    ? done(instance)
                    : fail(instance, e ?? error));
            }
        }
    }
    const removedSnapshots = new Set();
    for (const image of merge(listed('image'), images)) {
        try {
            const { snapshots: gone } = await removeImage(ec2, image.id, signal);
            done(image);
            for (const id of gone) {
                removedSnapshots.add(id);
                done({ kind: 'snapshot', id, region, build: image.build });
            }
        }
        catch (error) {
            fail(image, error);
        }
    }
    for (const snapshot of merge(listed('snapshot'), snapshots)) {
        if (removedSnapshots.has(snapshot.id))
            continue;
        try {
            await deleteSnapshot(ec2, snapshot.id, signal);
            done(snapshot);
        }
        catch (error) {
            fail(snapshot, error);
        }
    }
    for (const key of merge(listed('key-pair'), keyPairs)) {
        try {
            await ec2.send(new ec2.sdk.DeleteKeyPairCommand({ KeyName: key.id }), { signal });
            done(key);
        }
        catch (error) {
            fail(key, error);
        }
    }
    const securityGroups = merge(listed('security-group'), groups);
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
            check: async (s) => {
                const out = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: toTerminate.map(i => i.id) }), { signal: s });
                const states = (out.Reservations ?? []).flatMap(r => r.Instances ?? []);
                return { done: states.every(i => i.State?.Name === 'terminated') };
            }
        }).catch(() => undefined);
    }
    for (const group of securityGroups) {
        try {
            await ec2.send(new ec2.sdk.DeleteSecurityGroupCommand({ GroupId: group.id }), {
                signal,
                retry: ['DependencyViolation'],
                patienceMs: 120_000
            });
            done(group);
        }
        catch (error) {
            if (errorCode(error) === 'InvalidGroup.NotFound')
                done(group);
            else
                fail(group, error);
        }
    }
}
async function terminate(ec2, ids, signal) {
    await ec2.send(new ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }), { signal });
}


/***/ })

};
