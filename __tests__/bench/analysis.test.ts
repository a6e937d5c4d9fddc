import { readFileSync } from 'node:fs'
import type { CallRecord, TransitionRecord } from '../../emulator/api.js'
import { analyzeBuild, type RunRecord } from '../../bench/analysis.js'

/** Recorded against the emulator (profile realistic, time scale 0.05): one build per tool. */
function recorded(tool: 'packer' | 'ami-build'): RunRecord {
  return JSON.parse(
    readFileSync(new URL(`./fixtures/${tool}-build.json`, import.meta.url), 'utf8')
  ) as RunRecord
}

const lagOf = (record: RunRecord, wait: string) =>
  analyzeBuild(record).lags.find(lag => lag.wait === wait)

describe("Packer's recorded build", () => {
  const record = recorded('packer')

  it('lags each wait by the time from the transition to the answer that first showed it', () => {
    // pending → running at …746738; the first DescribeInstances showing `running` arrived at
    // …760927 and took 5 ms: Packer's 15 s waiter delay.
    expect(lagOf(record, 'instance running')).toMatchObject({
      resource: 'i-c2a2093211dcb3afe',
      lagMs: 14_194,
      via: 'DescribeInstances'
    })
    expect(lagOf(record, 'image available')).toMatchObject({ lagMs: 7_517, via: 'DescribeImages' })
    expect(lagOf(record, 'instance stopped')?.lagMs).toBe(12_799)
    expect(lagOf(record, 'instance terminated')?.lagMs).toBe(12_770)
  })

  it('measures the SSH wait from sshd listening to the first login', () => {
    expect(lagOf(record, 'SSH up')).toMatchObject({ lagMs: 761_036 - 747_387, via: 'ssh login' })
  })

  it('puts only the emulator-imposed durations on the floor', () => {
    const analysis = analyzeBuild(record)
    expect(analysis.chains).toHaveLength(1)
    expect(analysis.chains[0].parts).toEqual([
      { name: 'boot (RunInstances → running)', ms: 825 },
      { name: 'SSH start (running → sshd listening)', ms: 649 },
      { name: 'stop (stopping → stopped)', ms: 2_251 },
      { name: 'image (CreateImage → available)', ms: 7_500 },
      // 2.25 s of termination fit inside the 7.5 s image wait.
      { name: 'termination beyond the image waits', ms: 0 }
    ])
    expect(analysis.floorMs).toBe(11_225)
    expect(analysis.overheadMs).toBe(analysis.wallMs - 11_225)
  })

  it('does not count the running lag when sshd was starting meanwhile', () => {
    // Packer saw `running` 14.2 s late, but sshd only listened 12.1 s after `running`: what
    // delayed the build is the login 13.6 s after sshd listened, not both.
    const analysis = analyzeBuild(record)
    const lag = analysis.overheadParts.find(p => p.name.startsWith('noticing late'))
    expect(lag?.ms).toBe(13_649 + 12_799 + 7_517 + 12_770)
    const rest = analysis.overheadParts.find(p => p.name.startsWith('the rest'))
    expect(rest?.ms).toBeGreaterThanOrEqual(0)
  })

  it('counts API calls by action, failed ones included, and the errors answered', () => {
    const analysis = analyzeBuild(record)
    expect(analysis.totalCalls).toBe(27)
    expect(analysis.callsByAction.DescribeInstances).toBe(7)
    expect(analysis.callsByAction.RunInstances).toBe(1)
    expect(analysis.errorsByCode).toEqual({ 'InvalidInstanceID.NotFound': 1 })
    expect(analysis.firstCallAction).toBe('DescribeRegions')
  })
})

describe("ami-build's recorded build", () => {
  it('takes the mean lag over the waits it noticed', () => {
    const analysis = analyzeBuild(recorded('ami-build'))
    expect(analysis.lags.map(lag => [lag.wait, lag.lagMs])).toEqual([
      ['instance running', 260],
      ['SSH up', 477],
      ['instance stopped', 756],
      ['image available', 518],
      ['instance terminated', 774]
    ])
    expect(analysis.meanLagMs).toBeCloseTo((260 + 477 + 756 + 518 + 774) / 5)
  })

  it('splits its overhead into what the records can tell apart', () => {
    const analysis = analyzeBuild(recorded('ami-build'))
    expect(analysis.overheadMs).toBe(18_284 - 11_256)
    expect(analysis.overheadParts).toEqual([
      { name: 'start-up (spawn → first AWS call)', ms: 954 },
      // Boot and SSH start are one stretch: its delay is the login's 477 ms after sshd listened.
      { name: 'noticing late (lags on the critical path)', ms: 477 + 756 + 518 + 774 },
      // TerminateInstances only after the image was available: 2.25 s that could have overlapped.
      { name: 'termination after the image waits', ms: 2_251 },
      { name: 'exit after the last answer', ms: 66 },
      {
        name: 'the rest (API round trips, provisioning, steps between waits)',
        ms: 7_028 - 954 - 2_525 - 2_251 - 66
      }
    ])
  })
})

// ---- synthetic logs for the cases the recordings do not show ----------------------------------

function call(time: number, action: string, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    time,
    durationMs: 10,
    service: 'ec2',
    region: 'us-east-1',
    action,
    params: {},
    caller: null,
    status: 200,
    ...extra
  }
}
function transition(
  time: number,
  kind: TransitionRecord['kind'],
  id: string,
  from: string,
  to: string,
  region = 'us-east-1'
): TransitionRecord {
  return { time, region, id, kind, from, to }
}

/** One instance through its whole life: launched at 0, image made at 10 000 (taking 5 s). */
function oneSource(id: string, offset = 0, terminateMs = 2_000): TransitionRecord[] {
  const at = (ms: number) => offset + ms
  return [
    transition(at(0), 'instance', id, 'none', 'pending'),
    transition(at(1_000), 'instance', id, 'pending', 'running'),
    transition(at(5_000), 'instance', id, 'running', 'stopping'),
    transition(at(7_000), 'instance', id, 'stopping', 'stopped'),
    transition(at(10_005), 'image', `ami-${id}`, 'none', 'pending'),
    transition(at(15_005), 'image', `ami-${id}`, 'pending', 'available'),
    transition(at(10_100), 'instance', id, 'stopped', 'shutting-down'),
    transition(at(10_100 + terminateMs), 'instance', id, 'shutting-down', 'terminated')
  ]
}
const createImage = (id: string, offset = 0) =>
  call(offset + 10_000, 'CreateImage', { params: { InstanceId: id } })

describe('the floor', () => {
  it('adds the part of termination that outlasts the image wait', () => {
    const record: RunRecord = {
      startedAt: 0,
      endedAt: 30_000,
      calls: [createImage('i-1')],
      transitions: oneSource('i-1', 0, 8_000),
      sshd: []
    }
    const [chain] = analyzeBuild(record).chains
    // Termination takes 8 s from 10.1 s; the image is ready 5 s after CreateImage: 3 s beyond.
    expect(chain.parts.find(p => p.name.startsWith('termination'))?.ms).toBe(3_000)
    expect(chain.floorMs).toBe(1_000 + 2_000 + 5_000 + 3_000)
  })

  it('is the slowest source when several build at once', () => {
    const slow = oneSource('i-slow', 0).map(t =>
      t.id === 'ami-i-slow' && t.to === 'available' ? { ...t, time: t.time + 4_000 } : t
    )
    const record: RunRecord = {
      startedAt: 0,
      endedAt: 40_000,
      calls: [createImage('i-fast', 100), createImage('i-slow')],
      transitions: [...oneSource('i-fast', 100), ...slow],
      sshd: []
    }
    const analysis = analyzeBuild(record)
    expect(analysis.chains.map(c => [c.instanceId, c.floorMs])).toEqual([
      ['i-fast', 8_000],
      ['i-slow', 12_000]
    ])
    expect(analysis.floorMs).toBe(12_000)
  })

  it('gives each of two sources whose CreateImage calls overlap an image of its own', () => {
    const record: RunRecord = {
      startedAt: 0,
      endedAt: 40_000,
      calls: [
        call(10_000, 'CreateImage', { durationMs: 30, params: { InstanceId: 'i-a' } }),
        call(10_001, 'CreateImage', { durationMs: 30, params: { InstanceId: 'i-b' } })
      ],
      transitions: [
        ...oneSource('i-a'),
        ...oneSource('i-b').map(t => ({ ...t, time: t.time + 10 }))
      ],
      sshd: []
    }
    const images = analyzeBuild(record).chains.map(c => c.imageId)
    expect(new Set(images)).toEqual(new Set(['ami-i-a', 'ami-i-b']))
  })

  it('waits for the slowest copy, each copy linked to the CopyImage call that made it', () => {
    const copies = [
      transition(16_000, 'image', 'ami-west', 'none', 'pending', 'us-west-2'),
      transition(16_001, 'image', 'ami-eu', 'none', 'pending', 'eu-west-1'),
      transition(26_000, 'image', 'ami-west', 'pending', 'available', 'us-west-2'),
      transition(31_001, 'image', 'ami-eu', 'pending', 'available', 'eu-west-1')
    ]
    const record: RunRecord = {
      startedAt: 0,
      endedAt: 40_000,
      calls: [
        createImage('i-1'),
        call(15_995, 'CopyImage', { region: 'us-west-2', params: { SourceImageId: 'ami-i-1' } }),
        call(15_996, 'CopyImage', { region: 'eu-west-1', params: { SourceImageId: 'ami-i-1' } }),
        call(31_500, 'DescribeImages', {
          region: 'eu-west-1',
          observed: [{ id: 'ami-eu', state: 'available' }]
        })
      ],
      transitions: [...oneSource('i-1'), ...copies],
      sshd: []
    }
    const analysis = analyzeBuild(record)
    expect(analysis.chains[0].copies).toEqual([
      { imageId: 'ami-west', region: 'us-west-2' },
      { imageId: 'ami-eu', region: 'eu-west-1' }
    ])
    expect(analysis.chains[0].parts.find(p => p.name.startsWith('slowest copy'))?.ms).toBe(15_000)
    const copyLags = analysis.lags.filter(lag => lag.wait === 'copy available')
    expect(copyLags.map(lag => [lag.resource, lag.lagMs])).toEqual([
      ['ami-west', undefined],
      ['ami-eu', 31_510 - 31_001]
    ])
  })
})

describe('noticing', () => {
  const base = (calls: CallRecord[]): RunRecord => ({
    startedAt: 0,
    endedAt: 20_000,
    calls: [createImage('i-1'), ...calls],
    transitions: oneSource('i-1'),
    sshd: []
  })

  it('credits a client that skips describing the terminated instance when deleting its security group first succeeds', () => {
    const record = base([
      call(11_000, 'DeleteSecurityGroup', { status: 400, error: 'DependencyViolation' }),
      call(12_400, 'DeleteSecurityGroup')
    ])
    // Terminated at 12 100; the successful deletion was answered at 12 410.
    expect(lagOf(record, 'instance terminated')).toMatchObject({
      lagMs: 310,
      via: 'DeleteSecurityGroup'
    })
  })

  it('ignores failed calls, and answers that still show the old state', () => {
    const record = base([
      call(1_100, 'DescribeInstances', {
        status: 503,
        error: 'RequestLimitExceeded',
        observed: [{ id: 'i-1', state: 'running' }]
      }),
      call(1_200, 'DescribeInstanceStatus', { observed: [{ id: 'i-1', state: 'pending' }] }),
      call(1_600, 'DescribeInstanceStatus', {
        durationMs: 50,
        observed: [{ id: 'i-1', state: 'running/initializing' }]
      })
    ])
    expect(lagOf(record, 'instance running')).toMatchObject({
      lagMs: 650,
      via: 'DescribeInstanceStatus'
    })
  })

  it('leaves a wait the client never looked at out of the mean', () => {
    const record = base([
      call(7_300, 'DescribeInstances', { observed: [{ id: 'i-1', state: 'stopped' }] })
    ])
    const analysis = analyzeBuild(record)
    expect(analysis.lags.find(l => l.wait === 'instance running')?.lagMs).toBeUndefined()
    expect(analysis.meanLagMs).toBe(310)
  })

  it('counts from the transition even when the request arrived just before it', () => {
    // The emulator adds its API latency before answering: a request that arrived 20 ms before
    // the transition may see the new state; the lag is then the rest of its handling.
    const record = base([
      call(6_980, 'DescribeInstances', {
        durationMs: 60,
        observed: [{ id: 'i-1', state: 'stopped' }]
      })
    ])
    expect(lagOf(record, 'instance stopped')?.lagMs).toBe(40)
  })

  it('skips the SSH wait when sshd was never seen, and measures it when it was', () => {
    expect(lagOf(base([]), 'SSH up')).toBeUndefined()
    const record = { ...base([]), sshd: [{ instanceId: 'i-1', listeningAt: 3_000 }] }
    expect(lagOf(record, 'SSH up')?.readyAt).toBe(3_000)
    expect(lagOf(record, 'SSH up')?.lagMs).toBeUndefined()
    const loggedIn = { ...record, sshd: [{ ...record.sshd[0], firstLoginAt: 3_250 }] }
    expect(lagOf(loggedIn, 'SSH up')?.lagMs).toBe(250)
  })
})

describe('start-up', () => {
  it('times the first AWS call from spawn, ignoring the OIDC token request', () => {
    const record: RunRecord = {
      startedAt: 1_000,
      endedAt: 5_000,
      calls: [
        call(1_300, 'DescribeImages'),
        call(1_150, 'token', { service: 'oidc' }),
        call(1_240, 'AssumeRoleWithWebIdentity', { service: 'sts' })
      ],
      transitions: [],
      sshd: []
    }
    const analysis = analyzeBuild(record)
    expect(analysis.firstCallMs).toBe(240)
    expect(analysis.firstCallAction).toBe('sts:AssumeRoleWithWebIdentity')
    expect(analysis.totalCalls).toBe(2)
  })
})
