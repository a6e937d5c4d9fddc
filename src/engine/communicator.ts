/**
 * The engine's view of a connection to the instance. src/clients/ssh.ts implements it on ssh2.
 */
import type { Clock, Reporter } from './api.js'

export interface RunOptions {
  /** Called once per complete line (without the newline); a last partial line is flushed at exit. */
  onStdout?: (line: string) => void
  onStderr?: (line: string) => void
  signal?: AbortSignal
  /** ms; 0 or unset: no limit. */
  timeoutMs?: number
}

export interface RunResult {
  /** null when the command ended without a status (e.g. the connection dropped: see `disconnected`). */
  exitCode: number | null
  /** The connection closed before the command reported an exit status (a reboot, a network drop). */
  disconnected: boolean
  /** Set when the command was killed by a signal (exitCode is then null): `SIGTERM`, `SIGKILL`, ... */
  signal?: string
}

export interface Communicator {
  run(command: string, options?: RunOptions): Promise<RunResult>
  /** Write bytes (or a local file's contents) to a remote path, creating no directories. */
  upload(
    remotePath: string,
    data: Buffer | { localPath: string },
    mode?: number,
    signal?: AbortSignal
  ): Promise<void>
  /** Upload a local directory tree under remoteDir (rsync semantics: `dir/` copies the contents,
   * `dir` copies the directory itself), creating directories as needed. */
  uploadDir(localDir: string, remoteDir: string, signal?: AbortSignal): Promise<void>
  /** Download a remote file or directory tree to a local path. */
  download(remotePath: string, localPath: string, signal?: AbortSignal): Promise<void>
  /** Drop the connection and connect again (after expect_disconnect), retrying until the timeout. */
  reconnect(signal?: AbortSignal): Promise<void>
  close(): Promise<void>
}

export interface ConnectOptions {
  host: string
  port: number
  username: string
  /** OpenSSH-format private key. Never logged. */
  privateKey: string
  /** ms: keep trying until this much time has passed since the first attempt. */
  timeoutMs: number
  signal: AbortSignal
  clock: Clock
  reporter: Reporter
  /** Packer's ssh_handshake_attempts: give up once the server has refused the key this many
   * times (it may refuse it briefly while cloud-init installs it). Default 10. */
  handshakeAttempts?: number
}

export type Connect = (options: ConnectOptions) => Promise<Communicator>
