export const id = 858;
export const ids = [858];
export const modules = {

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ createEc2Clients)
/* harmony export */ });
async function createEc2Clients(credentials) {
    const sdk = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    const clients = new Map();
    return {
        sdk,
        client(region) {
            let client = clients.get(region);
            if (!client) {
                client = new sdk.EC2Client({
                    region,
                    credentials,
                    // The engine owns the retry policy (engine/retry.ts): it knows which errors are
                    // eventual consistency, and its sleeps go through the injected clock and the
                    // build's AbortSignal, which the SDK's own backoff would not.
                    maxAttempts: 1
                });
                clients.set(region, client);
            }
            return client;
        },
        destroy() {
            for (const client of clients.values())
                client.destroy();
            clients.clear();
        }
    };
}


/***/ }),

/***/ 6543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ regionalEc2)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3344);

function regionalEc2(clients, region, clock) {
    const client = clients.client(region);
    return {
        region,
        sdk: clients.sdk,
        send(command, options) {
            return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(command, { abortSignal: options.signal }), {
                clock,
                signal: options.signal,
                retryCodes: options.retry,
                patienceMs: options.patienceMs
            });
        }
    };
}


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/** Real time. Tests inject their own Clock instead. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};
/** "0.4 s", "12 s", "3m05s": durations as the logs print them. */
function formatDuration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (ms < 60_000)
        return `${Math.round(ms / 1000)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ deleteSnapshot),
/* harmony export */   Qt: () => (/* binding */ snapshotIdsOf),
/* harmony export */   aH: () => (/* binding */ removeImage)
/* harmony export */ });
/* unused harmony export describeImage */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3344);

async function describeImage(ec2, imageId, signal) {
    try {
        const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
            signal
        });
        return out.Images?.[0];
    }
    catch (error) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'InvalidAMIID.NotFound' ||
            (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'InvalidAMIID.Unavailable') {
            return undefined;
        }
        throw error;
    }
}
function snapshotIdsOf(image) {
    return (image?.BlockDeviceMappings ?? []).flatMap(m => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []);
}
/** Deregister an image and delete its snapshots. Returns the snapshots deleted; an image that is
 * already gone is not an error. `knownSnapshots` covers an image too young to list its own. */
async function removeImage(ec2, imageId, signal, options = { deleteSnapshots: true }) {
    const image = await describeImage(ec2, imageId, signal);
    const snapshots = [...new Set([...snapshotIdsOf(image), ...(options.knownSnapshots ?? [])])];
    if (image) {
        try {
            await ec2.send(new ec2.sdk.DeregisterImageCommand({ ImageId: imageId }), { signal });
        }
        catch (error) {
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== 'InvalidAMIID.NotFound' &&
                (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== 'InvalidAMIID.Unavailable') {
                throw error;
            }
        }
    }
    if (!options.deleteSnapshots)
        return { snapshots: [] };
    for (const snapshotId of snapshots) {
        await deleteSnapshot(ec2, snapshotId, signal);
    }
    return { snapshots };
}
async function deleteSnapshot(ec2, snapshotId, signal) {
    try {
        // The deregistration takes a moment to release the snapshot.
        await ec2.send(new ec2.sdk.DeleteSnapshotCommand({ SnapshotId: snapshotId }), {
            signal,
            retry: ['InvalidSnapshot.InUse'],
            patienceMs: 60_000
        });
    }
    catch (error) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== 'InvalidSnapshot.NotFound')
            throw error;
    }
}


/***/ }),

/***/ 3344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony exports THROTTLE_BASE_MS, THROTTLE_CAP_MS, isTransient, backoffDelay */
const THROTTLING = new Set([
    'RequestLimitExceeded',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ServiceUnavailable',
    'Unavailable',
    'InternalError',
    'InternalFailure',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError'
]);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
const THROTTLE_BASE_MS = 250;
const THROTTLE_CAP_MS = 20_000;
/** The AWS error code of an SDK error (its `name`), or undefined for anything else. */
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (typeof e.Code === 'string')
        return e.Code;
    if (typeof e.code === 'string')
        return e.code;
    if (typeof e.name === 'string' && e.name !== 'Error')
        return e.name;
    return undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Throttling, a 5xx, or a dropped connection: worth another try after a pause. */
function isTransient(error) {
    const code = errorCode(error);
    if (code && (THROTTLING.has(code) || NETWORK.has(code)))
        return true;
    // A named error is what it says (InsufficientInstanceCapacity comes with a 500 and is final);
    // the status decides only for an answer without a usable code.
    if (code && code !== 'Unknown' && !code.endsWith('ServerError'))
        return false;
    const status = error?.$metadata?.httpStatusCode;
    return typeof status === 'number' && (status === 429 || status >= 500);
}
/**
 * EC2 answered, and the answer is a final no (a capacity or validation error): the request was
 * turned down and did nothing. Anything else — an abort, a timeout, a dropped connection, a 5xx —
 * leaves open whether it took effect.
 */
function isRefusal(error) {
    const status = error?.$metadata?.httpStatusCode;
    return typeof status === 'number' && errorCode(error) !== undefined && !isTransient(error);
}
/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): spreads concurrent
 * builds' retries instead of having them collide again. */
function backoffDelay(attempt, random = Math.random) {
    const ceiling = Math.min(THROTTLE_CAP_MS, THROTTLE_BASE_MS * 2 ** attempt);
    return Math.max(50, Math.floor(random() * ceiling));
}
async function withRetry(fn, options) {
    const { clock, signal } = options;
    const random = options.random ?? Math.random;
    const patienceMs = options.patienceMs ?? 120_000;
    const maxThrottleRetries = options.maxThrottleRetries ?? 10;
    const started = clock.now();
    let throttled = 0;
    let waited = 0;
    for (;;) {
        signal.throwIfAborted();
        try {
            return await fn();
        }
        catch (error) {
            if (signal.aborted)
                throw signal.reason;
            const code = errorCode(error);
            if (isTransient(error) && throttled < maxThrottleRetries) {
                await clock.sleep(backoffDelay(throttled++, random), signal);
                continue;
            }
            if (code && options.retryCodes?.includes(code) && clock.now() - started < patienceMs) {
                // Eventual consistency settles in about a second; start there and stay frugal.
                await clock.sleep(Math.min(5000, 500 * 2 ** Math.min(waited++, 4)), signal);
                continue;
            }
            throw error;
        }
    }
}


/***/ }),

/***/ 1599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ RUN_ID_TAG),
/* harmony export */   He: () => (/* binding */ runTags),
/* harmony export */   cJ: () => (/* binding */ BUILD_TAG),
/* harmony export */   eV: () => (/* binding */ KEPT_TAG),
/* harmony export */   kh: () => (/* binding */ ec2Tags),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
/** Tag keys the engine owns. */
const RUN_ID_TAG = 'ami-build:run-id';
const BUILD_TAG = 'ami-build:build';
/** Marks what `on-error: abort` kept on purpose, so the post step's sweep leaves it alone. */
const KEPT_TAG = 'ami-build:kept';
/** A mistake in the template or account the user can fix: printed as a message, no stack. */
class BuildError extends Error {
}
/** `Name=value` tags as EC2 wants them. */
function ec2Tags(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** The tags every temporary resource carries, so the post step can find it by run. */
function runTags(ctx) {
    return { [RUN_ID_TAG]: ctx.runId, [BUILD_TAG]: ctx.source.name };
}


/***/ }),

/***/ 4858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweep: () => (/* binding */ sweep)
/* harmony export */ });
/* harmony import */ var _clients_ec2_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6543);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3124);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1890);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3344);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1599);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(641);







const kept = (tags) => (tags ?? []).some(t => t.Key === _state_js__WEBPACK_IMPORTED_MODULE_5__/* .KEPT_TAG */ .eV);
const buildOf = (tags) => (tags ?? []).find(t => t.Key === 'ami-build:build')?.Value ?? '';
async function sweep(options, dependencies = {}) {
    const clock = options.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m;
    const clients = dependencies.ec2Clients ?? (await (0,_clients_ec2_js__WEBPACK_IMPORTED_MODULE_6__/* .createEc2Clients */ .R)(options.credentials));
    const result = { removed: [], failed: [] };
    const regions = [...new Set([...options.regions, ...options.resources.map(r => r.region)])];
    try {
        await Promise.all(regions.map(region => sweepRegion((0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .regionalEc2 */ .c)(clients, region, clock), options, clock, result)));
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
    const byTag = [{ Name: `tag:${_state_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_ID_TAG */ .D$}`, Values: [runId] }];
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
        result.failed.push({ ...r, build: r.build ?? '', reason: (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) });
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
            ((k.Tags ?? []).some(t => t.Key === _state_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_ID_TAG */ .D$ && t.Value === runId) ||
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
                await terminate(ec2, [instance.id], signal).then(() => done(instance), e => (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(e) === 'InvalidInstanceID.NotFound'
                    ? done(instance)
                    : fail(instance, e ?? error));
            }
        }
    }
    const removedSnapshots = new Set();
    for (const image of merge(listed('image'), images)) {
        try {
            const { snapshots: gone } = await (0,_images_js__WEBPACK_IMPORTED_MODULE_2__/* .removeImage */ .aH)(ec2, image.id, signal);
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
            await (0,_images_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteSnapshot */ .Cj)(ec2, snapshot.id, signal);
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
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitFor */ .fm)({
            what: `instance ${toTerminate.map(i => i.id).join(', ')} to terminate`,
            expected: _wait_js__WEBPACK_IMPORTED_MODULE_4__/* .EXPECTED */ .dS.terminated,
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
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error) === 'InvalidGroup.NotFound')
                done(group);
            else
                fail(group, error);
        }
    }
}
async function terminate(ec2, ids, signal) {
    await ec2.send(new ec2.sdk.TerminateInstancesCommand({ InstanceIds: ids }), { signal });
}


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   dS: () => (/* binding */ EXPECTED),
/* harmony export */   fm: () => (/* binding */ waitFor),
/* harmony export */   oG: () => (/* binding */ Pace),
/* harmony export */   vv: () => (/* binding */ WaitFailedError)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY, predictEnd, estimatedPercent, nextPollDelay */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3124);

/** Reference durations (PRODUCT.md "Testing against something real"). */
const EXPECTED = {
    running: { minMs: 15_000, maxMs: 20_000 },
    stopped: { minMs: 30_000, maxMs: 60_000 },
    imageAvailable: { minMs: 120_000, maxMs: 360_000 },
    copyAvailable: { minMs: 300_000, maxMs: 900_000 },
    terminated: { minMs: 30_000, maxMs: 60_000 }
};
const DEFAULT_POLICY = {
    firstMs: 300,
    tightMs: 1000,
    capMs: 60_000,
    factor: 3
};
/**
 * How this environment's pace compares with AWS's, learned from the first transition a build
 * watches (the instance starting). Once the pace is known to be AWS's, waits sleep through the
 * stretch where the resource cannot be ready and poll only in its window. Anything much faster
 * (the emulator, a test) has its windows scaled down by the measured ratio and is still probed
 * soon, since one transition says little about the proportions of the others.
 */
class Pace {
    awsLike;
    factor = 1;
    /** A transition expected to take `expected` took between `atLeastMs` and `atMostMs`. */
    observe(expected, atLeastMs, atMostMs) {
        if (this.awsLike !== undefined)
            return;
        // AWS itself varies; only a transition far quicker than its usual minimum says "not AWS".
        this.awsLike = atLeastMs >= expected.minMs / 2;
        if (this.awsLike)
            return;
        const typical = (expected.minMs + expected.maxMs) / 2;
        this.factor = Math.min(1, Math.max(0.001, (atLeastMs + atMostMs) / 2 / typical));
    }
    /** True once the windows of EXPECTED are known to hold here. */
    get known() {
        return this.awsLike === true;
    }
    /** The window to expect here: never stretched, only shrunk for a faster environment. */
    scale(expected) {
        return { minMs: expected.minMs * this.factor, maxMs: expected.maxMs * this.factor };
    }
}
/** When a resource reporting progress will be done, from the rate between two readings. */
function predictEnd(first, last) {
    // At 99–100 % the resource is finishing (AWS holds snapshots at 99 % a while): poll tightly.
    if (last.percent >= 99)
        return last.elapsedMs;
    if (last.elapsedMs <= first.elapsedMs || last.percent <= first.percent)
        return undefined;
    const rate = (last.percent - first.percent) / (last.elapsedMs - first.elapsedMs);
    return last.elapsedMs + (100 - last.percent) / rate;
}
/** Progress now, extrapolated from the readings so far: a line between two polls shows where
 * the resource is, not where it was at the last poll. */
function estimatedPercent(first, last, elapsedMs) {
    if (!first || !last)
        return undefined;
    const end = predictEnd(first, last);
    if (end === undefined || end <= last.elapsedMs)
        return last.percent;
    const rate = (100 - last.percent) / (end - last.elapsedMs);
    return Math.min(99, last.percent + rate * (elapsedMs - last.elapsedMs));
}
/** The poll interval inside the expected window (mean lag is half of it): 2 s across a stop's
 * 30–60 s, 1 s across a boot's 15–20 s. Wide windows (images) are narrowed by their progress. */
function windowInterval(expected, policy) {
    return Math.max(policy.tightMs, (expected.maxMs - expected.minMs) / 15);
}
/** How long to sleep before the next poll. Pure, so the schedule is testable on its own. */
function nextPollDelay(input, policy = DEFAULT_POLICY) {
    const { elapsedMs, previousDelayMs, expected } = input;
    const { firstMs, tightMs, capMs, factor } = policy;
    const clamp = (ms) => Math.max(Math.min(ms, capMs), Math.min(firstMs, tightMs));
    if (input.predictedEndMs !== undefined) {
        // Sleep most of the way (no cap: the rate is measured), then re-measure near the end, where
        // a rate that drifted would show.
        const remaining = input.predictedEndMs - elapsedMs;
        return remaining > tightMs ? remaining - Math.max(tightMs / 2, remaining * 0.1) : tightMs;
    }
    if (input.guessedEndMs !== undefined) {
        // A single reading overestimates the remaining time when progress started late, so only go
        // halfway there and take a second reading.
        const remaining = input.guessedEndMs - elapsedMs;
        if (remaining > 2 * tightMs)
            return clamp(remaining / 2);
    }
    const interval = windowInterval(expected, policy);
    const windowStart = expected.minMs - interval;
    if (previousDelayMs === undefined) {
        if (!input.windowKnown)
            return firstMs;
        // A progress reading a quarter of the way in gives the rate in time to sleep most of the
        // rest; without progress, the first look is where the window opens.
        return input.reportsProgress ? expected.minMs / 4 : windowStart;
    }
    if (elapsedMs < windowStart) {
        const backoff = previousDelayMs * factor;
        // Sleep through to the window rather than overshoot it.
        return clamp(elapsedMs + backoff * 2 > windowStart ? windowStart - elapsedMs : backoff);
    }
    if (elapsedMs <= expected.maxMs)
        return clamp(interval);
    // Later than usual: something is slow, back off again.
    return clamp(Math.max(tightMs, previousDelayMs * 1.5));
}
class WaitTimeoutError extends Error {
}
class WaitFailedError extends Error {
}
async function waitFor(options) {
    const { clock, signal, reporter } = options;
    const progressEvery = options.progressEveryMs ?? 20_000;
    const started = clock.now();
    let lastLine = started;
    let previousDelay;
    let firstReading;
    let lastReading;
    /** When the resource was last seen not ready: the transition took at least this long. */
    let notYetAt = 0;
    const elapsed = () => clock.now() - started;
    const expected = options.pace?.scale(options.expected) ?? options.expected;
    const sleep = async (ms) => {
        // Long sleeps are cut at progress-line boundaries so a long wait is never silent.
        let left = ms;
        while (left > 0) {
            const untilLine = lastLine + progressEvery - clock.now();
            const chunk = Math.min(left, Math.max(untilLine, 1));
            await clock.sleep(chunk, signal);
            left -= chunk;
            if (clock.now() - lastLine >= progressEvery) {
                lastLine = clock.now();
                const estimate = estimatedPercent(firstReading, lastReading, elapsed());
                const percent = estimate === undefined ? '' : `, ${Math.floor(estimate)}%`;
                reporter.info(`Waiting for ${options.what} (${(0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(elapsed())}${percent})`);
            }
        }
    };
    for (;;) {
        const delay = nextPollDelay({
            elapsedMs: elapsed(),
            previousDelayMs: previousDelay,
            expected,
            predictedEndMs: firstReading && lastReading ? predictEnd(firstReading, lastReading) : undefined,
            guessedEndMs: lastReading && lastReading === firstReading && lastReading.percent > 0
                ? (lastReading.elapsedMs * 100) / lastReading.percent
                : undefined,
            windowKnown: options.pace?.known,
            reportsProgress: options.reportsProgress
        }, options.policy);
        if (elapsed() + delay > options.timeoutMs) {
            await sleep(Math.max(0, options.timeoutMs - elapsed()));
        }
        else {
            await sleep(delay);
        }
        previousDelay = delay;
        const policy = options.policy ?? DEFAULT_POLICY;
        const askedAt = elapsed();
        const observation = await options.check(signal, delay > policy.tightMs);
        if (observation.failure !== undefined)
            throw new WaitFailedError(observation.failure);
        if (observation.done) {
            options.pace?.observe(options.expected, notYetAt, elapsed());
            return observation.value;
        }
        notYetAt = askedAt;
        if (observation.progress !== undefined && observation.progress > 0) {
            const reading = { elapsedMs: elapsed(), percent: observation.progress };
            if (!firstReading)
                firstReading = reading;
            lastReading = reading;
        }
        if (elapsed() >= options.timeoutMs) {
            throw new WaitTimeoutError(`Timed out after ${(0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(elapsed())} waiting for ${options.what}`);
        }
    }
}


/***/ })

};
