/**
 * SSH to the instance, at the address ssh_interface names, retrying until ssh_timeout.
 */
import type { Step } from '../state.js'
import { BuildError } from '../state.js'
import { errorMessage } from '../retry.js'

export const connect: Step = {
  name: 'connect',
  title: 'Connecting over SSH',
  async run(ctx, state, signal) {
    const { source } = ctx
    const instance = state.instance!
    const byInterface = {
      public_ip: instance.publicIp,
      private_ip: instance.privateIp,
      public_dns: instance.publicDns,
      private_dns: instance.privateDns
    }
    // As Packer: without a public address, the private one is the way in.
    const host =
      byInterface[source.ssh_interface] ??
      (source.ssh_interface === 'public_ip' ? instance.privateIp : undefined)
    if (!host) {
      throw new BuildError(
        `Instance ${instance.id} has no ${source.ssh_interface.replace('_', ' ')} to connect to; ` +
          'set ssh_interface or associate_public_ip_address.'
      )
    }
    state.host = host
    ctx.reporter.info(`Connecting to ${source.ssh_username}@${host}:${source.ssh_port}`)
    const started = ctx.clock.now()
    try {
      state.communicator = await ctx.connect({
        host,
        port: source.ssh_port,
        username: source.ssh_username,
        privateKey: state.keyPair!.privateKey,
        timeoutMs: source.ssh_timeout,
        handshakeAttempts: source.ssh_handshake_attempts,
        signal,
        clock: ctx.clock,
        reporter: ctx.reporter
      })
    } catch (error) {
      if (signal.aborted) throw signal.reason
      throw new BuildError(
        `Could not connect over SSH to ${source.ssh_username}@${host}:${source.ssh_port} within ` +
          `${Math.round(source.ssh_timeout / 1000)} s (ssh_timeout): ${errorMessage(error)}`
      )
    }
    ctx.reporter.info(`Connected after ${((ctx.clock.now() - started) / 1000).toFixed(1)} s`)
  },
  async cleanup(_ctx, state) {
    const communicator = state.communicator
    state.communicator = undefined
    await communicator?.close()
  }
}
