import { buildSummaryHtml, consoleLink } from '../../src/action/build-summary.js'
import { buildOutputs } from '../../src/action/outputs.js'
import type { BuildArtifact, BuildResult } from '../../src/engine/api.js'

function artifact(name: string, overrides: Partial<BuildArtifact> = {}): BuildArtifact {
  return {
    name,
    builderType: 'amazon-ebs',
    region: 'us-east-1',
    amis: { 'us-east-1': `ami-${name}1`, 'us-west-2': `ami-${name}2` },
    snapshots: { 'us-east-1': [`snap-${name}1`], 'us-west-2': [`snap-${name}2`] },
    amiName: `${name}-1.0.0`,
    sourceAmi: 'ami-source',
    sourceAmiName: 'ubuntu-jammy',
    instanceType: 't3.micro',
    phases: [
      { name: 'launch instance', startedAt: 0, durationMs: 17_000 },
      { name: 'create image', startedAt: 17_000, durationMs: 185_000 }
    ],
    ...overrides
  }
}

function result(overrides: Partial<BuildResult> = {}): BuildResult {
  return {
    artifacts: [],
    failures: [],
    cleanedUp: [],
    leftBehind: [],
    manifests: [],
    cancelled: false,
    ...overrides
  }
}

describe('the step outputs', () => {
  it('give the build region’s AMI first and a region map for one build', () => {
    expect(
      buildOutputs(result({ artifacts: [artifact('web')], manifests: ['/ws/manifest.json'] }))
    ).toEqual({
      'ami-id': 'ami-web1',
      'ami-name': 'web-1.0.0',
      'ami-ids': '{"us-east-1":"ami-web1","us-west-2":"ami-web2"}',
      'snapshot-ids': 'snap-web1,snap-web2',
      manifest: '/ws/manifest.json'
    })
  })

  it('map each build to its regions when there are several, ami-id being the first build’s', () => {
    const outputs = buildOutputs(result({ artifacts: [artifact('amd64'), artifact('arm64')] }))
    expect(outputs['ami-id']).toBe('ami-amd641')
    expect(JSON.parse(outputs['ami-ids'])).toEqual({
      amd64: { 'us-east-1': 'ami-amd641', 'us-west-2': 'ami-amd642' },
      arm64: { 'us-east-1': 'ami-arm641', 'us-west-2': 'ami-arm642' }
    })
    expect(outputs['snapshot-ids'].split(',')).toHaveLength(4)
  })

  it('are empty (and ami-ids an empty JSON map) when no AMI was made', () => {
    expect(
      buildOutputs(result({ artifacts: [artifact('web', { amis: {}, snapshots: {} })] }))
    ).toEqual({
      'ami-id': '',
      'ami-name': '',
      'ami-ids': '{}',
      'snapshot-ids': '',
      manifest: ''
    })
  })
})

describe('the build job summary', () => {
  it('shows each AMI per region with its console link, the source, and the phase timeline', () => {
    const html = buildSummaryHtml(
      result({
        artifacts: [artifact('web')],
        cleanedUp: [
          { kind: 'instance', id: 'i-1', region: 'us-east-1', build: 'web' },
          { kind: 'key-pair', id: 'key-1', region: 'us-east-1', build: 'web' }
        ]
      }),
      'images/web.yml'
    )

    expect(html).toContain('<h2>AMI build: <code>images/web.yml</code></h2>')
    expect(html).toContain(
      `<a href="${consoleLink('us-west-2', 'ami-web2').replace(/&/g, '&amp;')}"><code>ami-web2</code></a>`
    )
    expect(consoleLink('us-west-2', 'ami-web2')).toBe(
      'https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#ImageDetails:imageId=ami-web2'
    )
    expect(html).toContain('<code>ami-source</code> ubuntu-jammy')
    expect(html).toContain('<code>t3.micro</code>')
    expect(html).toContain('<tr><td>create image</td><td>3m05s</td></tr>')
    expect(html).toContain('Timeline: 3m22s')
    expect(html).toContain('Cleaned up: 1 instance, 1 key-pair')
  })

  it('on failure shows the error and, loudly, what was left behind and why', () => {
    const html = buildSummaryHtml(
      result({
        failures: [{ name: 'web', message: 'script exited with 2: <boom>', phases: [] }],
        leftBehind: [
          {
            kind: 'instance',
            id: 'i-kept',
            region: 'us-east-1',
            build: 'web',
            reason: 'on-error: abort keeps it for debugging'
          }
        ]
      }),
      'web.yml'
    )

    expect(html).toContain('❌ web failed')
    expect(html).toContain('script exited with 2: &lt;boom&gt;')
    expect(html).toContain('Left behind')
    expect(html).toContain(
      '<td>instance <code>i-kept</code></td><td>us-east-1</td><td>web</td><td>on-error: abort keeps it for debugging</td>'
    )
  })
})
