// Bundles the three entries with @vercel/ncc into dist/: main (the action), post (its cleanup
// step) and cli. Each output is an ES module; dist/package.json says so to node.
import { execFileSync } from 'node:child_process'
import { writeFileSync, rmSync, existsSync } from 'node:fs'

const entries = [
  ['src/index.ts', 'dist/main'],
  ['src/post.ts', 'dist/post'],
  ['src/cli.ts', 'dist/cli']
]
for (const [entry, out] of entries) {
  if (existsSync(out)) rmSync(out, { recursive: true })
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
