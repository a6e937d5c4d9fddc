/**
 * The emulator's instance host: real OpenSSH sshd processes, one per running instance, each on its
 * own loopback address, each serving the instance's own filesystem root as its user's home.
 * The EC2 state machine (emulator/) calls this; emulator/instances/ implements it.
 */

export interface InstanceHostOptions {
  /** Directory for instance roots, image contents and sshd configs. */
  stateDir: string
  /** Port every instance's sshd listens on (default 22). */
  sshPort: number
  /** How long one minute of `shutdown -h +N` lasts, in real ms (default 60000), so tests can scale
   * the dead-man switch down. */
  minuteMs?: number
  /** How long a rebooting instance's sshd stays down, in real ms (default 1000). */
  rebootDelayMs?: number
}

export interface StartSshdOptions {
  instanceId: string
  /** 127.0.0.x from allocateAddress(). */
  address: string
  /** The image's default user (ubuntu, ec2-user); created on this machine if missing, with no
   * privilege on it (its sudo is root only inside the instance's namespaces). */
  user: string
  /** OpenSSH public key line of the instance's key pair; the only key accepted. */
  authorizedKey: string
  /** The instance's filesystem root: its sessions see it as the user's home, and its tmp, var, opt,
   * srv and usr/local in place of the machine's. */
  rootDir: string
  /** Called when a process on the instance asks to power off (the `shutdown`/`poweroff` shim). */
  onShutdown: () => void
}

export interface SshdHandle {
  address: string
  port: number
  /** Resolves once the process has exited. */
  stop(): Promise<void>
}

export interface InstanceHost {
  /** A 127.0.0.x address nothing else (in any process on this machine) is using; never 127.0.0.1. */
  allocateAddress(): Promise<string>
  releaseAddress(address: string): void
  /** A fresh root for an instance: empty, or a copy of an image's captured contents. */
  createRoot(instanceId: string, fromImage?: string): Promise<string>
  /** Capture an instance root as an image's contents; returns the bytes captured. */
  captureImage(rootDir: string, imageId: string): Promise<{ dir: string; bytes: number }>
  copyImage(fromImageDir: string, imageId: string): Promise<string>
  removeImage(imageDir: string): Promise<void>
  removeRoot(rootDir: string): Promise<void>
  startSshd(options: StartSshdOptions): Promise<SshdHandle>
  /** Stops every sshd and releases every address. */
  close(): Promise<void>
}
