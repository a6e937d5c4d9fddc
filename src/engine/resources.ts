/**
 * What a build created, removed and kept: the ledger behind "never leak". Every change is
 * reported through BuildOptions.onResource the moment it happens, so the action's post step
 * knows what to remove if this process dies.
 */
import type { ResourceEvent, TrackedResource } from './api.js'

type Kind = TrackedResource['kind']

export class ResourceTracker {
  private readonly live = new Map<string, TrackedResource>()
  readonly removed: TrackedResource[] = []
  readonly kept: TrackedResource[] = []
  readonly failed: Array<TrackedResource & { reason: string }> = []

  constructor(
    private readonly build: string,
    private readonly onResource?: (event: ResourceEvent) => void
  ) {}

  private key(kind: Kind, id: string, region: string): string {
    return `${kind}/${region}/${id}`
  }

  created(kind: Kind, id: string, region: string): void {
    const resource: TrackedResource = { kind, id, region, build: this.build }
    this.live.set(this.key(kind, id, region), resource)
    this.onResource?.({ type: 'created', resource })
  }

  /** Idempotent: removing what is already gone (or was never tracked) reports nothing twice. */
  markRemoved(kind: Kind, id: string, region: string): void {
    const key = this.key(kind, id, region)
    const resource = this.live.get(key)
    if (!resource) return
    this.live.delete(key)
    this.removed.push(resource)
    const index = this.failed.findIndex(f => this.key(f.kind, f.id, f.region) === key)
    if (index >= 0) this.failed.splice(index, 1)
    this.onResource?.({ type: 'removed', resource })
  }

  markKept(kind: Kind, id: string, region: string): void {
    const key = this.key(kind, id, region)
    const resource = this.live.get(key)
    if (!resource) return
    this.live.delete(key)
    const kept = { ...resource, kept: true }
    this.kept.push(kept)
    this.onResource?.({ type: 'kept', resource: kept })
  }

  markFailed(kind: Kind, id: string, region: string, reason: string): void {
    const resource = this.live.get(this.key(kind, id, region))
    if (resource && !this.failed.some(f => f.id === id && f.region === region)) {
      this.failed.push({ ...resource, reason })
    }
  }

  isLive(kind: Kind, id: string, region: string): boolean {
    return this.live.has(this.key(kind, id, region))
  }

  /** Everything created and neither removed nor kept. */
  remaining(): TrackedResource[] {
    return [...this.live.values()]
  }
}
