// Bundles the action's entries for the tests that run them as the runner does, into
// .tmp/dist-test/ (the same ncc build as `npm run build`, without touching the committed dist/,
// which check-dist compares). Skipped when no input of the bundle changed since the last build,
// so a run that changed nothing does not pay the build. Run it under `flock` (runner.ts does):
// several test files may ask at once.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const out = join(root, '.tmp/dist-test')
const inputs = ['src', 'package-lock.json', 'tsconfig.json']
const entries = [
  ['src/index.ts', 'main'],
  ['src/post.ts', 'post']
]

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0)
}

function builtAt() {
  try {
    return statSync(join(out, 'built')).mtimeMs
  } catch {
    return -Infinity
  }
}

const started = Date.now()
if (Math.max(...inputs.map(path => newest(join(root, path)))) > builtAt()) {
  const next = `${out}.next`
  rmSync(next, { recursive: true, force: true })
  mkdirSync(next, { recursive: true })
  for (const [entry, name] of entries) {
    execFileSync(
      join(root, 'node_modules/.bin/ncc'),
      ['build', entry, '-o', join(next, name), '--quiet'],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }
    )
  }
  writeFileSync(join(next, 'package.json'), JSON.stringify({ type: 'module' }) + '\n')
  // Stamped with the start time: a source saved during the build makes the next run build again.
  writeFileSync(join(next, 'built'), '')
  const stamp = new Date(started)
  rmSync(out, { recursive: true, force: true })
  renameSync(next, out)
  utimesSync(join(out, 'built'), stamp, stamp)
}
