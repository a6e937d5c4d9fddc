import type { Ec2Handler } from './context.js'
import * as images from './images.js'
import * as instances from './instances.js'
import * as keyPairs from './key-pairs.js'
import * as network from './network.js'
import * as securityGroups from './security-groups.js'
import * as storage from './storage.js'
import * as tags from './tags.js'

/** Every EC2 action the emulator answers; anything else is InvalidAction, as on AWS. */
export const EC2_ACTIONS: Record<string, Ec2Handler> = {
  DescribeRegions: network.describeRegions,
  DescribeAvailabilityZones: network.describeAvailabilityZones,
  DescribeVpcs: network.describeVpcs,
  DescribeSubnets: network.describeSubnets,
  DescribeInstanceTypes: network.describeInstanceTypes,

  DescribeImages: images.describeImages,
  DescribeImageAttribute: images.describeImageAttribute,
  ModifyImageAttribute: images.modifyImageAttribute,
  CreateImage: images.createImage,
  CopyImage: images.copyImage,
  DeregisterImage: images.deregisterImage,
  EnableImageDeprecation: images.enableImageDeprecation,
  DisableImageDeprecation: images.disableImageDeprecation,

  DescribeSnapshots: storage.describeSnapshots,
  DescribeSnapshotAttribute: storage.describeSnapshotAttribute,
  ModifySnapshotAttribute: storage.modifySnapshotAttribute,
  DeleteSnapshot: storage.deleteSnapshot,
  DescribeVolumes: storage.describeVolumes,
  DeleteVolume: storage.deleteVolume,

  DescribeSecurityGroups: securityGroups.describeSecurityGroups,
  CreateSecurityGroup: securityGroups.createSecurityGroup,
  AuthorizeSecurityGroupIngress: securityGroups.authorizeSecurityGroupIngress,
  AuthorizeSecurityGroupEgress: securityGroups.authorizeSecurityGroupEgress,
  RevokeSecurityGroupIngress: securityGroups.revokeSecurityGroupIngress,
  DeleteSecurityGroup: securityGroups.deleteSecurityGroup,

  CreateKeyPair: keyPairs.createKeyPair,
  ImportKeyPair: keyPairs.importKeyPair,
  DescribeKeyPairs: keyPairs.describeKeyPairs,
  DeleteKeyPair: keyPairs.deleteKeyPair,

  RunInstances: instances.runInstances,
  DescribeInstances: instances.describeInstances,
  DescribeInstanceStatus: instances.describeInstanceStatus,
  StopInstances: instances.stopInstances,
  StartInstances: instances.startInstances,
  TerminateInstances: instances.terminateInstances,
  ModifyInstanceAttribute: instances.modifyInstanceAttribute,
  GetConsoleOutput: instances.getConsoleOutput,

  CreateTags: tags.createTags,
  DeleteTags: tags.deleteTags,
  DescribeTags: tags.describeTags
}
