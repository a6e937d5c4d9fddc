export const id = 954;
export const ids = [954];
export const modules = {

/***/ 5954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandTimeoutError: () => (/* binding */ CommandTimeoutError),
/* harmony export */   connect: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _engine_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3124);
/**
 * The SSH communicator on ssh2: connect with backoff until the SSH timeout, run commands streaming
 * their output line by line, move files over SFTP, and reconnect after an expected disconnect.
 *
 * ssh2 is loaded with `await import()` on first connect, so that `validate` never loads it.
 */





/** The first retry comes soon: SSH usually starts accepting moments after the instance runs. */
const FIRST_RETRY_MS = 200;
/** sshd comes up 5–30 s after `running` on EC2: through that window a refused attempt costs one
 * round trip, so retry every second (the build notices within ~0.5 s on average), and only back
 * off once the instance is late. */
const PROMPT_WINDOW_MS = 60_000;
const PROMPT_RETRY_MS = 1000;
const MAX_RETRY_MS = 5000;
const RETRY_GROWTH = 1.5;
/** While waiting, say so at most this often (every failed attempt goes to debug). */
const PROGRESS_EVERY_MS = 15_000;
/** Packer's ssh_keep_alive_interval default; ssh2 gives up after keepaliveCountMax silent intervals. */
const KEEPALIVE_INTERVAL_MS = 5000;
const KEEPALIVE_COUNT_MAX = 3;
const MAX_HANDSHAKE_MS = 20_000;
const DEFAULT_HANDSHAKE_ATTEMPTS = 10;
/** Files of one directory in flight at once: SFTP pipelines requests, round trips dominate. */
const PARALLEL_TRANSFERS = 8;
/** A command ran longer than its timeout and was stopped. */
class CommandTimeoutError extends Error {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        super(`timed out after ${(0,_engine_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a)(timeoutMs)}`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = 'CommandTimeoutError';
    }
}
const connect = async (options) => {
    const communicator = new SshCommunicator(options);
    await communicator.open(options.signal);
    return communicator;
};
let ssh2Module;
function loadSsh2() {
    // ssh2 is CommonJS: its exports are the default export of the ES module namespace.
    ssh2Module ??= __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 5472, 23)).then(m => (m.default ?? m));
    return ssh2Module;
}
class SshCommunicator {
    options;
    client;
    connected = false;
    sftpSession;
    /** Resolves when the current client's socket has closed. */
    clientClosed = Promise.resolve();
    target;
    constructor(options) {
        this.options = options;
        this.target = `${options.username}@${options.host}:${options.port}`;
    }
    /** Connects, retrying with backoff until the timeout (measured from now). */
    async open(signal) {
        const { clock, reporter, timeoutMs } = this.options;
        const { Client } = await loadSsh2();
        const start = clock.now();
        let delay = FIRST_RETRY_MS;
        let attempts = 0;
        let lastReported = start;
        let lastReason = '';
        let refusals = 0;
        const maxRefusals = this.options.handshakeAttempts ?? DEFAULT_HANDSHAKE_ATTEMPTS;
        for (;;) {
            signal.throwIfAborted();
            attempts++;
            const elapsed = clock.now() - start;
            try {
                const readyTimeout = Math.max(1000, Math.min(MAX_HANDSHAKE_MS, timeoutMs - elapsed));
                this.adopt(await handshake(new Client(), this.config(readyTimeout), signal));
                reporter.debug(`SSH connected to ${this.target} after ${attempts} attempt(s)`);
                return;
            }
            catch (error) {
                if (signal.aborted)
                    throw signal.reason;
                const reason = describeConnectError(error);
                const now = clock.now();
                reporter.debug(`SSH attempt ${attempts} to ${this.target} failed: ${reason}`);
                if (isAuthenticationFailure(error) && ++refusals >= maxRefusals) {
                    throw new Error(`the instance refused the key ${refusals} times (ssh_handshake_attempts); ` +
                        `is ${this.options.username} the image's SSH user?`);
                }
                if (now - start + delay >= timeoutMs) {
                    // Worded to follow the engine's "Could not connect over SSH to ... within ...: ".
                    throw new Error(`gave up after ${attempts} attempts in ${(0,_engine_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a)(now - start)}; the last: ${reason}`);
                }
                if (attempts === 1 || reason !== lastReason || now - lastReported >= PROGRESS_EVERY_MS) {
                    reporter.info(`Waiting for SSH on ${this.target} (${reason}), ${(0,_engine_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a)(now - start)} so far`);
                    lastReported = now;
                    lastReason = reason;
                }
            }
            await clock.sleep(delay, signal).catch(error => {
                throw signal.aborted ? signal.reason : error;
            });
            const cap = clock.now() - start < PROMPT_WINDOW_MS ? PROMPT_RETRY_MS : MAX_RETRY_MS;
            delay = Math.min(cap, delay * RETRY_GROWTH);
        }
    }
    config(readyTimeout) {
        return {
            host: this.options.host,
            port: this.options.port,
            username: this.options.username,
            privateKey: this.options.privateKey,
            readyTimeout,
            keepaliveInterval: KEEPALIVE_INTERVAL_MS,
            keepaliveCountMax: KEEPALIVE_COUNT_MAX,
            // The instance is brand new and its host key unknowable in advance; Packer accepts it too.
            hostVerifier: () => true
        };
    }
    adopt(client) {
        this.client = client;
        this.connected = true;
        this.sftpSession = undefined;
        this.clientClosed = new Promise(resolve => client.once('close', () => resolve()));
        const gone = () => {
            if (this.client === client)
                this.connected = false;
        };
        client.on('close', gone);
        client.on('end', gone);
        // After the handshake an error (a reset, a keepalive timeout) means the connection is gone;
        // without a listener it would crash the process.
        client.on('error', error => {
            this.options.reporter.debug(`SSH connection to ${this.target}: ${describeConnectError(error)}`);
            gone();
        });
    }
    run(command, options = {}) {
        const client = this.client;
        if (options.signal?.aborted)
            return Promise.reject(options.signal.reason);
        if (!client || !this.connected)
            return Promise.resolve({ exitCode: null, disconnected: true });
        return new Promise((resolve, reject) => {
            let exitCode = null;
            let exitSignal;
            let exited = false;
            let settled = false;
            let channel;
            const stdout = new LineSplitter(options.onStdout);
            const stderr = new LineSplitter(options.onStderr);
            const timer = new AbortController();
            const finish = (outcome) => {
                if (settled)
                    return;
                settled = true;
                timer.abort();
                client.removeListener('close', onConnectionClosed);
                options.signal?.removeEventListener('abort', onAbort);
                stdout.flush();
                stderr.flush();
                if ('error' in outcome)
                    reject(outcome.error);
                else
                    resolve(outcome.result);
            };
            const stop = (error) => {
                if (channel) {
                    // OpenSSH honours signals only for sessions without a forced command; closing the
                    // channel is what ends the rest (they lose their output pipes).
                    channel.signal('KILL');
                    channel.close();
                }
                finish({ error });
            };
            const onAbort = () => stop(options.signal.reason);
            const onConnectionClosed = () => {
                if (!exited)
                    finish({ result: { exitCode: null, disconnected: true } });
            };
            options.signal?.addEventListener('abort', onAbort, { once: true });
            client.once('close', onConnectionClosed);
            if (options.timeoutMs) {
                const timeoutMs = options.timeoutMs;
                this.options.clock.sleep(timeoutMs, timer.signal).then(() => stop(new CommandTimeoutError(command, timeoutMs)), () => undefined);
            }
            try {
                client.exec(command, (error, stream) => {
                    if (settled) {
                        stream?.close();
                        return;
                    }
                    if (error) {
                        if (!this.connected)
                            finish({ result: { exitCode: null, disconnected: true } });
                        else
                            finish({
                                error: new Error(`could not start a command on ${this.target}: ${error.message}`)
                            });
                        return;
                    }
                    channel = stream;
                    stream.on('data', (chunk) => stdout.push(chunk));
                    stream.stderr.on('data', (chunk) => stderr.push(chunk));
                    stream.on('exit', (code, signalName) => {
                        exited = true;
                        exitCode = typeof code === 'number' ? code : null;
                        exitSignal = signalName ?? undefined;
                    });
                    stream.on('close', () => {
                        if (exited) {
                            finish({
                                result: exitSignal
                                    ? { exitCode, disconnected: false, signal: exitSignal }
                                    : { exitCode, disconnected: false }
                            });
                        }
                        else {
                            // No exit status: the session was cut (the connection is going or gone).
                            finish({ result: { exitCode: null, disconnected: true } });
                        }
                    });
                });
            }
            catch (error) {
                // ssh2 throws synchronously when the connection is already down.
                if (!this.connected)
                    finish({ result: { exitCode: null, disconnected: true } });
                else
                    finish({ error });
            }
        });
    }
    async upload(remotePath, data, mode, signal) {
        signal?.throwIfAborted();
        const sftp = await this.sftp();
        const path = remote(remotePath);
        try {
            const fileMode = mode ?? (Buffer.isBuffer(data) ? 0o644 : (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(data.localPath)).mode & 0o7777);
            const source = Buffer.isBuffer(data) ? [data] : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(data.localPath);
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(source, sftp.createWriteStream(path, { mode: fileMode }), { signal });
            // The mode given at open applies only to a new file; an existing one keeps its own.
            await sftpCall(cb => sftp.chmod(path, fileMode, cb));
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            throw new Error(`upload to ${remotePath} on ${this.target} failed: ${describeSftpError(error)}`);
        }
    }
    async uploadDir(localDir, remoteDir, signal) {
        const contentsOnly = localDir.endsWith('/');
        const target = contentsOnly
            ? remote(remoteDir)
            : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(remote(remoteDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(localDir.replace(/\/+$/, '')));
        await this.mkdirs(target);
        await this.uploadTree(localDir, target, signal);
    }
    async uploadTree(localDir, remoteDir, signal) {
        const files = [];
        for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(localDir)) {
            signal?.throwIfAborted();
            const local = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(localDir, entry);
            const target = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(remoteDir, entry);
            // Symbolic links are followed, as scp and Packer's file provisioner do.
            const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(local);
            if (stat.isDirectory()) {
                await this.ensureDir(target, stat.mode & 0o7777);
                await this.uploadTree(local, target, signal);
            }
            else if (stat.isFile()) {
                files.push(() => this.upload(target, { localPath: local }, stat.mode & 0o7777, signal));
            }
        }
        await inParallel(files, PARALLEL_TRANSFERS);
    }
    /** `mkdir -p` over SFTP. */
    async mkdirs(dir, mode = 0o755) {
        if (await this.isDirectory(dir))
            return;
        const parts = dir.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const path = parts.slice(0, i).join('/');
            if (path !== '' && path !== '.')
                await this.ensureDir(path, mode);
        }
    }
    /** Creates one directory unless it is there already. */
    async ensureDir(path, mode) {
        const sftp = await this.sftp();
        const created = await sftpCall(cb => sftp.mkdir(path, { mode }, cb)).then(() => true, (error) => error);
        if (created === true || (await this.isDirectory(path)))
            return;
        throw new Error(`cannot create directory ${path} on ${this.target}: ${describeSftpError(created)}`);
    }
    async isDirectory(path) {
        const sftp = await this.sftp();
        return sftpCall(cb => sftp.stat(path, cb)).then(stat => stat.isDirectory(), () => false);
    }
    async download(remotePath, localPath, signal) {
        const sftp = await this.sftp();
        const path = remote(remotePath);
        const stat = await sftpCall(cb => sftp.stat(path, cb)).catch(error => {
            throw new Error(`download of ${remotePath} from ${this.target} failed: ${describeSftpError(error)}`);
        });
        if (stat.isDirectory()) {
            const target = remotePath.endsWith('/') ? localPath : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(localPath, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(path));
            await this.downloadTree(sftp, path, target, signal);
            return;
        }
        const intoDirectory = localPath.endsWith('/') ||
            (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(localPath).then(s => s.isDirectory(), () => false));
        const target = intoDirectory ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(localPath, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(path)) : localPath;
        await this.downloadFile(sftp, path, target, stat.mode & 0o7777, signal);
    }
    async downloadTree(sftp, remoteDir, localDir, signal) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(localDir, { recursive: true });
        const entries = await sftpCall(cb => sftp.readdir(remoteDir, cb)).catch(error => {
            throw new Error(`download of ${remoteDir} from ${this.target} failed: ${describeSftpError(error)}`);
        });
        const files = [];
        for (const entry of entries) {
            signal?.throwIfAborted();
            const from = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(remoteDir, entry.filename);
            const to = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(localDir, entry.filename);
            if (entry.attrs.isDirectory())
                await this.downloadTree(sftp, from, to, signal);
            else if (entry.attrs.isFile()) {
                files.push(() => this.downloadFile(sftp, from, to, entry.attrs.mode & 0o7777, signal));
            }
        }
        await inParallel(files, PARALLEL_TRANSFERS);
    }
    async downloadFile(sftp, from, to, mode, signal) {
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, '..'), { recursive: true });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(sftp.createReadStream(from), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(to, { mode }), { signal });
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            throw new Error(`download of ${from} from ${this.target} failed: ${describeSftpError(error)}`);
        }
    }
    sftp() {
        const client = this.client;
        if (!client || !this.connected)
            return Promise.reject(new Error(`the SSH connection to ${this.target} is closed`));
        this.sftpSession ??= sftpCall(cb => client.sftp(cb)).catch(error => {
            this.sftpSession = undefined;
            throw new Error(`could not start SFTP on ${this.target}: ${error.message}`);
        });
        return this.sftpSession;
    }
    async reconnect(signal) {
        await this.close();
        const signals = signal ? [this.options.signal, signal] : [this.options.signal];
        await this.open(AbortSignal.any(signals));
    }
    async close() {
        const client = this.client;
        this.client = undefined;
        this.connected = false;
        this.sftpSession = undefined;
        if (!client)
            return;
        client.end();
        let timer;
        const closing = new Promise(resolve => (timer = setTimeout(resolve, 2000)));
        // A server that does not answer the disconnect must not hold the build up.
        await Promise.race([this.clientClosed, closing]);
        clearTimeout(timer);
        client.destroy();
    }
}
/** One connection attempt: resolves with the client once authenticated. */
function handshake(client, config, signal) {
    return new Promise((resolve, reject) => {
        const fail = (error) => {
            cleanup();
            client.destroy();
            reject(error);
        };
        const onAbort = () => fail(signal.reason);
        const onError = (error) => fail(error);
        const onClose = () => fail(new Error('connection closed during the handshake'));
        const cleanup = () => {
            signal.removeEventListener('abort', onAbort);
            client.removeListener('error', onError);
            client.removeListener('close', onClose);
            // ssh2 may still emit an error while it tears the socket down; unheard, it would crash.
            client.on('error', () => undefined);
        };
        client.once('ready', () => {
            cleanup();
            resolve(client);
        });
        client.on('error', onError);
        client.on('close', onClose);
        signal.addEventListener('abort', onAbort, { once: true });
        client.connect(config);
    });
}
/** Calls back whole lines, without their line ending; a last partial line on flush. */
class LineSplitter {
    onLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
    pending = '';
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        if (!this.onLine)
            return;
        const lines = (this.pending + this.decoder.write(chunk)).split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines)
            this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
    flush() {
        if (!this.onLine)
            return;
        const rest = this.pending + this.decoder.end();
        this.pending = '';
        if (rest !== '')
            this.onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    }
}
/** SFTP resolves relative paths against the login directory, which is what `~` means. */
function remote(path) {
    if (path === '~')
        return '.';
    if (path.startsWith('~/'))
        return path.slice(2) || '.';
    return path;
}
async function inParallel(tasks, limit) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        // After a failure, start nothing new: the caller reports the first error.
        while (!failed && next < tasks.length) {
            await tasks[next++]().catch(error => {
                failed = true;
                throw error;
            });
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
function sftpCall(call) {
    return new Promise((resolve, reject) => call((error, value) => (error ? reject(error) : resolve(value))));
}
const SFTP_STATUS = {
    2: 'no such file or directory',
    3: 'permission denied',
    4: 'failure (is the destination a directory, or the disk full?)'
};
function describeSftpError(error) {
    const code = error.code;
    if (typeof code === 'number' && SFTP_STATUS[code])
        return SFTP_STATUS[code];
    if (code === 'ENOENT')
        return `no such local file: ${error.path ?? ''}`.trim();
    return error instanceof Error ? error.message : String(error);
}
function isAuthenticationFailure(error) {
    return error.level === 'client-authentication';
}
function describeConnectError(error) {
    const { code, level, message } = error;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ECONNRESET')
        return 'connection reset';
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return 'host unreachable';
    if (code === 'ETIMEDOUT')
        return 'connection timed out';
    if (isAuthenticationFailure(error))
        return 'authentication failed: the key was not accepted';
    if (level === 'client-timeout' || /handshake/i.test(message ?? ''))
        return 'handshake timed out';
    return message ?? String(error);
}


/***/ })

};
