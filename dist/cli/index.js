#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _dirname_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7890);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7676);


process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: processIo

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line of `ami-build`, parsed into what each command needs. A mistake in it is a
 * UsageError: the CLI prints its message and the usage, and exits 2 (as compilers and git do).
 */

const USAGE = `Usage:
  ami-build validate TEMPLATE [options]   check a template; print what would be built
  ami-build build TEMPLATE [options]      validate, then build the AMIs
  ami-build cleanup --run-id ID [--region REGIONS]
                                          remove what an interrupted build left behind

Options:
  --var NAME=VALUE           set a template variable (repeatable; wins over var files)
  --var-file FILE            read variables from a YAML or JSON file (repeatable; later files win)
  --only NAMES               build only these sources (comma-separated)
  --except NAMES             skip these sources (comma-separated)
  --working-directory DIR    where relative paths in the template resolve (default: .)
  --region REGION            build: region of sources that set none (default: AWS_REGION);
                             cleanup: the regions to search, comma-separated (default: AWS_REGION)
  --run-id ID                cleanup: the run ID the build printed when it started
  --on-error cleanup|abort   build: on failure remove everything (default) or keep the
                             instance, key pair and security group for debugging
  -h, --help                 show this help

Credentials for build come from the AWS SDK's default chain (environment, profile, instance role).
Exit status: 0 on success, 1 when the template has errors or the build failed, 2 on a usage error.
`;
class UsageError extends Error {
    name = 'UsageError';
}
const COMMANDS = ['validate', 'build', 'cleanup', 'help'];
function parseCommandLine(argv) {
    const [command, ...rest] = argv;
    if (command === undefined)
        throw new UsageError('a command is required.');
    if (command === '-h' || command === '--help' || command === 'help')
        return { command: 'help' };
    if (!COMMANDS.includes(command)) {
        throw new UsageError(`unknown command "${command}"; the commands are validate, build and cleanup.`);
    }
    const { values, positionals } = parse(rest);
    if (values.help)
        return { command: 'help' };
    if (command === 'cleanup') {
        if (positionals.length > 0)
            throw new UsageError('cleanup takes no template.');
        const runId = values['run-id'];
        if (runId === undefined || !/^[A-Za-z0-9._-]{1,128}$/.test(runId)) {
            throw new UsageError(runId === undefined
                ? 'cleanup needs --run-id: the run ID the build printed when it started.'
                : `--run-id "${runId}" is not a run ID (letters, digits, . _ and -).`);
        }
        return { command: 'cleanup', runId, regions: names(values.region ? [values.region] : []) };
    }
    if (values['run-id'] !== undefined)
        throw new UsageError('--run-id applies to cleanup only.');
    if (positionals.length === 0)
        throw new UsageError(`${command} needs the path of a template.`);
    if (positionals.length > 1) {
        throw new UsageError(`${command} takes one template; got ${positionals.map(p => `"${p}"`).join(', ')}.`);
    }
    const template = {
        template: positionals[0],
        variables: variables(values.var ?? []),
        varFiles: values['var-file'] ?? [],
        only: names(values.only ?? []),
        except: names(values.except ?? []),
        workingDirectory: values['working-directory']
    };
    if (command === 'validate') {
        for (const option of ['region', 'on-error']) {
            if (values[option] !== undefined)
                throw new UsageError(`--${option} applies to build only.`);
        }
        return { command, ...template };
    }
    const onError = values['on-error'] ?? 'cleanup';
    if (onError !== 'cleanup' && onError !== 'abort') {
        throw new UsageError(`--on-error must be cleanup or abort; got "${onError}".`);
    }
    return { command: 'build', ...template, region: values.region, onError };
}
function parse(args) {
    try {
        return (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                var: { type: 'string', multiple: true },
                'var-file': { type: 'string', multiple: true },
                only: { type: 'string', multiple: true },
                except: { type: 'string', multiple: true },
                'working-directory': { type: 'string' },
                region: { type: 'string' },
                'run-id': { type: 'string' },
                'on-error': { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (error) {
        // node's messages name the option well but add advice about `--` meant for scripts; keep the
        // first sentence.
        const message = String(error.message ?? error);
        throw new UsageError(message.split(/\. |\n/)[0].replace(/\.$/, '') + '.');
    }
}
function variables(assignments) {
    const result = Object.create(null);
    for (const assignment of assignments) {
        const equals = assignment.indexOf('=');
        if (equals <= 0)
            throw new UsageError(`--var expects NAME=VALUE; got "${assignment}".`);
        result[assignment.slice(0, equals)] = assignment.slice(equals + 1);
    }
    return result;
}
function names(lists) {
    return lists.flatMap(list => list
        .split(',')
        .map(name => name.trim())
        .filter(name => name !== ''));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/cli/plan.ts
function formatPlan(plan) {
    return plan.map(formatEntry).join('\n');
}
function formatEntry(entry) {
    const rows = [
        ['source AMI', entry.sourceAmi],
        ['instance type', entry.instanceType],
        ['AMI name', entry.skipCreateAmi ? '(none: skip_create_ami)' : entry.amiName]
    ];
    if (entry.amiRegions.length > 0)
        rows.push(['copied to', entry.amiRegions.join(', ')]);
    rows.push(['provisioners', String(entry.provisioners)]);
    const width = Math.max(...rows.map(([label]) => label.length)) + 1;
    const region = entry.region || 'the region of AWS_REGION';
    return ([
        `${entry.name}: amazon-ebs in ${region}`,
        ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width + 1)}${value}`)
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/cli/validate.ts
/**
 * `ami-build validate`: diagnostics as a compiler prints them (`file:line:col: error: message`),
 * so that editors and problem matchers pick them up; the plan on success.
 */


async function runValidate(args, io) {
    const tools = await io.templateTools();
    const result = await loadFromCommandLine(args, io, tools);
    if (!result.ok) {
        const count = result.errors.length;
        io.stderr(`${count} error${count === 1 ? '' : 's'}\n`);
        return 1;
    }
    io.stdout(formatPlan(tools.describePlan(result.template)));
    return 0;
}
/** Loads the template a command line names and prints its diagnostics, errors first. */
async function loadFromCommandLine(args, io, tools) {
    // Paths on the command line are the shell's, relative to where it stands; --working-directory
    // is only where the template's own relative paths resolve.
    const result = await tools.loadTemplate((0,external_node_path_.resolve)(io.cwd, args.template), {
        workingDirectory: args.workingDirectory,
        variables: args.variables,
        varFiles: args.varFiles.map(file => (0,external_node_path_.resolve)(io.cwd, file)),
        env: io.env,
        only: args.only,
        except: args.except,
        now: io.now()
    });
    const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    for (const diagnostic of diagnostics)
        io.stderr(formatDiagnostic(diagnostic, io.cwd) + '\n');
    return result;
}
/** `file:line:col: severity: message [key.path]`, the file relative to the current directory. */
function formatDiagnostic(diagnostic, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, diagnostic.file);
    const near = (0,external_node_path_.relative)(cwd, absolute);
    const file = near === '' || near.startsWith('..') || (0,external_node_path_.isAbsolute)(near) ? absolute : near;
    const key = diagnostic.path ? ` [${diagnostic.path}]` : '';
    return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}${key}`;
}

;// CONCATENATED MODULE: ./src/cli/build.ts
/**
 * `ami-build build`: the action's build on a terminal or another CI system. Credentials come from
 * the AWS SDK's default chain (environment, profile, instance role). Ctrl-C cancels the build and
 * removes what it created; a second Ctrl-C leaves at once, naming the tag to clean up by.
 */


async function runBuild(args, io, loadEngine) {
    const loaded = await loadFromCommandLine(args, io, await io.templateTools());
    if (!loaded.ok) {
        io.stderr(`${loaded.errors.length} error(s); nothing was built\n`);
        return 1;
    }
    const reporter = maskingReporter(io, loaded.template.sensitiveValues);
    const runId = `cli-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    // Printed first, so that whatever happens to this process, `ami-build cleanup` can find the rest.
    reporter.info(`Run ID ${runId}: if this build is killed, \`ami-build cleanup --run-id ${runId}\` removes what it left.`);
    const controller = new AbortController();
    const onInterrupt = () => {
        if (controller.signal.aborted) {
            reporter.error(`Leaving before the cleanup finished: remove what carries the tag ami-build:run-id=${runId}.`);
            process.exit(130);
        }
        reporter.warning('Cancelling: removing what the build created (Ctrl-C again to leave now).');
        controller.abort(new Error('cancelled'));
    };
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onInterrupt);
    try {
        const build = await loadEngine();
        const result = await build({
            template: loaded.template,
            defaultRegion: args.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION,
            runId,
            onError: args.onError,
            signal: controller.signal,
            reporter
        });
        for (const artifact of result.artifacts) {
            const amis = Object.entries(artifact.amis).map(([region, ami]) => `${region}: ${ami}`);
            io.stdout(`${artifact.name}: ${artifact.amiName} (${amis.join(', ') || 'no AMI'})\n`);
        }
        for (const resource of result.leftBehind) {
            reporter.warning(`left behind: ${resource.kind} ${resource.id} in ${resource.region} (${resource.reason})`);
        }
        for (const failure of result.failures)
            reporter.error(`${failure.name}: ${failure.message}`);
        return result.cancelled || result.failures.length > 0 ? 1 : 0;
    }
    finally {
        process.off('SIGINT', onInterrupt);
        process.off('SIGTERM', onInterrupt);
    }
}
/** Log lines on stdout/stderr, with every sensitive value replaced before it is printed. */
function maskingReporter(io, initialSecrets) {
    const secrets = new Set(initialSecrets.filter(secret => secret !== ''));
    const redact = (text) => {
        let result = text;
        for (const secret of secrets)
            result = result.split(secret).join('***');
        return result;
    };
    return {
        info: message => io.stdout(redact(message) + '\n'),
        warning: message => io.stderr(`warning: ${redact(message)}\n`),
        error: message => io.stderr(`error: ${redact(message)}\n`),
        debug: message => {
            if (io.env.AMI_BUILD_DEBUG)
                io.stderr(`debug: ${redact(message)}\n`);
        },
        group: async (title, fn) => {
            io.stdout(`==> ${redact(title)}\n`);
            return fn();
        },
        mask: secret => {
            if (secret !== '')
                secrets.add(secret);
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/cleanup.ts

async function runCleanup(args, io, loadSweep) {
    const region = io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
    const regions = args.regions.length > 0 ? args.regions : region ? [region] : [];
    if (regions.length === 0) {
        io.stderr('ami-build: cleanup needs a region: pass --region or set AWS_REGION.\n');
        return 2;
    }
    const reporter = maskingReporter(io, []);
    const controller = new AbortController();
    const onInterrupt = () => controller.abort(new Error('cancelled'));
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onInterrupt);
    try {
        reporter.info(`Looking for what run ${args.runId} left in ${regions.join(', ')}`);
        const sweep = await loadSweep();
        const result = await sweep({
            runId: args.runId,
            regions,
            resources: [],
            reporter,
            signal: controller.signal
        });
        if (result.removed.length === 0 && result.failed.length === 0) {
            reporter.info('Nothing to remove.');
        }
        return result.failed.length > 0 ? 1 : 0;
    }
    finally {
        process.off('SIGINT', onInterrupt);
        process.off('SIGTERM', onInterrupt);
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `ami-build`: the same engine as the action, for a terminal or another CI system. Returns the
 * exit status: 0 success, 1 the template (or the build) failed, 2 a usage error.
 */





function processIo() {
    return {
        stdout: text => process.stdout.write(text),
        stderr: text => process.stderr.write(text),
        cwd: process.cwd(),
        env: process.env,
        now: () => new Date(),
        templateTools: async () => {
            const [{ loadTemplate }, { describePlan }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(342)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3342)),
                __nccwpck_require__.e(/* import() */ 503).then(__nccwpck_require__.bind(__nccwpck_require__, 6503))
            ]);
            return { loadTemplate, describePlan };
        }
    };
}
async function main(argv, io = processIo()) {
    let invocation;
    try {
        invocation = parseCommandLine(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`ami-build: ${error.message}\n\n${USAGE}`);
        return 2;
    }
    switch (invocation.command) {
        case 'help':
            io.stdout(USAGE);
            return 0;
        case 'validate':
            return runValidate({ ...invocation, workingDirectory: (0,external_node_path_.resolve)(io.cwd, invocation.workingDirectory ?? '.') }, io);
        case 'build':
            return runBuild({ ...invocation, workingDirectory: (0,external_node_path_.resolve)(io.cwd, invocation.workingDirectory ?? '.') }, io, 
            // The engine brings the AWS SDK and ssh2: loaded only for a build.
            async () => (await Promise.all(/* import() */[__nccwpck_require__.e(620), __nccwpck_require__.e(386)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3386))).build);
        case 'cleanup':
            return runCleanup(invocation, io, 
            // The sweep brings the AWS SDK: loaded only for a cleanup.
            async () => (await Promise.all(/* import() */[__nccwpck_require__.e(620), __nccwpck_require__.e(858)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4858))).sweep);
    }
}


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/dirname.ts
// ssh2's crypto code reads __dirname, which an ES module bundle does not define. This module is
// imported first by every entry so that the value exists before ssh2 is loaded.


const globals = globalThis;
globals.__dirname ??= (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

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

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
