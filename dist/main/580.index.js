export const id = 580;
export const ids = [580];
export const modules = {

/***/ 1580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeRoleWithWebIdentity: () => (/* binding */ assumeRoleWithWebIdentity)
/* harmony export */ });
/* unused harmony export StsError */
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8086);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8254);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1230);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5824);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9889);





/** An error STS answered with: its code (e.g. AccessDenied) and message, for the caller to word. */
class StsError extends Error {
    code;
    name = 'StsError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
async function assumeRoleWithWebIdentity(request, options = {}) {
    const http = new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsHttp */ .Y0(options);
    try {
        const answer = await http.post({
            service: 'sts',
            region: request.region,
            endpoint: (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointFor */ .L)('sts', request.region, options.env),
            body: (0,_query_js__WEBPACK_IMPORTED_MODULE_2__/* .formBody */ .bQ)([
                ['Action', 'AssumeRoleWithWebIdentity'],
                ['Version', '2011-06-15'],
                ['RoleArn', request.roleArn],
                ['RoleSessionName', request.sessionName],
                ['DurationSeconds', String(request.durationSeconds)],
                ['WebIdentityToken', request.webIdentityToken]
            ]),
            signal: request.signal
        });
        const result = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)((0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .answerXml */ .qE)('sts', answer), 'AssumeRoleWithWebIdentityResult');
        const credentials = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(result, 'Credentials');
        const field = (name) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(credentials, name)?.text || undefined;
        const accessKeyId = field('AccessKeyId');
        const secretAccessKey = field('SecretAccessKey');
        if (!accessKeyId || !secretAccessKey) {
            throw new StsError('InvalidResponse', 'STS answered without credentials');
        }
        const sessionToken = field('SessionToken');
        const expiration = field('Expiration');
        return {
            accessKeyId,
            secretAccessKey,
            ...(sessionToken ? { sessionToken } : {}),
            ...(expiration ? { expiration: new Date(expiration) } : {})
        };
    }
    catch (error) {
        if (error instanceof StsError)
            throw error;
        // STS's code (a network error's, ECONNRESET), as the docs and callers name it: without the
        // `Exception` some codes carry (ExpiredTokenException), as the SDK's error classes had.
        const { Code, code, name, message } = error;
        const stsCode = Code ?? code ?? name ?? 'Unknown';
        throw new StsError(stsCode.replace(/Exception$/, ''), message ?? String(error));
    }
    finally {
        http.destroy();
    }
}


/***/ })

};
