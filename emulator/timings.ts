import type { Profile, Timings } from './api.js'
import { seededRandom } from './faults.js'

/**
 * `realistic` follows real AWS for a small Linux instance with an 8 GiB gp3 root (PRODUCT.md):
 * a cold boot is about 16.5 s to `running`, images take minutes and grow with changed blocks.
 * `fast` keeps the same order of events at a pace a demo can watch; `instant` is for unit tests.
 */
export const PROFILES: Record<Profile, Timings> = {
  instant: {
    boot: 20,
    sshReady: 10,
    stop: 20,
    start: 20,
    createImage: 60,
    createImagePerGiB: 0,
    copyImage: 60,
    terminate: 20,
    apiLatency: 0,
    describeLag: 0
  },
  fast: {
    boot: 1500,
    sshReady: 500,
    stop: 1500,
    start: 1500,
    createImage: 3000,
    createImagePerGiB: 1000,
    copyImage: 4000,
    terminate: 1500,
    apiLatency: 2,
    describeLag: 0
  },
  realistic: {
    boot: 16_500,
    sshReady: 12_000,
    stop: 45_000,
    start: 16_500,
    createImage: 150_000,
    createImagePerGiB: 25_000,
    copyImage: 600_000,
    terminate: 45_000,
    apiLatency: 60,
    describeLag: 2_000
  }
}

/**
 * How long each transition takes on real AWS, lowest to highest (PRODUCT.md's table). Real
 * durations vary from one call to the next; a client that polls on a fixed period (Packer's 15 s
 * waiters) is on average half a period late. Fixed durations that happen to be multiples of that
 * period would hide this, so the realistic profile draws every duration from these ranges.
 */
export const REALISTIC_RANGES: Partial<Record<keyof Timings, readonly [number, number]>> = {
  boot: [15_000, 20_000],
  sshReady: [5_000, 30_000],
  stop: [30_000, 60_000],
  start: [15_000, 20_000],
  createImage: [120_000, 240_000],
  copyImage: [300_000, 900_000],
  terminate: [30_000, 60_000]
}

/** Seeded variation: the same seed and the same order of events give the same durations, so two
 * clients benchmarked on emulators with one seed face the same AWS. */
export interface Variation {
  seed: number
}

/**
 * The timings an emulator runs with: the profile's, with overrides, scaled. With `variation` (the
 * realistic profile's default), every read of a ranged timing that was not overridden draws a
 * fresh duration from its range — each transition reads its timing once, when it starts.
 */
export function resolveTimings(
  profile: Profile = 'instant',
  timeScale = 1,
  overrides: Partial<Timings> = {},
  variation?: Variation
): Timings {
  if (!(profile in PROFILES)) {
    throw new Error(`unknown profile "${profile}": use instant, fast or realistic`)
  }
  if (!(timeScale > 0)) throw new Error(`time scale must be a positive number, got ${timeScale}`)
  const merged: Timings = { ...PROFILES[profile], ...overrides }
  const scaled = {} as Timings
  for (const key of Object.keys(merged) as Array<keyof Timings>) {
    scaled[key] = Math.round((merged[key] ?? 0) * timeScale)
  }
  if (!variation) return scaled
  const random = seededRandom(variation.seed)
  for (const [key, range] of Object.entries(REALISTIC_RANGES) as Array<
    [keyof Timings, readonly [number, number]]
  >) {
    if (key in overrides) continue
    const [low, high] = range
    Object.defineProperty(scaled, key, {
      enumerable: true,
      get: () => Math.round((low + random() * (high - low)) * timeScale)
    })
  }
  return scaled
}
