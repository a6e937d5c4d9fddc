import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ githubPostDeps),
  a: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./src/action/workflow.ts
var workflow = __nccwpck_require__(5809);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Every input of action.yml is read here and nowhere else, and checked before anything runs, so a
 * typo in a workflow fails the step with one clear message instead of half-way through a build.
 */

/** A mistake in the workflow file: reported as is, without a stack trace. */
class InputError extends Error {
    name = 'InputError';
}
const COMMANDS = ['validate', 'build'];
const ON_ERROR = ['cleanup', 'abort'];
// Packer's variable names: an HCL identifier.
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// STS's RoleSessionName and its pattern, documented for AssumeRoleWithWebIdentity.
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const MIN_DURATION = 900;
const MAX_DURATION = 43200;
/** Reads the inputs the way the runner passes them (INPUT_* variables). */
function getInputs() {
    // Untrimmed, because the last `variables` line may end in a meaningful space.
    return parseInputs(name => workflow/* getInput */.V4(name, { trimWhitespace: false }));
}
/** The checks, on any source of raw input values (an empty string means not set). */
function parseInputs(get) {
    const template = get('template').trim();
    if (template === '')
        throw new InputError('Input `template` is required: the path of the template.');
    const roleToAssume = optional(get('role-to-assume'));
    if (roleToAssume !== undefined && !ROLE_ARN.test(roleToAssume)) {
        throw new InputError(`Input \`role-to-assume\` must be an IAM role ARN like arn:aws:iam::123456789012:role/ami-builder; got "${roleToAssume}".`);
    }
    const roleSessionName = optional(get('role-session-name'));
    if (roleSessionName !== undefined && !SESSION_NAME.test(roleSessionName)) {
        throw new InputError(`Input \`role-session-name\` must be 2 to 64 characters of letters, digits and +=,.@_-; got "${roleSessionName}".`);
    }
    return {
        template,
        command: oneOf('command', get('command'), COMMANDS, 'build'),
        variables: parseVariables(get('variables')),
        varFiles: lines(get('var-files')),
        only: names(get('only')),
        except: names(get('except')),
        workingDirectory: get('working-directory').trim(),
        roleToAssume,
        awsRegion: optional(get('aws-region')),
        roleSessionName,
        roleDurationSeconds: duration(get('role-duration-seconds')),
        audience: optional(get('audience')) ?? 'sts.amazonaws.com',
        onError: oneOf('on-error', get('on-error'), ON_ERROR, 'cleanup')
    };
}
/**
 * `name=value` lines. The value is everything after the first `=`, untrimmed, because a value may
 * legitimately end in a space; blank lines are skipped so that a YAML block can breathe.
 */
function parseVariables(raw) {
    const variables = Object.create(null);
    raw.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '')
            return;
        const equals = line.indexOf('=');
        if (equals === -1) {
            throw new InputError(`Input \`variables\`, line ${index + 1}: expected name=value, got "${line.trim()}".`);
        }
        const name = line.slice(0, equals).trim();
        if (!VARIABLE_NAME.test(name)) {
            throw new InputError(`Input \`variables\`, line ${index + 1}: "${name}" is not a variable name (letters, digits, _ and -, not starting with a digit).`);
        }
        if (name in variables) {
            throw new InputError(`Input \`variables\`, line ${index + 1}: \`${name}\` is set twice.`);
        }
        variables[name] = line.slice(equals + 1);
    });
    return variables;
}
function oneOf(name, raw, allowed, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(`Input \`${name}\` must be ${allowed.map(a => `\`${a}\``).join(' or ')}; got "${value}".`);
}
function duration(raw) {
    const value = raw.trim();
    if (value === '')
        return 3600;
    const seconds = Number(value);
    if (!/^\d+$/.test(value) || seconds < MIN_DURATION || seconds > MAX_DURATION) {
        throw new InputError(`Input \`role-duration-seconds\` must be a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION}; got "${value}".`);
    }
    return seconds;
}
function optional(raw) {
    const value = raw.trim();
    return value === '' ? undefined : value;
}
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
}
// Source names, separated by commas or newlines: `only: web` and a YAML list-like block both work.
function names(raw) {
    return raw
        .split(/[,\n]/)
        .map(name => name.trim())
        .filter(name => name !== '');
}

;// CONCATENATED MODULE: ./src/action/credentials.ts
/**
 * AWS credentials for a build. With `role-to-assume`: GitHub's OIDC token, traded with STS
 * AssumeRoleWithWebIdentity (in `aws-region`), masked the moment it exists. Without it: nothing
 * here, and the SDK's default credential chain (environment, instance profile) applies.
 */


const githubCredentialDeps = {
    env: process.env,
    // The one use of @actions/core: its OIDC client brings an HTTP stack (undici, ~1 MB) that only a
    // build with `role-to-assume` needs, so it is loaded here and never on the validate path.
    getIDToken: async (audience) => (await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421))).getIDToken(audience),
    assumeRole: async (request) => {
        const { assumeRoleWithWebIdentity } = await Promise.all(/* import() */[__nccwpck_require__.e(86), __nccwpck_require__.e(580)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1580));
        return assumeRoleWithWebIdentity(request);
    },
    mask: secret => workflow/* setSecret */.Pq(secret),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    info: message => workflow/* info */.pq(message)
};
/** A failure to get credentials that the user fixes in the workflow or in IAM. */
class CredentialsError extends InputError {
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

;// CONCATENATED MODULE: ./src/action/summary.ts
/**
 * Small pieces of the job summary. workflow.summary writes its arguments as raw HTML, so every value
 * that comes from a template, a user or AWS goes through escapeHtml first.
 */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * A link to a line of a file in the repository at the commit being checked, when the run says
 * which one (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA); plain text otherwise. `file` is
 * relative to the workspace.
 */
function fileLink(file, line, text, env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    if (!repository || !sha || file.startsWith('/'))
        return `<code>${escapeHtml(text)}</code>`;
    const path = file.split('/').map(encodeURIComponent).join('/');
    const url = `${server}/${repository}/blob/${sha}/${path}${line > 0 ? `#L${line}` : ''}`;
    return `<a href="${escapeHtml(url)}"><code>${escapeHtml(text)}</code></a>`;
}

;// CONCATENATED MODULE: ./src/action/post.ts
/**
 * The post step (`post-if: always()`): the runner runs it even after a cancellation or a crash of
 * the main step. It removes whatever the build left, from the saved state and from the run's tags
 * in every region the build touched, and does nothing, quickly, when the main step finished its
 * own cleanup.
 */





async function runPost(deps) {
    try {
        const state = readSavedState(deps.getState);
        if (!state.runId) {
            workflow/* info */.pq('No build started: nothing to clean up.');
            return;
        }
        // A build that failed or was cancelled is swept by its tags even when it believes it removed
        // everything: a call cut off in flight can have made something it never heard of. Only a
        // build that says it succeeded is taken at its word.
        const outcome = state.outcome;
        if (state.finished && state.resources.length === 0 && outcome === 'succeeded') {
            workflow/* info */.pq('The build cleaned up after itself: nothing to do.');
            return;
        }
        workflow/* info */.pq(state.finished && state.resources.length === 0
            ? `The build ${outcome === 'cancelled' ? 'was cancelled' : 'failed'}: looking for anything run ${state.runId} left in ${state.regions.join(', ')}.`
            : `The build did not finish its cleanup: removing what run ${state.runId} left in ${state.regions.join(', ')}.`);
        const inputs = getInputs();
        const credentials = await resolveCredentials(inputs, deps.credentials);
        const sweep = await deps.loadSweep();
        const result = await sweep({
            runId: state.runId,
            regions: state.regions,
            resources: state.resources,
            credentials,
            reporter: deps.reporter,
            signal: deps.signal
        });
        if (result.removed.length === 0 && result.failed.length === 0) {
            workflow/* info */.pq('Nothing was left.');
        }
        for (const resource of result.removed)
            workflow/* info */.pq(`Removed ${describe(resource)}.`);
        await writeSummary(result.removed, result.failed);
        if (result.failed.length > 0) {
            workflow/* setFailed */.C1(`Could not remove ${result.failed.map(r => `${describe(r)} (${r.reason})`).join('; ')}. Remove them by hand; they carry the tag ami-build:run-id=${state.runId}.`);
        }
    }
    catch (error) {
        if (error instanceof InputError)
            workflow/* setFailed */.C1(error.message);
        else
            workflow/* setFailed */.C1(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
}
const githubPostDeps = (loadSweep, reporter, signal) => ({
    getState: name => workflow/* getState */.Gu(name),
    loadSweep,
    credentials: githubCredentialDeps,
    reporter,
    signal
});
function describe(resource) {
    return `${resource.kind} ${resource.id} in ${resource.region}`;
}
async function writeSummary(removed, failed) {
    if (removed.length === 0 && failed.length === 0)
        return;
    const summary = workflow/* summary */.z.addHeading('AMI build: cleanup after an interrupted build', 3);
    if (removed.length > 0)
        summary.addList(removed.map(resource => escapeHtml(describe(resource))));
    if (failed.length > 0) {
        summary.addRaw('<p>⚠️ Could not remove:</p>', true);
        summary.addList(failed.map(resource => escapeHtml(`${describe(resource)}: ${resource.reason}`)));
    }
    await summary.write();
}


/***/ }),

/***/ 5121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ actionsReporter)
/* harmony export */ });
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5809);
/** The engine's Reporter on top of the runner's workflow commands: log lines, groups, annotations and masking. */

const actionsReporter = {
    info: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    error: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message),
    debug: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    group: (title, fn) => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
    mask: secret => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret)
};


/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z: () => (/* binding */ summary),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports setOutput, saveState, Summary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's workflow-command protocol: the part of @actions/core this action uses, written out.
 *
 * Why not @actions/core itself: its entry statically imports the OIDC client, and with it
 * @actions/http-client, undici and tunnel (about 1 MB), plus node's http, https, tls and net. The
 * package has no subpath exports, so any import of it costs a `validate` step ~80 ms of a ~150 ms
 * budget to compile code it never runs. Only the OIDC token fetch uses @actions/core, loaded with
 * a dynamic import on the build path (credentials.ts).
 *
 * Everything here writes exactly what @actions/core 3 writes for the same call (see
 * node_modules/@actions/core/lib/{core,command,file-command,summary}.js); workflow.test.ts
 * compares the two byte for byte. Protocol:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */



/**
 * An input, from the INPUT_<NAME> variable the runner sets: the name upper-cased with spaces as
 * underscores (hyphens stay, so `aws-region` is INPUT_AWS-REGION). Trimmed unless asked not to be.
 */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return options.trimWhitespace === false ? value : value.trim();
}
/** A step output, through the GITHUB_OUTPUT file (or the old stdout command on older runners). */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    // core starts the deprecated command on a fresh line, in case the last write did not end one.
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
/** State for the post step, which the runner hands it as STATE_<name>. */
function saveState(name, value) {
    if (process.env.GITHUB_STATE) {
        issueFileCommand('STATE', keyValueMessage(name, value));
        return;
    }
    issueCommand('save-state', { name }, value);
}
/** What the main step saved with saveState; empty when it saved nothing. */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** From here on the runner prints `***` in place of `secret`. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** Shown only when the run has step debug logging on. */
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message, properties = {}) {
    issueCommand('warning', commandProperties(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', commandProperties(properties), message);
}
/** An error annotation, and the step fails when the process exits. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Folds everything `fn` logs into one collapsible group of the log. */
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** `::command key=value,key=value::data`, one line of stdout. */
function issueCommand(command, properties, data) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    // core writes the separating space whenever properties were passed, even if every one of them
    // is empty; the runner accepts it, and matching core keeps our log identical to its.
    if (keys.length > 0) {
        line +=
            ' ' +
                keys
                    .filter(key => properties[key])
                    .map(key => `${key}=${escapeProperty(String(properties[key]))}`)
                    .join(',');
    }
    process.stdout.write(`${line}::${escapeData(data)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** The runner's names for an annotation's location (line and col, not startLine). */
function commandProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
// A command is one line, so line breaks are escaped, and `%` first so that escapes stay readable.
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
// Properties are also split on `,` and separated from their data by `::`.
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueFileCommand(command, message) {
    const path = process.env[`GITHUB_${command}`];
    // The runner creates the file before the step starts; a missing one means something is wrong
    // with the runner, and writing a new file nobody reads would hide it.
    if (!existsSync(path))
        throw new Error(`Missing file at path: ${path}`);
    appendFileSync(path, message + EOL, { encoding: 'utf8' });
}
/**
 * `name<<ghadelimiter_<uuid>`, the value, the delimiter: a heredoc, so that a value may span lines.
 * The delimiter is random so that no value can end it early and smuggle in another output; a name
 * or value that contains it anyway is refused.
 */
function keyValueMessage(name, value) {
    // The global Web Crypto, not node:crypto: importing that module costs every step ~10 ms at start.
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
/**
 * The job summary: HTML collected in a buffer, appended to the GITHUB_STEP_SUMMARY file by
 * write(). Callers escape their own text (see summary.ts): this writes it as given.
 */
class Summary {
    buffer = '';
    addRaw(text, addEol = false) {
        this.buffer += text;
        return addEol ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(wrap(/^h[1-6]$/.test(tag) ? tag : 'h1', text)).addEOL();
    }
    addList(items, ordered = false) {
        const listItems = items.map(item => wrap('li', item)).join('');
        return this.addRaw(wrap(ordered ? 'ol' : 'ul', listItems)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map(row => {
            const cells = row.map(cell => {
                if (typeof cell === 'string')
                    return wrap('td', cell);
                const attributes = {};
                if (cell.colspan)
                    attributes.colspan = cell.colspan;
                if (cell.rowspan)
                    attributes.rowspan = cell.rowspan;
                return wrap(cell.header ? 'th' : 'td', cell.data, attributes);
            });
            return wrap('tr', cells.join(''));
        })
            .join('');
        return this.addRaw(wrap('table', body)).addEOL();
    }
    /** Appends the buffer to the step's summary file and empties it. */
    async write() {
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (!path) {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(path, this.buffer, { encoding: 'utf8' });
        this.buffer = '';
        return this;
    }
}
function wrap(tag, content, attributes = {}) {
    const html = Object.entries(attributes)
        .map(([key, value]) => ` ${key}="${value}"`)
        .join('');
    return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
}
/** The step's summary, shared by everything that writes to it, as core.summary is. */
const summary = new Summary();


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// ssh2's crypto code reads __dirname, which an ES module bundle does not define. This module is
// imported first by every entry so that the value exists before ssh2 is loaded.


const globals = globalThis;
globals.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 6661:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _dirname_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2459);
/* harmony import */ var _action_post_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2453);
/* harmony import */ var _action_reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5121);



// The runner does not cancel post steps; the signal is there for the sweep's contract.
const signal = new AbortController().signal;
await (0,_action_post_js__WEBPACK_IMPORTED_MODULE_1__/* .runPost */ .a)((0,_action_post_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPostDeps */ .K)(
// Loaded only when there is something to remove: it brings the AWS SDK.
async () => (await Promise.all(/* import() */[__nccwpck_require__.e(86), __nccwpck_require__.e(613)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4613))).sweep, _action_reporter_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsReporter */ .t, signal));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6661);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
