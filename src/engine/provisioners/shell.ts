/**
 * The shell provisioner, as Packer's: each script (the inline commands become one, under
 * inline_shebang) is uploaded to remote_folder/remote_file, run through execute_command with the
 * environment quoted into {{.Vars}} (or {{.EnvVarFile}}), judged by valid_exit_codes, and removed
 * unless skip_clean.
 */
import { promises as fs } from 'node:fs'
import { randomInt } from 'node:crypto'
import type { ShellProvisioner } from '../../template/model.js'
import type { RunResult } from '../communicator.js'
import { displayPath, Failure, transfer, type Attempt } from './attempt.js'
import { envVarFile, environment, flattenedVars, shellQuote, splitVar } from './quote.js'

/** Packer's exit status for "the connection dropped": listing it in valid_exit_codes allows that. */
export const DISCONNECT_EXIT_CODE = 2300218

interface Script {
  /** How the user knows it: the script's path, or "inline". */
  label: string
  content: Buffer
}

export async function runShell(provisioner: ShellProvisioner, attempt: Attempt): Promise<void> {
  const { communicator, signal } = attempt
  const scripts = await loadScripts(provisioner, attempt.expand)
  const env = environment([
    ['PACKER_BUILD_NAME', attempt.buildName],
    ['PACKER_BUILDER_TYPE', 'amazon-ebs'],
    ...provisioner.environment_vars.map(entry => {
      const [name, value] = splitVar(entry)
      return [name, attempt.expand(value)] as [string, string]
    }),
    ...Object.entries(provisioner.env).map(
      ([name, value]) => [name, attempt.expand(value)] as [string, string]
    )
  ])
  const folder = attempt.expand(provisioner.remote_folder).replace(/\/+$/, '')
  const suffix = randomInt(10_000)
  const remotePath = `${folder}/${attempt.expand(provisioner.remote_file ?? `script_${suffix}.sh`)}`
  const executeCommand = attempt.expand(provisioner.execute_command)
  const envFilePath = /\{\{\s*\.EnvVarFile\s*\}\}/.test(executeCommand)
    ? `${folder}/varfile_${suffix}.sh`
    : undefined
  const command = render(executeCommand, {
    Path: remotePath,
    Vars: flattenedVars(env),
    EnvVarFile: envFilePath ?? ''
  })
  const valid = provisioner.valid_exit_codes
  const disconnectAllowed = provisioner.expect_disconnect || valid.includes(DISCONNECT_EXIT_CODE)

  for (const script of scripts) {
    const name = scripts.length > 1 ? `${script.label} ` : ''
    attempt.say(`Provisioning with shell script: ${script.label}`)
    await upload(attempt, remotePath, script.content, 0o755)
    if (envFilePath) await upload(attempt, envFilePath, Buffer.from(envVarFile(env)), 0o600)

    const result = await communicator.run(command, {
      onStdout: attempt.print,
      onStderr: attempt.print,
      signal
    })
    if (result.disconnected) {
      if (!disconnectAllowed) {
        throw new Failure(
          `${name}lost its SSH connection before it finished; if it restarts the machine, ` +
            'set expect_disconnect: true'
        )
      }
      attempt.say('The connection dropped, as expected; reconnecting')
      await communicator.reconnect(signal).catch(error => {
        if (signal.aborted) throw signal.reason
        throw new Failure(`could not reconnect after the expected disconnect: ${error.message}`)
      })
    } else if (result.signal) {
      throw new Failure(`${name}was killed by ${result.signal}`)
    } else if (!valid.includes(result.exitCode ?? -1)) {
      const allowed =
        valid.length === 1 && valid[0] === 0 ? '' : ` (valid_exit_codes: ${valid.join(', ')})`
      throw new Failure(`${name}exited ${result.exitCode}${allowed}`)
    }

    if (!provisioner.skip_clean)
      await removeRemote(attempt, [remotePath, ...(envFilePath ? [envFilePath] : [])])
  }
}

async function loadScripts(
  provisioner: ShellProvisioner,
  expand: (text: string) => string
): Promise<Script[]> {
  if (provisioner.inline) {
    const text = `#!${provisioner.inline_shebang}\n${provisioner.inline.map(line => `${expand(line)}\n`).join('')}`
    return [{ label: 'inline', content: Buffer.from(text) }]
  }
  return Promise.all(
    (provisioner.scripts ?? []).map(async path => {
      const content = await fs.readFile(path).catch(() => {
        throw new Failure(
          `could not read the script ${displayPath(path)}: it does not exist or is not readable`
        )
      })
      // Packer runs scripts through a Unix line-ending filter: a CRLF checkout still runs.
      return {
        label: displayPath(path),
        content: Buffer.from(content.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')
      }
    })
  )
}

/** Fills `{{.Path}}`, `{{.Vars}}`, `{{.EnvVarFile}}` (a function replacement: values are literal). */
function render(template: string, values: Record<'Path' | 'Vars' | 'EnvVarFile', string>): string {
  return template.replace(
    /\{\{\s*\.(Path|Vars|EnvVarFile)\s*\}\}/g,
    (_whole, key: keyof typeof values) => values[key]
  )
}

function upload(attempt: Attempt, remotePath: string, data: Buffer, mode: number): Promise<void> {
  return transfer(attempt, 'could not upload the script', () =>
    attempt.communicator.upload(remotePath, data, mode, attempt.signal)
  )
}

/** Removes the uploaded files; after a reboot the connection may drop once more, so retry once. */
async function removeRemote(attempt: Attempt, paths: string[]): Promise<void> {
  const command = `rm -f ${paths.map(shellQuote).join(' ')}`
  let result: RunResult = await attempt.communicator.run(command, { signal: attempt.signal })
  if (result.disconnected) {
    await attempt.communicator.reconnect(attempt.signal)
    result = await attempt.communicator.run(command, { signal: attempt.signal })
  }
  if (result.exitCode !== 0) attempt.say(`Could not remove ${paths.join(', ')} from the instance`)
}
