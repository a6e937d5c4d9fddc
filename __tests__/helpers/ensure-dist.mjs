// Rebuilds dist/ when any input of the bundle is newer than it, so that tests which run the
// bundled entries (as the runner does) never test a stale bundle, and runs that changed nothing
// skip the ~40 s build. Run it under `flock` (runner.ts does): test files may ask at once.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const inputs = ['src', 'package-lock.json', 'tsconfig.json', 'scripts/build-dist.mjs']
const outputs = ['dist/main/index.js', 'dist/post/index.js', 'dist/cli/index.js']

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0)
}

function oldest(paths) {
  let min = Infinity
  for (const path of paths) {
    try {
      min = Math.min(min, statSync(path).mtimeMs)
    } catch {
      return -Infinity
    }
  }
  return min
}

const sourceTime = Math.max(...inputs.map(path => newest(join(root, path))))
const bundleTime = oldest(outputs.map(path => join(root, path)))
if (sourceTime > bundleTime) {
  execFileSync(process.execPath, [join(root, 'scripts/build-dist.mjs')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit']
  })
}
