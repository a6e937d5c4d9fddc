/**
 * The temporary key pair: generated here and imported, so the private key never leaves the
 * runner. It is masked the moment it exists.
 */
import { generateEd25519 } from '../keys.js'
import { errorCode } from '../retry.js'
import type { BuildContext, BuildState, Step } from '../state.js'
import { ec2Tags, runTags } from '../state.js'

export const keyPair: Step = {
  name: 'key-pair',
  title: 'Creating temporary key pair',
  async run(ctx, state, signal) {
    const name = `ami-build-${ctx.runId}-${ctx.source.name}`
    const keys = generateEd25519(name)
    ctx.reporter.mask(keys.privateKey)
    // A runner's masker works line by line; mask each line of the key body too.
    for (const line of keys.privateKey.split('\n')) {
      if (line.length > 0 && !line.startsWith('-----')) ctx.reporter.mask(line)
    }
    ctx.secrets.push(keys.privateKey)
    state.keyPair = { name, ...keys }
    const imported = await ctx.ec2.send(
      new ctx.ec2.sdk.ImportKeyPairCommand({
        KeyName: name,
        PublicKeyMaterial: Buffer.from(keys.publicKey),
        TagSpecifications: [{ ResourceType: 'key-pair', Tags: ec2Tags(runTags(ctx)) }]
      }),
      { signal }
    )
    state.keyPair.id = imported.KeyPairId
    ctx.tracker.created('key-pair', name, ctx.source.region)
    ctx.reporter.info(`Imported key pair ${name} (ed25519)`)
  },
  async cleanup(ctx, state, { signal }) {
    await deleteKeyPair(ctx, state, signal)
  }
}

/** Delete the temporary key pair: as soon as SSH is done with it, and again (idempotently) in
 * the cleanup. */
export async function deleteKeyPair(
  ctx: BuildContext,
  state: BuildState,
  signal: AbortSignal
): Promise<void> {
  const name = state.keyPair?.name
  // Tried even when ImportKeyPair never answered: it may have landed before an abort.
  if (!name) return
  const region = ctx.source.region
  if (state.keyPair?.id && !ctx.tracker.isLive('key-pair', name, region)) return
  try {
    await ctx.ec2.send(new ctx.ec2.sdk.DeleteKeyPairCommand({ KeyName: name }), { signal })
  } catch (error) {
    if (errorCode(error) !== 'InvalidKeyPair.NotFound') throw error
  }
  if (ctx.tracker.isLive('key-pair', name, region)) {
    ctx.tracker.markRemoved('key-pair', name, region)
    ctx.reporter.info(`Deleted temporary key pair ${name}`)
  }
}
