/**
 * The dead-man switch: if the runner vanishes (nothing left to clean up), the instance still ends
 * itself after the time limit. Here an emulated minute lasts 0.6 s.
 */
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2'
import type { Emulator } from '../../emulator/api.js'
import { shell, template } from './helpers.js'
import { e2eSource, runBuild, startTestEmulator } from './e2e.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startTestEmulator({ timeScale: 0.01 })
})
afterAll(async () => {
  await emulator?.stop()
})

it('an instance whose build was abandoned terminates itself after the time limit', async () => {
  // on-error: abort stands in for a runner that died: nothing cleans the instance up.
  const run = await runBuild(
    template([e2eSource()], { provisioners: [shell({ inline: ['exit 1'] })] }),
    { onError: 'abort', instanceTimeLimitMinutes: 1 }
  )
  const instance = run.result.leftBehind.find(r => r.kind === 'instance')!
  expect(run.reporter.text).toContain('The instance powers itself off (and terminates) in 1 minute')

  const ec2 = new EC2Client({ region: 'us-east-1' })
  const deadline = Date.now() + 10_000
  let state: string | undefined
  while (Date.now() < deadline) {
    const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instance.id] }))
    state = out.Reservations?.[0]?.Instances?.[0]?.State?.Name
    if (state === 'terminated') break
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  ec2.destroy()
  expect(state).toBe('terminated')
})
