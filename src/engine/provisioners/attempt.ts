/**
 * What one attempt of a provisioner works with, and how it fails. Shell and file provisioners
 * throw `Failure` for outcomes the user must act on; its message reads after the provisioner's
 * name: "shell provisioner (provisioners[1], web.yml:14) exited 1".
 */
import { isAbsolute, relative } from 'node:path'
import type { Reporter } from '../api.js'
import type { Communicator } from '../communicator.js'

export interface Attempt {
  communicator: Communicator
  reporter: Reporter
  /** Aborts on cancellation and when the provisioner's timeout passes. */
  signal: AbortSignal
  buildName: string
  /** `${build.X}` filled in. */
  expand(text: string): string
  /** Prints one line of the provisioner's output (secrets masked). */
  print(line: string): void
  /** Prints a line about what the provisioner does (secrets masked). */
  say(line: string): void
}

export class Failure extends Error {
  override name = 'ProvisionerFailure'
}

/**
 * Runs a transfer; when it fails because the connection dropped (a reboot the previous
 * provisioner started), reconnects and tries once more, as Packer's start_retry_timeout does.
 */
export async function transfer(
  attempt: Attempt,
  what: string,
  action: () => Promise<void>
): Promise<void> {
  try {
    await action()
    return
  } catch (error) {
    if (attempt.signal.aborted) throw attempt.signal.reason
    const probe = await attempt.communicator
      .run('true', { signal: attempt.signal })
      .catch(() => undefined)
    if (!probe?.disconnected) throw new Failure(`${what}: ${(error as Error).message}`)
  }
  attempt.say('The SSH connection had dropped; reconnecting')
  try {
    await attempt.communicator.reconnect(attempt.signal)
    await action()
  } catch (error) {
    if (attempt.signal.aborted) throw attempt.signal.reason
    throw new Failure(`${what}: ${(error as Error).message}`)
  }
}

/** A runner path as the user wrote it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}
