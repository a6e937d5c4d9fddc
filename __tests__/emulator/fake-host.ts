import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InstanceHost, StartSshdOptions } from '../../emulator/instances/api.js'

/**
 * An instance host without sshd, for tests of the API alone: roots are plain directories and
 * "sshd" is a record of what would have been started. The real host has its own tests.
 */
export interface FakeHost extends InstanceHost {
  readonly dir: string
  readonly running: Map<string, StartSshdOptions>
  readonly released: string[]
}

async function treeBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? await treeBytes(path) : (await stat(path)).size
  }
  return total
}

export async function createFakeHost(): Promise<FakeHost> {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-fake-host-'))
  const running = new Map<string, StartSshdOptions>()
  const released: string[] = []
  let next = 2
  return {
    dir,
    running,
    released,
    allocateAddress: async () => `127.0.0.${next++}`,
    releaseAddress: address => void released.push(address),
    async createRoot(instanceId, fromImage) {
      const root = join(dir, 'roots', instanceId)
      if (fromImage) await cp(fromImage, root, { recursive: true })
      else await mkdir(root, { recursive: true })
      return root
    },
    async captureImage(rootDir, imageId) {
      const target = join(dir, 'images', imageId)
      await cp(rootDir, target, { recursive: true })
      return { dir: target, bytes: await treeBytes(target) }
    },
    async copyImage(fromImageDir, imageId) {
      const target = join(dir, 'images', imageId)
      await cp(fromImageDir, target, { recursive: true })
      return target
    },
    removeImage: imageDir => rm(imageDir, { recursive: true, force: true }),
    removeRoot: rootDir => rm(rootDir, { recursive: true, force: true }),
    async startSshd(options) {
      running.set(options.instanceId, options)
      return {
        address: options.address,
        port: 22,
        stop: async () => void running.delete(options.instanceId)
      }
    },
    async close() {
      running.clear()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
