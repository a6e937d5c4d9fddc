import { PROFILES, REALISTIC_RANGES, resolveTimings } from '../../emulator/timings.js'

describe('timing profiles', () => {
  it('follows real AWS in the realistic profile', () => {
    const t = PROFILES.realistic
    expect(t.boot).toBeGreaterThanOrEqual(15_000)
    expect(t.boot).toBeLessThanOrEqual(20_000)
    expect(t.sshReady).toBeGreaterThanOrEqual(5_000)
    expect(t.sshReady).toBeLessThanOrEqual(30_000)
    for (const slow of [t.stop, t.terminate]) {
      expect(slow).toBeGreaterThanOrEqual(30_000)
      expect(slow).toBeLessThanOrEqual(60_000)
    }
    // An 8 GiB root changed throughout stays within the 2–6 minutes of the table.
    expect(t.createImage).toBeGreaterThanOrEqual(120_000)
    expect(t.createImage + 8 * t.createImagePerGiB).toBeLessThanOrEqual(360_000)
    expect(t.copyImage).toBeGreaterThanOrEqual(300_000)
    expect(t.copyImage).toBeLessThanOrEqual(900_000)
    expect(t.describeLag).toBeGreaterThan(0)
    expect(PROFILES.instant.describeLag).toBe(0)
  })

  it('scales every timing and lets single ones be overridden', () => {
    const t = resolveTimings('realistic', 0.01, { boot: 1000 })
    expect(t.boot).toBe(10)
    expect(t.createImage).toBe(1500)
    expect(t.terminate).toBe(450)
  })

  it('refuses an unknown profile or a scale that is not positive', () => {
    expect(() => resolveTimings('leisurely' as never)).toThrow('unknown profile "leisurely"')
    expect(() => resolveTimings('fast', 0)).toThrow('time scale must be a positive number')
  })

  it('draws each realistic duration from real AWS range, the same sequence for the same seed', () => {
    const draws = (seed: number) => {
      const t = resolveTimings('realistic', 1, {}, { seed })
      return Array.from({ length: 50 }, () => t.stop)
    }
    const stops = draws(7)
    const [low, high] = REALISTIC_RANGES.stop!
    expect(Math.min(...stops)).toBeGreaterThanOrEqual(low)
    expect(Math.max(...stops)).toBeLessThanOrEqual(high)
    // Spread over the range, not bunched on one value (a poller with a fixed period would be
    // flattered by durations that all fall just before its next poll).
    expect(new Set(stops).size).toBeGreaterThan(40)
    expect(Math.max(...stops) - Math.min(...stops)).toBeGreaterThan((high - low) / 2)
    expect(draws(7)).toEqual(stops)
    expect(draws(8)).not.toEqual(stops)
  })

  it('keeps an overridden timing fixed, and scales the drawn ones', () => {
    const t = resolveTimings('realistic', 0.01, { boot: 1000 }, { seed: 1 })
    expect([t.boot, t.boot]).toEqual([10, 10])
    const [low, high] = REALISTIC_RANGES.createImage!
    expect(t.createImage).toBeGreaterThanOrEqual(low * 0.01)
    expect(t.createImage).toBeLessThanOrEqual(high * 0.01)
  })
})
