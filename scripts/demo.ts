/**
 * The demo: start the EC2 emulator, then run the bundled action (dist/main, then dist/post) on
 * examples/web with OIDC credentials, as a GitHub runner would, and show what a user sees: the
 * step's log, its outputs and its job summary, ending with the AMI ID.
 *
 *   npm run demo [-- --profile fast|realistic|instant] [--time-scale 1]
 *                    [--working-directory examples/web] [--template template.yml]
 */
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/index.js'
import type { Profile } from '../emulator/api.js'
import { ensureDist, repositoryRoot, runAction, runPost } from '../__tests__/helpers/runner.js'

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'fast' },
    'time-scale': { type: 'string', default: '1' },
    template: { type: 'string', default: 'template.yml' },
    'working-directory': { type: 'string', default: 'examples/web' }
  }
})

function heading(title: string): void {
  process.stdout.write(`\n\x1b[1m== ${title} ==\x1b[0m\n`)
}

heading('bundling the action (dist/) if the sources changed')
ensureDist()

heading(`starting the EC2 emulator (profile ${values.profile})`)
const emulator = await startEmulator({
  profile: values.profile as Profile,
  timeScale: Number(values['time-scale'])
})
let exitCode = 1
try {
  console.log(`endpoint ${emulator.endpoint}, role ${emulator.roleArn}`)
  const env = {
    AWS_ENDPOINT_URL: emulator.endpoint,
    // OIDC supplies the credentials; make sure nothing else on this machine does.
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_SESSION_TOKEN: '',
    AWS_PROFILE: '',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
  const inputs = {
    template: values.template,
    command: 'build',
    'role-to-assume': emulator.roleArn,
    'aws-region': emulator.defaultRegion,
    variables: 'app_version=1.2.3',
    'working-directory': values['working-directory']
  }

  heading(`uses: org/ami-build@v1 (${values['working-directory']}/${values.template})`)
  const main = await runAction({
    inputs,
    env,
    workspace: repositoryRoot,
    oidc: emulator.oidc,
    timeoutMs: 30 * 60_000
  })
  process.stdout.write(main.stdout)
  process.stderr.write(main.stderr)

  heading('post step (always runs)')
  const post = await runPost(main, { env, oidc: emulator.oidc, timeoutMs: 10 * 60_000 })
  process.stdout.write(post.stdout)
  process.stderr.write(post.stderr)

  heading('step outputs')
  for (const [name, value] of Object.entries(main.outputs)) console.log(`${name}=${value}`)

  heading('job summary (GITHUB_STEP_SUMMARY)')
  console.log(main.summary.trim())

  heading('what is left in the emulator')
  const left = emulator.ledger().resources.filter(r => r.kind !== 'image' && r.kind !== 'snapshot')
  console.log(
    left.length === 0
      ? 'no instance, key pair, security group or volume left behind'
      : left.map(r => `${r.region} ${r.kind} ${r.id} (${r.state})`).join('\n')
  )
  const amis = emulator.ledger().resources.filter(r => r.kind === 'image')
  console.log(`AMIs: ${amis.map(r => `${r.region}:${r.id} ${r.name ?? ''}`).join(', ') || 'none'}`)

  exitCode = main.exitCode === 0 && post.exitCode === 0 && left.length === 0 ? 0 : 1
  heading(exitCode === 0 ? `built ${main.outputs['ami-id']}` : 'the demo build failed')
} finally {
  await emulator.stop()
}
process.exit(exitCode)
