export const id = 23;
export const ids = [23,440];
export const modules = {

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: ./src/action/workflow.ts
var workflow = __webpack_require__(5809);
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/build-summary.ts


function buildSummaryHtml(result, templatePath) {
    const parts = [`<h2>AMI build: ${code(templatePath)}</h2>`];
    if (result.cancelled)
        parts.push('<p>⏹️ The build was cancelled.</p>');
    for (const artifact of result.artifacts)
        parts.push(artifactHtml(artifact));
    for (const failure of result.failures)
        parts.push(failureHtml(failure));
    if (result.leftBehind.length > 0) {
        parts.push('<h3>⚠️ Left behind</h3>', '<p>These resources still exist in your account; remove them when you are done.</p>', table(['Resource', 'Region', 'Build', 'Why'], result.leftBehind.map(resource => [
            `${(0,summary/* escapeHtml */.Z)(resource.kind)} ${code(resource.id)}`,
            (0,summary/* escapeHtml */.Z)(resource.region),
            (0,summary/* escapeHtml */.Z)(resource.build),
            (0,summary/* escapeHtml */.Z)(resource.reason)
        ])));
    }
    if (result.cleanedUp.length > 0) {
        parts.push(`<details><summary>Cleaned up: ${describeCount(result.cleanedUp)}</summary>`, table(['Resource', 'Region', 'Build'], result.cleanedUp.map(resource => [
            `${(0,summary/* escapeHtml */.Z)(resource.kind)} ${code(resource.id)}`,
            (0,summary/* escapeHtml */.Z)(resource.region),
            (0,summary/* escapeHtml */.Z)(resource.build)
        ])), '</details>');
    }
    return parts.join('\n') + '\n';
}
function artifactHtml(artifact) {
    const amis = Object.entries(artifact.amis);
    return [
        `<h3>✅ ${(0,summary/* escapeHtml */.Z)(artifact.name)}: ${code(artifact.amiName)}</h3>`,
        amis.length === 0
            ? '<p>No AMI was made (<code>skip_create_ami</code>).</p>'
            : table(['Region', 'AMI', 'Snapshots'], amis.map(([region, ami]) => [
                (0,summary/* escapeHtml */.Z)(region),
                `<a href="${(0,summary/* escapeHtml */.Z)(consoleLink(region, ami))}">${code(ami)}</a>`,
                (artifact.snapshots[region] ?? []).map(code).join(' ')
            ])),
        table(['Source AMI', 'Instance type'], [
            [
                code(artifact.sourceAmi) +
                    (artifact.sourceAmiName ? ` ${(0,summary/* escapeHtml */.Z)(artifact.sourceAmiName)}` : ''),
                code(artifact.instanceType)
            ]
        ]),
        timeline(artifact.phases)
    ].join('\n');
}
function failureHtml(failure) {
    return [
        `<h3>❌ ${(0,summary/* escapeHtml */.Z)(failure.name)} failed</h3>`,
        `<pre><code>${(0,summary/* escapeHtml */.Z)(failure.message)}</code></pre>`,
        timeline(failure.phases)
    ].join('\n');
}
function timeline(phases) {
    if (phases.length === 0)
        return '';
    const total = phases.reduce((sum, phase) => sum + phase.durationMs, 0);
    return [
        '<details><summary>Timeline: ' + (0,clock/* formatDuration */.a)(total) + '</summary>',
        table(['Phase', 'Took'], phases.map(phase => [(0,summary/* escapeHtml */.Z)(phase.name), (0,clock/* formatDuration */.a)(phase.durationMs)])),
        '</details>'
    ].join('\n');
}
/** The EC2 console's page of an AMI. */
function consoleLink(region, ami) {
    return `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${ami}`;
}
function describeCount(resources) {
    const counts = new Map();
    for (const resource of resources)
        counts.set(resource.kind, (counts.get(resource.kind) ?? 0) + 1);
    return [...counts].map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`).join(', ');
}
function table(header, rows) {
    const head = `<tr>${header.map(cell => `<th>${cell}</th>`).join('')}</tr>`;
    const body = rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`);
    return `<table>${head}${body.join('')}</table>`;
}
function code(text) {
    return `<code>${(0,summary/* escapeHtml */.Z)(text)}</code>`;
}

// EXTERNAL MODULE: ./src/action/credentials.ts
var action_credentials = __webpack_require__(5440);
;// CONCATENATED MODULE: ./src/action/outputs.ts
function buildOutputs(result) {
    const withAmis = result.artifacts.filter(artifact => Object.keys(artifact.amis).length > 0);
    const first = withAmis[0];
    // One build: region → AMI. Several: build name → (region → AMI), since two builds (amd64 and
    // arm64) make one AMI each in the same region.
    const amiIds = withAmis.length === 1
        ? first.amis
        : Object.fromEntries(withAmis.map(artifact => [artifact.name, artifact.amis]));
    const snapshots = withAmis.flatMap(artifact => Object.values(artifact.snapshots).flat());
    return {
        'ami-id': first ? (first.amis[first.region] ?? Object.values(first.amis)[0]) : '',
        'ami-name': first?.amiName ?? '',
        'ami-ids': withAmis.length === 0 ? '{}' : JSON.stringify(amiIds),
        'snapshot-ids': [...new Set(snapshots)].join(','),
        manifest: result.manifests[0] ?? ''
    };
}

;// CONCATENATED MODULE: ./src/action/state.ts
const RUN_ID = 'run-id';
const REGIONS = 'regions';
const RESOURCES = 'resources';
const FINISHED = 'finished';
const OUTCOME = 'outcome';
/** Keeps the saved list of live resources in step with the engine's resource events. */
class StateRecorder {
    save;
    live = new Map();
    constructor(save) {
        this.save = save;
    }
    start(runId, regions) {
        this.save(RUN_ID, runId);
        this.save(REGIONS, JSON.stringify([...new Set(regions)]));
        this.save(RESOURCES, '[]');
    }
    onResource = (event) => {
        const key = `${event.resource.region}/${event.resource.id}`;
        if (event.type === 'created')
            this.live.set(key, event.resource);
        else
            this.live.delete(key);
        this.save(RESOURCES, JSON.stringify([...this.live.values()]));
    };
    resources() {
        return [...this.live.values()];
    }
    /** Saved outcome first: a step killed between the two saves is seen as unfinished. */
    finish(outcome) {
        this.save(OUTCOME, outcome);
        this.save(FINISHED, 'true');
    }
}
function readSavedState(get) {
    const runId = get(RUN_ID) || undefined;
    return {
        runId,
        regions: parseList(get(REGIONS)),
        resources: parseList(get(RESOURCES)),
        finished: get(FINISHED) === 'true',
        outcome: parseOutcome(get(OUTCOME))
    };
}
function parseOutcome(text) {
    return text === 'succeeded' || text === 'failed' || text === 'cancelled' ? text : undefined;
}
function parseList(text) {
    if (!text)
        return [];
    const value = JSON.parse(text);
    return Array.isArray(value) ? value : [];
}

// EXTERNAL MODULE: ./src/action/template.ts
var action_template = __webpack_require__(5994);
;// CONCATENATED MODULE: ./src/action/build.ts
/**
 * `command: build`: load the template, get credentials, run the engine, and leave the step's
 * outputs, job summary and (for the post step) saved state. The engine is loaded with a dynamic
 * import, so that `validate` never loads the AWS SDK or ssh2.
 */






async function runBuild(inputs, tools, workspace, deps) {
    const { displayPath, result: loaded } = await (0,action_template/* loadFromInputs */.YZ)(inputs, tools, workspace);
    if (!loaded.ok) {
        const count = loaded.errors.length;
        workflow/* setFailed */.C1(`${displayPath}: ${count} error${count === 1 ? '' : 's'}; nothing was built. Each one is annotated on its line.`);
        return;
    }
    const template = loaded.template;
    const regions = template.sources.flatMap(source => [
        source.region || inputs.awsRegion || '',
        ...source.ami_regions
    ]);
    if (regions.includes('')) {
        workflow/* setFailed */.C1('A source sets no `region` and the `aws-region` input is empty: set one of them.');
        return;
    }
    // From here on the post step may have work to do: the run ID tags every temporary resource.
    const recorder = new StateRecorder(deps.saveState);
    const runId = newRunId(workspace.env);
    recorder.start(runId, regions);
    const credentials = await (0,action_credentials.resolveCredentials)(inputs, deps.credentials);
    const build = await deps.loadEngine();
    const result = await build({
        template,
        defaultRegion: inputs.awsRegion,
        credentials,
        runId,
        onError: inputs.onError,
        signal: deps.signal,
        reporter: deps.reporter,
        onResource: recorder.onResource
    });
    for (const [name, value] of Object.entries(buildOutputs(result)))
        workflow/* setOutput */.uH(name, value);
    await workflow/* summary */.z.addRaw(buildSummaryHtml(result, displayPath)).write();
    for (const resource of result.leftBehind) {
        workflow/* warning */.$e(`Left behind: ${resource.kind} ${resource.id} in ${resource.region} (${resource.reason}). Remove it when you are done.`);
    }
    recorder.finish(result.cancelled ? 'cancelled' : result.failures.length > 0 ? 'failed' : 'succeeded');
    const failure = describeFailure(result);
    if (failure)
        workflow/* setFailed */.C1(failure);
}
/**
 * Unique per step: several jobs of one run (a matrix) share GITHUB_RUN_ID, and each must clean up
 * only its own resources.
 */
function newRunId(env) {
    const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : 'local';
    // Eight random hex digits, from the global Web Crypto: a static import of node:crypto would load
    // it at the start of every step, validate included.
    return `${run}-${crypto.randomUUID().slice(0, 8)}`;
}
function describeFailure(result) {
    if (result.cancelled) {
        return `The build was cancelled. ${result.cleanedUp.length} temporary resource(s) removed${result.leftBehind.length > 0 ? `; ${result.leftBehind.length} left (listed above)` : ''}.`;
    }
    if (result.failures.length === 0)
        return undefined;
    return result.failures
        .map(failure => `Build ${failure.name} failed: ${failure.message}`)
        .join('\n');
}


/***/ }),

/***/ 5440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CredentialsError: () => (/* binding */ CredentialsError),
/* harmony export */   defaultSessionName: () => (/* binding */ defaultSessionName),
/* harmony export */   githubCredentialDeps: () => (/* binding */ githubCredentialDeps),
/* harmony export */   resolveCredentials: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5809);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
/**
 * AWS credentials for a build. With `role-to-assume`: GitHub's OIDC token, traded with STS
 * AssumeRoleWithWebIdentity (in `aws-region`), masked the moment it exists. Without it: nothing
 * here, and the SDK's default credential chain (environment, instance profile) applies.
 */


const githubCredentialDeps = {
    env: process.env,
    // The one use of @actions/core: its OIDC client brings an HTTP stack (undici, ~1 MB) that only a
    // build with `role-to-assume` needs, so it is loaded here and never on the validate path.
    getIDToken: async (audience) => (await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421))).getIDToken(audience),
    assumeRole: async (request) => {
        const { assumeRoleWithWebIdentity } = await Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 1580));
        return assumeRoleWithWebIdentity(request);
    },
    mask: secret => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    info: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message)
};
/** A failure to get credentials that the user fixes in the workflow or in IAM. */
class CredentialsError extends _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
    name = 'CredentialsError';
}
const ATTEMPTS = 5;
const FIRST_BACKOFF_MS = 1000;
// STS answers these when it (or GitHub's JWKS endpoint behind it) has a moment of trouble; a
// refused role (AccessDenied) or a bad token is not going to change by asking again.
const RETRYABLE_STS = new Set([
    'IDPCommunicationError',
    'Throttling',
    'ThrottlingException',
    'ServiceUnavailable',
    'InternalFailure',
    'TimeoutError',
    'ECONNRESET'
]);
async function resolveCredentials(inputs, deps = githubCredentialDeps) {
    if (!inputs.roleToAssume)
        return undefined;
    const region = inputs.awsRegion ?? deps.env.AWS_REGION ?? deps.env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new CredentialsError('Input `aws-region` is required with `role-to-assume`: STS is called in that region.');
    }
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new CredentialsError('The job cannot get an OIDC token, which `role-to-assume` needs: add `permissions: id-token: write` to the job (or the workflow).');
    }
    const token = await retry('get the OIDC token from GitHub', () => deps.getIDToken(inputs.audience), () => true, deps).catch(error => {
        throw new CredentialsError(`Could not get an OIDC token from GitHub: ${error.message.replace(/^Error message: /, '')}`);
    });
    deps.mask(token);
    const credentials = await retry(`assume ${inputs.roleToAssume}`, () => deps.assumeRole({
        region,
        roleArn: inputs.roleToAssume,
        sessionName: inputs.roleSessionName ?? defaultSessionName(deps.env),
        durationSeconds: inputs.roleDurationSeconds,
        webIdentityToken: token
    }), error => RETRYABLE_STS.has(error.code ?? ''), deps).catch(error => {
        throw explainStsError(error, inputs.roleToAssume, inputs.audience);
    });
    deps.mask(credentials.accessKeyId);
    deps.mask(credentials.secretAccessKey);
    if (credentials.sessionToken)
        deps.mask(credentials.sessionToken);
    deps.info(`Assumed ${inputs.roleToAssume} (credentials masked in the log).`);
    return credentials;
}
/** `ami-build-<run id>-<attempt>`: findable in CloudTrail from the run, and always valid. */
function defaultSessionName(env) {
    const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-');
    return `ami-build${run ? `-${run}` : ''}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
async function retry(what, attempt, retryable, deps) {
    for (let number = 1;; number++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (number >= ATTEMPTS || !retryable(error))
                throw error;
            const backoff = FIRST_BACKOFF_MS * 2 ** (number - 1) * (0.5 + Math.random() / 2);
            deps.info(`Could not ${what} (${error.message}); trying again.`);
            await deps.sleep(backoff);
        }
    }
}
function explainStsError(error, roleArn, audience) {
    const { code, message } = error;
    if (code === 'AccessDenied' || code === 'AccessDeniedException') {
        return new CredentialsError(`STS refused to let this workflow assume ${roleArn}: ${message}. Check that the role's trust policy allows the GitHub OIDC provider (token.actions.githubusercontent.com) with this repository in the \`sub\` condition and \`${audience}\` as audience (see the README).`);
    }
    if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim') {
        return new CredentialsError(`STS did not accept GitHub's OIDC token for ${roleArn}: ${message}. Check that the account has the OIDC provider token.actions.githubusercontent.com and that \`audience\` matches its client ID.`);
    }
    if (code === 'ValidationError') {
        return new CredentialsError(`STS refused the request to assume ${roleArn}: ${message}`);
    }
    return error instanceof Error ? error : new Error(String(error));
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


/***/ })

};
