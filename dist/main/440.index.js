export const id = 440;
export const ids = [440];
export const modules = {

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


/***/ })

};
