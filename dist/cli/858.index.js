export const id = 858;
export const ids = [858];
export const modules = {

/***/ 4858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweep: () => (/* binding */ sweep)
/* harmony export */ });
/* harmony import */ var _clients_ec2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3817);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6543);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3124);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1890);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3344);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1599);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(641);







const kept = (tags) => (tags ?? []).some(t => t.Key === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .KEPT_TAG */ .eV);
const buildOf = (tags) => (tags ?? []).find(t => t.Key === 'ami-build:build')?.Value ?? '';
async function sweep(options, dependencies = {}) {
    const clock = options.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m;
    const clients = dependencies.ec2Clients ?? (await (0,_clients_ec2_js__WEBPACK_IMPORTED_MODULE_0__/* .createEc2Clients */ .R)(options.credentials));
    const result = { removed: [], failed: [] };
    const regions = [...new Set([...options.regions, ...options.resources.map(r => r.region)])];
    try {
        await Promise.all(regions.map(region => sweepRegion((0,_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .regionalEc2 */ .c)(clients, region, clock), options, clock, result)));
    }
    finally {
        if (!dependencies.ec2Clients)
            clients.destroy();
    }
    if (result.removed.length) {
        options.reporter.info(`Removed ${result.removed.map(r => `${r.kind} ${r.id} (${r.region})`).join(', ')}`);
    }
    for (const f of result.failed) {
        options.reporter.warning(`Could not remove ${f.kind} ${f.id} in ${f.region}: ${f.reason}`);
    }
    return result;
}
async function sweepRegion(ec2, options, clock, result) {
    const { signal, runId } = options;
    const region = ec2.region;
    const byTag = [{ Name: `tag:${_state_js__WEBPACK_IMPORTED_MODULE_6__/* .RUN_ID_TAG */ .D$}`, Values: [runId] }];
    const listed = (kind) => options.resources.filter(r => r.region === region && r.kind === kind && !r.kept);
    const merge = (a, b) => {
        const seen = new Map(a.map(r => [r.id, r]));
        for (const r of b)
            if (!seen.has(r.id))
                seen.set(r.id, r);
        return [...seen.values()];
    };
    const done = (r) => {
        result.removed.push({ ...r, build: r.build ?? '' });
    };
    const fail = (r, error) => {
        result.failed.push({ ...r, build: r.build ?? '', reason: (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error) });
    };
    const [instances, images, snapshots, keyPairs, groups] = await Promise.all([
        ec2
            .send(new ec2.sdk.DescribeInstancesCommand({
            Filters: [
                ...byTag,
                { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
            ]
        }), { signal })
            .then(out => (out.Reservations ?? [])
            .flatMap(r => r.Instances ?? [])
            .filter(i => !kept(i.Tags))
            .map(i => ({
            kind: 'instance',
            id: i.InstanceId,
            region,
            build: buildOf(i.Tags)
        }))),
        ec2
            .send(new ec2.sdk.DescribeImagesCommand({ Owners: ['self'], Filters: byTag }), { signal })
            .then(out => (out.Images ?? [])
            .filter(i => !kept(i.Tags))
            .map(i => ({ kind: 'image', id: i.ImageId, region, build: buildOf(i.Tags) }))),
        ec2
            .send(new ec2.sdk.DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: byTag }), {
            signal
        })
            .then(out => (out.Snapshots ?? [])
            .filter(s => !kept(s.Tags))
            .map(s => ({
            kind: 'snapshot',
            id: s.SnapshotId,
            region,
            build: buildOf(s.Tags)
        }))),
        ec2
            .send(new ec2.sdk.DescribeKeyPairsCommand({}), { signal })
            .then(out => (out.KeyPairs ?? [])
            .filter(k => !kept(k.Tags) &&
            ((k.Tags ?? []).some(t => t.Key === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .RUN_ID_TAG */ .D$ && t.Value === runId) ||
                k.KeyName?.startsWith(`ami-build-${runId}-`)))
            .map(k => ({ kind: 'key-pair', id: k.KeyName, region, build: buildOf(k.Tags) }))),
        ec2.send(new ec2.sdk.DescribeSecurityGroupsCommand({ Filters: byTag }), { signal }).then(out => (out.SecurityGroups ?? [])
            .filter(g => !kept(g.Tags))
            .map(g => ({
            kind: 'security-group',
            id: g.GroupId,
            region,
            build: buildOf(g.Tags)
        })))
    ]);
    // The instance first: it costs money and holds the security group.
    const toTerminate = merge(listed('instance'), instances);
    for (const batch of toTerminate.length ? [toTerminate] : []) {
        try {
            await terminate(ec2, batch.map(i => i.id), signal);
            batch.forEach(done);
        }
        catch (error) {
            // One unknown ID fails the whole call: fall back to one at a time.
            for (const instance of batch) {
                await terminate(ec2, [instance.id], signal).then(() => done(instance), e => (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(e) === 'InvalidInstanceID.NotFound'
                    ? done(instance)
                    : fail(instance, e ?? error));
            }
        }
    }
    const removedSnapshots = new Set();
    for (const image of merge(listed('image'), images)) {
        try {
            const { snapshots: gone } = await (0,_images_js__WEBPACK_IMPORTED_MODULE_3__/* .removeImage */ .aH)(ec2, image.id, signal);
            done(image);
            for (const id of gone) {
                removedSnapshots.add(id);
                done({ kind: 'snapshot', id, region, build: image.build });
            }
        }
        catch (error) {
            fail(image, error);
        }
    }
    for (const snapshot of merge(listed('snapshot'), snapshots)) {
        if (removedSnapshots.has(snapshot.id))
            continue;
        try {
            await (0,_images_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteSnapshot */ .Cj)(ec2, snapshot.id, signal);
            done(snapshot);
        }
        catch (error) {
            fail(snapshot, error);
        }
    }
    for (const key of merge(listed('key-pair'), keyPairs)) {
        try {
            await ec2.send(new ec2.sdk.DeleteKeyPairCommand({ KeyName: key.id }), { signal });
            done(key);
        }
        catch (error) {
            fail(key, error);
        }
    }
    const securityGroups = merge(listed('security-group'), groups);
    if (toTerminate.length) {
        // A group is deletable only once its instance is terminated; and with no group left (the
        // build released it early), what the sweep reports removed is still gone, not on its way.
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .waitFor */ .fm)({
            what: `instance ${toTerminate.map(i => i.id).join(', ')} to terminate`,
            expected: _wait_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPECTED */ .dS.terminated,
            timeoutMs: 5 * 60_000,
            clock,
            signal,
            reporter: options.reporter,
            check: async (s) => {
                const out = await ec2.send(new ec2.sdk.DescribeInstancesCommand({ InstanceIds: toTerminate.map(i => i.id) }), { signal: s });
                const states = (out.Reservations ?? []).flatMap(r => r.Instances ?? []);
                return { done: states.every(i => i.State?.Name === 'terminated') };
            }
        }).catch(() => undefined);
    }
    for (const group of securityGroups) {
        try {
            await ec2.send(new ec2.sdk.DeleteSecurityGroupCommand({ GroupId: group.id }), {
                signal,
                retry: ['DependencyViolation'],
                patienceMs: 120_000
            });
            done(group);
        }
        catch (error) {
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(error) === 'InvalidGroup.NotFound')
                done(group);
            else
                fail(group, error);
        }
    }
}
async function terminate(ec2, ids, signal) {
    await ec2.send(new ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }), { signal });
}


/***/ })

};
