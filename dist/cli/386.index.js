export const id = 386;
export const ids = [386];
export const modules = {

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  amazonEbsSteps: () => (/* binding */ amazonEbsSteps),
  build: () => (/* binding */ build)
});

// EXTERNAL MODULE: ./src/clients/ec2.ts + 9 modules
var ec2 = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/engine/aws.ts
var aws = __webpack_require__(6543);
// EXTERNAL MODULE: ./src/engine/clock.ts
var engine_clock = __webpack_require__(3124);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/state.ts
var engine_state = __webpack_require__(1599);
;// CONCATENATED MODULE: ./src/engine/manifest.ts
/**
 * The manifest post-processor, in Packer's exact format (post-processor/manifest): each build is
 * appended to the file's `builds` (an existing manifest is extended, not replaced) and
 * `last_run_uuid` names this run, so `jq '.builds[] | select(.packer_run_uuid == .last_run_uuid)'`
 * scripts written for Packer keep working.
 */



/** Packer's amazon artifact ID: `region:ami` pairs, sorted, comma-separated. */
function artifactId(artifact) {
    return Object.entries(artifact.amis)
        .map(([region, ami]) => `${region}:${ami}`)
        .sort()
        .join(',');
}
async function readManifest(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return { builds: Array.isArray(parsed.builds) ? parsed.builds : [], last_run_uuid: '' };
    }
    catch {
        throw new engine_state/* BuildError */.zS(`The manifest ${path} exists but is not JSON; remove it or pick another output.`);
    }
}
/** Write every manifest post-processor's file; returns their paths. */
async function writeManifests(postProcessors, artifacts, runId, clock) {
    const written = [];
    for (const pp of postProcessors) {
        if (pp.type !== 'manifest')
            continue;
        const builds = artifacts.filter(a => (pp.only.length === 0 || pp.only.includes(a.name)) && !pp.except.includes(a.name));
        if (builds.length === 0)
            continue;
        const manifest = (await readManifest(pp.output)) ?? { builds: [], last_run_uuid: '' };
        const buildTime = Math.floor(clock.now() / 1000);
        for (const artifact of builds) {
            manifest.builds.push({
                name: artifact.name,
                builder_type: artifact.builderType,
                build_time: buildTime,
                files: null,
                artifact_id: artifactId(artifact),
                packer_run_uuid: runId,
                custom_data: Object.keys(pp.custom_data).length ? { ...pp.custom_data } : null
            });
        }
        manifest.last_run_uuid = runId;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(pp.output), { recursive: true });
        await (0,promises_.writeFile)(pp.output, JSON.stringify(manifest, null, 2), { mode: 0o664 });
        written.push(pp.output);
    }
    return written;
}

;// CONCATENATED MODULE: ./src/engine/resources.ts
class ResourceTracker {
    build;
    onResource;
    live = new Map();
    removed = [];
    kept = [];
    failed = [];
    constructor(build, onResource) {
        this.build = build;
        this.onResource = onResource;
    }
    key(kind, id, region) {
        return `${kind}/${region}/${id}`;
    }
    created(kind, id, region) {
        const resource = { kind, id, region, build: this.build };
        this.live.set(this.key(kind, id, region), resource);
        this.onResource?.({ type: 'created', resource });
    }
    /** Idempotent: removing what is already gone (or was never tracked) reports nothing twice. */
    markRemoved(kind, id, region) {
        const key = this.key(kind, id, region);
        const resource = this.live.get(key);
        if (!resource)
            return;
        this.live.delete(key);
        this.removed.push(resource);
        const index = this.failed.findIndex(f => this.key(f.kind, f.id, f.region) === key);
        if (index >= 0)
            this.failed.splice(index, 1);
        this.onResource?.({ type: 'removed', resource });
    }
    markKept(kind, id, region) {
        const key = this.key(kind, id, region);
        const resource = this.live.get(key);
        if (!resource)
            return;
        this.live.delete(key);
        const kept = { ...resource, kept: true };
        this.kept.push(kept);
        this.onResource?.({ type: 'kept', resource: kept });
    }
    markFailed(kind, id, region, reason) {
        const resource = this.live.get(this.key(kind, id, region));
        if (resource && !this.failed.some(f => f.id === id && f.region === region)) {
            this.failed.push({ ...resource, reason });
        }
    }
    isLive(kind, id, region) {
        return this.live.has(this.key(kind, id, region));
    }
    /** Everything created and neither removed nor kept. */
    remaining() {
        return [...this.live.values()];
    }
}

// EXTERNAL MODULE: ./src/engine/retry.ts
var retry = __webpack_require__(3344);
;// CONCATENATED MODULE: ./src/engine/reporting.ts
/**
 * A build's reporter. Each step is a group titled like Packer's "==> web: Launching …". With
 * several builds at once, every line carries the build's name too and no groups open (GitHub's groups do not nest, and interleaved groups would swallow each other).
 */
function prefixed(base, name, several) {
    if (!several) {
        return {
            info: m => base.info(m),
            warning: m => base.warning(m),
            error: m => base.error(m),
            debug: m => base.debug(m),
            mask: s => base.mask(s),
            group: (title, fn) => base.group(`==> ${name}: ${title}`, fn)
        };
    }
    const p = (message) => message
        .split('\n')
        .map(line => `${name}: ${line}`)
        .join('\n');
    return {
        info: m => base.info(p(m)),
        warning: m => base.warning(p(m)),
        error: m => base.error(p(m)),
        debug: m => base.debug(p(m)),
        mask: s => base.mask(s),
        group: async (title, fn) => {
            base.info(`==> ${name}: ${title}`);
            return fn();
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/variables.ts
function buildVariables(ctx, state) {
    const image = state.sourceImage;
    const instance = state.instance;
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
    };
}

// EXTERNAL MODULE: ./src/engine/wait.ts
var wait = __webpack_require__(641);
;// CONCATENATED MODULE: ./src/engine/steps/pre-validate.ts

const preValidate = {
    name: 'pre-validate',
    title: 'Prevalidating the AMI name and regions',
    async run(ctx, _state, signal) {
        const { source } = ctx;
        const regions = [source.region, ...source.ami_regions.filter(r => r !== source.region)];
        if (!source.skip_region_validation) {
            const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeRegionsCommand({ AllRegions: true }), {
                signal
            });
            const known = new Set((out.Regions ?? []).map(r => r.RegionName));
            const unknown = regions.filter(r => !known.has(r));
            if (unknown.length > 0) {
                throw new engine_state/* BuildError */.zS(`Unknown region${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: EC2 knows ` +
                    `${[...known].sort().join(', ')}. Fix the region or set skip_region_validation.`);
            }
        }
        if (source.skip_create_ami || source.force_deregister)
            return;
        const taken = await Promise.all(regions.map(async (region) => {
            const ec2 = ctx.ec2In(region);
            const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({
                Owners: ['self'],
                Filters: [{ Name: 'name', Values: [source.ami_name] }]
            }), { signal });
            return (out.Images ?? []).map(image => `${image.ImageId} in ${region}`);
        }));
        const found = taken.flat();
        if (found.length > 0) {
            throw new engine_state/* BuildError */.zS(`An AMI named "${source.ami_name}" already exists (${found.join(', ')}). ` +
                'Choose another ami_name (e.g. add {{timestamp}}) or set force_deregister: true to replace it.');
        }
        ctx.reporter.info(`AMI name "${source.ami_name}" is free in ${regions.join(', ')}`);
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/source-ami.ts


const sourceAmi = {
    name: 'source-ami',
    title: 'Finding the source AMI',
    async run(ctx, state, signal) {
        const { source, ec2 } = ctx;
        const filter = source.source_ami_filter;
        const out = await ec2
            .send(new ec2.sdk.DescribeImagesCommand(source.source_ami
            ? { ImageIds: [source.source_ami] }
            : {
                Owners: filter?.owners.length ? filter.owners : undefined,
                Filters: Object.entries(filter?.filters ?? {}).map(([Name, value]) => ({
                    Name,
                    Values: [value]
                })),
                IncludeDeprecated: filter?.include_deprecated || undefined
            }), { signal, retry: [] })
            .catch(error => {
            const code = (0,retry/* errorCode */.CA)(error);
            if (code === 'InvalidAMIID.NotFound' || code === 'InvalidAMIID.Malformed') {
                throw new engine_state/* BuildError */.zS(`Source AMI ${source.source_ami} not found in ${source.region}.`);
            }
            throw error;
        });
        const images = out.Images ?? [];
        const describe = source.source_ami
            ? `source_ami ${source.source_ami}`
            : `source_ami_filter (${Object.entries(filter?.filters ?? {})
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}; owners ${filter?.owners.join(', ') || 'any'})`;
        if (images.length === 0) {
            throw new engine_state/* BuildError */.zS(`No AMI matches ${describe} in ${source.region}.`);
        }
        let image;
        if (images.length === 1) {
            image = images[0];
        }
        else if (source.source_ami_filter?.most_recent) {
            image = [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
        }
        else {
            const listed = images
                .slice(0, 10)
                .map(i => `  ${i.ImageId}  ${i.CreationDate ?? ''}  ${i.Name ?? ''}`)
                .join('\n');
            throw new engine_state/* BuildError */.zS(`${images.length} AMIs match ${describe} in ${source.region}; set most_recent: true to ` +
                `take the newest, or narrow the filter:\n${listed}${images.length > 10 ? '\n  …' : ''}`);
        }
        if (image.State && image.State !== 'available') {
            throw new engine_state/* BuildError */.zS(`Source AMI ${image.ImageId} is ${image.State}, not available.`);
        }
        state.sourceImage = {
            id: image.ImageId,
            name: image.Name,
            description: image.Description,
            creationDate: image.CreationDate,
            ownerId: image.OwnerId,
            ownerAlias: image.ImageOwnerAlias,
            architecture: image.Architecture,
            rootDeviceName: image.RootDeviceName,
            tags: Object.fromEntries((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? '']))
        };
        ctx.reporter.info(`Source AMI ${image.ImageId} (${image.Name ?? 'unnamed'}, ${image.Architecture ?? 'unknown architecture'})`);
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/network.ts

function filters(filter) {
    return Object.entries(filter.filters).map(([Name, value]) => ({ Name, Values: [value] }));
}
function pick(subnets, filter, what) {
    if (subnets.length === 1)
        return subnets[0];
    if (filter?.random)
        return subnets[Math.floor(Math.random() * subnets.length)];
    if (filter?.most_free || !filter) {
        return [...subnets].sort((a, b) => (b.AvailableIpAddressCount ?? 0) - (a.AvailableIpAddressCount ?? 0))[0];
    }
    throw new engine_state/* BuildError */.zS(`${subnets.length} subnets match ${what}: ${subnets.map(s => s.SubnetId).join(', ')}. ` +
        'Narrow the filter, or set most_free or random.');
}
async function subnets(ctx, input, signal) {
    const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeSubnetsCommand(input), { signal });
    return out.Subnets ?? [];
}
const network = {
    name: 'network',
    title: 'Finding the network',
    async run(ctx, state, signal) {
        const { source, ec2 } = ctx;
        const az = source.availability_zone;
        const azFilter = az ? [{ Name: 'availability-zone', Values: [az] }] : [];
        let subnet;
        if (source.subnet_id) {
            const found = await subnets(ctx, { SubnetIds: [source.subnet_id] }, signal).catch(() => []);
            if (found.length === 0) {
                throw new engine_state/* BuildError */.zS(`Subnet ${source.subnet_id} not found in ${source.region}.`);
            }
            subnet = found[0];
        }
        else if (source.subnet_filter) {
            const found = await subnets(ctx, { Filters: [...filters(source.subnet_filter), ...azFilter] }, signal);
            if (found.length === 0) {
                throw new engine_state/* BuildError */.zS(`No subnet in ${source.region} matches subnet_filter.`);
            }
            subnet = pick(found, source.subnet_filter, 'subnet_filter');
        }
        let vpcId = subnet?.VpcId ?? source.vpc_id;
        if (!vpcId && source.vpc_filter) {
            const out = await ec2.send(new ec2.sdk.DescribeVpcsCommand({ Filters: filters(source.vpc_filter) }), { signal });
            const vpcs = out.Vpcs ?? [];
            if (vpcs.length !== 1) {
                throw new engine_state/* BuildError */.zS(vpcs.length === 0
                    ? `No VPC in ${source.region} matches vpc_filter.`
                    : `${vpcs.length} VPCs match vpc_filter (${vpcs.map(v => v.VpcId).join(', ')}); narrow it.`);
            }
            vpcId = vpcs[0].VpcId;
        }
        if (!subnet && vpcId) {
            const found = await subnets(ctx, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }, ...azFilter] }, signal);
            if (found.length === 0)
                throw new engine_state/* BuildError */.zS(`VPC ${vpcId} has no subnet to launch into.`);
            subnet = pick(found, undefined, `VPC ${vpcId}`);
        }
        if (!vpcId) {
            const out = await ec2.send(new ec2.sdk.DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }), { signal });
            vpcId = out.Vpcs?.[0]?.VpcId;
            if (!vpcId) {
                throw new engine_state/* BuildError */.zS(`${source.region} has no default VPC: set subnet_id, subnet_filter, vpc_id or vpc_filter.`);
            }
        }
        state.vpcId = vpcId;
        state.subnetId = subnet?.SubnetId;
        state.availabilityZone = subnet?.AvailabilityZone ?? az;
        ctx.reporter.info(subnet
            ? `Subnet ${subnet.SubnetId} (${subnet.AvailabilityZone}) in ${vpcId}`
            : `Default VPC ${vpcId}`);
    }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/keys.ts
/**
 * An ed25519 key pair in OpenSSH formats, made with node:crypto. The private key is never
 * written anywhere: it lives in this process's memory for the length of the build.
 */

function sshString(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
}
function generateEd25519(comment) {
    const { publicKey, privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    const jwk = privateKey.export({ format: 'jwk' });
    const seed = Buffer.from(jwk.d, 'base64url');
    const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
    const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
    const check = (0,external_node_crypto_.randomBytes)(4);
    let secret = Buffer.concat([
        check,
        check,
        sshString('ssh-ed25519'),
        sshString(pub),
        sshString(Buffer.concat([seed, pub])),
        sshString(comment)
    ]);
    // openssh-key-v1 pads the private section to the cipher's block size (8 for "none") with 1, 2, 3…
    const padding = (8 - (secret.length % 8)) % 8;
    secret = Buffer.concat([secret, Buffer.from(Array.from({ length: padding }, (_, i) => i + 1))]);
    const blob = Buffer.concat([
        Buffer.from('openssh-key-v1\0'),
        sshString('none'),
        sshString('none'),
        sshString(''),
        Buffer.from([0, 0, 0, 1]),
        sshString(publicBlob),
        sshString(secret)
    ]);
    const body = blob
        .toString('base64')
        .match(/.{1,70}/g)
        .join('\n');
    return {
        publicKey: `ssh-ed25519 ${publicBlob.toString('base64')} ${comment}`,
        privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`
    };
}

;// CONCATENATED MODULE: ./src/engine/steps/key-pair.ts
/**
 * The temporary key pair: generated here and imported, so the private key never leaves the
 * runner. It is masked the moment it exists.
 */



const keyPair = {
    name: 'key-pair',
    title: 'Creating temporary key pair',
    async run(ctx, state, signal) {
        const name = `ami-build-${ctx.runId}-${ctx.source.name}`;
        const keys = generateEd25519(name);
        ctx.reporter.mask(keys.privateKey);
        // A runner's masker works line by line; mask each line of the key body too.
        for (const line of keys.privateKey.split('\n')) {
            if (line.length > 0 && !line.startsWith('-----'))
                ctx.reporter.mask(line);
        }
        ctx.secrets.push(keys.privateKey);
        state.keyPair = { name, ...keys };
        const imported = await ctx.ec2.send(new ctx.ec2.sdk.ImportKeyPairCommand({
            KeyName: name,
            PublicKeyMaterial: Buffer.from(keys.publicKey),
            TagSpecifications: [{ ResourceType: 'key-pair', Tags: (0,engine_state/* ec2Tags */.kh)((0,engine_state/* runTags */.He)(ctx)) }]
        }), { signal });
        state.keyPair.id = imported.KeyPairId;
        ctx.tracker.created('key-pair', name, ctx.source.region);
        ctx.reporter.info(`Imported key pair ${name} (ed25519)`);
    },
    async cleanup(ctx, state, { signal }) {
        await deleteKeyPair(ctx, state, signal);
    }
};
/** Delete the temporary key pair: as soon as SSH is done with it, and again (idempotently) in
 * the cleanup. */
async function deleteKeyPair(ctx, state, signal) {
    const name = state.keyPair?.name;
    // Tried even when ImportKeyPair never answered: it may have landed before an abort.
    if (!name)
        return;
    const region = ctx.source.region;
    if (state.keyPair?.id && !ctx.tracker.isLive('key-pair', name, region))
        return;
    try {
        await ctx.ec2.send(new ctx.ec2.sdk.DeleteKeyPairCommand({ KeyName: name }), { signal });
    }
    catch (error) {
        if ((0,retry/* errorCode */.CA)(error) !== 'InvalidKeyPair.NotFound')
            throw error;
    }
    if (ctx.tracker.isLive('key-pair', name, region)) {
        ctx.tracker.markRemoved('key-pair', name, region);
        ctx.reporter.info(`Deleted temporary key pair ${name}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/steps/security-group.ts
/**
 * The temporary security group: SSH only, only from temporary_security_group_source_cidrs.
 * Skipped when the template names its own security_group_ids.
 */




const securityGroup = {
    name: 'security-group',
    title: 'Creating temporary security group',
    // It can go only once the instance has let go of it.
    cleanupOrder: 'last',
    async run(ctx, state, signal) {
        const { source, ec2 } = ctx;
        if (source.security_group_ids.length > 0) {
            state.securityGroupIds = source.security_group_ids;
            ctx.reporter.info(`Using security groups ${source.security_group_ids.join(', ')}`);
            return;
        }
        const name = `ami-build-${ctx.runId}-${source.name}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
        const created = await ec2.send(new ec2.sdk.CreateSecurityGroupCommand({
            GroupName: name,
            Description: `Temporary group for ami-build run ${ctx.runId} (${source.name})`,
            VpcId: state.vpcId,
            TagSpecifications: [{ ResourceType: 'security-group', Tags: (0,engine_state/* ec2Tags */.kh)((0,engine_state/* runTags */.He)(ctx)) }]
        }), { signal });
        const groupId = created.GroupId;
        state.temporarySecurityGroupId = groupId;
        state.securityGroupIds = [groupId];
        ctx.tracker.created('security-group', groupId, source.region);
        await ec2.send(new ec2.sdk.AuthorizeSecurityGroupIngressCommand({
            GroupId: groupId,
            IpPermissions: [
                {
                    IpProtocol: 'tcp',
                    FromPort: source.ssh_port,
                    ToPort: source.ssh_port,
                    IpRanges: source.temporary_security_group_source_cidrs.map(CidrIp => ({
                        CidrIp,
                        Description: 'ami-build SSH'
                    }))
                }
            ]
        }), 
        // A new group takes a moment to be visible everywhere.
        { signal, retry: ['InvalidGroup.NotFound'], patienceMs: 60_000 });
        ctx.reporter.info(`Created ${groupId}: SSH port ${source.ssh_port} from ${source.temporary_security_group_source_cidrs.join(', ')}`);
    },
    async cleanup(ctx, state, { signal }) {
        const groupId = state.temporarySecurityGroupId;
        if (!groupId || !ctx.tracker.isLive('security-group', groupId, ctx.source.region))
            return;
        if (state.instance && state.instanceTerminated)
            await waitTerminated(ctx, state.instance.id, signal);
        try {
            await ctx.ec2.send(new ctx.ec2.sdk.DeleteSecurityGroupCommand({ GroupId: groupId }), {
                signal,
                // EC2 may take a moment more to let go of the group.
                retry: ['DependencyViolation'],
                patienceMs: 300_000
            });
        }
        catch (error) {
            if ((0,retry/* errorCode */.CA)(error) !== 'InvalidGroup.NotFound')
                throw error;
        }
        ctx.tracker.markRemoved('security-group', groupId, ctx.source.region);
        ctx.reporter.info(`Deleted temporary security group ${groupId}`);
    }
};
/**
 * Once SSH is done, the instance needs no way in: move it onto its VPC's default security group
 * and delete the temporary one at once, while the instance stops. Otherwise the group could go
 * only after the instance is terminated, 30–60 s at the end of every build. Best effort: when it
 * does not work out, the cleanup removes the group the usual way, after the instance.
 */
async function releaseSecurityGroup(ctx, state, signal) {
    const { ec2, source } = ctx;
    const groupId = state.temporarySecurityGroupId;
    const instance = state.instance;
    if (!groupId || !instance || !ctx.tracker.isLive('security-group', groupId, source.region)) {
        return;
    }
    try {
        const found = await ec2.send(new ec2.sdk.DescribeSecurityGroupsCommand({
            Filters: [
                { Name: 'group-name', Values: ['default'] },
                { Name: 'vpc-id', Values: [state.vpcId] }
            ]
        }), { signal });
        const defaultGroup = found.SecurityGroups?.[0]?.GroupId;
        if (!defaultGroup)
            throw new Error(`${state.vpcId} has no default security group`);
        await ec2.send(new ec2.sdk.ModifyInstanceAttributeCommand({
            InstanceId: instance.id,
            Groups: [defaultGroup]
        }), { signal });
        state.securityGroupIds = [defaultGroup];
        await ec2.send(new ec2.sdk.DeleteSecurityGroupCommand({ GroupId: groupId }), {
            signal,
            // The move takes a moment to reach every part of EC2.
            retry: ['DependencyViolation'],
            patienceMs: 15_000
        });
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        ctx.reporter.info(`Could not release ${groupId} early (${(0,retry/* errorMessage */.gJ)(error)}): it goes after the instance`);
        return;
    }
    ctx.tracker.markRemoved('security-group', groupId, source.region);
    ctx.reporter.info(`Moved ${instance.id} to the default security group; deleted ${groupId}`);
}
/** The group is deletable only once the instance is fully terminated (30–60 s on AWS): wait for
 * that with the adaptive waiter rather than hammering DeleteSecurityGroup. */
async function waitTerminated(ctx, instanceId, signal) {
    await (0,wait/* waitFor */.fm)({
        what: `instance ${instanceId} to terminate`,
        expected: wait/* EXPECTED */.dS.terminated,
        pace: ctx.pace,
        timeoutMs: 5 * 60_000,
        clock: ctx.clock,
        signal,
        reporter: ctx.reporter,
        check: async (s) => {
            const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instanceId] }), { signal: s, retry: ['InvalidInstanceID.NotFound'], patienceMs: 10_000 });
            const state = out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
            return { done: state === undefined || state === 'terminated' };
        }
    });
}

;// CONCATENATED MODULE: ./src/engine/steps/launch.ts




function blockDeviceMappings(devices) {
    return devices.map(d => {
        if (d.no_device)
            return { DeviceName: d.device_name, NoDevice: '' };
        if (d.virtual_name)
            return { DeviceName: d.device_name, VirtualName: d.virtual_name };
        return {
            DeviceName: d.device_name,
            Ebs: {
                VolumeSize: d.volume_size,
                VolumeType: d.volume_type,
                Iops: d.iops,
                Throughput: d.throughput,
                DeleteOnTermination: d.delete_on_termination,
                Encrypted: d.encrypted,
                KmsKeyId: d.kms_key_id,
                SnapshotId: d.snapshot_id
            }
        };
    });
}
/** encrypt_boot: launching on an encrypted root makes an encrypted AMI directly, where Packer
 * makes an unencrypted one and then an encrypted copy of it (one more snapshot, minutes longer). */
function launchMappings(ctx, state) {
    const { source } = ctx;
    const mappings = blockDeviceMappings(source.launch_block_device_mappings);
    const root = state.sourceImage?.rootDeviceName;
    if (source.encrypt_boot && root) {
        const existing = mappings.find(m => m.DeviceName === root);
        if (existing?.Ebs) {
            existing.Ebs.Encrypted = true;
            existing.Ebs.KmsKeyId ??= source.kms_key_id;
        }
        else if (!existing) {
            mappings.push({ DeviceName: root, Ebs: { Encrypted: true, KmsKeyId: source.kms_key_id } });
        }
    }
    return mappings.length ? mappings : undefined;
}
function launchInput(ctx, state) {
    const { source } = ctx;
    const tags = {
        Name: `ami-build builder (${source.name})`,
        ...source.run_tags,
        ...(0,engine_state/* runTags */.He)(ctx)
    };
    const volumeTags = { ...source.run_volume_tags, ...(0,engine_state/* runTags */.He)(ctx) };
    const profile = source.iam_instance_profile;
    const metadata = source.metadata_options;
    const input = {
        ImageId: state.sourceImage.id,
        InstanceType: source.instance_type,
        MinCount: 1,
        MaxCount: 1,
        KeyName: state.keyPair.name,
        ClientToken: launchClientToken(ctx),
        UserData: source.user_data ? Buffer.from(source.user_data).toString('base64') : undefined,
        IamInstanceProfile: profile
            ? profile.startsWith('arn:')
                ? { Arn: profile }
                : { Name: profile }
            : undefined,
        MetadataOptions: metadata
            ? {
                HttpEndpoint: metadata.http_endpoint,
                HttpTokens: metadata.http_tokens,
                HttpPutResponseHopLimit: metadata.http_put_response_hop_limit,
                InstanceMetadataTags: metadata.instance_metadata_tags
            }
            : undefined,
        BlockDeviceMappings: launchMappings(ctx, state),
        Placement: state.availabilityZone ? { AvailabilityZone: state.availabilityZone } : undefined,
        InstanceInitiatedShutdownBehavior: 'terminate',
        TagSpecifications: [
            { ResourceType: 'instance', Tags: (0,engine_state/* ec2Tags */.kh)(tags) },
            { ResourceType: 'volume', Tags: (0,engine_state/* ec2Tags */.kh)(volumeTags) }
        ]
    };
    if (source.associate_public_ip_address !== undefined) {
        // An explicit public-IP choice is only expressible on a network interface.
        input.NetworkInterfaces = [
            {
                DeviceIndex: 0,
                AssociatePublicIpAddress: source.associate_public_ip_address,
                SubnetId: state.subnetId,
                Groups: state.securityGroupIds,
                DeleteOnTermination: true
            }
        ];
    }
    else {
        input.SubnetId = state.subnetId;
        input.SecurityGroupIds = state.securityGroupIds;
    }
    if (source.spot_price) {
        // One-time spot: it cannot be stopped, so the image is taken with a reboot (as Packer does).
        input.InstanceMarketOptions = {
            MarketType: 'spot',
            SpotOptions: {
                SpotInstanceType: 'one-time',
                InstanceInterruptionBehavior: 'terminate',
                MaxPrice: source.spot_price === 'auto' ? undefined : source.spot_price
            }
        };
    }
    return input;
}
function describeLaunched(instance, spot) {
    return {
        id: instance.InstanceId,
        publicIp: instance.PublicIpAddress || undefined,
        privateIp: instance.PrivateIpAddress || undefined,
        publicDns: instance.PublicDnsName || undefined,
        privateDns: instance.PrivateDnsName || undefined,
        spot
    };
}
const CAPACITY_ERRORS = new Set([
    'InsufficientInstanceCapacity',
    'InstanceLimitExceeded',
    'VcpuLimitExceeded',
    'SpotMaxPriceTooLow',
    'InsufficientFreeAddressesInSubnet',
    'Unsupported'
]);
const launchInstance = {
    name: 'launch',
    title: 'Launching the source instance',
    cleanupOrder: 'first',
    async run(ctx, state, signal) {
        const { ec2, source } = ctx;
        const input = launchInput(ctx, state);
        // Marked before the call: if it is cut off in flight, EC2 may have launched the instance all
        // the same, and the cleanup must look for it.
        state.launchRequested = true;
        let out;
        try {
            out = await ec2.send(new ec2.sdk.RunInstancesCommand(input), { signal });
        }
        catch (error) {
            // Only an answer that says no rules the instance out; an abort or a lost answer does not.
            if (!signal.aborted && (0,retry/* isRefusal */.vu)(error))
                state.launchRequested = false;
            const code = (0,retry/* errorCode */.CA)(error);
            if (!signal.aborted && code && CAPACITY_ERRORS.has(code)) {
                throw new engine_state/* BuildError */.zS(`EC2 could not launch a ${source.instance_type} in ${source.region}` +
                    `${state.availabilityZone ? ` (${state.availabilityZone})` : ''}: ${code}: ` +
                    `${error.message}. Try another instance_type, availability_zone or subnet.`);
            }
            throw error;
        }
        const launched = out.Instances[0];
        state.instance = describeLaunched(launched, Boolean(source.spot_price));
        ctx.tracker.created('instance', launched.InstanceId, source.region);
        ctx.reporter.info(`Launched ${launched.InstanceId} (${source.instance_type}) from ${state.sourceImage.id}`);
        const id = launched.InstanceId;
        const launchedAt = ctx.clock.now();
        const running = await (0,wait/* waitFor */.fm)({
            what: `instance ${id} to be running`,
            expected: wait/* EXPECTED */.dS.running,
            pace: ctx.pace,
            timeoutMs: 10 * 60_000,
            clock: ctx.clock,
            signal,
            reporter: ctx.reporter,
            check: async (s) => {
                let described;
                try {
                    described = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: [id] }), {
                        signal: s
                    });
                }
                catch (error) {
                    // A new instance takes a moment to be visible to Describe: not yet, on the wait's own
                    // schedule rather than a retry loop of its own.
                    const unseenFor = ctx.clock.now() - launchedAt;
                    if ((0,retry/* errorCode */.CA)(error) === 'InvalidInstanceID.NotFound' && unseenFor < 120_000) {
                        return { done: false };
                    }
                    throw error;
                }
                const instance = described.Reservations?.[0]?.Instances?.[0];
                const name = instance?.State?.Name;
                if (name === 'running')
                    return { done: true, value: instance };
                if (name === 'terminated' || name === 'shutting-down' || name === 'stopped') {
                    return {
                        done: false,
                        failure: `Instance ${id} became ${name} while starting: ${instance?.StateReason?.Message ?? 'no reason given'}`
                    };
                }
                return { done: false };
            }
        });
        const ready = describeLaunched(running, Boolean(source.spot_price));
        state.instance = ready;
        ctx.reporter.info(`Instance ${id} is running (${[...new Set([ready.publicIp, ready.privateIp].filter(Boolean))].join(', ')})`);
    },
    async cleanup(ctx, state, { signal }) {
        if (state.instanceTerminated)
            return;
        let ids = state.instance ? [state.instance.id] : [];
        if (ids.length === 0 && state.launchRequested) {
            ids = await findLostLaunch(ctx, signal);
            for (const id of ids)
                ctx.tracker.created('instance', id, ctx.source.region);
        }
        if (ids.length === 0)
            return;
        await terminate(ctx, state, ids, signal);
    }
};
/**
 * RunInstances' idempotency token: one per build of a run, so a retried launch never makes a
 * second instance, and the cleanup can find a launch whose answer never came (`client-token`).
 * EC2 allows 64 ASCII characters.
 */
function launchClientToken(ctx) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${ctx.runId}\n${ctx.source.name}`).digest('hex');
    return `ami-build-${digest.slice(0, 40)}`;
}
/** How long the cleanup keeps looking for an instance whose launch was cut off: EC2 shows a new
 * instance to Describe within a second or two (eventual consistency), and a request already on
 * its way may still be acted on. Short, since the runner kills a cancelled job 10 s after SIGINT
 * (the post step's sweep by tag is the backstop). */
const LOST_LAUNCH_PATIENCE_MS = 5_000;
/** The instance a cut-off RunInstances may have launched, found by its client token. */
async function findLostLaunch(ctx, signal) {
    const started = ctx.clock.now();
    const token = launchClientToken(ctx);
    for (let attempt = 0;; attempt++) {
        const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeInstancesCommand({
            Filters: [
                { Name: 'client-token', Values: [token] },
                { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
            ]
        }), { signal });
        const ids = (out.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId);
        if (ids.length > 0) {
            ctx.reporter.info(`Found ${ids.join(', ')}, launched by a request that was cut off`);
            return ids;
        }
        const left = LOST_LAUNCH_PATIENCE_MS - (ctx.clock.now() - started);
        if (left <= 0)
            return [];
        await ctx.clock.sleep(Math.min(left, 250 * 2 ** Math.min(attempt, 2)), signal);
    }
}
async function terminate(ctx, state, ids, signal) {
    let states = {};
    try {
        const out = await ctx.ec2.send(new ctx.ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }), { signal, retry: ['InvalidInstanceID.NotFound'], patienceMs: 10_000 });
        states = Object.fromEntries((out.TerminatingInstances ?? []).map(i => [i.InstanceId, i.CurrentState?.Name]));
    }
    catch (error) {
        if ((0,retry/* errorCode */.CA)(error) !== 'InvalidInstanceID.NotFound')
            throw error;
    }
    state.instanceTerminated = true;
    for (const id of ids)
        ctx.tracker.markRemoved('instance', id, ctx.source.region);
    ctx.reporter.info(`Terminating instance ${ids.join(', ')}`);
    return states;
}

;// CONCATENATED MODULE: ./src/engine/steps/connect.ts


const connect = {
    name: 'connect',
    title: 'Connecting over SSH',
    async run(ctx, state, signal) {
        const { source } = ctx;
        const instance = state.instance;
        const byInterface = {
            public_ip: instance.publicIp,
            private_ip: instance.privateIp,
            public_dns: instance.publicDns,
            private_dns: instance.privateDns
        };
        // As Packer: without a public address, the private one is the way in.
        const host = byInterface[source.ssh_interface] ??
            (source.ssh_interface === 'public_ip' ? instance.privateIp : undefined);
        if (!host) {
            throw new engine_state/* BuildError */.zS(`Instance ${instance.id} has no ${source.ssh_interface.replace('_', ' ')} to connect to; ` +
                'set ssh_interface or associate_public_ip_address.');
        }
        state.host = host;
        ctx.reporter.info(`Connecting to ${source.ssh_username}@${host}:${source.ssh_port}`);
        const started = ctx.clock.now();
        try {
            state.communicator = await ctx.connect({
                host,
                port: source.ssh_port,
                username: source.ssh_username,
                privateKey: state.keyPair.privateKey,
                timeoutMs: source.ssh_timeout,
                handshakeAttempts: source.ssh_handshake_attempts,
                signal,
                clock: ctx.clock,
                reporter: ctx.reporter
            });
        }
        catch (error) {
            if (signal.aborted)
                throw signal.reason;
            throw new engine_state/* BuildError */.zS(`Could not connect over SSH to ${source.ssh_username}@${host}:${source.ssh_port} within ` +
                `${Math.round(source.ssh_timeout / 1000)} s (ssh_timeout): ${(0,retry/* errorMessage */.gJ)(error)}`);
        }
        ctx.reporter.info(`Connected after ${((ctx.clock.now() - started) / 1000).toFixed(1)} s`);
    },
    async cleanup(_ctx, state) {
        const communicator = state.communicator;
        state.communicator = undefined;
        await communicator?.close();
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/dead-man-switch.ts
// Some images have no sudo for the login user, and a root login needs none.
const asRoot = (command) => `sudo -n ${command} 2>/dev/null || ${command}`;
const armDeadManSwitch = {
    name: 'dead-man-switch',
    title: 'Arming the dead-man switch',
    async run(ctx, state, signal) {
        const minutes = ctx.instanceTimeLimitMinutes;
        const result = await state.communicator.run(asRoot(`shutdown -P +${minutes}`), {
            signal,
            onStderr: line => ctx.reporter.debug(line)
        });
        if (result.exitCode === 0) {
            state.deadManSwitchArmed = true;
            ctx.reporter.info(`The instance powers itself off (and terminates) in ${minutes} minute${minutes === 1 ? '' : 's'}`);
        }
        else {
            ctx.reporter.warning(`Could not schedule a shutdown on the instance (exit ${result.exitCode}): if this run is ` +
                'killed, the post step must remove the instance.');
        }
    }
};
async function disarmDeadManSwitch(ctx, state, signal) {
    if (!state.deadManSwitchArmed || !state.communicator)
        return;
    const result = await state.communicator.run(asRoot('shutdown -c'), { signal });
    if (result.exitCode !== 0) {
        ctx.reporter.warning(`Could not cancel the scheduled shutdown (exit ${result.exitCode})`);
    }
    state.deadManSwitchArmed = false;
}

;// CONCATENATED MODULE: ./src/engine/steps/provision.ts
const provision = {
    name: 'provision',
    title: 'Provisioning',
    ownsGroups: true,
    async run(ctx, state, signal) {
        const name = ctx.source.name;
        for (const [index, provisioner] of ctx.template.provisioners.entries()) {
            if (provisioner.only.length > 0 && !provisioner.only.includes(name))
                continue;
            if (provisioner.except.includes(name))
                continue;
            signal.throwIfAborted();
            await ctx.runProvisioner(provisioner, {
                communicator: state.communicator,
                reporter: ctx.reporter,
                clock: ctx.clock,
                signal,
                buildVariables: state.buildVariables,
                buildName: name,
                secrets: ctx.secrets,
                index
            });
        }
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/stop-instance.ts
/**
 * Stop the instance so the image is consistent: cancel the dead-man switch, drop SSH, stop,
 * wait until stopped, then set ena_support / sriov_support (only settable while stopped).
 * One-time spot instances cannot be stopped; their image is taken with a reboot instead.
 *
 * SSH is over for good here, so while the instance stops, the temporary security group and key
 * pair go: nothing is left to wait for the instance's termination at the end of the build.
 */





/** The temporary SSH access, removed early; what fails here is left to the cleanup. */
async function releaseSshAccess(ctx, state, signal) {
    await Promise.all([
        releaseSecurityGroup(ctx, state, signal),
        deleteKeyPair(ctx, state, signal).catch(error => {
            if (signal.aborted)
                throw error;
            ctx.reporter.info(`Could not delete the key pair yet (${(0,retry/* errorMessage */.gJ)(error)})`);
        })
    ]);
}
const stopInstance = {
    name: 'stop',
    title: 'Stopping the instance',
    // After the launch step's cleanup has terminated the instance, and everything else is undone.
    cleanupOrder: 'last',
    async run(ctx, state, signal) {
        const { ec2 } = ctx;
        const instance = state.instance;
        await disarmDeadManSwitch(ctx, state, signal);
        const communicator = state.communicator;
        state.communicator = undefined;
        await communicator?.close();
        if (instance.spot) {
            await releaseSshAccess(ctx, state, signal);
            ctx.reporter.info('Spot instance: not stopped; the image is taken with a reboot');
            return;
        }
        await ec2.send(new ec2.sdk.StopInstancesCommand({ InstanceIds: [instance.id] }), { signal });
        const stopped = (0,wait/* waitFor */.fm)({
            what: `instance ${instance.id} to stop`,
            expected: wait/* EXPECTED */.dS.stopped,
            pace: ctx.pace,
            timeoutMs: 15 * 60_000,
            clock: ctx.clock,
            signal,
            reporter: ctx.reporter,
            check: async (s) => {
                const out = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instance.id] }), { signal: s });
                const found = out.Reservations?.[0]?.Instances?.[0];
                const name = found?.State?.Name;
                if (name === 'stopped')
                    return { done: true };
                if (name === 'terminated' || name === 'shutting-down') {
                    return { done: false, failure: `Instance ${instance.id} was ${name} instead of stopping` };
                }
                return { done: false };
            }
        });
        // Both settle before the step ends, so a cleanup never races a release still under way.
        const [stop, release] = await Promise.allSettled([
            stopped,
            releaseSshAccess(ctx, state, signal)
        ]);
        if (stop.status === 'rejected')
            throw stop.reason;
        if (release.status === 'rejected')
            throw release.reason;
        const { ena_support: ena, sriov_support: sriov } = ctx.source;
        if (ena !== undefined) {
            await ec2.send(new ec2.sdk.ModifyInstanceAttributeCommand({
                InstanceId: instance.id,
                EnaSupport: { Value: ena }
            }), { signal });
        }
        if (sriov) {
            await ec2.send(new ec2.sdk.ModifyInstanceAttributeCommand({
                InstanceId: instance.id,
                SriovNetSupport: { Value: 'simple' }
            }), { signal });
        }
        ctx.reporter.info(`Instance ${instance.id} stopped`);
    },
    /** A failed build still ends with its instance terminated, not merely on its way, as when the
     * temporary group's deletion had to wait for it: what the build reports removed is gone. */
    async cleanup(ctx, state, { signal, succeeded }) {
        const group = state.temporarySecurityGroupId;
        const released = group && !ctx.tracker.isLive('security-group', group, ctx.source.region);
        if (succeeded || !released || !state.instance || !state.instanceTerminated)
            return;
        await waitTerminated(ctx, state.instance.id, signal);
    }
};

// EXTERNAL MODULE: ./src/engine/images.ts
var engine_images = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/engine/steps/deregister-old-ami.ts
/**
 * force_deregister: remove the AMIs already named ami_name (and, with force_delete_snapshot,
 * their snapshots) in every target region. Done right before the new image is made, as Packer
 * does, so a build that fails earlier leaves the old AMI in place.
 */

const deregisterOldAmi = {
    name: 'deregister-old-ami',
    title: 'Deregistering the previous AMI',
    skip: ctx => !ctx.source.force_deregister,
    async run(ctx, _state, signal) {
        const { source } = ctx;
        const regions = [source.region, ...source.ami_regions.filter(r => r !== source.region)];
        await Promise.all(regions.map(async (region) => {
            const ec2 = ctx.ec2In(region);
            const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({
                Owners: ['self'],
                Filters: [{ Name: 'name', Values: [source.ami_name] }]
            }), { signal });
            for (const image of out.Images ?? []) {
                const { snapshots } = await (0,engine_images/* removeImage */.aH)(ec2, image.ImageId, signal, {
                    deleteSnapshots: source.force_delete_snapshot
                });
                ctx.reporter.info(`Deregistered ${image.ImageId} in ${region}` +
                    (snapshots.length ? ` and deleted ${snapshots.join(', ')}` : ''));
            }
        }));
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/create-image.ts





/** Wait for an AMI in one region, reporting its snapshots' progress. */
async function waitForImage(ctx, state, ec2, imageId, expected, signal) {
    const region = ec2.region;
    try {
        return await (0,wait/* waitFor */.fm)({
            what: `AMI ${imageId} in ${region} to become available`,
            expected,
            pace: ctx.pace,
            reportsProgress: true,
            timeoutMs: 90 * 60_000,
            clock: ctx.clock,
            signal,
            reporter: ctx.reporter,
            check: async (s, wantProgress) => {
                const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
                    signal: s,
                    // A new AMI takes a moment to be visible to Describe.
                    retry: ['InvalidAMIID.NotFound'],
                    patienceMs: 120_000
                });
                const image = out.Images?.[0];
                const snapshots = (0,engine_images/* snapshotIdsOf */.Qt)(image);
                trackSnapshots(ctx, state, region, snapshots);
                if (image?.State === 'available')
                    return { done: true, value: image };
                if (image?.State === 'failed' || image?.State === 'error' || image?.State === 'invalid') {
                    return {
                        done: false,
                        failure: `AMI ${imageId} in ${region} failed: ${image.StateReason?.Message ?? image.State}`
                    };
                }
                if (!wantProgress || snapshots.length === 0)
                    return { done: false };
                const progress = await ec2.send(new ec2.sdk.DescribeSnapshotsCommand({ SnapshotIds: snapshots }), { signal: s, retry: ['InvalidSnapshot.NotFound'], patienceMs: 30_000 });
                const percents = (progress.Snapshots ?? []).map(p => parseFloat(p.Progress ?? '0') || 0);
                return {
                    done: false,
                    progress: percents.length ? Math.min(...percents) : undefined
                };
            }
        });
    }
    catch (error) {
        if (error instanceof wait/* WaitFailedError */.vv)
            throw new engine_state/* BuildError */.zS(error.message);
        throw error;
    }
}
function trackSnapshots(ctx, state, region, ids) {
    const known = (state.snapshots[region] ??= []);
    for (const id of ids) {
        if (known.includes(id))
            continue;
        known.push(id);
        ctx.tracker.created('snapshot', id, region);
    }
}
/** The request was aborted before EC2 answered, so the image may exist without our knowing its
 * ID. Its name is ours alone in this region (prevalidation made sure, or force_deregister cleared
 * it), so look it up by name. */
async function findInFlight(ctx, state, region, signal) {
    const ec2 = ctx.ec2In(region);
    const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: [ctx.source.ami_name] }]
    }), { signal });
    const found = out.Images?.[0]?.ImageId;
    if (found) {
        state.amis[region] = found;
        ctx.tracker.created('image', found, region);
    }
    state.imagesInFlight.delete(region);
}
/** Deregister the AMI this build made in a region and delete its snapshots. */
async function removeBuiltImage(ctx, state, region, signal) {
    if (!state.amis[region] && state.imagesInFlight.has(region)) {
        await findInFlight(ctx, state, region, signal);
    }
    const imageId = state.amis[region];
    if (!imageId)
        return;
    const ec2 = ctx.ec2In(region);
    const { snapshots } = await (0,engine_images/* removeImage */.aH)(ec2, imageId, signal, {
        deleteSnapshots: true,
        knownSnapshots: state.snapshots[region]
    });
    ctx.tracker.markRemoved('image', imageId, region);
    for (const id of snapshots) {
        // Snapshots of an image found only now (in flight, or too young to list them) are reported
        // as they are learned of, so the ledger of what was removed stays complete.
        if (!ctx.tracker.isLive('snapshot', id, region))
            ctx.tracker.created('snapshot', id, region);
        ctx.tracker.markRemoved('snapshot', id, region);
    }
    delete state.amis[region];
    delete state.snapshots[region];
    ctx.reporter.info(`Deregistered ${imageId} in ${region}${snapshots.length ? ` and deleted ${snapshots.join(', ')}` : ''}`);
}
const createImage = {
    name: 'create-image',
    title: 'Creating the AMI',
    async run(ctx, state, signal) {
        const { ec2, source } = ctx;
        const instance = state.instance;
        const tags = (0,engine_state/* ec2Tags */.kh)((0,engine_state/* runTags */.He)(ctx));
        state.imagesInFlight.add(source.region);
        const out = await ec2
            .send(new ec2.sdk.CreateImageCommand({
            InstanceId: instance.id,
            Name: source.ami_name,
            Description: source.ami_description,
            NoReboot: !instance.spot,
            BlockDeviceMappings: source.ami_block_device_mappings.length
                ? blockDeviceMappings(source.ami_block_device_mappings)
                : undefined,
            TagSpecifications: [
                { ResourceType: 'image', Tags: tags },
                { ResourceType: 'snapshot', Tags: tags }
            ]
        }), { signal })
            .catch(error => {
            throw new engine_state/* BuildError */.zS(`CreateImage failed: ${(0,retry/* errorMessage */.gJ)(error)}`);
        });
        const imageId = out.ImageId;
        state.imagesInFlight.delete(source.region);
        state.amis[source.region] = imageId;
        ctx.tracker.created('image', imageId, source.region);
        ctx.reporter.info(`Creating ${imageId} "${source.ami_name}"`);
        await waitForImage(ctx, state, ec2, imageId, wait/* EXPECTED */.dS.imageAvailable, signal);
        ctx.reporter.info(`AMI ${imageId} is available in ${source.region}`);
    },
    async cleanup(ctx, state, { signal, succeeded }) {
        if (succeeded)
            return;
        await removeBuiltImage(ctx, state, ctx.source.region, signal);
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/terminate-instance.ts

const ON_ITS_WAY = new Set(['shutting-down', 'terminated']);
const terminateInstance = {
    name: 'terminate',
    title: 'Terminating the source instance',
    async run(ctx, state, signal) {
        const instance = state.instance;
        if (!instance || state.instanceTerminated)
            return;
        let now = (await terminate(ctx, state, [instance.id], signal))[instance.id];
        if (!now || !ON_ITS_WAY.has(now)) {
            const out = await ctx.ec2.send(new ctx.ec2.sdk.DescribeInstancesCommand({ InstanceIds: [instance.id] }), { signal });
            now = out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
        }
        if (now && ON_ITS_WAY.has(now)) {
            ctx.reporter.info(`Instance ${instance.id} is ${now}; it finishes terminating on its own`);
        }
        else {
            ctx.reporter.warning(`Instance ${instance.id} is ${now ?? 'not found'} after TerminateInstances: check that it terminates.`);
        }
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/region-copy.ts
/**
 * Copy the AMI to every ami_regions region at once, each with its region's KMS key, and wait for
 * all of them. If one copy fails, the others stop waiting at once: the cleanup removes
 * every copy already made.
 */




async function copyTo(ctx, state, region, sourceImageId, buildSignal, signal) {
    const { source } = ctx;
    const ec2 = ctx.ec2In(region);
    const kmsKeyId = source.region_kms_key_ids[region];
    const encrypted = source.encrypt_boot || kmsKeyId !== undefined ? true : undefined;
    state.imagesInFlight.add(region);
    const out = await ec2
        .send(new ec2.sdk.CopyImageCommand({
        SourceRegion: source.region,
        SourceImageId: sourceImageId,
        Name: source.ami_name,
        Description: source.ami_description,
        Encrypted: encrypted,
        KmsKeyId: kmsKeyId,
        // Tagged as they are made: a copy (or its snapshot) is never without the run tag, even
        // when the build is killed the moment CopyImage returns.
        TagSpecifications: [
            { ResourceType: 'image', Tags: (0,engine_state/* ec2Tags */.kh)((0,engine_state/* runTags */.He)(ctx)) },
            { ResourceType: 'snapshot', Tags: (0,engine_state/* ec2Tags */.kh)((0,engine_state/* runTags */.He)(ctx)) }
        ]
    }), 
    // Not cut short when a sibling copy fails: an answer lost in flight would hide a copy.
    { signal: buildSignal })
        .catch(error => {
        if (buildSignal.aborted)
            throw buildSignal.reason;
        throw new engine_state/* BuildError */.zS(`Copying the AMI to ${region} failed: ${(0,retry/* errorMessage */.gJ)(error)}`);
    });
    const copyId = out.ImageId;
    state.imagesInFlight.delete(region);
    state.amis[region] = copyId;
    ctx.tracker.created('image', copyId, region);
    ctx.reporter.info(`Copying ${sourceImageId} to ${region} as ${copyId}${encrypted ? ' (encrypted)' : ''}`);
    await waitForImage(ctx, state, ec2, copyId, wait/* EXPECTED */.dS.copyAvailable, signal);
    ctx.reporter.info(`AMI ${copyId} is available in ${region}`);
    return copyId;
}
const regionCopy = {
    name: 'region-copy',
    title: 'Copying the AMI to other regions',
    skip: ctx => ctx.source.ami_regions.every(r => r === ctx.source.region),
    async run(ctx, state, signal) {
        const { source } = ctx;
        const original = state.amis[source.region];
        const targets = source.ami_regions.filter(r => r !== source.region);
        const together = new AbortController();
        const copySignal = AbortSignal.any([signal, together.signal]);
        const copies = targets.map(region => copyTo(ctx, state, region, original, signal, copySignal).catch(error => {
            together.abort(error);
            throw error;
        }));
        const results = await Promise.allSettled(copies);
        const failed = results.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    },
    async cleanup(ctx, state, { signal, succeeded }) {
        if (succeeded)
            return;
        const others = [...new Set([...Object.keys(state.amis), ...state.imagesInFlight])].filter(r => r !== ctx.source.region);
        const failures = await Promise.allSettled(others.map(region => removeBuiltImage(ctx, state, region, signal)));
        const failed = failures.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
};

;// CONCATENATED MODULE: ./src/engine/steps/modify-attributes.ts
const modifyAttributes = {
    name: 'modify-attributes',
    title: 'Setting AMI attributes',
    skip: ({ source: s }) => !s.ami_users.length &&
        !s.ami_groups.length &&
        !s.ami_org_arns.length &&
        !s.ami_ou_arns.length &&
        !s.snapshot_users.length &&
        !s.snapshot_groups.length &&
        !s.deprecate_at &&
        !s.imds_support,
    async run(ctx, state, signal) {
        const { source } = ctx;
        const launchPermissions = [
            ...source.ami_users.map(UserId => ({ UserId })),
            ...source.ami_groups.map(Group => ({ Group: Group })),
            ...source.ami_org_arns.map(OrganizationArn => ({ OrganizationArn })),
            ...source.ami_ou_arns.map(OrganizationalUnitArn => ({ OrganizationalUnitArn }))
        ];
        await Promise.all(Object.entries(state.amis).map(async ([region, imageId]) => {
            const ec2 = ctx.ec2In(region);
            const call = { signal, retry: ['InvalidAMIID.NotFound'], patienceMs: 60_000 };
            if (launchPermissions.length) {
                await ec2.send(new ec2.sdk.ModifyImageAttributeCommand({
                    ImageId: imageId,
                    LaunchPermission: { Add: launchPermissions }
                }), call);
            }
            if (source.snapshot_users.length || source.snapshot_groups.length) {
                for (const snapshotId of state.snapshots[region] ?? []) {
                    await ec2.send(new ec2.sdk.ModifySnapshotAttributeCommand({
                        SnapshotId: snapshotId,
                        Attribute: 'createVolumePermission',
                        CreateVolumePermission: {
                            Add: [
                                ...source.snapshot_users.map(UserId => ({ UserId })),
                                ...source.snapshot_groups.map(Group => ({ Group: Group }))
                            ]
                        }
                    }), call);
                }
            }
            if (source.deprecate_at) {
                await ec2.send(new ec2.sdk.EnableImageDeprecationCommand({
                    ImageId: imageId,
                    DeprecateAt: new Date(source.deprecate_at)
                }), call);
            }
            if (source.imds_support) {
                await ec2.send(new ec2.sdk.ModifyImageAttributeCommand({
                    ImageId: imageId,
                    ImdsSupport: { Value: source.imds_support }
                }), call);
            }
        }));
        const shared = launchPermissions.length
            ? `shared with ${[...source.ami_users, ...source.ami_groups, ...source.ami_org_arns, ...source.ami_ou_arns].join(', ')}`
            : 'attributes set';
        ctx.reporter.info(`${Object.values(state.amis).join(', ')}: ${shared}`);
    }
};

// EXTERNAL MODULE: ./src/template/build-variables.ts
var build_variables = __webpack_require__(4250);
;// CONCATENATED MODULE: ./src/engine/expand.ts

/** A tag map with `${build.X}` filled in, in keys and values alike. */
function expandAll(values, variables) {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [
        (0,build_variables/* expandBuildVariables */.I)(k, variables),
        (0,build_variables/* expandBuildVariables */.I)(v, variables)
    ]));
}

;// CONCATENATED MODULE: ./src/engine/steps/tag-images.ts
/**
 * The template's tags on every AMI and snapshot_tags on its snapshots, in every region, with
 * build variables filled in. Then the AMIs become the build's deliverables: the run tag comes
 * off, so the post step's sweep, which removes what carries it, can never touch them.
 */


const tagImages = {
    name: 'tag',
    title: 'Tagging the AMIs',
    async run(ctx, state, signal) {
        const tags = expandAll(ctx.source.tags, state.buildVariables);
        const snapshotTags = expandAll(ctx.source.snapshot_tags, state.buildVariables);
        await Promise.all(Object.entries(state.amis).map(async ([region, imageId]) => {
            const ec2 = ctx.ec2In(region);
            const snapshots = state.snapshots[region] ?? [];
            const call = { signal, retry: ['InvalidAMIID.NotFound', 'InvalidSnapshot.NotFound'] };
            if (Object.keys(tags).length) {
                await ec2.send(new ec2.sdk.CreateTagsCommand({ Resources: [imageId], Tags: (0,engine_state/* ec2Tags */.kh)(tags) }), call);
            }
            if (Object.keys(snapshotTags).length && snapshots.length) {
                await ec2.send(new ec2.sdk.CreateTagsCommand({ Resources: snapshots, Tags: (0,engine_state/* ec2Tags */.kh)(snapshotTags) }), call);
            }
            await ec2.send(new ec2.sdk.DeleteTagsCommand({
                Resources: [imageId, ...snapshots],
                Tags: [{ Key: engine_state/* RUN_ID_TAG */.D$ }, { Key: engine_state/* BUILD_TAG */.cJ }]
            }), call);
            ctx.tracker.markKept('image', imageId, region);
            for (const id of snapshots)
                ctx.tracker.markKept('snapshot', id, region);
        }));
        const count = Object.keys(tags).length;
        ctx.reporter.info(`${count} tag${count === 1 ? '' : 's'} on ${Object.keys(state.amis).length} AMI(s)` +
            (Object.keys(snapshotTags).length ? ', snapshot tags on their snapshots' : ''));
    }
};

;// CONCATENATED MODULE: ./src/engine/build.ts


























/** The amazon-ebs builder, in order. Steps listed together depend on nothing of each other and
 * run at once: the lookups, then the temporary SSH access. */
function amazonEbsSteps(source) {
    const makesImage = !source.skip_create_ami;
    return [
        [preValidate, sourceAmi, network],
        [keyPair, securityGroup],
        launchInstance,
        connect,
        armDeadManSwitch,
        provision,
        ...(makesImage
            ? [
                stopInstance,
                deregisterOldAmi,
                createImage,
                terminateInstance,
                regionCopy,
                modifyAttributes,
                tagImages
            ]
            : [])
    ];
}
async function build(options, dependencies = {}) {
    const clock = options.clock ?? engine_clock/* systemClock */.m;
    const { template } = options;
    const ec2Clients = dependencies.ec2Clients ?? (await (0,ec2/* createEc2Clients */.R)(options.credentials));
    const connectTo = dependencies.connect ?? (await __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 5954))).connect;
    const runProvisioner = dependencies.runProvisioner ?? (await __webpack_require__.e(/* import() */ 848).then(__webpack_require__.bind(__webpack_require__, 3848))).runProvisioner;
    for (const secret of template.sensitiveValues)
        options.reporter.mask(secret);
    const several = template.sources.length > 1;
    const outcomes = await Promise.all(template.sources.map(source => {
        const region = source.region || options.defaultRegion;
        if (!region) {
            const message = `Source "${source.name}" has no region: set region in the template or aws-region.`;
            options.reporter.error(message);
            return Promise.resolve({
                failure: { name: source.name, message, phases: [] },
                tracker: new ResourceTracker(source.name),
                leftBehind: []
            });
        }
        const ec2s = new Map();
        const ec2In = (r) => {
            let ec2 = ec2s.get(r);
            if (!ec2)
                ec2s.set(r, (ec2 = (0,aws/* regionalEc2 */.c)(ec2Clients, r, clock)));
            return ec2;
        };
        const ctx = {
            source: { ...source, region },
            template,
            runId: options.runId,
            ec2: ec2In(region),
            ec2In,
            clock,
            reporter: prefixed(options.reporter, source.name, several),
            tracker: new ResourceTracker(source.name, options.onResource),
            connect: connectTo,
            runProvisioner,
            instanceTimeLimitMinutes: options.instanceTimeLimitMinutes ?? 360,
            secrets: [...template.sensitiveValues],
            pace: new wait/* Pace */.oG()
        };
        return runSource(ctx, options, dependencies);
    }));
    if (!dependencies.ec2Clients)
        ec2Clients.destroy();
    const artifacts = outcomes.flatMap(o => (o.artifact ? [o.artifact] : []));
    const failures = outcomes.flatMap(o => (o.failure ? [o.failure] : []));
    let manifests = [];
    try {
        manifests = await writeManifests(template.postProcessors, artifacts, options.runId, clock);
    }
    catch (error) {
        // The AMIs exist and are kept; only the manifest is missing.
        const message = `Writing the manifest failed: ${(0,retry/* errorMessage */.gJ)(error)}`;
        options.reporter.error(message);
        failures.push({ name: 'manifest', message, phases: [] });
    }
    const result = {
        artifacts,
        failures,
        cleanedUp: outcomes.flatMap(o => o.tracker.removed),
        leftBehind: outcomes.flatMap(o => o.leftBehind),
        manifests,
        cancelled: options.signal.aborted
    };
    summarize(options.reporter, result);
    return result;
}
async function runSource(ctx, options, dependencies) {
    const { clock, reporter, source } = ctx;
    const state = {
        amis: {},
        snapshots: {},
        buildVariables: {},
        imagesInFlight: new Set()
    };
    const phases = [];
    const ran = [];
    const signal = options.signal;
    let failure;
    for (const stage of amazonEbsSteps(source)) {
        const steps = [stage].flat().filter(step => !step.skip?.(ctx, state));
        if (steps.length === 0)
            continue;
        for (const step of steps)
            dependencies.beforeStep?.(source.name, step.name);
        if (signal.aborted) {
            failure = { name: source.name, message: `Cancelled before: ${steps[0].title}`, phases };
            break;
        }
        ran.push(...steps);
        state.buildVariables = buildVariables(ctx, state);
        const runStep = async (step) => {
            const startedAt = clock.now();
            try {
                await step.run(ctx, state, signal);
                reporter.info(`${step.title}: done (${(0,engine_clock/* formatDuration */.a)(clock.now() - startedAt)})`);
            }
            catch (error) {
                throw new StepFailure(step, error);
            }
            finally {
                phases.push({ name: step.name, startedAt, durationMs: clock.now() - startedAt });
            }
        };
        // Every step of a stage settles before the next stage or the cleanup: one that fails does not
        // cut its siblings off mid-call, where what they created could go unrecorded.
        const runStage = async () => {
            const outcomes = await Promise.allSettled(steps.map(runStep));
            const failed = outcomes.find(o => o.status === 'rejected');
            if (failed)
                throw failed.reason;
        };
        try {
            if (steps.length === 1 && steps[0].ownsGroups)
                await runStage();
            else
                await reporter.group(steps.map(step => step.title).join('; '), runStage);
        }
        catch (caught) {
            const { step, error } = caught instanceof StepFailure ? caught : { step: steps[0], error: caught };
            failure = { name: source.name, message: failureMessage(step, error, signal), phases };
            if (!(error instanceof engine_state/* BuildError */.zS) &&
                !isUserError(error) &&
                !(0,retry/* errorCode */.CA)(error) &&
                !signal.aborted) {
                reporter.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
            }
            reporter.error(failure.message);
            break;
        }
    }
    let leftBehind;
    if (failure && options.onError === 'abort' && !signal.aborted) {
        leftBehind = (await keepForDebugging(ctx, state)).map(r => ({
            ...r,
            reason: 'kept for debugging (on-error: abort)'
        }));
    }
    else {
        const startedAt = clock.now();
        leftBehind = await reporter.group('Cleaning up', () => cleanup(ctx, state, ran, !failure, dependencies.cleanupTimeoutMs ?? 300_000));
        phases.push({ name: 'cleanup', startedAt, durationMs: clock.now() - startedAt });
    }
    if (failure)
        return { failure, tracker: ctx.tracker, leftBehind };
    return {
        artifact: {
            name: source.name,
            builderType: 'amazon-ebs',
            region: source.region,
            amis: inRegionOrder(source, state.amis),
            snapshots: inRegionOrder(source, state.snapshots),
            amiName: source.ami_name,
            sourceAmi: state.sourceImage?.id ?? '',
            sourceAmiName: state.sourceImage?.name,
            instanceType: source.instance_type,
            phases
        },
        tracker: ctx.tracker,
        leftBehind
    };
}
/** The build region first, then ami_regions as the template lists them (copies finish in any
 * order; outputs should not). */
function inRegionOrder(source, byRegion) {
    const order = [source.region, ...source.ami_regions];
    return Object.fromEntries(Object.entries(byRegion).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
/** Which step of a stage failed, and how. */
class StepFailure {
    step;
    error;
    constructor(step, error) {
        this.step = step;
        this.error = error;
    }
}
/** A provisioner's failure (a script's exit code, a missing file) is the user's to fix. */
function isUserError(error) {
    return error instanceof Error && error.name === 'ProvisionerError';
}
function failureMessage(step, error, signal) {
    if (signal.aborted)
        return `Cancelled during: ${step.title}`;
    if (error instanceof engine_state/* BuildError */.zS || error instanceof wait/* WaitTimeoutError */.Do || isUserError(error)) {
        return error instanceof Error ? error.message : String(error);
    }
    const code = (0,retry/* errorCode */.CA)(error);
    if (code)
        return `${step.title} failed: ${code}: ${(0,retry/* errorMessage */.gJ)(error)}`;
    return `${step.title} failed: ${(0,retry/* errorMessage */.gJ)(error)}`;
}
/**
 * Undo what the steps did. The instance goes first (it is what costs money, and the runner kills
 * a cancelled job 10 s after SIGINT); the security group last (it waits for the instance to let
 * go); the rest in reverse. Runs under its own bounded signal, since the build's may have fired.
 */
async function cleanup(ctx, state, ran, succeeded, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`cleanup took longer than ${(0,engine_clock/* formatDuration */.a)(timeoutMs)}`)), timeoutMs);
    timer.unref();
    const order = [
        ...ran.filter(s => s.cleanupOrder === 'first'),
        ...ran.filter(s => !s.cleanupOrder).reverse(),
        ...ran.filter(s => s.cleanupOrder === 'last')
    ];
    const problems = [];
    try {
        for (const step of order) {
            if (!step.cleanup)
                continue;
            try {
                await step.cleanup(ctx, state, { signal: controller.signal, succeeded });
            }
            catch (error) {
                // Keep going: one resource that will not go must not strand the others.
                const message = `${step.title}: ${(0,retry/* errorMessage */.gJ)(error)}`;
                problems.push(message);
                ctx.reporter.warning(`Cleanup failed for ${message}`);
            }
        }
    }
    finally {
        clearTimeout(timer);
    }
    const reason = problems.join('; ') || 'not removed';
    const left = ctx.tracker
        .remaining()
        .filter(r => (succeeded ? r.kind !== 'image' && r.kind !== 'snapshot' : true));
    for (const r of left)
        ctx.tracker.markFailed(r.kind, r.id, r.region, reason);
    return left.map(r => ({ ...r, reason }));
}
/** on-error: abort: keep everything, mark it so the post step's sweep leaves it, and say exactly
 * what is where and how to remove it. */
async function keepForDebugging(ctx, state) {
    const { reporter, runId } = ctx;
    const kept = ctx.tracker.remaining();
    const signal = AbortSignal.timeout(30_000);
    // Tagged so the post step's sweep, which removes what carries the run tag, leaves them alone.
    const byRegion = new Map();
    for (const r of kept) {
        const id = r.kind === 'key-pair' ? state.keyPair?.id : r.id;
        if (id)
            byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), id]);
    }
    const tagged = await Promise.allSettled([...byRegion].map(([region, ids]) => ctx.ec2In(region).send(new ctx.ec2.sdk.CreateTagsCommand({
        Resources: ids,
        Tags: (0,engine_state/* ec2Tags */.kh)({ [engine_state/* KEPT_TAG */.eV]: 'true' })
    }), { signal })));
    for (const outcome of tagged) {
        if (outcome.status === 'rejected') {
            reporter.warning(`Could not mark the kept resources (${(0,retry/* errorMessage */.gJ)(outcome.reason)}): the post step may remove them.`);
        }
    }
    for (const r of kept)
        ctx.tracker.markKept(r.kind, r.id, r.region);
    await state.communicator?.close().catch(() => undefined);
    const lines = [
        `on-error: abort — nothing was cleaned up. Kept for debugging (run ${runId}):`,
        ...kept.map(r => `  ${r.kind} ${r.id} in ${r.region}`)
    ];
    if (state.instance && !state.instanceTerminated) {
        const host = state.host ?? state.instance.publicIp ?? state.instance.privateIp;
        lines.push(`Instance ${state.instance.id}${host ? ` at ${host}` : ''}: the temporary private key existed ` +
            'only in this process, so connect with EC2 Instance Connect or SSM Session Manager.');
        if (state.deadManSwitchArmed) {
            lines.push(`It powers itself off and terminates ${ctx.instanceTimeLimitMinutes} minutes after it started.`);
        }
    }
    lines.push('To remove it all: ami-build cleanup (with the same run ID), or:', ...kept.map(r => `  ${removalCommand(r)}`));
    reporter.error(lines.join('\n'));
    return kept;
}
function removalCommand(r) {
    const region = `--region ${r.region}`;
    switch (r.kind) {
        case 'instance':
            return `aws ec2 terminate-instances ${region} --instance-ids ${r.id}`;
        case 'key-pair':
            return `aws ec2 delete-key-pair ${region} --key-name ${r.id}`;
        case 'security-group':
            return `aws ec2 delete-security-group ${region} --group-id ${r.id}`;
        case 'image':
            return `aws ec2 deregister-image ${region} --image-id ${r.id}`;
        case 'snapshot':
            return `aws ec2 delete-snapshot ${region} --snapshot-id ${r.id}`;
        case 'volume':
            return `aws ec2 delete-volume ${region} --volume-id ${r.id}`;
        case 'spot-request':
            return `aws ec2 cancel-spot-instance-requests ${region} --spot-instance-request-ids ${r.id}`;
    }
}
function summarize(reporter, result) {
    const lines = [];
    for (const artifact of result.artifacts) {
        const amis = Object.entries(artifact.amis);
        lines.push(amis.length
            ? `--> ${artifact.name}: AMIs were created:\n${amis.map(([r, id]) => `${r}: ${id}`).join('\n')}`
            : `--> ${artifact.name}: no AMI (skip_create_ami)`);
    }
    for (const failure of result.failures)
        lines.push(`--> ${failure.name}: failed: ${failure.message}`);
    if (result.cleanedUp.length) {
        lines.push(`Cleaned up: ${result.cleanedUp.map(r => `${r.kind} ${r.id} (${r.region})`).join(', ')}`);
    }
    for (const left of result.leftBehind) {
        lines.push(`Left behind: ${left.kind} ${left.id} in ${left.region}: ${left.reason}`);
    }
    reporter.info(lines.join('\n'));
}


/***/ }),

/***/ 4250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ expandBuildVariables)
/* harmony export */ });
/* unused harmony export buildVariablesIn */
const REFERENCE = /\$\{build\.([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Replace each `${build.Name}` with its value; a name without a value stays as written. */
function expandBuildVariables(text, values) {
    return text.replace(REFERENCE, (whole, name) => Object.prototype.hasOwnProperty.call(values, name)
        ? (values[name] ?? whole)
        : whole);
}
/** The build variables a string uses, in order of first use. */
function buildVariablesIn(text) {
    return [...new Set([...text.matchAll(REFERENCE)].map(m => m[1]))];
}


/***/ })

};
