import type { LedgerResource, Timings, TransitionRecord } from './api.js'
import type { InstanceHost } from './instances/api.js'
import { REGIONS } from './world/catalogue.js'
import { RegionState } from './world/state.js'

/**
 * What every handler shares: the regions, the clock-driven transitions and the instance host.
 * Transitions run on real timers (scaled by the profile), never on polling loops.
 */
export class Runtime {
  readonly regions = new Map<string, RegionState>()
  readonly transitions: TransitionRecord[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly pending = new Set<Promise<unknown>>()
  private stopped = false
  /** host:port of the HTTP endpoint, what DescribeRegions reports as every region's endpoint. */
  endpointHost = '127.0.0.1'

  constructor(
    readonly accountId: string,
    readonly timings: Timings,
    readonly host: InstanceHost,
    readonly sshPort: number
  ) {
    for (const name of REGIONS) this.regions.set(name, new RegionState(name, accountId))
  }

  now(): number {
    return Date.now()
  }

  region(name: string): RegionState | undefined {
    return this.regions.get(name)
  }

  /** Runs fn after ms unless the emulator stops first; errors are reported, not thrown. */
  after(ms: number, fn: () => void | Promise<void>): void {
    if (this.stopped) return
    const timer = setTimeout(
      () => {
        this.timers.delete(timer)
        if (!this.stopped) this.track(Promise.resolve().then(fn))
      },
      Math.max(0, ms)
    )
    this.timers.add(timer)
  }

  /** Background work (sshd starts, image captures) that stop() must wait for. */
  track(work: Promise<unknown>): void {
    const tracked = work.catch(error => {
      if (!this.stopped)
        console.error(`emulator: background task failed: ${String(error?.stack ?? error)}`)
    })
    this.pending.add(tracked)
    void tracked.finally(() => this.pending.delete(tracked))
  }

  get isStopped(): boolean {
    return this.stopped
  }

  transition(
    region: string,
    kind: LedgerResource['kind'],
    id: string,
    from: string,
    to: string
  ): void {
    this.transitions.push({ time: this.now(), region, id, kind, from, to })
  }

  /** Cancels every transition not yet due and waits for the work already under way. */
  async stop(): Promise<void> {
    this.stopped = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    await this.drain()
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }
}
