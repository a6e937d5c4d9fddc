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

/** A runner path as the user wrote it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}
