import { execFile, execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

function hasPacker(): boolean {
  try {
    execFileSync('packer', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const packer = hasPacker()
if (!packer)
  console.log(
    'skipping the Packer compatibility test: `packer` is not on PATH (apt-get install packer)'
  )
const itWithPacker = packer ? it : it.skip

describe('an independent client', () => {
  itWithPacker(
    'Packer’s amazon-ebs builder builds an AMI against the emulator and leaves nothing temporary behind',
    async () => {
      const script = resolve(import.meta.dirname, '../../scripts/packer-compat.sh')
      const { code, output } = await new Promise<{ code: number; output: string }>(done => {
        execFile('bash', [script], { timeout: 90_000 }, (error, stdout, stderr) =>
          done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
        )
      })
      if (code !== 0) throw new Error(`scripts/packer-compat.sh failed (exit ${code}):\n${output}`)
      expect(output).toMatch(/packer built ami-[0-9a-f]{17}/)
      expect(output).toContain('no instance, key pair or security group left')
    },
    100_000
  )
})
