/**
 * Runs one provisioner for one build: its own log group, pause_before, then attempts (max_retries
 * more after the first fails, each limited by timeout), with every printed line masked.
 */
import { basename } from 'node:path'
import { formatDuration } from '../clock.js'
import { expandBuildVariables } from '../../template/build-variables.js'
import type { Provisioner } from '../../template/model.js'
import type { ProvisionerContext, RunProvisioner } from './api.js'
import { displayPath, Failure, type Attempt } from './attempt.js'
import { runFile } from './file.js'
import { runShell } from './shell.js'

/** A provisioner failed in a way the user must fix (a script's exit code, a missing file). */
export class ProvisionerError extends Error {
  override name = 'ProvisionerError'
}

/** Packer's retry delay for provisioners: 2 s, 4 s, 6 s, ... capped at 2 minutes. */
const RETRY_STEP_MS = 2000
const RETRY_MAX_MS = 120_000

export const runProvisioner: RunProvisioner = async (provisioner, context) => {
  const { reporter, clock, signal } = context
  const mask = masker(context.secrets)
  const name = describe(provisioner, context)
  const say = (line: string) => reporter.info(mask(line))

  await reporter.group(
    mask(`Provisioning with ${provisioner.type} (${where(provisioner, context)})`),
    async () => {
      const started = clock.now()
      if (provisioner.pause_before > 0) {
        say(`Pausing ${formatDuration(provisioner.pause_before)} before the next provisioner...`)
        await clock.sleep(provisioner.pause_before, signal)
      }
      if (provisioner.timeout > 0)
        say(`Setting a ${formatDuration(provisioner.timeout)} timeout for the next provisioner...`)

      const attempts = provisioner.max_retries + 1
      for (let attempt = 1; ; attempt++) {
        try {
          await runAttempt(provisioner, context, mask, say)
          break
        } catch (error) {
          if (signal.aborted) throw signal.reason
          const failure =
            error instanceof Failure ? error.message : `failed: ${(error as Error).message}`
          if (attempt >= attempts) {
            const after = attempts > 1 ? ` (after ${attempts} attempts)` : ''
            throw new ProvisionerError(mask(`${name} ${failure}${after}`))
          }
          const delay = Math.min(RETRY_STEP_MS * attempt, RETRY_MAX_MS)
          reporter.warning(
            mask(
              `${name} ${failure}; retrying in ${formatDuration(delay)} (attempt ${attempt + 1} of ${attempts})`
            )
          )
          await clock.sleep(delay, signal)
        }
      }
      say(`${provisioner.type} provisioner finished in ${formatDuration(clock.now() - started)}`)
    }
  )
}

async function runAttempt(
  provisioner: Provisioner,
  context: ProvisionerContext,
  mask: (line: string) => string,
  say: (line: string) => void
): Promise<void> {
  const timeout = new AbortController()
  const timer = new AbortController()
  const signal = AbortSignal.any([context.signal, timeout.signal])
  if (provisioner.timeout > 0) {
    context.clock.sleep(provisioner.timeout, timer.signal).then(
      () => timeout.abort(new Failure(`timed out after ${formatDuration(provisioner.timeout)}`)),
      () => undefined
    )
  }
  const attempt: Attempt = {
    communicator: context.communicator,
    reporter: context.reporter,
    signal,
    buildName: context.buildName,
    expand: text => expandBuildVariables(text, context.buildVariables),
    print: line => context.reporter.info(mask(line)),
    say
  }
  try {
    if (provisioner.type === 'shell') await runShell(provisioner, attempt)
    else await runFile(provisioner, attempt)
  } catch (error) {
    if (timeout.signal.aborted && !context.signal.aborted) throw timeout.signal.reason
    throw error
  } finally {
    timer.abort()
  }
}

/** "shell provisioner (provisioners[1], web.yml:14)" */
function describe(provisioner: Provisioner, context: ProvisionerContext): string {
  return `${provisioner.type} provisioner (${where(provisioner, context)})`
}

function where(provisioner: Provisioner, context: ProvisionerContext): string {
  const { file, line } = provisioner.location
  const at = `${file ? displayPath(file) || basename(file) : 'template'}:${line}`
  return context.index === undefined ? at : `provisioners[${context.index}], ${at}`
}

/** Replaces every secret, and every line of a multi-line one, with ***. */
function masker(secrets: string[]): (line: string) => string {
  const parts = new Set<string>()
  for (const secret of secrets) {
    if (secret === '') continue
    parts.add(secret)
    for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 3) parts.add(line)
  }
  // Longest first, so that a secret containing another is masked whole.
  const ordered = [...parts].sort((a, b) => b.length - a.length)
  return line => ordered.reduce((text, secret) => text.split(secret).join('***'), line)
}
