export const id = 580;
export const ids = [580];
export const modules = {

/***/ 1580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeRoleWithWebIdentity: () => (/* binding */ assumeRoleWithWebIdentity)
/* harmony export */ });
/* unused harmony export StsError */
/** An error STS answered with: its code (e.g. AccessDenied) and message, for the caller to word. */
class StsError extends Error {
    code;
    name = 'StsError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
async function assumeRoleWithWebIdentity(request) {
    const { STSClient, AssumeRoleWithWebIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    // The call is authenticated by the token itself; the SDK must not go looking for credentials.
    const client = new STSClient({ region: request.region, maxAttempts: 1 });
    try {
        const answer = await client.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: request.roleArn,
            RoleSessionName: request.sessionName,
            DurationSeconds: request.durationSeconds,
            WebIdentityToken: request.webIdentityToken
        }), { abortSignal: request.signal });
        const credentials = answer.Credentials;
        if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
            throw new StsError('InvalidResponse', 'STS answered without credentials');
        }
        return {
            accessKeyId: credentials.AccessKeyId,
            secretAccessKey: credentials.SecretAccessKey,
            sessionToken: credentials.SessionToken,
            expiration: credentials.Expiration
        };
    }
    catch (error) {
        if (error instanceof StsError)
            throw error;
        const { Code, name, message } = error;
        // The SDK names modeled errors after their class (InvalidIdentityTokenException); STS's own
        // code, which callers and the docs use, is without the suffix.
        const code = (Code ?? name ?? 'Unknown').replace(/Exception$/, '');
        throw new StsError(code, message ?? String(error));
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
