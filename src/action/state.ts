/**
 * What the main step leaves for the post step (workflow.saveState, which the runner hands to the post
 * step as STATE_* variables). It is written the moment anything changes, because the main step
 * may be killed at any instant: the post step must find every resource that exists, from the
 * first one on. No credentials are ever saved here; the post step gets its own.
 */
import type { ResourceEvent, TrackedResource } from '../engine/api.js'

export interface SavedState {
  /** Absent: no build started, so there is nothing to clean up. */
  runId?: string
  /** Every region the build may touch: where the post step looks for the run's tags. */
  regions: string[]
  /** Created and neither removed nor kept, as far as the main step knew. */
  resources: TrackedResource[]
  /** The main step ended on its own (not killed), its cleanup done. */
  finished: boolean
}

const RUN_ID = 'run-id'
const REGIONS = 'regions'
const RESOURCES = 'resources'
const FINISHED = 'finished'

/** Keeps the saved list of live resources in step with the engine's resource events. */
export class StateRecorder {
  private readonly live = new Map<string, TrackedResource>()

  constructor(private readonly save: (name: string, value: string) => void) {}

  start(runId: string, regions: string[]): void {
    this.save(RUN_ID, runId)
    this.save(REGIONS, JSON.stringify([...new Set(regions)]))
    this.save(RESOURCES, '[]')
  }

  readonly onResource = (event: ResourceEvent): void => {
    const key = `${event.resource.region}/${event.resource.id}`
    if (event.type === 'created') this.live.set(key, event.resource)
    else this.live.delete(key)
    this.save(RESOURCES, JSON.stringify([...this.live.values()]))
  }

  resources(): TrackedResource[] {
    return [...this.live.values()]
  }

  finish(): void {
    this.save(FINISHED, 'true')
  }
}

export function readSavedState(get: (name: string) => string): SavedState {
  const runId = get(RUN_ID) || undefined
  return {
    runId,
    regions: parseList<string>(get(REGIONS)),
    resources: parseList<TrackedResource>(get(RESOURCES)),
    finished: get(FINISHED) === 'true'
  }
}

function parseList<T>(text: string): T[] {
  if (!text) return []
  const value: unknown = JSON.parse(text)
  return Array.isArray(value) ? (value as T[]) : []
}
