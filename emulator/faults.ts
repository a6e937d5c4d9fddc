import type { FaultPlan, FaultRule } from './api.js'

/** A small seeded generator (mulberry32), so that a probabilistic fault plan, and the realistic
 * profile's varying durations, replay the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Decides, call by call, which rules of the current plan apply. */
export class Faults {
  private plan: FaultPlan = { rules: [] }
  private counts = new Map<FaultRule, number>()
  private random: () => number = seededRandom(0)

  constructor(plan?: FaultPlan) {
    if (plan) this.set(plan)
  }

  set(plan: FaultPlan): void {
    validatePlan(plan)
    this.plan = plan
    this.counts = new Map()
    this.random = seededRandom(plan.seed ?? 1)
  }

  /** The rules that fire for this call; counting happens here, so call it once per request. */
  match(action: string, region: string): FaultRule[] {
    const fired: FaultRule[] = []
    for (const rule of this.plan.rules) {
      if (rule.action !== action && rule.action !== '*') continue
      if (rule.region !== undefined && rule.region !== region) continue
      const n = (this.counts.get(rule) ?? 0) + 1
      this.counts.set(rule, n)
      const byCount = rule.nth === undefined || rule.nth.includes(n)
      const byChance = rule.probability === undefined || this.random() < rule.probability
      if (byCount && byChance) fired.push(rule)
    }
    return fired
  }
}

function validatePlan(plan: FaultPlan): void {
  if (!plan || !Array.isArray(plan.rules)) {
    throw new Error('a fault plan is an object with a "rules" array')
  }
  plan.rules.forEach((rule, i) => {
    if (typeof rule.action !== 'string' || rule.action === '') {
      throw new Error(`fault rule ${i + 1} needs an "action" (e.g. "RunInstances", or "*")`)
    }
    if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
      throw new Error(`fault rule ${i + 1}: "probability" must be between 0 and 1`)
    }
  })
}
