import { createHash, randomBytes } from 'node:crypto'
import type { LedgerResource } from '../api.js'
import type { SshdHandle } from '../instances/api.js'
import { AMAZON, CATALOGUE, zonesOf, type Architecture } from './catalogue.js'

/** Resource IDs in AWS's shape: a prefix and 17 hex digits. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`
}

/** Catalogue IDs are derived from region and name, so they are the same in every run. */
function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 17)}`
}

export interface BlockDevice {
  deviceName: string
  snapshotId?: string
  volumeSize: number
  volumeType: string
  deleteOnTermination: boolean
  encrypted: boolean
  iops?: number
  throughput?: number
}

export type ImageState = 'pending' | 'available' | 'failed' | 'deregistered'

export interface Image {
  id: string
  region: string
  name: string
  description?: string
  ownerId: string
  ownerAlias?: string
  state: ImageState
  stateReason?: { code: string; message: string }
  architecture: Architecture
  creationDate: string
  public: boolean
  launchUsers: Set<string>
  launchGroups: Set<string>
  launchOrgArns: Set<string>
  launchOuArns: Set<string>
  rootDeviceName: string
  blockDevices: BlockDevice[]
  enaSupport: boolean
  imdsSupport?: string
  deprecationTime?: string
  defaultUser: string
  /** Captured instance root, when CreateImage or CopyImage made it. */
  contentsDir?: string
  sourceInstanceId?: string
  tags: Record<string, string>
  seeded: boolean
}

export interface Snapshot {
  id: string
  region: string
  volumeId: string
  volumeSize: number
  state: 'pending' | 'completed' | 'error'
  startTime: number
  /** When the snapshot completes; progress is derived from the time elapsed towards it. */
  completesAt: number
  ownerId: string
  description: string
  encrypted: boolean
  createVolumeUsers: Set<string>
  createVolumeGroups: Set<string>
  tags: Record<string, string>
  seeded: boolean
}

export interface Volume {
  id: string
  region: string
  size: number
  volumeType: string
  zone: string
  state: 'creating' | 'available' | 'in-use' | 'deleting' | 'deleted'
  snapshotId?: string
  attachment?: {
    instanceId: string
    device: string
    deleteOnTermination: boolean
    attachTime: number
  }
  createTime: number
  encrypted: boolean
  iops?: number
  throughput?: number
  tags: Record<string, string>
}

export type InstanceState =
  'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated'

export const INSTANCE_STATE_CODES: Record<InstanceState, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
}

export interface Instance {
  id: string
  region: string
  reservationId: string
  ownerId: string
  imageId: string
  instanceType: string
  architecture: Architecture
  keyName?: string
  /** The key pair's public key at launch: deleting the key pair later does not lock the instance. */
  authorizedKey?: string
  defaultUser: string
  state: InstanceState
  stateReason?: { code: string; message: string }
  stateTransitionReason: string
  launchTime: number
  zone: string
  subnetId: string
  vpcId: string
  securityGroupIds: string[]
  address: string
  userData?: string
  metadataOptions: {
    httpTokens: string
    httpEndpoint: string
    httpPutResponseHopLimit: number
    instanceMetadataTags: string
  }
  iamInstanceProfile?: { arn: string; id: string }
  shutdownBehavior: 'stop' | 'terminate'
  rootDeviceName: string
  blockDevices: Array<{
    deviceName: string
    volumeId: string
    deleteOnTermination: boolean
    attachTime: number
  }>
  clientToken?: string
  /** Launched with InstanceMarketOptions MarketType=spot: its (one-time) Spot request. */
  spot?: { requestId: string; persistent: boolean }
  amiLaunchIndex: number
  /** DescribeInstances does not see the instance before this time (eventual consistency). */
  visibleAt: number
  terminatedAt?: number
  rootDir: string
  sshd?: SshdHandle
  sshDelayMs: number
  sshNever: boolean
  consoleOutput: string[]
  tags: Record<string, string>
}

export interface KeyPair {
  id: string
  name: string
  fingerprint: string
  keyType: 'rsa' | 'ed25519'
  publicKey: string
  createTime: number
  tags: Record<string, string>
}

export interface IpPermission {
  ipProtocol: string
  fromPort?: number
  toPort?: number
  cidrs: Array<{ cidr: string; description?: string }>
  ipv6Cidrs: Array<{ cidr: string; description?: string }>
  groups: Array<{ groupId: string; userId: string }>
}

export interface SecurityGroup {
  id: string
  name: string
  description: string
  vpcId: string
  ownerId: string
  ingress: IpPermission[]
  egress: IpPermission[]
  tags: Record<string, string>
  isDefault: boolean
}

export interface Vpc {
  id: string
  cidrBlock: string
  isDefault: boolean
  ownerId: string
  tags: Record<string, string>
}

export interface Subnet {
  id: string
  vpcId: string
  zone: string
  zoneId: string
  cidrBlock: string
  defaultForAz: boolean
  mapPublicIpOnLaunch: boolean
  ownerId: string
  tags: Record<string, string>
}

/** One region's resources. Regions share nothing, as on AWS. */
export class RegionState {
  readonly images = new Map<string, Image>()
  readonly snapshots = new Map<string, Snapshot>()
  readonly volumes = new Map<string, Volume>()
  readonly instances = new Map<string, Instance>()
  /** By name: key pair names are unique per region. */
  readonly keyPairs = new Map<string, KeyPair>()
  readonly securityGroups = new Map<string, SecurityGroup>()
  readonly vpcs = new Map<string, Vpc>()
  readonly subnets = new Map<string, Subnet>()

  constructor(
    readonly name: string,
    readonly accountId: string
  ) {
    this.seed()
  }

  get defaultVpc(): Vpc {
    for (const vpc of this.vpcs.values()) if (vpc.isDefault) return vpc
    throw new Error(`region ${this.name} has no default VPC`)
  }

  /** Tags of any resource in this region by ID, for CreateTags/DeleteTags/DescribeTags. */
  taggable(id: string): { tags: Record<string, string>; type: string } | undefined {
    const image = this.images.get(id)
    if (image && !image.seeded) return { tags: image.tags, type: 'image' }
    const instance = this.instances.get(id)
    if (instance) return { tags: instance.tags, type: 'instance' }
    const snapshot = this.snapshots.get(id)
    if (snapshot && !snapshot.seeded) return { tags: snapshot.tags, type: 'snapshot' }
    const volume = this.volumes.get(id)
    if (volume) return { tags: volume.tags, type: 'volume' }
    const group = this.securityGroups.get(id)
    if (group) return { tags: group.tags, type: 'security-group' }
    for (const key of this.keyPairs.values())
      if (key.id === id) return { tags: key.tags, type: 'key-pair' }
    const vpc = this.vpcs.get(id)
    if (vpc) return { tags: vpc.tags, type: 'vpc' }
    const subnet = this.subnets.get(id)
    if (subnet) return { tags: subnet.tags, type: 'subnet' }
    return undefined
  }

  /** Live resources created through the API (the seeded catalogue and network excluded). */
  ledger(): LedgerResource[] {
    const out: LedgerResource[] = []
    const region = this.name
    for (const i of this.instances.values()) {
      if (i.state !== 'terminated') {
        out.push({
          kind: 'instance',
          id: i.id,
          region,
          state: i.state,
          tags: { ...i.tags },
          owner: i.ownerId
        })
      }
    }
    for (const k of this.keyPairs.values()) {
      out.push({
        kind: 'key-pair',
        id: k.id,
        region,
        state: 'available',
        tags: { ...k.tags },
        owner: this.accountId,
        name: k.name
      })
    }
    for (const g of this.securityGroups.values()) {
      if (!g.isDefault) {
        out.push({
          kind: 'security-group',
          id: g.id,
          region,
          state: 'available',
          tags: { ...g.tags },
          owner: g.ownerId,
          name: g.name
        })
      }
    }
    for (const img of this.images.values()) {
      if (!img.seeded && img.state !== 'deregistered') {
        out.push({
          kind: 'image',
          id: img.id,
          region,
          state: img.state,
          tags: { ...img.tags },
          owner: img.ownerId,
          name: img.name
        })
      }
    }
    for (const s of this.snapshots.values()) {
      if (!s.seeded)
        out.push({
          kind: 'snapshot',
          id: s.id,
          region,
          state: s.state,
          tags: { ...s.tags },
          owner: s.ownerId
        })
    }
    for (const v of this.volumes.values()) {
      if (v.state !== 'deleted')
        out.push({
          kind: 'volume',
          id: v.id,
          region,
          state: v.state,
          tags: { ...v.tags },
          owner: this.accountId
        })
    }
    return out
  }

  private seed(): void {
    const vpc: Vpc = {
      id: stableId('vpc', this.name, 'default'),
      cidrBlock: '172.31.0.0/16',
      isDefault: true,
      ownerId: this.accountId,
      tags: {}
    }
    this.vpcs.set(vpc.id, vpc)
    zonesOf(this.name).forEach((zone, i) => {
      const subnet: Subnet = {
        id: stableId('subnet', this.name, zone),
        vpcId: vpc.id,
        zone,
        zoneId: `${this.name.replace(/-/g, '').slice(0, 4)}1-az${i + 1}`,
        cidrBlock: `172.31.${i * 16}.0/20`,
        defaultForAz: true,
        mapPublicIpOnLaunch: true,
        ownerId: this.accountId,
        tags: {}
      }
      this.subnets.set(subnet.id, subnet)
    })
    const group: SecurityGroup = {
      id: stableId('sg', this.name, 'default'),
      name: 'default',
      description: 'default VPC security group',
      vpcId: vpc.id,
      ownerId: this.accountId,
      ingress: [],
      egress: [{ ipProtocol: '-1', cidrs: [{ cidr: '0.0.0.0/0' }], ipv6Cidrs: [], groups: [] }],
      tags: {},
      isDefault: true
    }
    this.securityGroups.set(group.id, group)

    for (const entry of CATALOGUE) {
      const snapshotId = stableId('snap', this.name, entry.name)
      const created = Date.parse(entry.creationDate)
      this.snapshots.set(snapshotId, {
        id: snapshotId,
        region: this.name,
        volumeId: 'vol-ffffffff',
        volumeSize: entry.volumeSize,
        state: 'completed',
        startTime: created,
        completesAt: created,
        ownerId: entry.ownerId,
        description: '',
        encrypted: false,
        createVolumeUsers: new Set(),
        createVolumeGroups: new Set(['all']),
        tags: {},
        seeded: true
      })
      const image: Image = {
        id: stableId('ami', this.name, entry.name),
        region: this.name,
        name: entry.name,
        description: entry.description,
        ownerId: entry.ownerId,
        ownerAlias: entry.ownerAlias,
        state: 'available',
        architecture: entry.architecture,
        creationDate: entry.creationDate,
        public: true,
        launchUsers: new Set(),
        launchGroups: new Set(['all']),
        launchOrgArns: new Set(),
        launchOuArns: new Set(),
        rootDeviceName: entry.rootDeviceName,
        blockDevices: [
          {
            deviceName: entry.rootDeviceName,
            snapshotId,
            volumeSize: entry.volumeSize,
            volumeType: 'gp3',
            deleteOnTermination: true,
            encrypted: false
          }
        ],
        enaSupport: true,
        // Amazon Linux 2023 images require IMDSv2, as published.
        imdsSupport: entry.ownerId === AMAZON ? 'v2.0' : undefined,
        defaultUser: entry.defaultUser,
        tags: {},
        seeded: true
      }
      this.images.set(image.id, image)
    }
  }
}
