/**
 * Part 4: how wall time and API calls grow with the number of copy regions (1, 2, 4 entries in
 * ami_regions) and with the number of sources built at once (1 and 3 builders in the same legacy
 * JSON template, which Packer also builds in parallel).
 */
import { variant, type LegacyTemplate, type Tool } from '../clients.js'
import { buildOnce, runAll, type BuildRun } from './build.js'

export const COPY_REGIONS = ['us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']

export interface ScaleConfig {
  name: string
  axis: 'regions' | 'sources'
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
  timeScale: number
  configs: Array<{ name: string; axis: 'regions' | 'sources'; count: number; runs: BuildRun[] }>
}

export async function scalePart(options: {
  template: LegacyTemplate
  timeScale: number
  /** Every build at once, each against its own emulator, instead of one after the other. */
  concurrent: boolean
  tools: Tool[]
  log: (line: string) => void
}): Promise<ScaleResult> {
  const configs = scaleConfigs(options.template)
  const results = await runAll(
    configs.map(
      (config, index) => () =>
        runAll(
          options.tools.map(
            tool => () =>
              buildOnce(tool, config.template, {
                timeScale: options.timeScale,
                seed: index + 1,
                label: `scale ${config.name}`,
                log: options.log
              })
          ),
          options.concurrent
        )
    ),
    options.concurrent
  )
  return {
    timeScale: options.timeScale,
    configs: configs.map((config, index) => ({
      name: config.name,
      axis: config.axis,
      count: config.count,
      runs: results[index]
    }))
  }
}
