import { loadLegacyTemplate, variant } from '../../bench/clients.js'
import { COPY_REGIONS, scaleConfigs } from '../../bench/parts/scale.js'

describe('the scale templates', () => {
  const base = loadLegacyTemplate()

  it('give each of several sources its own name and AMI name, as AWS requires', () => {
    const builders = variant(base, { sources: 3 }).builders
    expect(builders.map(b => b.name)).toEqual(['web-1', 'web-2', 'web-3'])
    expect(new Set(builders.map(b => b.ami_name)).size).toBe(3)
  })

  it('change nothing but the copy regions of the single source', () => {
    const [builder] = variant(base, { amiRegions: COPY_REGIONS.slice(0, 2) }).builders
    expect(builder).toEqual({ ...base.builders[0], ami_regions: ['us-west-2', 'eu-west-1'] })
  })

  it('measure 1, 2 and 4 copy regions and 1 and 3 sources', () => {
    expect(scaleConfigs(base).map(c => c.name)).toEqual([
      '1 ami_regions',
      '2 ami_regions',
      '4 ami_regions',
      '1 source',
      '3 sources'
    ])
    expect(scaleConfigs(base)[3].template).toEqual(base)
  })
})
