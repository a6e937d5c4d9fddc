export const id = 848;
export const ids = [848];
export const modules = {

/***/ 3848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ProvisionerError: () => (/* binding */ ProvisionerError),
  runProvisioner: () => (/* binding */ runProvisioner)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/clock.ts
var engine_clock = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/template/build-variables.ts
var build_variables = __webpack_require__(4250);
;// CONCATENATED MODULE: ./src/engine/provisioners/attempt.ts
/**
 * What one attempt of a provisioner works with, and how it fails. Shell and file provisioners
 * throw `Failure` for outcomes the user must act on; its message reads after the provisioner's
 * name: "shell provisioner (provisioners[1], web.yml:14) exited 1".
 */

class Failure extends Error {
    name = 'ProvisionerFailure';
}
/**
 * Runs a transfer; when it fails because the connection dropped (a reboot the previous
 * provisioner started), reconnects and tries once more, as Packer's start_retry_timeout does.
 */
async function transfer(attempt, what, action) {
    try {
        await action();
        return;
    }
    catch (error) {
        if (attempt.signal.aborted)
            throw attempt.signal.reason;
        const probe = await attempt.communicator
            .run('true', { signal: attempt.signal })
            .catch(() => undefined);
        if (!probe?.disconnected)
            throw new Failure(`${what}: ${error.message}`);
    }
    attempt.say('The SSH connection had dropped; reconnecting');
    try {
        await attempt.communicator.reconnect(attempt.signal);
        await action();
    }
    catch (error) {
        if (attempt.signal.aborted)
            throw attempt.signal.reason;
        throw new Failure(`${what}: ${error.message}`);
    }
}
/** A runner path as the user wrote it: relative to the working directory when inside it. */
function displayPath(path) {
    if (!(0,external_node_path_.isAbsolute)(path))
        return path;
    const rel = (0,external_node_path_.relative)(process.cwd(), path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/engine/provisioners/file.ts
/**
 * The file provisioner, as Packer's: upload files, directory trees (a trailing slash on the
 * source uploads its contents, none uploads the directory itself) or `content`; or download.
 */



async function runFile(provisioner, attempt) {
    const { communicator, signal } = attempt;
    const destination = attempt.expand(provisioner.destination);
    if (provisioner.direction === 'download') {
        for (const source of (provisioner.sources ?? []).map(attempt.expand)) {
            attempt.say(`Downloading ${source} => ${destination}`);
            await transfer(attempt, 'failed', () => communicator.download(source, destination, signal));
        }
        return;
    }
    if (provisioner.content !== undefined) {
        attempt.say(`Uploading content => ${destination}`);
        const content = Buffer.from(attempt.expand(provisioner.content));
        await transfer(attempt, 'failed', () => communicator.upload(destination, content, 0o644, signal));
        return;
    }
    for (const source of (provisioner.sources ?? []).map(attempt.expand)) {
        const stat = await external_node_fs_.promises.stat(source).catch(() => undefined);
        if (!stat)
            throw new Failure(`could not upload ${displayPath(source)}: it does not exist`);
        attempt.say(`Uploading ${displayPath(source)} => ${destination}`);
        if (stat.isDirectory()) {
            await transfer(attempt, 'failed', () => communicator.uploadDir(source, destination, signal));
        }
        else {
            const target = destination.endsWith('/') ? `${destination}${(0,external_node_path_.basename)(source)}` : destination;
            await transfer(attempt, 'failed', () => communicator.upload(target, { localPath: source }, undefined, signal));
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/provisioners/quote.ts
/**
 * Environment variables for shell scripts, quoted exactly as Packer's shell provisioner quotes
 * them: every value in single quotes, each embedded `'` as `'"'"'`. Inside single quotes a shell
 * expands nothing, so `$()`, backticks, spaces and newlines arrive byte for byte and never run.
 */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'"'"'`)}'`;
}
/** NAME → value, sorted by name as Packer sorts them; later definitions win. */
function environment(entries) {
    const merged = new Map();
    for (const [name, value] of entries)
        merged.set(name, value);
    return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** `{{.Vars}}`: `A='1' B='2' ` (with Packer's trailing space). */
function flattenedVars(env) {
    return env.map(([name, value]) => `${name}=${shellQuote(value)} `).join('');
}
/** The contents of `{{.EnvVarFile}}`: one `export` per variable, sourced by the execute_command. */
function envVarFile(env) {
    return env.map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join('');
}
/** Splits `NAME=value` at the first `=`; a value may itself hold `=`. */
function splitVar(entry) {
    const at = entry.indexOf('=');
    return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
}

;// CONCATENATED MODULE: ./src/engine/provisioners/shell.ts
/**
 * The shell provisioner, as Packer's: each script (the inline commands become one, under
 * inline_shebang) is uploaded to remote_folder/remote_file, run through execute_command with the
 * environment quoted into {{.Vars}} (or {{.EnvVarFile}}), judged by valid_exit_codes, and removed
 * unless skip_clean.
 */




/** Packer's exit status for "the connection dropped": listing it in valid_exit_codes allows that. */
const DISCONNECT_EXIT_CODE = 2300218;
async function runShell(provisioner, attempt) {
    const { communicator, signal } = attempt;
    const scripts = await loadScripts(provisioner, attempt.expand);
    const env = environment([
        ['PACKER_BUILD_NAME', attempt.buildName],
        ['PACKER_BUILDER_TYPE', 'amazon-ebs'],
        ...provisioner.environment_vars.map(entry => {
            const [name, value] = splitVar(entry);
            return [name, attempt.expand(value)];
        }),
        ...Object.entries(provisioner.env).map(([name, value]) => [name, attempt.expand(value)])
    ]);
    const folder = attempt.expand(provisioner.remote_folder).replace(/\/+$/, '');
    const suffix = (0,external_node_crypto_.randomInt)(10_000);
    const remotePath = `${folder}/${attempt.expand(provisioner.remote_file ?? `script_${suffix}.sh`)}`;
    const executeCommand = attempt.expand(provisioner.execute_command);
    const envFilePath = /\{\{\s*\.EnvVarFile\s*\}\}/.test(executeCommand)
        ? `${folder}/varfile_${suffix}.sh`
        : undefined;
    const command = render(executeCommand, {
        Path: remotePath,
        Vars: flattenedVars(env),
        EnvVarFile: envFilePath ?? ''
    });
    const valid = provisioner.valid_exit_codes;
    const disconnectAllowed = provisioner.expect_disconnect || valid.includes(DISCONNECT_EXIT_CODE);
    for (const script of scripts) {
        const name = scripts.length > 1 ? `${script.label} ` : '';
        attempt.say(`Provisioning with shell script: ${script.label}`);
        await upload(attempt, remotePath, script.content, 0o755);
        if (envFilePath)
            await upload(attempt, envFilePath, Buffer.from(envVarFile(env)), 0o600);
        const result = await communicator.run(command, {
            onStdout: attempt.print,
            onStderr: attempt.print,
            signal
        });
        if (result.disconnected) {
            if (!disconnectAllowed) {
                throw new Failure(`${name}lost its SSH connection before it finished; if it restarts the machine, ` +
                    'set expect_disconnect: true');
            }
            attempt.say('The connection dropped, as expected; reconnecting');
            await communicator.reconnect(signal).catch(error => {
                if (signal.aborted)
                    throw signal.reason;
                throw new Failure(`could not reconnect after the expected disconnect: ${error.message}`);
            });
        }
        else if (result.signal) {
            throw new Failure(`${name}was killed by ${result.signal}`);
        }
        else if (!valid.includes(result.exitCode ?? -1)) {
            const allowed = valid.length === 1 && valid[0] === 0 ? '' : ` (valid_exit_codes: ${valid.join(', ')})`;
            throw new Failure(`${name}exited ${result.exitCode}${allowed}`);
        }
        if (!provisioner.skip_clean)
            await removeRemote(attempt, [remotePath, ...(envFilePath ? [envFilePath] : [])]);
    }
}
async function loadScripts(provisioner, expand) {
    if (provisioner.inline) {
        const text = `#!${provisioner.inline_shebang}\n${provisioner.inline.map(line => `${expand(line)}\n`).join('')}`;
        return [{ label: 'inline', content: Buffer.from(text) }];
    }
    return Promise.all((provisioner.scripts ?? []).map(async (path) => {
        const content = await external_node_fs_.promises.readFile(path).catch(() => {
            throw new Failure(`could not read the script ${displayPath(path)}: it does not exist or is not readable`);
        });
        // Packer runs scripts through a Unix line-ending filter: a CRLF checkout still runs.
        return {
            label: displayPath(path),
            content: Buffer.from(content.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')
        };
    }));
}
/** Fills `{{.Path}}`, `{{.Vars}}`, `{{.EnvVarFile}}` (a function replacement: values are literal). */
function render(template, values) {
    return template.replace(/\{\{\s*\.(Path|Vars|EnvVarFile)\s*\}\}/g, (_whole, key) => values[key]);
}
function upload(attempt, remotePath, data, mode) {
    return transfer(attempt, 'could not upload the script', () => attempt.communicator.upload(remotePath, data, mode, attempt.signal));
}
/** Removes the uploaded files; after a reboot the connection may drop once more, so retry once. */
async function removeRemote(attempt, paths) {
    const command = `rm -f ${paths.map(shellQuote).join(' ')}`;
    let result = await attempt.communicator.run(command, { signal: attempt.signal });
    if (result.disconnected) {
        await attempt.communicator.reconnect(attempt.signal);
        result = await attempt.communicator.run(command, { signal: attempt.signal });
    }
    if (result.exitCode !== 0)
        attempt.say(`Could not remove ${paths.join(', ')} from the instance`);
}

;// CONCATENATED MODULE: ./src/engine/provisioners/index.ts
/**
 * Runs one provisioner for one build: its own log group, pause_before, then attempts (max_retries
 * more after the first fails, each limited by timeout), with every printed line masked.
 */






/** A provisioner failed in a way the user must fix (a script's exit code, a missing file). */
class ProvisionerError extends Error {
    name = 'ProvisionerError';
}
/** Packer's retry delay for provisioners: 2 s, 4 s, 6 s, ... capped at 2 minutes. */
const RETRY_STEP_MS = 2000;
const RETRY_MAX_MS = 120_000;
const runProvisioner = async (provisioner, context) => {
    const { reporter, clock, signal } = context;
    const mask = masker(context.secrets);
    const name = describe(provisioner, context);
    const say = (line) => reporter.info(mask(line));
    await reporter.group(mask(`Provisioning with ${provisioner.type} (${where(provisioner, context)})`), async () => {
        const started = clock.now();
        if (provisioner.pause_before > 0) {
            say(`Pausing ${(0,engine_clock/* formatDuration */.a)(provisioner.pause_before)} before the next provisioner...`);
            await clock.sleep(provisioner.pause_before, signal);
        }
        if (provisioner.timeout > 0)
            say(`Setting a ${(0,engine_clock/* formatDuration */.a)(provisioner.timeout)} timeout for the next provisioner...`);
        const attempts = provisioner.max_retries + 1;
        for (let attempt = 1;; attempt++) {
            try {
                await runAttempt(provisioner, context, mask, say);
                break;
            }
            catch (error) {
                if (signal.aborted)
                    throw signal.reason;
                const failure = error instanceof Failure ? error.message : `failed: ${error.message}`;
                if (attempt >= attempts) {
                    const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
                    throw new ProvisionerError(mask(`${name} ${failure}${after}`));
                }
                const delay = Math.min(RETRY_STEP_MS * attempt, RETRY_MAX_MS);
                reporter.warning(mask(`${name} ${failure}; retrying in ${(0,engine_clock/* formatDuration */.a)(delay)} (attempt ${attempt + 1} of ${attempts})`));
                await clock.sleep(delay, signal);
            }
        }
        say(`${provisioner.type} provisioner finished in ${(0,engine_clock/* formatDuration */.a)(clock.now() - started)}`);
    });
};
async function runAttempt(provisioner, context, mask, say) {
    const timeout = new AbortController();
    const timer = new AbortController();
    const signal = AbortSignal.any([context.signal, timeout.signal]);
    if (provisioner.timeout > 0) {
        context.clock.sleep(provisioner.timeout, timer.signal).then(() => timeout.abort(new Failure(`timed out after ${(0,engine_clock/* formatDuration */.a)(provisioner.timeout)}`)), () => undefined);
    }
    const attempt = {
        communicator: context.communicator,
        reporter: context.reporter,
        signal,
        buildName: context.buildName,
        expand: text => (0,build_variables/* expandBuildVariables */.I)(text, context.buildVariables),
        print: line => context.reporter.info(mask(line)),
        say
    };
    try {
        if (provisioner.type === 'shell')
            await runShell(provisioner, attempt);
        else
            await runFile(provisioner, attempt);
    }
    catch (error) {
        if (timeout.signal.aborted && !context.signal.aborted)
            throw timeout.signal.reason;
        throw error;
    }
    finally {
        timer.abort();
    }
}
/** "shell provisioner (provisioners[1], web.yml:14)" */
function describe(provisioner, context) {
    return `${provisioner.type} provisioner (${where(provisioner, context)})`;
}
function where(provisioner, context) {
    const { file, line } = provisioner.location;
    const at = `${file ? displayPath(file) || (0,external_node_path_.basename)(file) : 'template'}:${line}`;
    return context.index === undefined ? at : `provisioners[${context.index}], ${at}`;
}
/** Replaces every secret, and every line of a multi-line one, with ***. */
function masker(secrets) {
    const parts = new Set();
    for (const secret of secrets) {
        if (secret === '')
            continue;
        parts.add(secret);
        for (const line of secret.split(/\r?\n/))
            if (line.trim().length >= 3)
                parts.add(line);
    }
    // Longest first, so that a secret containing another is masked whole.
    const ordered = [...parts].sort((a, b) => b.length - a.length);
    return line => ordered.reduce((text, secret) => text.split(secret).join('***'), line);
}


/***/ })

};
