// Bundles the three entries with @vercel/ncc into dist/: main (the action), post (its cleanup
// step) and cli. Each output is an ES module; dist/package.json says so to node.
// Everything is built into a scratch directory first and swapped in only when every entry built,
// so a failed build never leaves dist/ half-deleted.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const entries = [
  ['src/index.ts', 'main'],
  ['src/post.ts', 'post'],
  ['src/cli.ts', 'cli']
]
mkdirSync('.tmp', { recursive: true })
const scratch = mkdtempSync('.tmp/dist-')
try {
  for (const [entry, name] of entries) {
    execFileSync(
      'npx',
      ['ncc', 'build', entry, '-o', join(scratch, name), '--license', 'licenses.txt', '--quiet'],
      { stdio: 'inherit' }
    )
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
  rmSync('dist', { recursive: true, force: true })
  renameSync(scratch, 'dist')
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
