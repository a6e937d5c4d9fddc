/**
 * Part 4: how wall time and API calls grow with the number of copy regions (1, 2, 4 entries in
 * ami_regions) and with the number of sources built at once (1 and 3 builders in the same legacy
 * JSON template, which Packer also builds in parallel).
 *
 * Each configuration is built `repetitions` times per tool; repetition r of every configuration
 * on an axis uses the same seed, so 1 and 3 sources (or 1 and 4 regions) face the same draws of
 * AWS durations as far as their events line up. The regions axis runs at a reduced time scale
 * (copies take 5–15 minutes on real AWS); the sources axis has no copies and runs at the build
 * part's time scale, where fixed costs weigh what they weigh on AWS.
 */
import { variant, type LegacyTemplate, type Tool } from '../clients.js'
import { buildOnce, runAll, type BuildRun } from './build.js'

export const COPY_REGIONS = ['us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']

export type ScaleAxis = 'regions' | 'sources'

export interface ScaleConfig {
  name: string
  axis: ScaleAxis
  count: number
  template: LegacyTemplate
}

export function scaleConfigs(base: LegacyTemplate): ScaleConfig[] {
  return [
    ...[1, 2, 4].map(count => ({
      name: `${count} ami_regions`,
      axis: 'regions' as const,
      count,
      template: variant(base, { amiRegions: COPY_REGIONS.slice(0, count) })
    })),
    ...[1, 3].map(count => ({
      name: `${count} source${count === 1 ? '' : 's'}`,
      axis: 'sources' as const,
      count,
      template: variant(base, { sources: count })
    }))
  ]
}

export interface ScaleResult {
  /** Time scale of the regions axis (and, in results written before axes had their own, of all). */
  timeScale: number
  /** Time scale of each axis. */
  axisTimeScale?: Record<ScaleAxis, number>
  /** Builds per tool and configuration. */
  repetitions?: number
  configs: Array<{ name: string; axis: ScaleAxis; count: number; runs: BuildRun[] }>
}

export function axisTimeScale(result: ScaleResult, axis: ScaleAxis): number {
  return result.axisTimeScale?.[axis] ?? result.timeScale
}

export async function scalePart(options: {
  template: LegacyTemplate
  /** Time scale of the regions axis. */
  timeScale: number
  /** Time scale of the sources axis. */
  sourcesTimeScale: number
  repetitions: number
  /** Every build at once, each against its own emulator, instead of one after the other. */
  concurrent: boolean
  tools: Tool[]
  log: (line: string) => void
}): Promise<ScaleResult> {
  const configs = scaleConfigs(options.template)
  const timeScales: Record<ScaleAxis, number> = {
    regions: options.timeScale,
    sources: options.sourcesTimeScale
  }
  const builds: Array<() => Promise<{ config: number; run: BuildRun }>> = []
  // Interleaved: repetition by repetition, configuration by configuration, ours then Packer.
  for (let repetition = 1; repetition <= options.repetitions; repetition++) {
    configs.forEach((config, index) => {
      for (const tool of options.tools) {
        builds.push(async () => ({
          config: index,
          run: await buildOnce(tool, config.template, {
            timeScale: timeScales[config.axis],
            seed: 100 * repetition + (config.axis === 'regions' ? 1 : 2),
            label: `scale ${config.name} ${repetition}/${options.repetitions}`,
            log: options.log
          })
        }))
      }
    })
  }
  const results = await runAll(builds, options.concurrent)
  return {
    timeScale: options.timeScale,
    axisTimeScale: timeScales,
    repetitions: options.repetitions,
    configs: configs.map((config, index) => ({
      name: config.name,
      axis: config.axis,
      count: config.count,
      runs: results.filter(result => result.config === index).map(result => result.run)
    }))
  }
}
