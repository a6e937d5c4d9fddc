import type { Profile, Timings } from './api.js'

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

export function resolveTimings(
  profile: Profile = 'instant',
  timeScale = 1,
  overrides: Partial<Timings> = {}
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
  return scaled
}
