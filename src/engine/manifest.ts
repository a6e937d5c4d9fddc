/**
 * The manifest post-processor, in Packer's exact format (post-processor/manifest): each build is
 * appended to the file's `builds` (an existing manifest is extended, not replaced) and
 * `last_run_uuid` names this run, so `jq '.builds[] | select(.packer_run_uuid == .last_run_uuid)'`
 * scripts written for Packer keep working.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { PostProcessor } from '../template/model.js'
import type { BuildArtifact, Clock } from './api.js'
import { BuildError } from './state.js'

export interface ManifestBuild {
  name: string
  builder_type: string
  build_time: number
  files: null
  artifact_id: string
  packer_run_uuid: string
  custom_data: Record<string, string> | null
}

export interface Manifest {
  builds: ManifestBuild[]
  last_run_uuid: string
}

/** Packer's amazon artifact ID: `region:ami` pairs, sorted, comma-separated. */
export function artifactId(artifact: BuildArtifact): string {
  return Object.entries(artifact.amis)
    .map(([region, ami]) => `${region}:${ami}`)
    .sort()
    .join(',')
}

async function readManifest(path: string): Promise<Manifest | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>
    return { builds: Array.isArray(parsed.builds) ? parsed.builds : [], last_run_uuid: '' }
  } catch {
    throw new BuildError(
      `The manifest ${path} exists but is not JSON; remove it or pick another output.`
    )
  }
}

/** Write every manifest post-processor's file; returns their paths. */
export async function writeManifests(
  postProcessors: PostProcessor[],
  artifacts: BuildArtifact[],
  runId: string,
  clock: Clock
): Promise<string[]> {
  const written: string[] = []
  for (const pp of postProcessors) {
    if (pp.type !== 'manifest') continue
    const builds = artifacts.filter(
      a => (pp.only.length === 0 || pp.only.includes(a.name)) && !pp.except.includes(a.name)
    )
    if (builds.length === 0) continue
    const manifest = (await readManifest(pp.output)) ?? { builds: [], last_run_uuid: '' }
    const buildTime = Math.floor(clock.now() / 1000)
    for (const artifact of builds) {
      manifest.builds.push({
        name: artifact.name,
        builder_type: artifact.builderType,
        build_time: buildTime,
        files: null,
        artifact_id: artifactId(artifact),
        packer_run_uuid: runId,
        custom_data: Object.keys(pp.custom_data).length ? { ...pp.custom_data } : null
      })
    }
    manifest.last_run_uuid = runId
    await mkdir(dirname(pp.output), { recursive: true })
    await writeFile(pp.output, JSON.stringify(manifest, null, 2), { mode: 0o664 })
    written.push(pp.output)
  }
  return written
}
