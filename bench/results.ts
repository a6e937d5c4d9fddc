/** The shape of one benchmark run's results: what main.ts measures and report.ts renders. */
import type { BuildPartResult } from './parts/build.js'
import type { ScaleResult } from './parts/scale.js'
import type { StartupResult } from './parts/startup.js'
import type { ValidateResult } from './parts/validate.js'

export type PartName = 'validate' | 'startup' | 'build' | 'scale'
export const PART_NAMES: PartName[] = ['validate', 'startup', 'build', 'scale']

/** A part either measured something, failed (and says why), or was not asked for. */
export type Outcome<T> =
  | { status: 'ok'; result: T }
  | { status: 'failed'; error: string }
  | { status: 'skipped'; reason: string }

export interface Machine {
  nproc: number
  memoryGiB: number
  cpu: string
  kernel: string
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  loadAverage?: { start: number; end?: number }
}

export interface Versions {
  node: string
  packer: string
  amiBuildCommit: string
}

export interface BenchResults {
  date: string
  command: string
  /** Set when the tables were rendered again from this run's raw file (`--render`). */
  renderedFrom?: string
  machine: Machine
  versions: Versions
  parts: {
    validate: Outcome<ValidateResult>
    startup: Outcome<StartupResult>
    build: Outcome<BuildPartResult>
    scale: Outcome<ScaleResult>
  }
}
