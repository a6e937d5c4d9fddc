/** The EC2 tables and commands are generated from the SDK's model and committed. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  commandsSource,
  ec2Schemas,
  OPERATIONS,
  sdkVersion
} from '../../scripts/gen-ec2-schemas.js'
import { EC2_SCHEMAS } from '../../src/clients/ec2-schemas.js'

const read = (path: string) => readFileSync(path, 'utf8')
const withoutSpace = (text: string) => text.replace(/\s+/g, '')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('generated EC2 files', () => {
  it('src/clients/ec2-schemas.ts is up to date (run `npm run schema`)', () => {
    expect(EC2_SCHEMAS).toEqual(ec2Schemas())
    expect(read('src/clients/ec2-schemas.ts')).toContain(
      `from @aws-sdk/client-ec2 ${sdkVersion()} `
    )
  })

  it('src/clients/ec2-commands.ts is up to date (run `npm run schema`)', () => {
    expect(withoutSpace(read('src/clients/ec2-commands.ts'))).toBe(withoutSpace(commandsSource()))
  })

  it('cover exactly the commands the engine sends', () => {
    const sent = new Set<string>()
    for (const file of sources('src')) {
      for (const match of read(file).matchAll(/\bsdk\.(\w+)Command\b/g)) sent.add(match[1]!)
    }
    expect([...sent].sort()).toEqual([...OPERATIONS].sort())
  })
})
