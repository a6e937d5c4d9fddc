export const id = 86;
export const ids = [86];
export const modules = {

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ requestIdOf),
/* harmony export */   qE: () => (/* binding */ answerXml)
/* harmony export */ });
/* unused harmony exports AwsServiceError, errorFromAnswer */
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9889);

class AwsServiceError extends Error {
    Code;
    $fault;
    $metadata;
    constructor(code, message, status, requestId) {
        super(message);
        this.name = code;
        this.Code = code;
        this.$fault = status >= 500 ? 'server' : 'client';
        this.$metadata = { httpStatusCode: status, ...(requestId ? { requestId } : {}) };
    }
}
/** The request ID of an answer: its header, else the body's (EC2 RequestID, STS RequestId). */
function requestIdOf(headers, root) {
    const header = headers['x-amzn-requestid'] ?? headers['x-amz-request-id'];
    if (typeof header === 'string')
        return header;
    const fromBody = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(root, 'RequestID') ??
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(root, 'RequestId') ??
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(root, 'requestId') ??
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)((0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(root, 'ResponseMetadata'), 'RequestId');
    return fromBody?.text || undefined;
}
function errorFromAnswer(service, status, headers, body) {
    let root;
    try {
        root = body.trim() ? (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXml */ .NO)(body) : undefined;
    }
    catch {
        root = undefined;
    }
    const error = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)((0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(root, 'Errors'), 'Error') ?? (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(root, 'Error');
    const code = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(error, 'Code')?.text;
    const requestId = requestIdOf(headers, root);
    if (code) {
        const message = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(error, 'Message')?.text ?? (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(error, 'message')?.text;
        return new AwsServiceError(code, message || code, status, requestId);
    }
    const excerpt = body.replace(/\s+/g, ' ').trim().slice(0, 200);
    return new AwsServiceError(status === 404 ? 'NotFound' : 'Unknown', `${service.toUpperCase()} answered HTTP ${status} without an AWS error` +
        (excerpt ? `: ${excerpt}` : ' (empty body)'), status, requestId);
}
/** The root element of a successful answer (undefined when it has no body); an error answer is
 * thrown as the AwsServiceError it carries. */
function answerXml(service, answer) {
    const { status, headers, body } = answer;
    if (status >= 300)
        throw errorFromAnswer(service, status, headers, body);
    if (!body.trim())
        return undefined;
    try {
        return (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXml */ .NO)(body);
    }
    catch (error) {
        if (!(error instanceof _xml_js__WEBPACK_IMPORTED_MODULE_0__/* .XmlError */ .Gy))
            throw error;
        throw new Error(`${service.toUpperCase()} answered with unreadable XML (${error.message})`);
    }
}


/***/ }),

/***/ 8254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ endpointFor)
/* harmony export */ });
/**
 * Where EC2 and STS answer for a region. As the SDK: AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL_STS,
 * then AWS_ENDPOINT_URL (what the emulator sets), unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS;
 * otherwise the partition's endpoint, with AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT.
 * Not read: endpoint settings in the shared config file (~/.aws/config).
 */
/** The partitions of the SDK's partitions.json: region pattern, DNS suffix, dual-stack suffix. */
const PARTITIONS = [
    [/^cn-\w+-\d+$/, 'aws-cn', 'amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
    [/^us-gov-\w+-\d+$/, 'aws-us-gov', 'amazonaws.com', 'api.aws'],
    [/^us-iso-\w+-\d+$/, 'aws-iso', 'c2s.ic.gov', 'api.aws.ic.gov'],
    [/^us-isob-\w+-\d+$/, 'aws-iso-b', 'sc2s.sgov.gov', 'api.aws.scloud'],
    [/^us-isof-\w+-\d+$/, 'aws-iso-f', 'csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
    [/^eu-isoe-\w+-\d+$/, 'aws-iso-e', 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
    [/^eusc-de-\w+-\d+$/, 'aws-eusc', 'amazonaws.eu', 'api.amazonwebservices.eu']
];
const AWS = [/^/, 'aws', 'amazonaws.com', 'api.aws'];
function endpointFor(service, region, env = process.env) {
    const configured = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true'
        ? undefined
        : (env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL);
    if (configured)
        return new URL(configured);
    // The region becomes part of a host name: it must be one.
    if (!/^[a-z0-9][a-z0-9-]*$/.test(region))
        throw new Error(`invalid AWS region "${region}"`);
    const [, partition, dns, dualStackDns] = PARTITIONS.find(([p]) => p.test(region)) ?? AWS;
    const fips = flag(env, 'AWS_USE_FIPS_ENDPOINT');
    const dualStack = flag(env, 'AWS_USE_DUALSTACK_ENDPOINT');
    // GovCloud's endpoints are FIPS endpoints already, under their usual names.
    if (fips && !dualStack && partition === 'aws-us-gov')
        return new URL(`https://${service}.${region}.amazonaws.com`);
    const host = `${service}${fips ? '-fips' : ''}.${region}.${dualStack ? dualStackDns : dns}`;
    return new URL(`https://${host}`);
}
function flag(env, name) {
    const value = env[name]?.toLowerCase();
    if (value === undefined || value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new Error(`${name} must be true or false, not "${env[name]}"`);
}


/***/ }),

/***/ 1230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y0: () => (/* binding */ AwsHttp),
  vt: () => (/* binding */ abortError)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/clients/query.ts
var query = __webpack_require__(5824);
;// CONCATENATED MODULE: ./src/clients/sigv4.ts
/**
 * AWS Signature Version 4 for a POST with a form body, on node:crypto. Written here rather than
 * taken from @smithy/signature-v4 because that package loads ~250 KB of @smithy/core (35–60 ms
 * at start-up, measured) for four HMACs; a test checks this signer against it.
 */


const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data).digest();
/** `20240101T000000Z` */
function amzDate(time) {
    return time.toISOString().replace(/[-:]|\.\d{3}/g, '');
}
/** Adds x-amz-date, x-amz-security-token (temporary credentials) and authorization. */
function sign(request, credentials, region, service, now = new Date()) {
    const datetime = amzDate(now);
    const date = datetime.slice(0, 8);
    request.headers['x-amz-date'] = datetime;
    if (credentials.sessionToken)
        request.headers['x-amz-security-token'] = credentials.sessionToken;
    const names = Object.keys(request.headers)
        .map(name => name.toLowerCase())
        .sort();
    const signedHeaders = names.join(';');
    const canonicalHeaders = names
        .map(name => `${name}:${request.headers[name].trim().replace(/\s+/g, ' ')}\n`)
        .join('');
    const canonicalRequest = [
        request.method,
        canonicalPath(request.url.pathname),
        canonicalQuery(request.url.searchParams),
        canonicalHeaders,
        signedHeaders,
        sha256(request.body)
    ].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', datetime, scope, sha256(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), region), service), 'aws4_request');
    const signature = (0,external_node_crypto_.createHmac)('sha256', key).update(stringToSign).digest('hex');
    request.headers.authorization =
        `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
            `SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
/** Every service but S3 encodes the (already encoded) path once more, after removing empty, `.`
 * and `..` segments. */
function canonicalPath(path) {
    const segments = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            segments.pop();
        else
            segments.push((0,query/* uriEncode */.HQ)(segment));
    }
    const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
    return `/${segments.join('/')}${trailing}`;
}
function canonicalQuery(params) {
    return [...params]
        .map(([key, value]) => [(0,query/* uriEncode */.HQ)(key), (0,query/* uriEncode */.HQ)(value)])
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
}

;// CONCATENATED MODULE: ./src/clients/http.ts
/**
 * The transport for EC2 and STS: a form POST over node:http(s) with keep-alive, signed with SigV4
 * when there are credentials. An abort ends the request at once; so does a connection that does
 * not open within CONNECT_TIMEOUT_MS or goes quiet for IDLE_TIMEOUT_MS. (Not global fetch: undici
 * costs start-up time that node:http does not.)
 *
 * A machine whose clock is off by minutes (a self-hosted runner without NTP) would have every
 * signature refused as expired. As the SDK does, the transport learns AWS's time from the Date of
 * its answers once the two differ by CLOCK_SKEW_MS or more, signs with it from then on, and sends a
 * refused request once more, signed with the corrected time.
 *
 * Behind a proxy, HTTPS_PROXY / HTTP_PROXY / NO_PROXY (or their lower-case forms) apply as they do
 * for Packer and the AWS CLI: Node 24's agents read them (its built-in proxy support).
 */



const CONNECT_TIMEOUT_MS = 10_000;
const IDLE_TIMEOUT_MS = 30_000;
/** How far AWS's clock may be from ours before signatures use AWS's (the SDK's threshold). */
const CLOCK_SKEW_MS = 5 * 60_000;
const USER_AGENT = `ami-build (node/${process.versions.node}; ${process.platform})`;
/** What an aborted request rejects with (as the SDK's, an AbortError). */
function abortError(signal) {
    return Object.assign(new Error('Request aborted', { cause: signal.reason }), {
        name: 'AbortError'
    });
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function timeoutError(message) {
    return Object.assign(new Error(message), { name: 'TimeoutError' });
}
class AwsHttp {
    http;
    https;
    /** For loopback endpoints, which never go through a proxy (as in Go's ProxyFromEnvironment). */
    direct = new external_node_http_.Agent({ keepAlive: true, maxSockets: 50 });
    connectTimeoutMs;
    idleTimeoutMs;
    now;
    /** AWS's time minus ours, once they are CLOCK_SKEW_MS or more apart; else 0. */
    clockOffsetMs = 0;
    constructor(options = {}) {
        this.connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
        this.idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
        this.now = options.now ?? Date.now;
        const agentOptions = { keepAlive: true, maxSockets: 50, proxyEnv: options.env ?? process.env };
        this.http = new external_node_http_.Agent(agentOptions);
        this.https = new external_node_https_.Agent(agentOptions);
    }
    async post(call) {
        const answer = await this.attempt(call);
        if (this.learnClock(answer) && answer.status >= 400 && call.credentials) {
            return this.attempt(call);
        }
        return answer;
    }
    /** Adopts the answer's Date when it is CLOCK_SKEW_MS or more from the time we sign with; says
     * whether it did. */
    learnClock(answer) {
        const serverMs = Date.parse(answer.headers.date ?? '');
        if (!Number.isFinite(serverMs))
            return false;
        const offset = serverMs - this.now();
        if (Math.abs(offset - this.clockOffsetMs) < CLOCK_SKEW_MS)
            return false;
        this.clockOffsetMs = Math.abs(offset) < CLOCK_SKEW_MS ? 0 : offset;
        return true;
    }
    attempt(call) {
        const { endpoint, signal } = call;
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        const url = new URL(endpoint.pathname.endsWith('/') ? endpoint.href : `${endpoint.href}/`);
        const headers = {
            host: url.host,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8'
        };
        if (call.credentials) {
            sign({ method: 'POST', url, headers, body: call.body }, call.credentials, call.region, call.service, new Date(this.now() + this.clockOffsetMs));
        }
        headers['content-length'] = String(Buffer.byteLength(call.body));
        headers['user-agent'] = USER_AGENT;
        const secure = url.protocol === 'https:';
        return new Promise((resolve, reject) => {
            let settled = false;
            let connectTimer;
            const finish = (error, answer) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(connectTimer);
                signal?.removeEventListener('abort', onAbort);
                if (error) {
                    request.destroy();
                    reject(error);
                }
                else
                    resolve(answer);
            };
            const onAbort = () => finish(abortError(signal));
            const request = (secure ? external_node_https_.request : external_node_http_.request)(url, {
                method: 'POST',
                headers,
                agent: secure ? this.https : isLoopback(url.hostname) ? this.direct : this.http
            });
            request.on('socket', socket => {
                if (!socket.connecting)
                    return;
                connectTimer = setTimeout(() => finish(timeoutError(`no connection to ${url.host} within ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
                socket.once('connect', () => clearTimeout(connectTimer));
            });
            // Inactivity on the socket, from the request sent to the last byte of the answer.
            request.setTimeout(this.idleTimeoutMs, () => finish(timeoutError(`${url.host} did not answer within ${this.idleTimeoutMs} ms`)));
            request.on('error', error => finish(error));
            request.on('response', response => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('error', error => finish(error));
                response.on('close', () => {
                    if (!response.complete)
                        finish(Object.assign(new Error('connection closed mid-answer'), { code: 'ECONNRESET' }));
                });
                response.on('end', () => finish(undefined, {
                    status: response.statusCode ?? 0,
                    headers: response.headers,
                    body: Buffer.concat(chunks).toString('utf8')
                }));
            });
            signal?.addEventListener('abort', onAbort, { once: true });
            request.end(call.body);
        });
    }
    /** Closes the kept-alive connections. */
    destroy() {
        this.http.destroy();
        this.https.destroy();
        this.direct.destroy();
    }
}


/***/ }),

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ serializeQuery),
/* harmony export */   CO: () => (/* binding */ deserializeQuery),
/* harmony export */   HQ: () => (/* binding */ uriEncode),
/* harmony export */   Ot: () => (/* binding */ Ec2Command),
/* harmony export */   bQ: () => (/* binding */ formBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9889);
/**
 * The EC2 Query protocol, driven by the tables scripts/gen-ec2-schemas.ts generates from the
 * SDK's model (ec2-schemas.ts): a command's input becomes a form body (Action, Version, then
 * `Key.N.Member=value` pairs), and EC2's XML answer becomes the SDK's output shape.
 */


/** An EC2 action and its input; `O` is the shape of its answer (for the type checker only). */
class Ec2Command {
    action;
    input;
    constructor(action, input) {
        this.action = action;
        this.input = input;
    }
}
/** RFC 3986 encoding, as AWS wants it in a form body and in SigV4's canonical strings. */
function uriEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function formBody(params) {
    return params.map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`).join('&');
}
function serializeQuery(schemas, action, input) {
    const operation = schemas.operations[action];
    if (!operation)
        throw new Error(`EC2 action ${action} is not in the generated schemas`);
    const params = [
        ['Action', action],
        ['Version', schemas.version]
    ];
    write(schemas, operation[0], input, '', params);
    return formBody(params);
}
function write(schemas, type, value, key, params) {
    switch (type) {
        case 'string':
        case 'number':
        case 'boolean':
            params.push([key, String(value)]);
            return;
        case 'timestamp':
            if (value instanceof Date)
                params.push([key, value.toISOString().replace('.000Z', 'Z')]);
            return;
        case 'blob':
            if (typeof value === 'string' || value instanceof Uint8Array)
                params.push([key, Buffer.from(value).toString('base64')]);
            return;
    }
    const list = schemas.lists[type];
    if (list) {
        // EC2 flattens lists (Key.1, Key.2, ...) and sends nothing for an empty one.
        if (!Array.isArray(value))
            return;
        let index = 1;
        for (const item of value) {
            if (item !== null && item !== undefined)
                write(schemas, list[0], item, `${key}.${index++}`, params);
        }
        return;
    }
    const members = schemas.structures[type];
    if (!members)
        throw new Error(`unknown EC2 shape ${type}`);
    if (typeof value !== 'object' || value === null)
        return;
    const prefix = key ? `${key}.` : '';
    for (const [name, queryKey, , memberType, token] of members) {
        let member = value[name];
        if (member === null || member === undefined) {
            if (!token)
                continue;
            // As the SDK does: a request that may be retried carries a token that makes it happen once.
            member = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        }
        write(schemas, memberType, member, `${prefix}${queryKey}`, params);
    }
}
/** The output of `action` from the root element of EC2's answer. */
function deserializeQuery(schemas, action, root) {
    const operation = schemas.operations[action];
    if (!operation)
        throw new Error(`EC2 action ${action} is not in the generated schemas`);
    if (!root || operation[1] === 'unit')
        return {};
    return read(schemas, operation[1], root);
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function read(schemas, type, element) {
    switch (type) {
        case 'string':
            return element.text;
        case 'number':
            return Number(element.text);
        case 'boolean':
            return element.text.toLowerCase() === 'true';
        case 'timestamp': {
            const time = RFC3339.test(element.text) ? new Date(element.text) : undefined;
            if (!time || Number.isNaN(time.getTime()))
                throw new Error(`EC2 answered <${element.name}> with an invalid time: ${element.text}`);
            return time;
        }
        case 'blob':
            return new Uint8Array(Buffer.from(element.text, 'base64'));
    }
    const list = schemas.lists[type];
    if (list) {
        const [itemType, itemName] = list;
        return element.children
            .filter(item => item.name === itemName)
            .map(item => read(schemas, itemType, item));
    }
    const members = schemas.structures[type];
    if (!members)
        throw new Error(`unknown EC2 shape ${type}`);
    const out = {};
    for (const [name, , xmlName, memberType] of members) {
        const found = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(element, xmlName);
        if (found)
            out[name] = read(schemas, memberType, found);
    }
    return out;
}


/***/ }),

/***/ 9889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ XmlError),
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   jf: () => (/* binding */ child)
/* harmony export */ });
/* unused harmony export decodeEntities */
/**
 * A small XML reader for AWS answers: elements, their text and children. Attributes (the root's
 * xmlns) are skipped; the declaration, comments, a DOCTYPE and CDATA sections are understood.
 * Text is kept as sent, except that whitespace around child elements is not text.
 */
class XmlError extends Error {
    name = 'XmlError';
}
const ELEMENT_NAME = /[^\s/>]+/y;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity) => {
        if (entity[0] !== '#')
            return ENTITIES[entity] ?? whole;
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
/** The root element of `xml`; throws XmlError when it is not well-formed. */
function parseXml(xml) {
    const text = xml.replace(/\r\n?/g, '\n');
    let at = 0;
    const fail = (what) => {
        throw new XmlError(`malformed XML at offset ${at}: ${what}`);
    };
    const skipTo = (end) => {
        const found = text.indexOf(end, at);
        if (found < 0)
            fail(`no closing ${end}`);
        at = found + end.length;
    };
    /** Skips what may come before or after the root: declaration, comments, DOCTYPE, space. */
    const skipProlog = () => {
        for (;;) {
            while (at < text.length && /\s/.test(text[at]))
                at++;
            if (text.startsWith('<?', at))
                skipTo('?>');
            else if (text.startsWith('<!--', at))
                skipTo('-->');
            else if (text.startsWith('<!DOCTYPE', at))
                skipDoctype();
            else
                return;
        }
    };
    const skipDoctype = () => {
        let depth = 0;
        for (; at < text.length; at++) {
            const c = text[at];
            if (c === '[')
                depth++;
            else if (c === ']')
                depth--;
            else if (c === '>' && depth === 0) {
                at++;
                return;
            }
        }
        fail('unclosed DOCTYPE');
    };
    /** Reads the element whose `<` is at `at`. */
    const element = () => {
        ELEMENT_NAME.lastIndex = ++at;
        const name = ELEMENT_NAME.exec(text)?.[0] ?? fail('an element without a name');
        at += name.length;
        // Attributes: skipped, minding quoted values that may hold '>'.
        for (;;) {
            const c = text[at];
            if (c === undefined)
                fail(`unclosed <${name}>`);
            if (c === '"' || c === "'") {
                const close = text.indexOf(c, at + 1);
                if (close < 0)
                    fail('an unclosed attribute value');
                at = close + 1;
            }
            else if (c === '/' && text[at + 1] === '>') {
                at += 2;
                return { name, children: [], text: '' };
            }
            else if (c === '>') {
                at++;
                break;
            }
            else
                at++;
        }
        const children = [];
        let content = '';
        for (;;) {
            const next = text.indexOf('<', at);
            if (next < 0)
                fail(`unclosed <${name}>`);
            content += decodeEntities(text.slice(at, next));
            at = next;
            if (text.startsWith('</', at)) {
                const close = text.indexOf('>', at);
                const closing = close < 0 ? '' : text.slice(at + 2, close).trim();
                if (closing !== name)
                    fail(`<${name}> closed by </${closing}>`);
                at = close + 1;
                break;
            }
            if (text.startsWith('<![CDATA[', at)) {
                const end = text.indexOf(']]>', at);
                if (end < 0)
                    fail('unclosed CDATA');
                content += text.slice(at + 9, end);
                at = end + 3;
            }
            else if (text.startsWith('<!--', at))
                skipTo('-->');
            else if (text.startsWith('<?', at))
                skipTo('?>');
            else
                children.push(element());
        }
        // Indentation between elements is not text; nor, as the SDK reads it, a lone line break.
        const ignorable = children.length > 0 || (content.trim() === '' && content.includes('\n'));
        return { name, children, text: ignorable ? '' : content };
    };
    skipProlog();
    if (text[at] !== '<')
        fail('no root element');
    const root = element();
    skipProlog();
    if (at < text.length)
        fail('content after the root element');
    return root;
}
/** The first child of `element` named `name`. */
function child(element, name) {
    return element?.children.find(c => c.name === name);
}


/***/ })

};
