// Scratch (not committed): one realistic build, engine-level, at a time scale.
import { randomUUID } from 'node:crypto'
import { startEmulator } from './emulator/index.js'
import { build } from './src/engine/build.js'
import { systemClock } from './src/engine/clock.js'
import { e2eSource } from './__tests__/engine/e2e.js'
import { RecordingReporter, shell, template } from './__tests__/engine/helpers.js'

const scale = Number(process.argv[2] ?? '0.2')
const emulator = await startEmulator({ profile: 'realistic', timeScale: scale })
process.env.AWS_ENDPOINT_URL = emulator.endpoint
process.env.AWS_ACCESS_KEY_ID = emulator.credentials.accessKeyId
process.env.AWS_SECRET_ACCESS_KEY = emulator.credentials.secretAccessKey
const reporter = new RecordingReporter()
const started = Date.now()
const result = await build({
  template: template([e2eSource({ ssh_timeout: 120_000 })], { provisioners: [shell({ inline: ['echo hi > /tmp/x'] })] }),
  runId: randomUUID(), onError: 'cleanup', signal: new AbortController().signal,
  reporter, clock: systemClock, instanceTimeLimitMinutes: 30
})
const wall = Date.now() - started
const calls = emulator.calls()
const by: Record<string, number> = {}
for (const c of calls) by[c.action] = (by[c.action] ?? 0) + 1
console.log(JSON.stringify({ scale, wallMs: wall, ok: result.failures.length === 0, failures: result.failures.map(f => f.message), totalCalls: calls.length, by, leftovers: emulator.ledger().resources.filter(r => r.kind !== 'image' && r.kind !== 'snapshot').map(r => `${r.kind} ${r.id} ${r.state}`) }, null, 1))
const t0 = calls[0]!.time
console.log(emulator.transitions().map(t => `${((t.time - t0) / 1000).toFixed(1)} ${t.kind} ${t.id} ${t.from}->${t.to}`).join('\n'))
console.log(calls.map(c => `${((c.time - t0) / 1000).toFixed(1)} ${c.action}${c.error ? ' ' + c.error : ''}`).join('\n'))
if (process.env.LINES) console.log(reporter.text)
await emulator.stop()
