/**
 * The public world every region starts with: regions and zones, instance types with their
 * architectures, and the public images people build from (Canonical's Ubuntu and Amazon Linux
 * 2023), named as their publishers name them, with several release dates each.
 */

export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-2'
] as const

/** Zone letters per region (us-west-1 really has only two usable zones). */
const ZONE_LETTERS: Record<string, string[]> = {
  'us-east-1': ['a', 'b', 'c', 'd', 'e', 'f'],
  'us-west-1': ['a', 'c']
}

export function zonesOf(region: string): string[] {
  return (ZONE_LETTERS[region] ?? ['a', 'b', 'c']).map(letter => `${region}${letter}`)
}

export type Architecture = 'x86_64' | 'arm64'

const FAMILY_ARCHITECTURE: Record<string, Architecture> = {
  t2: 'x86_64',
  t3: 'x86_64',
  t3a: 'x86_64',
  m5: 'x86_64',
  m6i: 'x86_64',
  c5: 'x86_64',
  c6i: 'x86_64',
  r5: 'x86_64',
  t4g: 'arm64',
  m6g: 'arm64',
  m7g: 'arm64',
  c6g: 'arm64',
  c7g: 'arm64',
  r6g: 'arm64'
}

const SIZES = [
  'nano',
  'micro',
  'small',
  'medium',
  'large',
  'xlarge',
  '2xlarge',
  '4xlarge',
  '8xlarge'
]
const BURSTABLE_ONLY = new Set(['nano', 'micro', 'small', 'medium'])

/** The architecture an instance type runs, or undefined when AWS has no such type. */
export function instanceTypeArchitecture(type: string): Architecture | undefined {
  const [family, size] = type.split('.')
  const architecture = FAMILY_ARCHITECTURE[family]
  if (!architecture || !SIZES.includes(size)) return undefined
  if (
    family === 't2' &&
    !['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge'].includes(size)
  ) {
    return undefined
  }
  if (!family.startsWith('t') && BURSTABLE_ONLY.has(size) && size !== 'medium') return undefined
  return architecture
}

export const CANONICAL = '099720109477'
export const AMAZON = '137112412989'

export interface CatalogueImage {
  name: string
  description: string
  ownerId: string
  ownerAlias?: string
  architecture: Architecture
  creationDate: string
  rootDeviceName: string
  volumeSize: number
  defaultUser: string
}

const UBUNTU = [
  { release: 'jammy', version: '22.04', dates: ['20240223', '20240301', '20240411', '20240501'] },
  { release: 'noble', version: '24.04', dates: ['20240423', '20240523', '20240605', '20240701'] }
]
const AL2023 = [
  { version: '2023.4.20240319.1', date: '2024-03-20' },
  { version: '2023.4.20240401.0', date: '2024-04-02' },
  { version: '2023.4.20240416.0', date: '2024-04-17' },
  { version: '2023.4.20240513.0', date: '2024-05-14' }
]

export const CATALOGUE: CatalogueImage[] = [
  ...UBUNTU.flatMap(({ release, version, dates }) =>
    (['amd64', 'arm64'] as const).flatMap(arch =>
      dates.map(date => {
        const dir = release === 'noble' ? 'hvm-ssd-gp3' : 'hvm-ssd'
        return {
          name: `ubuntu/images/${dir}/ubuntu-${release}-${version}-${arch}-server-${date}`,
          description: `Canonical, Ubuntu, ${version} LTS, ${arch} ${release} image build on ${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
          ownerId: CANONICAL,
          architecture: arch === 'amd64' ? ('x86_64' as const) : ('arm64' as const),
          creationDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T10:00:00.000Z`,
          rootDeviceName: '/dev/sda1',
          volumeSize: 8,
          defaultUser: 'ubuntu'
        }
      })
    )
  ),
  ...AL2023.flatMap(({ version, date }) =>
    (['x86_64', 'arm64'] as const).map(arch => ({
      name: `al2023-ami-${version}-kernel-6.1-${arch}`,
      description: `Amazon Linux 2023 AMI ${version} ${arch} HVM kernel-6.1`,
      ownerId: AMAZON,
      ownerAlias: 'amazon',
      architecture: arch,
      creationDate: `${date}T20:00:00.000Z`,
      rootDeviceName: '/dev/xvda',
      volumeSize: 8,
      defaultUser: 'ec2-user'
    }))
  )
]

/** Every instance type the emulator knows, for DescribeInstanceTypes. */
export function instanceTypes(): Array<{
  type: string
  architecture: Architecture
  vcpus: number
  memoryMiB: number
}> {
  const vcpusBySize: Record<string, number> = {
    nano: 2,
    micro: 2,
    small: 2,
    medium: 2,
    large: 2,
    xlarge: 4,
    '2xlarge': 8,
    '4xlarge': 16,
    '8xlarge': 32
  }
  const memoryBySize: Record<string, number> = {
    nano: 512,
    micro: 1024,
    small: 2048,
    medium: 4096,
    large: 8192,
    xlarge: 16384,
    '2xlarge': 32768,
    '4xlarge': 65536,
    '8xlarge': 131072
  }
  const out = []
  for (const family of Object.keys(FAMILY_ARCHITECTURE)) {
    for (const size of SIZES) {
      const type = `${family}.${size}`
      const architecture = instanceTypeArchitecture(type)
      if (architecture)
        out.push({ type, architecture, vcpus: vcpusBySize[size], memoryMiB: memoryBySize[size] })
    }
  }
  return out
}
