/**
 * The EC2 emulator: EC2 and STS over the query protocol, a GitHub OIDC token endpoint and an admin
 * API, all on one loopback port, with instances that are real sshd processes. See README.md.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CallRecord, Emulator, EmulatorOptions, FaultPlan, LedgerResource } from './api.js'
import { CredentialStore } from './credentials.js'
import { stopAllSshd } from './ec2/instances.js'
import { Faults } from './faults.js'
import type { InstanceHost } from './instances/api.js'
import { OidcProvider } from './oidc.js'
import { Runtime } from './runtime.js'
import { requestHandler } from './server.js'
import { resolveTimings } from './timings.js'
import { REGIONS } from './world/catalogue.js'

export type * from './api.js'
export { REGIONS } from './world/catalogue.js'

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const accountId = options.accountId ?? '123456789012'
  const defaultRegion = options.defaultRegion ?? 'us-east-1'
  if (!(REGIONS as readonly string[]).includes(defaultRegion)) {
    throw new Error(`unknown region "${defaultRegion}": the emulator knows ${REGIONS.join(', ')}`)
  }
  const timeScale = options.timeScale ?? 1
  const variation =
    options.profile === 'realistic' && options.variation !== false
      ? (options.variation ?? { seed: 1 })
      : undefined
  const timings = resolveTimings(options.profile, timeScale, options.timings, variation)
  const faults = new Faults(options.faults)
  const sshPort = options.sshPort ?? 22
  const ownsStateDir = options.stateDir === undefined
  const stateDir = options.stateDir ?? (await mkdtemp(join(tmpdir(), 'ami-build-emulator-')))
  const host: InstanceHost =
    options.instanceHost ??
    (await import('./instances/index.js')).createInstanceHost({
      stateDir,
      sshPort,
      minuteMs: Math.max(1, 60_000 * timeScale)
    })

  const runtime = new Runtime(accountId, timings, host, sshPort)
  const store = new CredentialStore()
  const root = store.root(accountId)
  const oidc = new OidcProvider()
  const audience = options.oidcAudience ?? 'sts.amazonaws.com'
  const roleArn = `arn:aws:iam::${accountId}:role/ami-builder`
  const calls: CallRecord[] = []

  const ledgerResources = (): LedgerResource[] =>
    [...runtime.regions.values()].flatMap(region => region.ledger())

  const server = createServer(
    requestHandler({
      runtime,
      store,
      oidc,
      faults,
      calls,
      accountId,
      roleArn,
      audience,
      defaultRegion,
      stsDefaultDurationSeconds: options.stsDefaultDurationSeconds ?? 3600,
      ledgerJson: () => ({ resources: ledgerResources() }),
      leftovers: tag => ledgerResources().filter(r => r.tags[tag.key] === tag.value),
      setFaults: plan => faults.set(plan)
    })
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const endpoint = `http://127.0.0.1:${port}`
  runtime.endpointHost = `127.0.0.1:${port}`
  // @actions/core appends `&audience=…`, so the URL must already carry a query.
  const requestUrl = `${endpoint}/_oidc/token?api-version=2.0`

  let stopping: Promise<void> | undefined
  const emulator: Emulator = {
    endpoint,
    defaultRegion,
    accountId,
    credentials: { accessKeyId: root.accessKeyId, secretAccessKey: root.secretAccessKey },
    roleArn,
    oidc: { requestUrl, requestToken: oidc.requestToken, audience },
    env: () => ({
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: root.accessKeyId,
      AWS_SECRET_ACCESS_KEY: root.secretAccessKey,
      AWS_REGION: defaultRegion,
      ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      AMI_BUILD_EMULATOR_ROLE_ARN: roleArn
    }),
    ledger: () => ({ resources: ledgerResources() }),
    async terminationsSettled(withinMs = 10_000) {
      const until = Date.now() + withinMs
      while (ledgerResources().some(r => r.state === 'shutting-down') && Date.now() < until) {
        await new Promise(resolve => setTimeout(resolve, 100))
      }
    },
    calls: () => [...calls],
    transitions: () => [...runtime.transitions],
    leftovers: tag =>
      ledgerResources().filter(
        resource => tag === undefined || resource.tags[tag.key] === tag.value
      ),
    setFaults: (plan: FaultPlan) => faults.set(plan),
    instanceRoot(region, instanceId) {
      const instance = runtime.region(region)?.instances.get(instanceId)
      if (!instance) throw new Error(`no instance ${instanceId} in ${region}`)
      return instance.rootDir
    },
    stop: () => {
      stopping ??= (async () => {
        const closed = new Promise<void>(resolve => server.close(() => resolve()))
        server.closeIdleConnections()
        // Requests under way finish first (they are tracked), so nothing writes after the cleanup.
        await runtime.stop()
        stopAllSshd(runtime)
        await runtime.drain()
        await host.close()
        server.closeAllConnections()
        await closed
        if (ownsStateDir) await rm(stateDir, { recursive: true, force: true })
      })()
      return stopping
    }
  }
  return emulator
}
