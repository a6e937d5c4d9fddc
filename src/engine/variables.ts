/**
 * The build variables of Packer's amazon-ebs builder (`${build.SourceAMI}` …), from what the
 * steps found so far.
 */
import type { BuildContext, BuildState } from './state.js'

export function buildVariables(ctx: BuildContext, state: BuildState): Record<string, string> {
  const image = state.sourceImage
  const instance = state.instance
  return {
    ID: instance?.id ?? '',
    Name: ctx.source.name,
    Type: 'amazon-ebs',
    PackerRunUUID: ctx.runId,
    BuildRegion: ctx.source.region,
    SourceAMI: image?.id ?? '',
    SourceAMIName: image?.name ?? '',
    SourceAMIDescription: image?.description ?? '',
    SourceAMICreationDate: image?.creationDate ?? '',
    SourceAMIOwner: image?.ownerId ?? '',
    SourceAMIOwnerName: image?.ownerAlias ?? '',
    SourceAMITags: Object.entries(image?.tags ?? {})
      .map(([k, v]) => `${k}:${v}`)
      .join(','),
    Host: state.host ?? '',
    Port: String(ctx.source.ssh_port),
    User: ctx.source.ssh_username,
    Password: '',
    SSHPublicKey: state.keyPair?.publicKey ?? '',
    SSHPrivateKey: state.keyPair?.privateKey ?? '',
    PackerHTTPAddr: '',
    PackerHTTPIP: '',
    PackerHTTPPort: '',
    ConnType: 'ssh'
  }
}
