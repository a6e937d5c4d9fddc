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
  /** How the build ended, when the main step got to say so. */
  outcome?: BuildOutcome
}

export type BuildOutcome = 'succeeded' | 'failed' | 'cancelled'

const RUN_ID = 'run-id'
const REGIONS = 'regions'
const RESOURCES = 'resources'
const FINISHED = 'finished'
const OUTCOME = 'outcome'

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

  /** Saved outcome first: a step killed between the two saves is seen as unfinished. */
  finish(outcome: BuildOutcome): void {
    this.save(OUTCOME, outcome)
    this.save(FINISHED, 'true')
  }
}

export function readSavedState(get: (name: string) => string): SavedState {
  const runId = get(RUN_ID) || undefined
  return {
    runId,
    regions: parseList<string>(get(REGIONS)),
    resources: parseList<TrackedResource>(get(RESOURCES)),
    finished: get(FINISHED) === 'true',
    outcome: parseOutcome(get(OUTCOME))
  }
}

function parseOutcome(text: string): BuildOutcome | undefined {
  return text === 'succeeded' || text === 'failed' || text === 'cancelled' ? text : undefined
}

function parseList<T>(text: string): T[] {
  if (!text) return []
  const value: unknown = JSON.parse(text)
  return Array.isArray(value) ? (value as T[]) : []
}
