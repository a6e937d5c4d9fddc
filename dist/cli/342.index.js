export const id = 342;
export const ids = [342];
export const modules = {

/***/ 9229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   KR: () => (/* binding */ MONTHS),
/* harmony export */   N5: () => (/* binding */ buildVariable),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   qn: () => (/* binding */ DAYS)
/* harmony export */ });
/* unused harmony exports BUILD_VARIABLE_PLACES, cleanResourceName */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7695);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5352);
/**
 * Interpolation of template strings: `${var.x}`, `${local.x}`, `${build.X}` and Packer's legacy
 * `{{ … }}` functions. Variables, locals and the legacy functions are resolved at load; build
 * variables are only known during the build and stay in the canonical form `${build.X}`.
 *
 * A `${…}` that is not var./local./build. (a shell's `${HOME}`) is left as it is, and `$${` is a
 * literal `${`, as in Packer HCL2. An unknown `{{ … }}` is left as it is in native templates (a
 * shell line may hold a Go template for docker) but is an error in legacy JSON, where Packer
 * interprets every `{{`.
 */


const BUILD_NAMES = new Set(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_VARIABLES */ .Z);
const REFERENCE = /^(var|local|build)\.([A-Za-z_][A-Za-z0-9_-]*)$/;
const BUILD_VARIABLE_PLACES = 'build variables are known only during the build: use them in provisioners, post-processors, ami_name, ami_description and tags';
/** Interpolate one string. A string that is exactly one `${var.x}` keeps the variable's type. */
function interpolate(text, scope, options) {
    const errors = [];
    let out = '';
    let changed = false;
    let i = 0;
    while (i < text.length) {
        if (text.startsWith('$${', i)) {
            out += '${';
            i += 3;
            changed = true;
            continue;
        }
        if (text.startsWith('${', i)) {
            const end = text.indexOf('}', i + 2);
            const inner = end < 0 ? '' : text.slice(i + 2, end).trim();
            const ref = REFERENCE.exec(inner);
            if (end < 0 || !ref) {
                out += '${';
                i += 2;
                continue;
            }
            const resolved = resolveReference(ref[1], ref[2], scope, options);
            if ('error' in resolved)
                errors.push(resolved.error);
            else {
                if (typeof resolved.value !== 'string' &&
                    i === 0 &&
                    end === text.length - 1 &&
                    errors.length === 0) {
                    return { ok: true, value: resolved.value, changed: true };
                }
                const s = scalarText(resolved.value, `${ref[1]}.${ref[2]}`);
                if (typeof s === 'object')
                    errors.push(s.error);
                else
                    out += s;
            }
            changed = true;
            i = end + 1;
            continue;
        }
        if (text.startsWith('{{', i)) {
            const end = text.indexOf('}}', i + 2);
            if (end < 0) {
                if (scope.strictFunctions)
                    errors.push('`{{` is never closed by `}}`');
                out += text.slice(i);
                break;
            }
            const action = text.slice(i + 2, end);
            const result = evaluateAction(action, scope, options);
            if (result === undefined)
                out += text.slice(i, end + 2);
            else if ('error' in result)
                errors.push(result.error && `${result.error} in \`{{${action}}}\``);
            else {
                out += result.value;
                changed = true;
            }
            i = end + 2;
            continue;
        }
        out += text[i];
        i++;
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out, changed };
}
function resolveReference(kind, name, scope, options) {
    if (kind === 'build')
        return buildVariable(name, options);
    if (kind === 'var') {
        return (scope.variable(name) ?? { error: undefinedMessage('variable', name, scope.variableNames()) });
    }
    const local = scope.local(name);
    return local ?? { error: undefinedMessage('local', name, scope.localNames()) };
}
/** `${build.NAME}` when NAME is a build variable and allowed here; otherwise why not. */
function buildVariable(name, options) {
    if (!BUILD_NAMES.has(name)) {
        const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(name, _model_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_VARIABLES */ .Z);
        return {
            error: `unknown build variable \`${name}\`${hint ? ` — did you mean \`${hint}\`?` : ''} (build variables: ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_VARIABLES */ .Z.join(', ')})`
        };
    }
    if (!options.buildVariables)
        return { error: `\`\${build.${name}}\` cannot be used here: ${BUILD_VARIABLE_PLACES}` };
    return { value: `\${build.${name}}` };
}
function undefinedMessage(what, name, defined) {
    const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(name, defined);
    const list = defined.length === 0
        ? `no ${what}s are defined`
        : `defined ${what}s: ${defined.map(d => `\`${d}\``).join(', ')}`;
    return `undefined ${what} \`${name}\`${hint ? ` — did you mean \`${hint}\`?` : ''} (${list})`;
}
function scalarText(value, name) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    const type = Array.isArray(value) ? 'a list' : 'a map';
    return {
        error: `\`${name}\` is ${type}: it can only be used as a whole value, not inside a string`
    };
}
// ---------------------------------------------------------------------------------------------
// Legacy {{ }} functions: a small Go-template subset — a pipeline of function calls whose
// arguments are `raw` or "quoted" strings, plus `.Name` for build variables.
const FUNCTIONS = [
    'timestamp',
    'isotime',
    'uuid',
    'user',
    'env',
    'build',
    'clean_resource_name',
    'lower',
    'upper',
    'pwd',
    'template_dir',
    'replace_all'
];
/** undefined: leave the action as written (not ours to interpret). */
function evaluateAction(action, scope, options) {
    const commands = tokenize(action);
    if ('error' in commands)
        return scope.strictFunctions ? commands : undefined;
    if (commands.length === 0 || commands.some(c => c.length === 0)) {
        return scope.strictFunctions ? { error: 'empty expression' } : undefined;
    }
    // `{{ .Path }}` and friends belong to execute_command and other provisioner templates.
    const first = commands[0][0];
    // A near miss of a long build variable name (`.SourceAmiName`) is a typo worth reporting; short
    // fields stay someone else's (`{{.Id}}` in a docker command).
    if (first.kind === 'field' && !BUILD_NAMES.has(first.text)) {
        if (first.text.length < 6 || !(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(first.text, _model_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_VARIABLES */ .Z))
            return undefined;
    }
    if (first.kind === 'word' && !FUNCTIONS.includes(first.text)) {
        if (!scope.strictFunctions)
            return undefined;
        const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(first.text, FUNCTIONS);
        return {
            error: `unknown function \`${first.text}\`${hint ? ` — did you mean \`${hint}\`?` : ''}`
        };
    }
    let piped;
    for (const [index, command] of commands.entries()) {
        const [head, ...rest] = command;
        const args = rest.map(t => t.text);
        if (piped !== undefined)
            args.push(piped);
        if (rest.some(t => t.kind === 'field'))
            return { error: 'build variables cannot be passed to functions' };
        let result;
        if (head.kind === 'field') {
            if (args.length > 0 || commands.length > 1)
                return { error: 'build variables cannot be passed to functions' };
            result = buildVariable(head.text, options);
        }
        else if (head.kind === 'string') {
            result = { value: head.text };
        }
        else {
            if (index > 0 && !FUNCTIONS.includes(head.text)) {
                return { error: `unknown function \`${head.text}\`` };
            }
            if (head.text === 'build' && commands.length > 1)
                return { error: 'build variables cannot be passed to functions' };
            result = callFunction(head.text, args, scope, options);
        }
        if ('error' in result)
            return result;
        piped = result.value;
    }
    return { value: piped ?? '' };
}
function callFunction(name, args, scope, options) {
    const arity = (min, max = min) => args.length < min || args.length > max
        ? `\`${name}\` takes ${min === max ? min : `${min} or ${max}`} argument${max === 1 ? '' : 's'}, not ${args.length}`
        : undefined;
    const bad = (problem) => problem ? { error: problem } : undefined;
    switch (name) {
        case 'timestamp':
            return bad(arity(0)) ?? { value: String(Math.floor(scope.now.getTime() / 1000)) };
        case 'isotime':
            return (bad(arity(0, 1)) ?? {
                value: formatGoTime(scope.now, args[0] ?? '2006-01-02T15:04:05Z07:00')
            });
        case 'uuid':
            // The global crypto: importing node:crypto costs validate's cold start ~5 ms.
            return bad(arity(0)) ?? { value: crypto.randomUUID() };
        case 'user': {
            const problem = arity(1);
            if (problem)
                return { error: problem };
            const found = scope.variable(args[0]);
            if (found === undefined)
                return { error: undefinedMessage('variable', args[0], scope.variableNames()) };
            if ('error' in found)
                return found;
            const text = scalarText(found.value, `var.${args[0]}`);
            return typeof text === 'string' ? { value: text } : text;
        }
        case 'env':
            return bad(arity(1)) ?? { value: scope.env[args[0]] ?? '' };
        case 'build':
            return bad(arity(1)) ?? buildVariable(args[0], options);
        case 'clean_resource_name':
            return bad(arity(1)) ?? { value: cleanResourceName(args[0]) };
        case 'lower':
            return bad(arity(1)) ?? { value: args[0].toLowerCase() };
        case 'upper':
            return bad(arity(1)) ?? { value: args[0].toUpperCase() };
        case 'pwd':
            return bad(arity(0)) ?? { value: scope.workingDirectory };
        case 'template_dir':
            return bad(arity(0)) ?? { value: scope.templateDirectory };
        case 'replace_all':
            return bad(arity(3)) ?? { value: args[2].split(args[0]).join(args[1]) };
    }
}
/** Packer's amazon clean_resource_name: every byte outside the AMI-name alphabet becomes `-`. */
function cleanResourceName(text) {
    let out = '';
    for (const ch of text) {
        out += /[A-Za-z0-9()[\] ./\-'@_]/.test(ch) ? ch : '-'.repeat(Buffer.byteLength(ch));
    }
    return out;
}
function tokenize(action) {
    const commands = [[]];
    let i = 0;
    while (i < action.length) {
        const c = action[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === '|') {
            commands.push([]);
            i++;
        }
        else if (c === '`') {
            const end = action.indexOf('`', i + 1);
            if (end < 0)
                return { error: 'unterminated `raw string`' };
            commands[commands.length - 1].push({ kind: 'string', text: action.slice(i + 1, end) });
            i = end + 1;
        }
        else if (c === '"') {
            let j = i + 1;
            let text = '';
            while (j < action.length && action[j] !== '"') {
                if (action[j] === '\\' && j + 1 < action.length) {
                    const e = action[j + 1];
                    text += e === 'n' ? '\n' : e === 't' ? '\t' : e;
                    j += 2;
                }
                else
                    text += action[j++];
            }
            if (j >= action.length)
                return { error: 'unterminated "string"' };
            commands[commands.length - 1].push({ kind: 'string', text });
            i = j + 1;
        }
        else {
            const m = /^\.?[A-Za-z_][A-Za-z0-9_]*/.exec(action.slice(i));
            if (!m)
                return { error: `unexpected \`${c}\`` };
            const word = m[0];
            commands[commands.length - 1].push(word.startsWith('.') ? { kind: 'field', text: word.slice(1) } : { kind: 'word', text: word });
            i += word.length;
        }
    }
    return commands;
}
// ---------------------------------------------------------------------------------------------
// Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"), in UTC, for {{isotime}}.
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** Longest tokens first, so `2006` wins over `2` and `January` over `Jan`. */
const LAYOUT_TOKENS = [
    ['January', d => MONTHS[d.getUTCMonth()]],
    ['Monday', d => DAYS[d.getUTCDay()]],
    ['Z07:00', () => 'Z'],
    ['-07:00', () => '+00:00'],
    ['Z0700', () => 'Z'],
    ['-0700', () => '+0000'],
    ['2006', d => String(d.getUTCFullYear())],
    ['.000000000', d => `.${pad(d.getUTCMilliseconds(), 3)}000000`],
    ['.000000', d => `.${pad(d.getUTCMilliseconds(), 3)}000`],
    ['.000', d => `.${pad(d.getUTCMilliseconds(), 3)}`],
    ['Jan', d => MONTHS[d.getUTCMonth()].slice(0, 3)],
    ['Mon', d => DAYS[d.getUTCDay()].slice(0, 3)],
    ['MST', () => 'UTC'],
    ['-07', () => '+00'],
    ['_2', d => String(d.getUTCDate()).padStart(2, ' ')],
    ['01', d => pad(d.getUTCMonth() + 1)],
    ['02', d => pad(d.getUTCDate())],
    ['03', d => pad(d.getUTCHours() % 12 || 12)],
    ['04', d => pad(d.getUTCMinutes())],
    ['05', d => pad(d.getUTCSeconds())],
    ['06', d => pad(d.getUTCFullYear() % 100)],
    ['15', d => pad(d.getUTCHours())],
    ['PM', d => (d.getUTCHours() < 12 ? 'AM' : 'PM')],
    ['pm', d => (d.getUTCHours() < 12 ? 'am' : 'pm')],
    ['1', d => String(d.getUTCMonth() + 1)],
    ['2', d => String(d.getUTCDate())],
    ['3', d => String(d.getUTCHours() % 12 || 12)],
    ['4', d => String(d.getUTCMinutes())],
    ['5', d => String(d.getUTCSeconds())]
];
function formatGoTime(date, layout) {
    let out = '';
    let i = 0;
    outer: while (i < layout.length) {
        for (const [token, render] of LAYOUT_TOKENS) {
            if (layout.startsWith(token, i)) {
                out += render(date);
                i += token.length;
                continue outer;
            }
        }
        out += layout[i++];
    }
    return out;
}


/***/ }),

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_TEMPLATE_BYTES: () => (/* binding */ MAX_TEMPLATE_BYTES),
  loadTemplate: () => (/* binding */ loadTemplate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/template/suggest.ts
var suggest = __webpack_require__(5352);
;// CONCATENATED MODULE: ./src/template/legacy.ts

const LEGACY_TOP_LEVEL = [
    'variables',
    'sensitive-variables',
    'builders',
    'provisioners',
    'post-processors',
    'description',
    'min_packer_version'
];
function convertLegacy(root) {
    const diagnostics = [];
    const error = (loc, path, message) => {
        diagnostics.push({
            severity: 'error',
            file: loc.file,
            line: loc.line,
            column: loc.column,
            path,
            message
        });
    };
    root = escapeDollars(root);
    const section = (key) => root.entries.find(e => e.key === key);
    const out = [];
    for (const { key, keyLoc } of root.entries) {
        if (!LEGACY_TOP_LEVEL.includes(key)) {
            const hint = (0,suggest/* suggest */.Z)(key, LEGACY_TOP_LEVEL);
            error(keyLoc, key, `unknown key \`${key}\` in a Packer JSON template${hint ? ` — did you mean \`${hint}\`?` : ` (known keys: ${LEGACY_TOP_LEVEL.join(', ')})`}`);
        }
    }
    // Variables.
    const sensitive = new Set();
    const sensitiveEntry = section('sensitive-variables');
    if (sensitiveEntry) {
        if (sensitiveEntry.value.kind !== 'list')
            error(sensitiveEntry.value.loc, 'sensitive-variables', 'expected a list of variable names');
        else {
            for (const item of sensitiveEntry.value.items) {
                if (item.kind === 'scalar' && typeof item.value === 'string')
                    sensitive.add(item.value);
                else
                    error(item.loc, 'sensitive-variables', 'expected a variable name');
            }
        }
    }
    const variablesEntry = section('variables');
    if (variablesEntry) {
        const node = variablesEntry.value;
        if (node.kind !== 'map')
            error(node.loc, 'variables', 'expected a map of variable name → default value');
        else {
            const declared = node.entries.map(({ key, keyLoc, value }) => {
                const decl = [];
                if (!(value.kind === 'scalar' && value.value === null)) {
                    decl.push({ key: 'default', keyLoc: value.loc, value });
                }
                if (sensitive.has(key))
                    decl.push({
                        key: 'sensitive',
                        keyLoc,
                        value: { kind: 'scalar', value: true, loc: keyLoc }
                    });
                return { key, keyLoc, value: { kind: 'map', entries: decl, loc: keyLoc } };
            });
            for (const name of sensitive) {
                if (!node.entries.some(e => e.key === name)) {
                    error(sensitiveEntry.value.loc, 'sensitive-variables', `\`${name}\` is listed as sensitive but is not a variable`);
                }
            }
            out.push({
                key: 'variables',
                keyLoc: variablesEntry.keyLoc,
                value: { kind: 'map', entries: declared, loc: node.loc }
            });
        }
    }
    // Builders → sources.
    const builders = section('builders');
    const sources = [];
    if (builders.value.kind !== 'list' || builders.value.items.length === 0) {
        error(builders.value.loc, 'builders', 'expected a list of builders, with at least one amazon-ebs builder');
    }
    else {
        for (const [i, builder] of builders.value.items.entries()) {
            const path = `builders[${i}]`;
            if (builder.kind !== 'map') {
                error(builder.loc, path, 'expected a builder (a map with `type`)');
                continue;
            }
            const type = builder.entries.find(e => e.key === 'type');
            const typeName = type?.value.kind === 'scalar' ? type.value.value : undefined;
            if (typeName !== 'amazon-ebs') {
                error(type?.value.loc ?? builder.loc, `${path}.type`, typeName === undefined
                    ? 'a builder needs `"type": "amazon-ebs"`'
                    : `builder type \`${String(typeName)}\` is not supported: only amazon-ebs`);
                continue;
            }
            const nameEntry = builder.entries.find(e => e.key === 'name');
            const name = nameEntry?.value.kind === 'scalar' && typeof nameEntry.value.value === 'string'
                ? nameEntry.value.value
                : 'amazon-ebs';
            if (sources.some(s => s.key === name)) {
                error(nameEntry?.value.loc ?? builder.loc, `${path}.name`, `two builders are named \`${name}\`: give each a unique \`name\``);
                continue;
            }
            const options = builder.entries.filter(e => e.key !== 'type' && e.key !== 'name');
            sources.push({
                key: name,
                keyLoc: builder.loc,
                value: { kind: 'map', entries: options, loc: builder.loc }
            });
        }
    }
    out.push({
        key: 'sources',
        keyLoc: builders.keyLoc,
        value: { kind: 'map', entries: sources, loc: builders.value.loc }
    });
    const builderNames = sources.map(s => s.key);
    // Provisioners, with per-builder overrides expanded in place.
    const provisionersEntry = section('provisioners');
    if (provisionersEntry) {
        const node = provisionersEntry.value;
        if (node.kind !== 'list')
            error(node.loc, 'provisioners', 'expected a list of provisioners');
        else {
            const items = [];
            for (const [i, item] of node.items.entries())
                items.push(...expandOverride(item, `provisioners[${i}]`, builderNames, error));
            out.push({
                key: 'provisioners',
                keyLoc: provisionersEntry.keyLoc,
                value: { kind: 'list', items, loc: node.loc }
            });
        }
    }
    const postEntry = section('post-processors');
    if (postEntry) {
        const node = postEntry.value;
        if (node.kind !== 'list')
            error(node.loc, 'post-processors', 'expected a list of post-processors');
        else {
            const items = [];
            for (const [i, item] of node.items.entries()) {
                const chain = item.kind === 'list' ? item.items : [item];
                for (const [j, pp] of chain.entries()) {
                    const path = item.kind === 'list' ? `post-processors[${i}][${j}]` : `post-processors[${i}]`;
                    const converted = postProcessor(pp, path, error);
                    if (converted)
                        items.push(converted);
                }
            }
            out.push({
                key: 'post_processors',
                keyLoc: postEntry.keyLoc,
                value: { kind: 'list', items, loc: node.loc }
            });
        }
    }
    return { root: { kind: 'map', entries: out, loc: root.loc }, diagnostics };
}
function expandOverride(item, path, builderNames, error) {
    if (item.kind !== 'map')
        return [item];
    const override = item.entries.find(e => e.key === 'override');
    if (!override)
        return [item];
    const others = item.entries.filter(e => e.key !== 'override' && e.key !== 'only' && e.key !== 'except');
    if (override.value.kind !== 'map') {
        error(override.value.loc, `${path}.override`, 'expected a map of builder name → options');
        return [];
    }
    const overrides = new Map();
    for (const { key: builder, keyLoc, value } of override.value.entries) {
        if (!builderNames.includes(builder)) {
            const hint = (0,suggest/* suggest */.Z)(builder, builderNames);
            error(keyLoc, `${path}.override.${builder}`, `\`override\` names the builder \`${builder}\`, which is not defined${hint ? ` — did you mean \`${hint}\`?` : ''} (builders: ${builderNames.join(', ')})`);
        }
        else if (value.kind !== 'map') {
            error(value.loc, `${path}.override.${builder}`, 'expected a map of options');
        }
        else
            overrides.set(builder, value.entries);
    }
    const only = item.entries.find(e => e.key === 'only');
    const except = item.entries.find(e => e.key === 'except');
    for (const entry of [only, except]) {
        for (const name of entry ? names(entry.value) : []) {
            if (!builderNames.includes(name)) {
                error(entry.value.loc, `${path}.${entry.key}`, `\`${entry.key}\` names the builder \`${name}\`, which is not defined (builders: ${builderNames.join(', ')})`);
            }
        }
    }
    const applies = builderNames.filter(n => (!only || names(only.value).includes(n)) && (!except || !names(except.value).includes(n)));
    const onlyFor = (targets, loc) => ({
        key: 'only',
        keyLoc: loc,
        value: { kind: 'list', items: targets.map(n => ({ kind: 'scalar', value: n, loc })), loc }
    });
    const copies = [];
    const plain = applies.filter(n => !overrides.has(n));
    if (plain.length > 0)
        copies.push({ kind: 'map', loc: item.loc, entries: [...others, onlyFor(plain, item.loc)] });
    for (const builder of applies) {
        const options = overrides.get(builder);
        if (!options)
            continue;
        const merged = others.filter(e => !options.some(o => o.key === e.key));
        copies.push({
            kind: 'map',
            loc: item.loc,
            entries: [...merged, ...options, onlyFor([builder], override.keyLoc)]
        });
    }
    return copies;
}
function names(node) {
    return node.kind === 'list'
        ? node.items.flatMap(i => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []))
        : [];
}
function postProcessor(node, path, error) {
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        return { kind: 'map', loc: node.loc, entries: [{ key: 'type', keyLoc: node.loc, value: node }] };
    }
    if (node.kind !== 'map') {
        error(node.loc, path, 'expected a post-processor: a name or a map with `type`');
        return undefined;
    }
    // keep_input_artifact only matters to post-processors that replace the artifact; manifest does not.
    return { ...node, entries: node.entries.filter(e => e.key !== 'keep_input_artifact') };
}
function escapeDollars(node) {
    if (node.kind === 'scalar') {
        return typeof node.value === 'string' && node.value.includes('${')
            ? { ...node, value: node.value.replaceAll('${', () => '$${') }
            : node;
    }
    if (node.kind === 'list')
        return { ...node, items: node.items.map(escapeDollars) };
    return { ...node, entries: node.entries.map(e => ({ ...e, value: escapeDollars(e.value) })) };
}

// EXTERNAL MODULE: ./src/template/parse.ts
var parse = __webpack_require__(7865);
// EXTERNAL MODULE: ./src/template/validate.ts + 2 modules
var validate = __webpack_require__(9314);
;// CONCATENATED MODULE: ./src/template/load.ts
/**
 * loadTemplate: a template file in, a validated Template or every located error out. The format
 * follows the name: .yml/.yaml native YAML; .json Packer legacy JSON when it has `builders`, else
 * native JSON; .pkr.hcl or a directory Packer HCL2 (src/template/hcl/).
 */





/** Real templates are a few KiB; a bigger file is a mistake, refused before it is read. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
async function loadTemplate(path, options) {
    const file = (0,external_node_path_.resolve)(options.workingDirectory, path);
    const failed = (message, extra = {}) => ({
        ok: false,
        errors: [{ ...(0,parse/* fileError */.zS)(file, message), ...extra }],
        warnings: []
    });
    let size;
    let isDirectory;
    try {
        const info = await (0,promises_.stat)(file);
        size = info.size;
        isDirectory = info.isDirectory();
    }
    catch {
        return failed(`template not found: ${file}`);
    }
    if (isDirectory || file.endsWith('.pkr.hcl')) {
        const loadHcl2 = await hcl2Loader();
        return loadHcl2(file, options);
    }
    const lower = file.toLowerCase();
    const format = lower.endsWith('.yml') || lower.endsWith('.yaml')
        ? 'yaml'
        : lower.endsWith('.json')
            ? 'json'
            : undefined;
    if (!format) {
        return failed('unknown template format: name the file .yml or .yaml (native), .json (native or Packer JSON) or .pkr.hcl');
    }
    if (size > MAX_TEMPLATE_BYTES) {
        return failed(`the template is ${(size / 1024 / 1024).toFixed(1)} MiB; templates are limited to ${MAX_TEMPLATE_BYTES / 1024 / 1024} MiB`);
    }
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (e) {
        return failed(`cannot read the template: ${e.code ?? String(e)}`);
    }
    const decoded = (0,parse/* decodeText */.g7)(bytes, file);
    if ('error' in decoded)
        return { ok: false, errors: [decoded.error], warnings: [] };
    const parsed = (0,parse/* parseText */.r4)(decoded.text, file, format);
    if (!parsed.ok)
        return { ok: false, errors: parsed.errors, warnings: [] };
    if (format === 'json' && parsed.root.entries.some(e => e.key === 'builders')) {
        const legacy = convertLegacy(parsed.root);
        return (0,validate/* validateTree */.P)(legacy.root, {
            path: file,
            format: 'legacy-json',
            options,
            diagnostics: legacy.diagnostics
        });
    }
    return (0,validate/* validateTree */.P)(parsed.root, { path: file, format, options });
}
/** The HCL2 reader is loaded only for HCL2 templates, keeping it off the YAML/JSON path. */
async function hcl2Loader() {
    const { loadHcl2 } = await __webpack_require__.e(/* import() */ 921).then(__webpack_require__.bind(__webpack_require__, 5921));
    return loadHcl2;
}


/***/ }),

/***/ 7695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ BUILD_VARIABLES)
/* harmony export */ });
/**
 * The template model: what a template means once it is loaded and validated, whatever format it
 * was written in (native YAML/JSON, Packer legacy JSON, Packer HCL2). The engine reads only this.
 *
 * Conventions:
 * - Option names are Packer's (snake_case), so a Packer user recognises every field.
 * - Variables, locals, `{{user}}`, `{{env}}`, `{{timestamp}}`, `{{isotime}}`, `{{uuid}}` are already
 *   resolved. Build variables are not: they are known only during the build, and stay in strings
 *   in the one canonical form `${build.Name}` (legacy `{{ build \`Name\` }}` and `{{ .Name }}` are
 *   rewritten to it at load). `expandBuildVariables` in build-variables.ts fills them in.
 * - Durations are milliseconds. Paths on the runner are absolute (resolved against the working
 *   directory). Every default Packer applies is filled in, so the engine never guesses.
 */
/** Names of the build variables, as Packer's amazon-ebs builder and provisioners know them. */
const BUILD_VARIABLES = [
    'ID',
    'Name',
    'Type',
    'PackerRunUUID',
    'BuildRegion',
    'SourceAMI',
    'SourceAMIName',
    'SourceAMIDescription',
    'SourceAMICreationDate',
    'SourceAMIOwner',
    'SourceAMIOwnerName',
    'SourceAMITags',
    'Host',
    'Port',
    'User',
    'Password',
    'SSHPublicKey',
    'SSHPrivateKey',
    'PackerHTTPAddr',
    'PackerHTTPIP',
    'PackerHTTPPort',
    'ConnType'
];


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ VARIABLE_TYPES),
/* harmony export */   FI: () => (/* binding */ MANIFEST_OPTIONS),
/* harmony export */   I1: () => (/* binding */ VARIABLE_OPTIONS),
/* harmony export */   IY: () => (/* binding */ FILE_OPTIONS),
/* harmony export */   Uw: () => (/* binding */ TOP_LEVEL_KEYS),
/* harmony export */   eZ: () => (/* binding */ IGNORED_KEYS),
/* harmony export */   iw: () => (/* binding */ SHELL_OPTIONS),
/* harmony export */   kJ: () => (/* binding */ PROVISIONER_COMMON_OPTIONS),
/* harmony export */   xK: () => (/* binding */ SOURCE_OPTIONS)
/* harmony export */ });
/* unused harmony exports AMI_NAME_CHARS, REGION, INSTANCE_TYPE, cidrProblem */
/**
 * The one table of template options. The validator checks templates against it, and the JSON
 * Schema (schema/ami-build.schema.json) and the key reference (docs/templates.md) are generated
 * from it (`npm run schema`), so the three can never disagree.
 *
 * Names, types and defaults are those of Packer's amazon-ebs builder, shell and file provisioners
 * and manifest post-processor, so a Packer user recognises every key.
 */
// ---------------------------------------------------------------------------------------------
// Value types
const str = (extra = {}) => ({ kind: 'string', ...extra });
const matching = (re, expected, extra = {}) => str({ check: v => (re.test(v) ? undefined : false), pattern: re.source, expected, ...extra });
const oneOf = (...values) => str({ enum: values });
const int = (min, max) => ({ kind: 'integer', min, max });
const bool = { kind: 'boolean' };
const duration = { kind: 'duration' };
const list = (items, minItems) => ({ kind: 'list', items, minItems });
const object = (what, options) => ({
    kind: 'object',
    what,
    options
});
const id = (prefix, what) => matching(new RegExp(`^${prefix}-[0-9a-f]{8}([0-9a-f]{9})?$`), `${what} like ${prefix}-0123456789abcdef0`);
const AMI_NAME_CHARS = /^[A-Za-z0-9()[\] ./\-'@_]*$/;
const amiName = str({
    minLength: 3,
    maxLength: 128,
    check: v => {
        const bad = [...v].find(c => !AMI_NAME_CHARS.test(c));
        return bad === undefined ? undefined : `\`${bad}\` is not allowed`;
    },
    pattern: "^[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}$",
    expected: "3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _",
    buildVariables: true
});
const accountId = matching(/^\d{12}$/, 'a 12-digit AWS account ID');
const amiOwner = matching(/^(\d{12}|self|amazon|aws-marketplace|aws-backup-vault)$/, 'a 12-digit account ID, or self, amazon, aws-marketplace or aws-backup-vault');
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const region = matching(REGION, 'a region name like us-east-1');
const availabilityZone = matching(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}[a-z]$/, 'an availability zone like us-east-1a');
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;
const instanceType = matching(INSTANCE_TYPE, 'an instance type like t3.micro');
const kmsKey = matching(/^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/\S+|alias\/\S+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/, 'a KMS key ID, key ARN, alias/NAME or alias ARN');
const orgArn = matching(/^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/, 'an organization ARN like arn:aws:organizations::123456789012:organization/o-abcde12345');
const ouArn = matching(/^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/, 'an organizational unit ARN like arn:aws:organizations::123456789012:ou/o-abcde12345/ou-ab12-cdefgh34');
const rfc3339 = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'an RFC 3339 timestamp like 2030-01-01T00:00:00Z');
const envName = matching(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');
/** IPv4 CIDR with each octet and the prefix length in range. */
function cidrProblem(value) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
    if (!m)
        return 'it is not of the form A.B.C.D/N';
    const octet = m.slice(1, 5).find(o => Number(o) > 255);
    if (octet !== undefined)
        return `${octet} is over 255`;
    if (Number(m[5]) > 32)
        return `the prefix length ${m[5]} is over 32`;
    return undefined;
}
const cidr = str({
    check: cidrProblem,
    pattern: '^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/\\d{1,2}$',
    expected: 'an IPv4 CIDR block like 203.0.113.0/24'
});
const tagMap = {
    kind: 'map',
    what: 'tags',
    keys: str({
        minLength: 1,
        maxLength: 128,
        check: k => k.toLowerCase().startsWith('aws:') ? 'the aws: prefix is reserved by AWS' : undefined,
        expected: 'a tag key of 1 to 128 characters, not starting with aws:'
    }),
    values: str({ maxLength: 256, buildVariables: true })
};
const stringMap = (what, values = str(), keys) => ({
    kind: 'map',
    what,
    values,
    keys
});
const filters = (what) => ({
    name: 'filters',
    type: stringMap(`${what} filters`),
    default: {},
    doc: `EC2 filters (name → value, wildcards \`*\` and \`?\` allowed) selecting the ${what}.`
});
const blockDevice = object('block device', [
    {
        name: 'device_name',
        type: str({ minLength: 1 }),
        required: true,
        doc: 'Device name, like `/dev/sda1` or `/dev/xvdf`.'
    },
    { name: 'volume_size', type: int(1, 65536), doc: 'Size in GiB.' },
    {
        name: 'volume_type',
        type: oneOf('standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'),
        doc: 'EBS volume type.'
    },
    { name: 'iops', type: int(100, 256000), doc: 'Provisioned IOPS (io1, io2, gp3).' },
    { name: 'throughput', type: int(125, 1000), doc: 'Throughput in MiB/s (gp3 only).' },
    {
        name: 'delete_on_termination',
        type: bool,
        default: false,
        doc: 'Delete the volume when the instance is terminated.'
    },
    { name: 'encrypted', type: bool, doc: 'Encrypt the volume.' },
    { name: 'kms_key_id', type: kmsKey, doc: 'KMS key for the volume (requires `encrypted: true`).' },
    {
        name: 'snapshot_id',
        type: id('snap', 'a snapshot ID'),
        doc: 'Snapshot to create the volume from.'
    },
    { name: 'no_device', type: bool, doc: 'Suppress the device from the AMI or instance.' },
    {
        name: 'virtual_name',
        type: matching(/^ephemeral\d+$/, 'an instance store name like ephemeral0'),
        doc: 'Instance store volume name (`ephemeralN`).'
    }
]);
// ---------------------------------------------------------------------------------------------
// amazon-ebs source
const SOURCE_OPTIONS = [
    {
        name: 'region',
        type: region,
        doc: 'Region to build in. Defaults to the `aws-region` input (or `AWS_REGION`).'
    },
    {
        name: 'source_ami',
        type: id('ami', 'an AMI ID'),
        doc: 'AMI to start from. One of `source_ami` or `source_ami_filter` is required.'
    },
    {
        name: 'source_ami_filter',
        type: object('source AMI filter', [
            filters('source AMI'),
            {
                name: 'owners',
                type: list(amiOwner, 1),
                required: true,
                doc: 'Account IDs or aliases (`self`, `amazon`, `aws-marketplace`) that may own the AMI.'
            },
            {
                name: 'most_recent',
                type: bool,
                default: false,
                doc: 'Pick the newest match instead of failing when several match.'
            },
            { name: 'include_deprecated', type: bool, default: false, doc: 'Also match deprecated AMIs.' }
        ]),
        doc: 'Find the source AMI with `DescribeImages`.'
    },
    {
        name: 'instance_type',
        type: instanceType,
        required: true,
        doc: 'Instance type of the temporary build instance.'
    },
    {
        name: 'spot_price',
        type: matching(/^(auto|\d+(\.\d+)?)$/, '`auto` or a maximum hourly price like 0.05'),
        doc: 'Launch a spot instance: `auto` or a maximum hourly price in USD.'
    },
    {
        name: 'spot_instance_types',
        type: list(instanceType),
        default: [],
        doc: 'Instance types to choose from for a spot instance (requires `spot_price`).'
    },
    { name: 'subnet_id', type: id('subnet', 'a subnet ID'), doc: 'Subnet to launch into.' },
    {
        name: 'subnet_filter',
        type: object('subnet filter', [
            filters('subnet'),
            {
                name: 'most_free',
                type: bool,
                default: false,
                doc: 'Pick the matching subnet with the most free addresses.'
            },
            { name: 'random', type: bool, default: false, doc: 'Pick a matching subnet at random.' }
        ]),
        doc: 'Find the subnet with `DescribeSubnets`.'
    },
    {
        name: 'vpc_id',
        type: id('vpc', 'a VPC ID'),
        doc: 'VPC to launch into (the default VPC when unset).'
    },
    {
        name: 'vpc_filter',
        type: object('VPC filter', [filters('VPC')]),
        doc: 'Find the VPC with `DescribeVpcs`.'
    },
    { name: 'availability_zone', type: availabilityZone, doc: 'Availability zone to launch into.' },
    {
        name: 'associate_public_ip_address',
        type: bool,
        doc: 'Give the instance a public IP address.'
    },
    {
        name: 'security_group_ids',
        type: list(id('sg', 'a security group ID')),
        default: [],
        doc: 'Security groups for the instance. When empty, a temporary one allowing SSH is created.'
    },
    {
        name: 'temporary_security_group_source_cidrs',
        type: list(cidr, 1),
        default: ['0.0.0.0/0'],
        doc: 'CIDR blocks allowed to reach SSH through the temporary security group.'
    },
    {
        name: 'iam_instance_profile',
        type: matching(/^[\w+=,.@-]{1,128}$/, 'an instance profile name'),
        doc: 'Instance profile for the build instance.'
    },
    { name: 'user_data', type: str(), doc: 'User data for the instance.' },
    {
        name: 'user_data_file',
        type: str({ minLength: 1 }),
        doc: 'File whose contents are the user data (relative to the working directory).'
    },
    {
        name: 'metadata_options',
        type: object('instance metadata', [
            {
                name: 'http_endpoint',
                type: oneOf('enabled', 'disabled'),
                default: 'enabled',
                doc: 'Instance metadata service on or off.'
            },
            {
                name: 'http_tokens',
                type: oneOf('optional', 'required'),
                default: 'optional',
                doc: '`required` enforces IMDSv2.'
            },
            {
                name: 'http_put_response_hop_limit',
                type: int(1, 64),
                default: 1,
                doc: 'Hop limit of metadata responses.'
            },
            {
                name: 'instance_metadata_tags',
                type: oneOf('enabled', 'disabled'),
                doc: 'Expose instance tags in the metadata.'
            }
        ]),
        doc: 'Instance metadata service options of the build instance.'
    },
    {
        name: 'shutdown_behavior',
        type: oneOf('stop', 'terminate'),
        default: 'stop',
        doc: 'What an OS shutdown does to the instance.'
    },
    {
        name: 'run_tags',
        type: tagMap,
        default: {},
        buildVariables: true,
        doc: 'Tags for the build instance.'
    },
    {
        name: 'run_volume_tags',
        type: tagMap,
        default: {},
        buildVariables: true,
        doc: 'Tags for the build instance’s volumes.'
    },
    {
        name: 'launch_block_device_mappings',
        type: list(blockDevice),
        default: [],
        doc: 'Volumes of the build instance (they become the AMI’s snapshots).'
    },
    { name: 'communicator', type: oneOf('ssh'), default: 'ssh', doc: 'How to connect; only `ssh`.' },
    {
        name: 'ssh_username',
        type: str({ minLength: 1, expected: 'a user name like ubuntu' }),
        required: true,
        doc: 'User to connect as, like `ubuntu` or `ec2-user`.'
    },
    { name: 'ssh_port', type: int(1, 65535), default: 22, doc: 'SSH port.' },
    {
        name: 'ssh_timeout',
        type: duration,
        default: '5m',
        doc: 'How long to wait for SSH to come up.'
    },
    {
        name: 'ssh_interface',
        type: oneOf('public_ip', 'private_ip', 'public_dns', 'private_dns'),
        default: 'public_ip',
        doc: 'Which address of the instance to connect to (Packer in a VPC: the public IP, else the private IP).'
    },
    {
        name: 'ssh_handshake_attempts',
        type: int(1),
        default: 10,
        doc: 'SSH handshakes to try before giving up.'
    },
    {
        name: 'ami_name',
        type: amiName,
        required: true,
        doc: 'Name of the AMI; must be unique in the account and region.'
    },
    {
        name: 'ami_description',
        type: str({ maxLength: 255, buildVariables: true }),
        doc: 'Description of the AMI.'
    },
    {
        name: 'ami_virtualization_type',
        type: oneOf('hvm', 'paravirtual'),
        default: 'hvm',
        doc: 'Virtualization type of the AMI.'
    },
    {
        name: 'tags',
        type: tagMap,
        default: {},
        buildVariables: true,
        doc: 'Tags for the AMI (in every region).'
    },
    {
        name: 'snapshot_tags',
        type: tagMap,
        default: {},
        buildVariables: true,
        doc: 'Tags for the AMI’s snapshots.'
    },
    { name: 'ami_regions', type: list(region), default: [], doc: 'Regions to copy the AMI to.' },
    {
        name: 'ami_users',
        type: list(accountId),
        default: [],
        doc: 'Account IDs that may launch the AMI.'
    },
    {
        name: 'ami_groups',
        type: list(oneOf('all')),
        default: [],
        doc: '`[all]` makes the AMI public.'
    },
    {
        name: 'ami_org_arns',
        type: list(orgArn),
        default: [],
        doc: 'Organizations that may launch the AMI.'
    },
    {
        name: 'ami_ou_arns',
        type: list(ouArn),
        default: [],
        doc: 'Organizational units that may launch the AMI.'
    },
    {
        name: 'snapshot_users',
        type: list(accountId),
        default: [],
        doc: 'Account IDs that may create volumes from the snapshots.'
    },
    {
        name: 'snapshot_groups',
        type: list(oneOf('all')),
        default: [],
        doc: '`[all]` makes the snapshots public.'
    },
    { name: 'encrypt_boot', type: bool, doc: 'Encrypt the AMI’s boot volume.' },
    {
        name: 'kms_key_id',
        type: kmsKey,
        doc: 'KMS key to encrypt the boot volume with (requires `encrypt_boot: true`).'
    },
    {
        name: 'region_kms_key_ids',
        type: stringMap('region KMS keys', kmsKey, region),
        default: {},
        doc: 'KMS key per region of `ami_regions`, for encrypted copies.'
    },
    {
        name: 'ami_block_device_mappings',
        type: list(blockDevice),
        default: [],
        doc: 'Extra block devices recorded in the AMI.'
    },
    { name: 'ena_support', type: bool, doc: 'Enable ENA networking on the AMI.' },
    { name: 'sriov_support', type: bool, doc: 'Enable SR-IOV networking on the AMI.' },
    {
        name: 'imds_support',
        type: oneOf('v2.0'),
        doc: '`v2.0`: instances launched from the AMI require IMDSv2.'
    },
    { name: 'deprecate_at', type: rfc3339, doc: 'When the AMI becomes deprecated.' },
    {
        name: 'force_deregister',
        type: bool,
        default: false,
        doc: 'Deregister an existing AMI of the same name first.'
    },
    {
        name: 'force_delete_snapshot',
        type: bool,
        default: false,
        doc: 'Also delete that AMI’s snapshots (with `force_deregister`).'
    },
    {
        name: 'skip_create_ami',
        type: bool,
        default: false,
        doc: 'Provision but create no AMI (a dry run of the provisioners).'
    },
    {
        name: 'skip_region_validation',
        type: bool,
        default: false,
        doc: 'Accept region names this tool does not know.'
    }
];
// ---------------------------------------------------------------------------------------------
// Provisioners and post-processors
const sourceNames = list(str({ minLength: 1 }));
const PROVISIONER_COMMON_OPTIONS = [
    {
        name: 'type',
        type: oneOf('shell', 'file'),
        required: true,
        doc: 'Provisioner type: `shell` or `file`.'
    },
    { name: 'only', type: sourceNames, default: [], doc: 'Run only for these sources.' },
    { name: 'except', type: sourceNames, default: [], doc: 'Run for every source but these.' },
    { name: 'pause_before', type: duration, default: '0s', doc: 'Wait this long before running.' },
    {
        name: 'max_retries',
        type: int(0),
        default: 0,
        doc: 'Retry a failing provisioner this many times.'
    },
    {
        name: 'timeout',
        type: duration,
        default: '0s',
        doc: 'Fail the provisioner after this long (0: no limit).'
    }
];
const SHELL_OPTIONS = [
    {
        name: 'inline',
        type: list(str()),
        doc: 'Commands to run, one per line, as one script. One of `inline`, `script`, `scripts`.'
    },
    { name: 'script', type: str({ minLength: 1 }), doc: 'Local script to upload and run.' },
    {
        name: 'scripts',
        type: list(str({ minLength: 1 }), 1),
        doc: 'Local scripts to upload and run, in order.'
    },
    {
        name: 'environment_vars',
        type: list(matching(/^[A-Za-z_][A-Za-z0-9_]*=/s, 'NAME=value, NAME a valid environment variable name')),
        default: [],
        doc: 'Environment of the scripts, `NAME=value` (values are quoted for you).'
    },
    {
        name: 'env',
        type: stringMap('environment', str(), envName),
        default: {},
        doc: 'Environment of the scripts as a map.'
    },
    {
        name: 'execute_command',
        type: str({ minLength: 1 }),
        default: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
        doc: 'How a script is run; `{{.Path}}` is its remote path, `{{.Vars}}` the environment.'
    },
    {
        name: 'inline_shebang',
        type: str({ minLength: 1 }),
        default: '/bin/sh -e',
        doc: 'Interpreter line for `inline`.'
    },
    {
        name: 'remote_folder',
        type: str({ minLength: 1 }),
        default: '/tmp',
        doc: 'Where scripts are uploaded.'
    },
    {
        name: 'remote_file',
        type: str({ minLength: 1 }),
        doc: 'File name of the uploaded script (default `script_NNNN.sh`).'
    },
    {
        name: 'expect_disconnect',
        type: bool,
        default: false,
        doc: 'A dropped connection (a reboot) is not an error.'
    },
    {
        name: 'valid_exit_codes',
        type: list(int(0, 255), 1),
        default: [0],
        doc: 'Exit codes that mean success.'
    },
    {
        name: 'skip_clean',
        type: bool,
        default: false,
        doc: 'Leave the uploaded script on the instance.'
    }
];
const FILE_OPTIONS = [
    {
        name: 'source',
        type: str({ minLength: 1 }),
        doc: 'Local file or directory to upload (remote path for `download`).'
    },
    {
        name: 'sources',
        type: list(str({ minLength: 1 }), 1),
        doc: 'Several files to upload into `destination`.'
    },
    { name: 'content', type: str(), doc: 'Text to write to `destination` instead of a file.' },
    {
        name: 'destination',
        type: str({ minLength: 1 }),
        required: true,
        doc: 'Where to put it (a local path for `download`).'
    },
    {
        name: 'direction',
        type: oneOf('upload', 'download'),
        default: 'upload',
        doc: '`upload` to the instance or `download` from it.'
    },
    {
        name: 'generated',
        type: bool,
        default: false,
        doc: 'The source is created during the build: do not check that it exists.'
    }
];
const MANIFEST_OPTIONS = [
    {
        name: 'type',
        type: oneOf('manifest'),
        required: true,
        doc: 'Post-processor type: `manifest`.'
    },
    { name: 'only', type: sourceNames, default: [], doc: 'Run only for these sources.' },
    { name: 'except', type: sourceNames, default: [], doc: 'Run for every source but these.' },
    {
        name: 'output',
        type: str({ minLength: 1 }),
        default: 'packer-manifest.json',
        doc: 'Path of the manifest file.'
    },
    {
        name: 'strip_path',
        type: bool,
        default: false,
        doc: 'Write file names without their directories.'
    },
    {
        name: 'custom_data',
        type: stringMap('custom data'),
        default: {},
        doc: 'Extra keys for each build in the manifest.'
    }
];
const VARIABLE_TYPES = ['string', 'number', 'bool', 'list(string)', 'map(string)'];
const VARIABLE_OPTIONS = [
    { name: 'type', type: oneOf(...VARIABLE_TYPES), default: 'string', doc: 'Type of the value.' },
    {
        name: 'default',
        type: { kind: 'any' },
        doc: 'Value when none is given. Without one, a value is required.'
    },
    { name: 'description', type: str(), doc: 'What the variable is for.' },
    { name: 'sensitive', type: bool, default: false, doc: 'Mask the value in every log line.' }
];
const TOP_LEVEL_KEYS = [
    'variables',
    'locals',
    'source',
    'sources',
    'provisioners',
    'post_processors'
];
/** Keys every section ignores: editors put `$schema` in JSON templates. */
const IGNORED_KEYS = ['$schema'];


/***/ }),

/***/ 7865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   r4: () => (/* binding */ parseText),
/* harmony export */   v4: () => (/* binding */ writtenText),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, MAX_NODES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Text → located tree (tree.ts), for YAML and JSON (JSON is YAML 1.2, so one parser keeps line and
 * column for both). Hostile input ends in a diagnostic, never a hang or a crash: alias expansion,
 * nesting depth and node count are capped while walking, and the text is checked for binary
 * garbage first.
 */

/** Deeper than any real template; keeps a pathological file from exhausting the stack. */
const MAX_DEPTH = 64;
/** Node count after alias expansion: a billion-laughs bomb hits this long before memory does. */
const MAX_NODES = 50_000;
/** Indentation deeper than this is nesting no template needs (the parser recurses per level). */
const MAX_INDENT = 400;
/**
 * How a number was written (`1.10` is the number 1.1): an option that wants a string, like a tag
 * value, gets the text the user typed.
 */
const numberText = new WeakMap();
function writtenText(node) {
    return numberText.get(node);
}
/** Bytes → text, refusing what is not UTF-8 text (a binary file given as a template). */
function decodeText(bytes, file) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { error: fileError(file, 'the template is not UTF-8 text (is it a binary file?)') };
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        const before = text.slice(0, nul).split('\n');
        return {
            error: {
                ...fileError(file, 'the template contains a NUL byte: it is not a text file'),
                line: before.length,
                column: before[before.length - 1].length + 1
            }
        };
    }
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
function parseText(text, file, format) {
    if (text.trim() === '')
        return { ok: false, errors: [fileError(file, 'the template is empty')] };
    const tooDeep = deepestNesting(text);
    if (tooDeep !== undefined) {
        const before = text.slice(0, tooDeep).split('\n');
        return {
            ok: false,
            errors: [
                {
                    ...fileError(file, `the template nests deeper than ${MAX_DEPTH} levels`),
                    line: before.length,
                    column: before[before.length - 1].length + 1
                }
            ]
        };
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: false,
        // Plain YAML 1.2: no `yes`/`no` booleans, no merge keys or custom tags.
        version: '1.2',
        schema: 'core'
    });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const syntaxWord = format === 'json' ? 'JSON' : 'YAML';
    if (doc.errors.length > 0) {
        return {
            ok: false,
            errors: doc.errors.map(e => ({
                ...fileError(file, `${syntaxWord} syntax error: ${firstLine(e.message)}`),
                ...at(e.pos[0])
            }))
        };
    }
    if (doc.contents === null)
        return { ok: false, errors: [fileError(file, 'the template is empty')] };
    const errors = [];
    let nodes = 0;
    let stopped = false;
    const fail = (loc, message) => {
        errors.push({ severity: 'error', ...loc, path: '', message });
    };
    const anchors = new Map();
    const walk = (node, depth, aliasLoc) => {
        if (stopped)
            return undefined;
        if (++nodes > MAX_NODES) {
            stopped = true;
            fail(aliasLoc ?? locOf(node), `the template expands to more than ${MAX_NODES} values (an alias bomb?)`);
            return undefined;
        }
        const loc = aliasLoc ?? locOf(node);
        if (depth > MAX_DEPTH) {
            stopped = true;
            fail(loc, `the template nests deeper than ${MAX_DEPTH} levels`);
            return undefined;
        }
        if (node.anchor)
            anchors.set(node.anchor, node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            // Our own anchor table: the yaml library's resolve() searches the whole document per alias.
            const target = anchors.get(node.source);
            if (!target) {
                fail(loc, `unknown alias *${node.source}`);
                return undefined;
            }
            // Values reached through an alias are reported at the alias, where the user sees them.
            return walk(target, depth + 1, loc);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const v = node.value;
            if (v === null || typeof v === 'string' || typeof v === 'boolean')
                return { kind: 'scalar', value: v, loc };
            if (typeof v === 'number') {
                const scalar = { kind: 'scalar', value: v, loc };
                if (node.source !== undefined)
                    numberText.set(scalar, String(node.source));
                return scalar;
            }
            if (typeof v === 'bigint')
                return { kind: 'scalar', value: Number(v), loc };
            return { kind: 'scalar', value: String(node.source ?? v), loc };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const items = [];
            for (const item of node.items) {
                const child = walk(item, depth + 1, aliasLoc);
                if (child)
                    items.push(child);
            }
            return { kind: 'list', items, loc };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const map = { kind: 'map', entries: [], loc };
            for (const pair of node.items) {
                const key = pair.key;
                const keyLoc = key ? (aliasLoc ?? locOf(key)) : loc;
                if (!key || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) || key.value === null || typeof key.value === 'object') {
                    fail(keyLoc, 'a key must be a plain string');
                    continue;
                }
                const value = pair.value
                    ? walk(pair.value, depth + 1, aliasLoc)
                    : { kind: 'scalar', value: null, loc: keyLoc };
                if (value)
                    map.entries.push({ key: String(key.value), keyLoc, value });
            }
            return map;
        }
        fail(loc, 'unsupported YAML value');
        return undefined;
    };
    const locOf = (node) => at(node.range?.[0] ?? 0);
    const root = walk(doc.contents, 0);
    if (errors.length > 0)
        return { ok: false, errors };
    if (!root || root.kind !== 'map') {
        const what = root?.kind === 'list' ? 'a list' : 'a single value';
        return {
            ok: false,
            errors: [
                {
                    ...fileError(file, `the template must be a map of sections (source, provisioners, …), not ${what}`),
                    ...(root ? root.loc : {})
                }
            ]
        };
    }
    return { ok: true, root };
}
/**
 * Where flow brackets or indentation first nest deeper than any template needs, if they do —
 * checked before parsing, since the parser recurses once per level.
 */
function deepestNesting(text) {
    let depth = 0;
    let quote;
    let lineStart = true;
    let indent = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            lineStart = true;
            indent = 0;
            quote = undefined;
            continue;
        }
        if (lineStart) {
            if (c === ' ') {
                if (++indent > MAX_INDENT)
                    return i;
                continue;
            }
            lineStart = false;
        }
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '[' || c === '{') {
            if (++depth > MAX_DEPTH)
                return i;
        }
        else if (c === ']' || c === '}') {
            depth = Math.max(0, depth - 1);
        }
    }
    return undefined;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
function fileError(file, message) {
    return { severity: 'error', file, line: 1, column: 1, path: '', message };
}


/***/ }),

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* unused harmony export distance */
/** "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo. */
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    // A third of the word, at least 1 and at most 3 edits: `instance_typ` → `instance_type`, but
    // `foo` suggests nothing rather than something random.
    const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    return best !== undefined && bestDistance <= limit ? best : undefined;
}
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a, b) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > 3)
        return Math.abs(a.length - b.length);
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        rows.push([i]);
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                rows[0].push(j);
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            rows[i].push(d);
        }
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 9314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ validateTree)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/template/expressions.ts
var expressions = __webpack_require__(9229);
// EXTERNAL MODULE: ./src/template/options.ts
var template_options = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/template/parse.ts
var parse = __webpack_require__(7865);
// EXTERNAL MODULE: ./src/template/suggest.ts
var suggest = __webpack_require__(5352);
;// CONCATENATED MODULE: ./src/template/variables.ts
/**
 * Variables and locals: declarations, values in Packer's precedence (default < PKR_VAR_name <
 * var files, later files winning < the `variables` input), and the Scope expressions resolve in.
 */






/** Var files are small; anything bigger is a mistake, refused before it is read. */
const MAX_VAR_FILE_BYTES = 1024 * 1024;
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function resolveVariables(variablesNode, localsNode, base, options, templateLoc, report) {
    const declared = new Map();
    // Defaults may use the legacy functions ({{env `X`}}, {{timestamp}}) but not other variables.
    const bare = {
        ...base,
        variable: () => undefined,
        variableNames: () => [],
        local: () => undefined,
        localNames: () => []
    };
    if (variablesNode) {
        if (variablesNode.kind !== 'map') {
            report.error(variablesNode.loc, 'variables', 'expected a map of variable declarations (name: { default: … })');
        }
        else {
            for (const entry of variablesNode.entries)
                declare(entry.key, entry.keyLoc, entry.value);
        }
    }
    function declare(name, keyLoc, node) {
        const path = `variables.${name}`;
        if (!NAME.test(name)) {
            report.error(keyLoc, path, `invalid variable name \`${name}\`: use letters, digits, _ and -, starting with a letter or _`);
            return;
        }
        if (node.kind !== 'map') {
            report.error(node.loc, path, `a variable is declared as a map of ${template_options/* VARIABLE_OPTIONS */.I1.map(o => `\`${o.name}\``).join(', ')}: write \`${name}: { default: … }\``);
            return;
        }
        const v = {
            name,
            type: 'string',
            sensitive: false,
            loc: keyLoc,
            origin: 'default',
            broken: false
        };
        let defaultNode;
        for (const { key, keyLoc: at, value } of node.entries) {
            const keyPath = `${path}.${key}`;
            if (template_options/* IGNORED_KEYS */.eZ.includes(key))
                continue;
            if (key === 'type') {
                if (value.kind === 'scalar' &&
                    template_options/* VARIABLE_TYPES */.$G.includes(value.value)) {
                    v.type = value.value;
                }
                else {
                    const text = value.kind === 'scalar' ? String(value.value) : '';
                    const hint = (0,suggest/* suggest */.Z)(text, template_options/* VARIABLE_TYPES */.$G);
                    report.error(value.loc, keyPath, `unknown variable type${text ? ` \`${text}\`` : ''}${hint ? ` — did you mean \`${hint}\`?` : ''} (types: ${template_options/* VARIABLE_TYPES */.$G.join(', ')})`);
                    v.broken = true;
                }
            }
            else if (key === 'default') {
                defaultNode = value;
            }
            else if (key === 'sensitive') {
                if (value.kind === 'scalar' && typeof value.value === 'boolean')
                    v.sensitive = value.value;
                else
                    report.error(value.loc, keyPath, 'expected true or false');
            }
            else if (key === 'description') {
                if (value.kind !== 'scalar' || typeof value.value !== 'string') {
                    report.error(value.loc, keyPath, 'expected a string');
                }
            }
            else {
                const hint = (0,suggest/* suggest */.Z)(key, template_options/* VARIABLE_OPTIONS */.I1.map(o => o.name));
                report.error(at, keyPath, `unknown key \`${key}\` in variable \`${name}\`${hint ? ` — did you mean \`${hint}\`?` : ` (keys: ${template_options/* VARIABLE_OPTIONS */.I1.map(o => o.name).join(', ')})`}`);
            }
        }
        // With an unknown type, checking the default against a guess would only add noise.
        if (defaultNode &&
            !v.broken &&
            !(defaultNode.kind === 'scalar' && defaultNode.value === null)) {
            const value = fromNode(defaultNode, v.type, bare, `${path}.default`, report);
            if (value === undefined)
                v.broken = true;
            else
                v.value = value;
        }
        declared.set(name, v);
    }
    // Packer's order: the environment is the weakest source a user sets; var files override it.
    for (const v of declared.values()) {
        const text = options.env[`PKR_VAR_${v.name}`];
        if (text !== undefined)
            setFromText(v, text, 'env', `the environment variable PKR_VAR_${v.name}`);
    }
    // Var files, in order: later files win.
    for (const file of options.varFiles) {
        const path = (0,external_node_path_.resolve)(options.workingDirectory, file);
        const values = readVarFile(path, report);
        for (const { name, node, loc } of values) {
            const v = declared.get(name);
            if (!v) {
                const hint = (0,suggest/* suggest */.Z)(name, [...declared.keys()]);
                report.warning(loc, name, `the var file sets \`${name}\`, which the template does not declare${hint ? ` — did you mean \`${hint}\`?` : ''}`);
                continue;
            }
            const value = fromNode(node, v.type, bare, name, report);
            if (value === undefined)
                v.broken = true;
            else
                Object.assign(v, { value, origin: 'var-file', broken: false });
        }
    }
    for (const [name, text] of Object.entries(options.variables)) {
        const v = declared.get(name);
        if (!v) {
            const names = [...declared.keys()];
            const hint = (0,suggest/* suggest */.Z)(name, names);
            report.error(templateLoc, 'variables', `a value is given for \`${name}\`, which the template does not declare${hint ? ` — did you mean \`${hint}\`?` : ''} (${names.length ? `declared: ${names.join(', ')}` : 'it declares no variables'})`);
            continue;
        }
        setFromText(v, text, 'input', `the value given for \`${name}\``);
    }
    function setFromText(v, text, origin, what) {
        const value = fromText(text, v.type);
        if (typeof value === 'object' && value !== null && 'error' in value) {
            report.error(v.loc, `variables.${v.name}`, `${what} is not a valid ${v.type}: ${value.error}`);
            v.broken = true;
        }
        else {
            Object.assign(v, { value, origin, broken: false });
        }
    }
    for (const v of declared.values()) {
        if (v.value === undefined && !v.broken) {
            report.error(v.loc, `variables.${v.name}`, `variable \`${v.name}\` has no value: give it a default, or set it with the \`variables\` input, a var file or PKR_VAR_${v.name}`);
            v.broken = true;
        }
    }
    // Locals: evaluated on first use, so they may refer to each other in any order; a cycle is an
    // error at the local where it closes.
    const localNodes = new Map();
    if (localsNode) {
        if (localsNode.kind !== 'map')
            report.error(localsNode.loc, 'locals', 'expected a map of name: value');
        else {
            for (const { key, keyLoc, value } of localsNode.entries) {
                if (!NAME.test(key)) {
                    report.error(keyLoc, `locals.${key}`, `invalid local name \`${key}\`: use letters, digits, _ and -, starting with a letter or _`);
                }
                else
                    localNodes.set(key, { node: value, loc: keyLoc });
            }
        }
    }
    const locals = new Map();
    const evaluating = [];
    const scope = {
        ...base,
        variable(name) {
            const v = declared.get(name);
            if (!v)
                return undefined;
            return v.broken || v.value === undefined ? { error: '' } : { value: v.value };
        },
        variableNames: () => [...declared.keys()],
        local(name) {
            const done = locals.get(name);
            if (done === 'evaluating') {
                const cycle = [...evaluating.slice(evaluating.indexOf(name)), name]
                    .map(n => `local.${n}`)
                    .join(' → ');
                return { error: `locals refer to each other in a cycle: ${cycle}` };
            }
            if (done)
                return done;
            const def = localNodes.get(name);
            if (!def)
                return undefined;
            locals.set(name, 'evaluating');
            evaluating.push(name);
            const value = fromNode(def.node, undefined, scope, `locals.${name}`, report);
            evaluating.pop();
            const result = value === undefined ? { error: '' } : { value };
            locals.set(name, result);
            return result;
        },
        localNames: () => [...localNodes.keys()]
    };
    // Evaluate every local once, so an error in an unused local is still reported.
    for (const name of localNodes.keys())
        scope.local(name);
    const resolved = [];
    const sensitiveValues = [];
    for (const v of declared.values()) {
        if (v.value === undefined)
            continue;
        resolved.push({
            name: v.name,
            display: v.sensitive
                ? '<sensitive>'
                : typeof v.value === 'string'
                    ? v.value
                    : JSON.stringify(v.value),
            sensitive: v.sensitive,
            origin: v.origin
        });
        if (v.sensitive) {
            const parts = typeof v.value === 'object' ? Object.values(v.value) : [String(v.value)];
            for (const part of parts)
                if (part !== '' && !sensitiveValues.includes(part))
                    sensitiveValues.push(part);
        }
    }
    return { scope, resolved, sensitiveValues };
}
/** A value written in a template, a var file or a local, converted to a variable type. */
function fromNode(node, type, scope, path, report) {
    const expect = (what) => {
        report.error(node.loc, path, `expected ${what}`);
        return undefined;
    };
    if (node.kind === 'scalar') {
        let value = node.value;
        if (typeof value === 'string' && !node.evaluated) {
            const result = (0,expressions/* interpolate */.GW)(value, scope, { buildVariables: false });
            if (!result.ok) {
                for (const e of result.errors)
                    if (e)
                        report.error(node.loc, path, e);
                return undefined;
            }
            value = result.value;
        }
        if (value === null)
            return expect(type ? `a ${type}` : 'a value');
        if (type === undefined)
            return value;
        if (typeof value === 'object') {
            if (type === 'list(string)' && Array.isArray(value))
                return value;
            if (type === 'map(string)' && !Array.isArray(value))
                return value;
            return expect(`a ${type}`);
        }
        if (type === 'string')
            return typeof value === 'number' ? ((0,parse/* writtenText */.v4)(node) ?? String(value)) : String(value);
        if (type === 'number') {
            const n = typeof value === 'number'
                ? value
                : typeof value === 'string' && value.trim() !== ''
                    ? Number(value)
                    : NaN;
            return Number.isFinite(n) ? n : expect('a number');
        }
        if (type === 'bool') {
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === 'false')
                return value === 'true';
            return expect('true or false');
        }
        if (typeof value === 'string') {
            const parsed = fromText(value, type);
            if (typeof parsed === 'object' && parsed !== null && 'error' in parsed)
                return expect(`a ${type}`);
            return parsed;
        }
        return expect(`a ${type}`);
    }
    if (node.kind === 'list') {
        if (type !== undefined && type !== 'list(string)')
            return expect(`a ${type}`);
        const items = [];
        for (const [i, item] of node.items.entries()) {
            const value = fromNode(item, 'string', scope, `${path}[${i}]`, report);
            if (value === undefined)
                return undefined;
            items.push(value);
        }
        return items;
    }
    if (type !== undefined && type !== 'map(string)')
        return expect(`a ${type}`);
    const map = Object.create(null);
    for (const entry of node.entries) {
        const value = fromNode(entry.value, 'string', scope, `${path}.${entry.key}`, report);
        if (value === undefined)
            return undefined;
        map[entry.key] = value;
    }
    return map;
}
/** A value given as text (input, PKR_VAR_, a var file's string): lists and maps are JSON. */
function fromText(text, type) {
    switch (type) {
        case 'string':
            return text;
        case 'number': {
            const n = text.trim() === '' ? NaN : Number(text);
            return Number.isFinite(n) ? n : { error: `\`${text}\` is not a number` };
        }
        case 'bool':
            return text === 'true' || text === 'false'
                ? text === 'true'
                : { error: `\`${text}\` is not true or false` };
        case 'list(string)':
        case 'map(string)': {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                return {
                    error: `write it as JSON, like ${type === 'list(string)' ? '["a", "b"]' : '{"k": "v"}'}`
                };
            }
            if (type === 'list(string)') {
                return Array.isArray(parsed) && parsed.every(x => typeof x === 'string')
                    ? parsed
                    : { error: 'expected a JSON list of strings' };
            }
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
                return { error: 'expected a JSON object' };
            const map = Object.create(null);
            for (const [k, v] of Object.entries(parsed)) {
                if (typeof v !== 'string')
                    return { error: `the value of \`${k}\` is not a string` };
                map[k] = v;
            }
            return map;
        }
    }
}
/**
 * A var file: JSON or YAML map of name → value, or Packer's `.pkrvars.hcl` written as simple
 * `name = value` lines (values as JSON: strings, numbers, booleans, one-line lists and maps).
 */
function readVarFile(path, report) {
    const fileLoc = { file: path, line: 1, column: 1 };
    let bytes;
    try {
        if ((0,external_node_fs_.statSync)(path).size > MAX_VAR_FILE_BYTES) {
            report.error(fileLoc, '', `the var file is larger than ${MAX_VAR_FILE_BYTES / 1024} KiB`);
            return [];
        }
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch {
        report.error(fileLoc, '', `var file not found: ${path}`);
        return [];
    }
    const decoded = (0,parse/* decodeText */.g7)(bytes, path);
    if ('error' in decoded) {
        report.error(decoded.error, '', decoded.error.message);
        return [];
    }
    if (path.endsWith('.hcl'))
        return readHclVars(decoded.text, path, report);
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    const parsed = (0,parse/* parseText */.r4)(decoded.text, path, ext === '.json' ? 'json' : 'yaml');
    if (!parsed.ok) {
        for (const e of parsed.errors)
            report.error(e, e.path, e.message);
        return [];
    }
    return mapEntries(parsed.root);
}
function mapEntries(root) {
    return root.entries.map(e => ({ name: e.key, node: e.value, loc: e.keyLoc }));
}
function readHclVars(text, file, report) {
    const out = [];
    for (const [index, raw] of text.split('\n').entries()) {
        const line = raw.replace(/^\s*(#|\/\/).*$/, '');
        if (line.trim() === '')
            continue;
        const loc = {
            file,
            line: index + 1,
            column: raw.length - raw.trimStart().length + 1
        };
        const m = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/.exec(line);
        let value;
        try {
            value = m ? JSON.parse(m[2]) : undefined;
        }
        catch {
            value = undefined;
        }
        if (!m || value === undefined) {
            report.error(loc, '', 'only `name = value` lines with a string, number, bool, or one-line list or map are supported in .pkrvars.hcl files');
            continue;
        }
        const valueLoc = { ...loc, column: raw.indexOf(m[2]) + 1 };
        out.push({ name: m[1], node: jsonToNode(value, valueLoc), loc });
    }
    return out;
}
function jsonToNode(value, loc) {
    if (Array.isArray(value))
        return { kind: 'list', items: value.map(v => jsonToNode(v, loc)), loc };
    if (value !== null && typeof value === 'object') {
        return {
            kind: 'map',
            loc,
            entries: Object.entries(value).map(([key, v]) => ({
                key,
                keyLoc: loc,
                value: jsonToNode(v, loc)
            }))
        };
    }
    return { kind: 'scalar', value: value, loc };
}

;// CONCATENATED MODULE: ./src/template/validator.ts
/**
 * The validator behind validateTree (validate.ts): checks a native-shaped tree against the option
 * table (options.ts), interpolates as it goes, and builds the model with every Packer default
 * filled in. It never stops at the first error: each section is checked on its own, so one run
 * reports everything.
 */







/** Options naming files on the runner: they must exist at validation, so no build variables. */
const LOCAL_PATHS = new Set(['script', 'scripts', 'source', 'sources', 'user_data_file']);
const BUILD_REF = /\$\{build\.([A-Za-z_][A-Za-z0-9_]*)\}/g;
const INVALID = Symbol('invalid');
/** validateTree's engine (validate.ts holds the documented entry point). */
class Validator {
    ctx;
    errors = [];
    warnings = [];
    scope;
    sensitive = [];
    constructor(ctx) {
        this.ctx = ctx;
        for (const d of ctx.diagnostics ?? [])
            (d.severity === 'error' ? this.errors : this.warnings).push(d);
    }
    run(root) {
        const { ctx } = this;
        const sections = new Map();
        for (const { key, keyLoc, value } of root.entries) {
            if (template_options/* IGNORED_KEYS */.eZ.includes(key))
                continue;
            if (template_options/* TOP_LEVEL_KEYS */.Uw.includes(key))
                sections.set(key, { node: value, keyLoc });
            else
                this.unknownKey(keyLoc, key, key, template_options/* TOP_LEVEL_KEYS */.Uw, 'at the top level');
        }
        const rootLoc = {
            file: root.loc.file,
            line: root.loc.line,
            column: root.loc.column
        };
        const base = {
            env: ctx.options.env,
            now: ctx.options.now,
            workingDirectory: ctx.options.workingDirectory,
            templateDirectory: (0,external_node_path_.dirname)(ctx.path),
            strictFunctions: ctx.format === 'legacy-json'
        };
        let variables = ctx.resolved?.variables ?? [];
        if (ctx.resolved) {
            this.sensitive = ctx.resolved.sensitiveValues;
            this.scope = {
                ...base,
                variable: () => undefined,
                variableNames: () => [],
                local: () => undefined,
                localNames: () => []
            };
        }
        else {
            const resolved = resolveVariables(sections.get('variables')?.node, sections.get('locals')?.node, base, ctx.options, rootLoc, {
                error: (loc, path, message) => this.error(loc, path, message),
                warning: (loc, path, message) => this.warn(loc, path, message)
            });
            this.scope = resolved.scope;
            this.sensitive = resolved.sensitiveValues;
            variables = resolved.resolved;
        }
        const source = sections.get('source');
        const sourcesSection = sections.get('sources');
        let sources = [];
        if (source && sourcesSection) {
            this.error(sourcesSection.keyLoc, 'sources', '`source` and `sources` cannot both be set: use `source` for one build, or name each build under `sources`');
        }
        else if (source) {
            const built = this.source('default', source.node, 'source', source.keyLoc);
            if (built)
                sources.push(built);
        }
        else if (sourcesSection) {
            const node = sourcesSection.node;
            if (node.kind !== 'map')
                this.error(node.loc, 'sources', `expected a map of named sources, got ${describeNode(node)}`);
            else if (node.entries.length === 0)
                this.error(node.loc, 'sources', '`sources` is empty: define at least one source');
            else {
                for (const { key, keyLoc, value } of node.entries) {
                    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(key)) {
                        this.error(keyLoc, `sources.${key}`, `invalid source name \`${key}\`: use letters, digits, _, . and -`);
                        continue;
                    }
                    const built = this.source(key, value, `sources.${key}`, keyLoc);
                    if (built)
                        sources.push(built);
                }
            }
        }
        else {
            this.error(rootLoc, '', 'the template defines no source: add a `source` (or named `sources`) with the amazon-ebs options');
        }
        const sourceNames = this.declaredSourceNames(source, sourcesSection);
        const provisioners = this.list(sections.get('provisioners')?.node, 'provisioners', (node, path) => this.provisioner(node, path, sourceNames));
        const postProcessors = this.list(sections.get('post_processors')?.node, 'post_processors', (node, path) => this.postProcessor(node, path, sourceNames));
        sources = this.selectSources(sources, sourceNames, rootLoc);
        const warnings = this.warnings.map(d => this.masked(d));
        if (this.errors.length > 0)
            return { ok: false, errors: this.errors.map(d => this.masked(d)), warnings };
        return {
            ok: true,
            warnings,
            template: {
                path: ctx.path,
                format: ctx.format,
                sources,
                provisioners,
                postProcessors,
                sensitiveValues: this.sensitive,
                variables
            }
        };
    }
    // -------------------------------------------------------------------------------------------
    // Sections
    source(name, node, path, keyLoc) {
        const fields = this.options(node, path, template_options/* SOURCE_OPTIONS */.xK, `source \`${name}\``, false, keyLoc);
        if (!fields)
            return this.requireAmi(node, path, keyLoc);
        const loc = node.loc;
        const get = (key) => fields.get(key)?.value;
        const at = (key) => fields.get(key)?.keyLoc ?? loc;
        const before = this.errors.length;
        this.exclusive(fields, path, 'source_ami', 'source_ami_filter', true, keyLoc);
        this.exclusive(fields, path, 'subnet_id', 'subnet_filter');
        this.exclusive(fields, path, 'vpc_id', 'vpc_filter');
        this.exclusive(fields, path, 'user_data', 'user_data_file');
        const subnetFilter = get('subnet_filter');
        if (subnetFilter?.most_free && subnetFilter.random) {
            this.error(at('subnet_filter'), `${path}.subnet_filter`, '`most_free` and `random` cannot both be true: pick one way to choose the subnet');
        }
        if (get('kms_key_id') !== undefined && get('encrypt_boot') !== true) {
            this.error(at('kms_key_id'), `${path}.kms_key_id`, '`kms_key_id` needs `encrypt_boot: true`');
        }
        if ((get('spot_instance_types') ?? []).length > 0 &&
            get('spot_price') === undefined) {
            this.error(at('spot_instance_types'), `${path}.spot_instance_types`, '`spot_instance_types` needs `spot_price` (`auto` or a maximum price)');
        }
        const amiRegions = get('ami_regions') ?? [];
        for (const region of Object.keys(get('region_kms_key_ids') ?? {})) {
            if (!amiRegions.includes(region)) {
                this.error(at('region_kms_key_ids'), `${path}.region_kms_key_ids.${region}`, `\`region_kms_key_ids\` has a key for ${region}, which is not in \`ami_regions\` (${amiRegions.join(', ') || 'empty'})`);
            }
        }
        let userData = get('user_data');
        const userDataFile = get('user_data_file') && this.local(get('user_data_file'));
        if (userDataFile !== undefined) {
            try {
                userData = (0,external_node_fs_.readFileSync)(userDataFile, 'utf8');
            }
            catch {
                this.error(fields.get('user_data_file').loc, `${path}.user_data_file`, `user data file not found: ${userDataFile}`);
            }
        }
        if (this.errors.length > before)
            return undefined;
        const region = get('region') ??
            this.ctx.options.env.AWS_REGION ??
            this.ctx.options.env.AWS_DEFAULT_REGION ??
            '';
        const filter = get('source_ami_filter');
        const built = {
            name,
            type: 'amazon-ebs',
            location: loc,
            region,
            source_ami: get('source_ami'),
            source_ami_filter: filter,
            instance_type: get('instance_type'),
            spot_price: get('spot_price'),
            spot_instance_types: get('spot_instance_types'),
            subnet_id: get('subnet_id'),
            subnet_filter: get('subnet_filter'),
            vpc_id: get('vpc_id'),
            vpc_filter: get('vpc_filter'),
            availability_zone: get('availability_zone'),
            associate_public_ip_address: get('associate_public_ip_address'),
            security_group_ids: get('security_group_ids'),
            temporary_security_group_source_cidrs: get('temporary_security_group_source_cidrs'),
            iam_instance_profile: get('iam_instance_profile'),
            user_data: userData,
            metadata_options: get('metadata_options'),
            shutdown_behavior: get('shutdown_behavior'),
            run_tags: get('run_tags'),
            run_volume_tags: get('run_volume_tags'),
            launch_block_device_mappings: get('launch_block_device_mappings'),
            ssh_username: get('ssh_username'),
            ssh_port: get('ssh_port'),
            ssh_timeout: get('ssh_timeout'),
            ssh_interface: get('ssh_interface'),
            ssh_handshake_attempts: get('ssh_handshake_attempts'),
            ami_name: get('ami_name'),
            ami_description: get('ami_description'),
            ami_virtualization_type: get('ami_virtualization_type'),
            tags: get('tags'),
            snapshot_tags: get('snapshot_tags'),
            ami_regions: [...new Set(amiRegions)],
            ami_users: get('ami_users'),
            ami_groups: get('ami_groups'),
            ami_org_arns: get('ami_org_arns'),
            ami_ou_arns: get('ami_ou_arns'),
            snapshot_users: get('snapshot_users'),
            snapshot_groups: get('snapshot_groups'),
            encrypt_boot: get('encrypt_boot'),
            kms_key_id: get('kms_key_id'),
            region_kms_key_ids: get('region_kms_key_ids'),
            ami_block_device_mappings: get('ami_block_device_mappings'),
            ena_support: get('ena_support'),
            sriov_support: get('sriov_support'),
            imds_support: get('imds_support'),
            deprecate_at: get('deprecate_at'),
            force_deregister: get('force_deregister'),
            force_delete_snapshot: get('force_delete_snapshot'),
            skip_create_ami: get('skip_create_ami'),
            skip_region_validation: get('skip_region_validation')
        };
        return stripUndefined(built);
    }
    /** Even when other options are wrong, say that the source AMI is missing. */
    requireAmi(node, path, keyLoc) {
        if (node.kind === 'map' &&
            !node.entries.some(e => e.key === 'source_ami' || e.key === 'source_ami_filter')) {
            this.error(keyLoc, path, 'one of `source_ami` or `source_ami_filter` is required');
        }
        return undefined;
    }
    provisioner(node, path, sourceNames) {
        const type = this.typeOf(node, path, ['shell', 'file'], 'provisioner');
        if (!type)
            return undefined;
        const specific = type === 'shell' ? template_options/* SHELL_OPTIONS */.iw : template_options/* FILE_OPTIONS */.IY;
        const fields = this.options(node, path, [...template_options/* PROVISIONER_COMMON_OPTIONS */.kJ, ...specific], `${type} provisioner`, true);
        if (!fields)
            return undefined;
        const get = (key) => fields.get(key)?.value;
        const before = this.errors.length;
        const common = this.common(fields, node.loc, path, sourceNames);
        if (type === 'shell') {
            const set = ['inline', 'script', 'scripts'].filter(k => fields.has(k));
            if (set.length === 0) {
                this.error(node.loc, path, 'a shell provisioner needs one of `inline`, `script` or `scripts`');
            }
            else if (set.length > 1) {
                this.error(fields.get(set[1]).keyLoc, `${path}.${set[1]}`, `\`${set[0]}\` and \`${set[1]}\` cannot both be set: use one`);
            }
            const script = get('script');
            const scripts = (script !== undefined ? [script] : get('scripts'))?.map(p => this.local(p));
            const scriptsLoc = fields.get('script')?.loc ?? fields.get('scripts')?.loc;
            for (const file of scripts ?? [])
                this.mustExist(file, scriptsLoc, `${path}.${script !== undefined ? 'script' : 'scripts'}`, 'script');
            if (this.errors.length > before || !common)
                return undefined;
            const shell = {
                type: 'shell',
                ...common,
                inline: get('inline'),
                scripts,
                environment_vars: get('environment_vars'),
                execute_command: get('execute_command'),
                inline_shebang: get('inline_shebang'),
                remote_folder: get('remote_folder'),
                remote_file: get('remote_file'),
                expect_disconnect: get('expect_disconnect'),
                valid_exit_codes: get('valid_exit_codes'),
                skip_clean: get('skip_clean'),
                env: get('env')
            };
            return stripUndefined(shell);
        }
        const direction = get('direction');
        const generated = get('generated');
        const set = ['source', 'sources', 'content'].filter(k => fields.has(k));
        if (direction === 'download') {
            if (fields.has('sources') || fields.has('content')) {
                const key = fields.has('sources') ? 'sources' : 'content';
                this.error(fields.get(key).keyLoc, `${path}.${key}`, `\`${key}\` cannot be used with \`direction: download\`: download one remote \`source\``);
            }
            else if (!fields.has('source')) {
                this.error(node.loc, path, 'a download needs `source`, the remote path to download');
            }
        }
        else if (set.length === 0) {
            this.error(node.loc, path, 'a file provisioner needs one of `source`, `sources` or `content`');
        }
        else if (set.length > 1) {
            this.error(fields.get(set[1]).keyLoc, `${path}.${set[1]}`, `\`${set[0]}\` and \`${set[1]}\` cannot both be set: use one`);
        }
        // A download's source is on the instance; its destination is on the runner.
        const single = get('source');
        let sources = single !== undefined ? [single] : get('sources');
        let destination = get('destination');
        if (direction === 'download') {
            if (destination !== undefined)
                destination = this.local(destination);
        }
        else {
            sources = sources?.map(p => this.local(p));
            const key = single !== undefined ? 'source' : 'sources';
            if (!generated) {
                for (const file of sources ?? []) {
                    this.mustExist(file, fields.get(key).loc, `${path}.${key}`, 'file provisioner source', '; set `generated: true` if an earlier provisioner creates it');
                }
            }
        }
        if (this.errors.length > before || !common)
            return undefined;
        const file = {
            type: 'file',
            ...common,
            sources,
            content: get('content'),
            destination: destination,
            direction,
            generated
        };
        return stripUndefined(file);
    }
    postProcessor(node, path, sourceNames) {
        const type = this.typeOf(node, path, ['manifest'], 'post-processor');
        if (!type)
            return undefined;
        const fields = this.options(node, path, template_options/* MANIFEST_OPTIONS */.FI, 'manifest post-processor', true);
        if (!fields)
            return undefined;
        const get = (key) => fields.get(key)?.value;
        const filter = this.sourceFilter(fields, path, sourceNames);
        if (!filter)
            return undefined;
        const manifest = {
            type: 'manifest',
            location: node.loc,
            ...filter,
            output: this.local(get('output')),
            strip_path: get('strip_path'),
            custom_data: get('custom_data')
        };
        return manifest;
    }
    common(fields, loc, path, sourceNames) {
        const filter = this.sourceFilter(fields, path, sourceNames);
        if (!filter)
            return undefined;
        const get = (key) => fields.get(key)?.value;
        return {
            location: loc,
            ...filter,
            pause_before: get('pause_before'),
            max_retries: get('max_retries'),
            timeout: get('timeout')
        };
    }
    /** `only`/`except`: names of defined sources (Packer HCL2's `amazon-ebs.NAME` is accepted). */
    sourceFilter(fields, path, sourceNames) {
        let ok = true;
        const names = (key) => {
            const list = fields.get(key)?.value ?? [];
            return list.map(raw => {
                const name = raw.startsWith('amazon-ebs.') ? raw.slice('amazon-ebs.'.length) : raw;
                if (!sourceNames.includes(name)) {
                    ok = false;
                    const hint = (0,suggest/* suggest */.Z)(name, sourceNames);
                    this.error(fields.get(key).loc, `${path}.${key}`, `\`${key}\` names the source \`${raw}\`, which is not defined${hint ? ` — did you mean \`${hint}\`?` : ''} (sources: ${sourceNames.join(', ') || 'none'})`);
                }
                return name;
            });
        };
        const only = names('only');
        const except = names('except');
        if (only.length > 0 && except.length > 0) {
            this.error(fields.get('except').keyLoc, `${path}.except`, '`only` and `except` cannot both be set: use one');
            return undefined;
        }
        return ok ? { only, except } : undefined;
    }
    selectSources(sources, names, loc) {
        const { only, except } = this.ctx.options;
        for (const [what, list] of [
            ['only', only],
            ['except', except]
        ]) {
            for (const name of list) {
                if (!names.includes(name)) {
                    const hint = (0,suggest/* suggest */.Z)(name, names);
                    this.error(loc, '', `\`${what}\` names the source \`${name}\`, which the template does not define${hint ? ` — did you mean \`${hint}\`?` : ''} (sources: ${names.join(', ')})`);
                }
            }
        }
        const selected = sources.filter(s => (only.length === 0 || only.includes(s.name)) && !except.includes(s.name));
        if (sources.length > 0 && selected.length === 0 && this.errors.length === 0) {
            this.error(loc, '', `\`only\`/\`except\` leave no source to build (sources: ${names.join(', ')})`);
        }
        return selected;
    }
    declaredSourceNames(source, sources) {
        if (source)
            return ['default'];
        if (sources?.node.kind === 'map')
            return sources.node.entries.map(e => e.key);
        return [];
    }
    // -------------------------------------------------------------------------------------------
    // Generic checks driven by the option table
    /** A list section: each item checked on its own, so one bad item does not hide the others. */
    list(node, path, item) {
        if (!node || (node.kind === 'scalar' && node.value === null))
            return [];
        if (node.kind !== 'list') {
            this.error(node.loc, path, `expected a list, got ${describeNode(node)}`);
            return [];
        }
        const out = [];
        for (const [i, child] of node.items.entries()) {
            const built = item(child, `${path}[${i}]`);
            if (built !== undefined)
                out.push(built);
        }
        return out;
    }
    typeOf(node, path, types, what) {
        if (node.kind !== 'map') {
            this.error(node.loc, path, `expected a ${what} (a map with \`type\`), got ${describeNode(node)}`);
            return undefined;
        }
        const entry = node.entries.find(e => e.key === 'type');
        if (!entry) {
            this.error(node.loc, path, `a ${what} needs a \`type\` (${types.join(' or ')})`);
            return undefined;
        }
        const value = entry.value.kind === 'scalar' ? entry.value.value : undefined;
        if (typeof value !== 'string' || !types.includes(value)) {
            const hint = typeof value === 'string' ? (0,suggest/* suggest */.Z)(value, types) : undefined;
            this.error(entry.value.loc, `${path}.type`, `unknown ${what} type ${typeof value === 'string' ? `\`${value}\`` : describeNode(entry.value)}${hint ? ` — did you mean \`${hint}\`?` : ''} (supported: ${types.join(', ')})`);
            return undefined;
        }
        return value;
    }
    /** Check a map against option definitions; every option present or defaulted is in the result. */
    /** `at`: where a missing key is reported (the key that owns the map, not its first line). */
    options(node, path, defs, what, buildVariables = false, at = node.loc) {
        if (node.kind !== 'map') {
            this.error(node.loc, path, `expected a map of ${what} options, got ${describeNode(node)}`);
            return undefined;
        }
        const byName = new Map(defs.map(d => [d.name, d]));
        const fields = new Map();
        let ok = true;
        const suggested = new Set();
        for (const { key, keyLoc, value } of node.entries) {
            if (template_options/* IGNORED_KEYS */.eZ.includes(key))
                continue;
            const def = byName.get(key);
            const keyPath = `${path}.${key}`;
            if (!def) {
                const hint = this.unknownKey(keyLoc, keyPath, key, defs.map(d => d.name), `in ${what}`);
                if (hint)
                    suggested.add(hint);
                ok = false;
                continue;
            }
            const allowBuild = (buildVariables ||
                def.buildVariables === true ||
                (def.type.kind === 'string' && def.type.buildVariables === true)) &&
                !LOCAL_PATHS.has(key);
            const checked = this.value(value, def.type, keyPath, allowBuild);
            if (checked === INVALID) {
                ok = false;
                continue;
            }
            fields.set(key, { value: checked, loc: value.loc, keyLoc });
        }
        for (const def of defs) {
            if (fields.has(def.name) || node.entries.some(e => e.key === def.name))
                continue;
            if (def.required) {
                // A misspelt key already said "did you mean": saying it is missing too would be noise.
                if (!suggested.has(def.name)) {
                    this.error(at, `${path}.${def.name}`, `${what} is missing \`${def.name}\` (${describeType(def.type)})`);
                }
                ok = false;
            }
            else if (def.default !== undefined) {
                fields.set(def.name, { value: defaultValue(def), loc: node.loc, keyLoc: node.loc });
            }
        }
        return ok ? fields : undefined;
    }
    /** Paths on the runner resolve against the working directory. */
    local(path) {
        return (0,external_node_path_.resolve)(this.ctx.options.workingDirectory, path);
    }
    mustExist(path, loc, keyPath, what, hint = '') {
        if (!(0,external_node_fs_.existsSync)(path)) {
            const wd = this.ctx.options.workingDirectory;
            this.error(loc, keyPath, `${what} not found: ${path} (relative paths resolve against ${wd}${hint})`);
        }
    }
    value(node, type, path, allowBuild) {
        // Interpolate first: the type is checked on what the value becomes.
        let fromExpression = this.ctx.format === 'legacy-json';
        let written;
        if (node.kind === 'scalar' && typeof node.value === 'string') {
            const expanded = this.expand(node, path, allowBuild);
            if (expanded === INVALID)
                return INVALID;
            if (expanded.changed) {
                written = node.value;
                fromExpression = true;
                node = valueToNode(expanded.value, node.loc);
            }
        }
        switch (type.kind) {
            case 'any':
                return node;
            case 'string':
                return this.string(node, type, path, allowBuild, fromExpression, written);
            case 'integer': {
                let n = node.kind === 'scalar' ? node.value : undefined;
                if (typeof n === 'string' && fromExpression && /^-?\d+$/.test(n.trim()))
                    n = Number(n);
                const range = type.min !== undefined && type.max !== undefined
                    ? ` from ${type.min} to ${type.max}`
                    : type.min !== undefined
                        ? ` of at least ${type.min}`
                        : '';
                if (typeof n !== 'number' ||
                    !Number.isInteger(n) ||
                    (type.min !== undefined && n < type.min) ||
                    (type.max !== undefined && n > type.max)) {
                    return this.wrong(node, path, `an integer${range}`, written);
                }
                return n;
            }
            case 'boolean': {
                const v = node.kind === 'scalar' ? node.value : undefined;
                if (typeof v === 'boolean')
                    return v;
                if (fromExpression && (v === 'true' || v === 'false'))
                    return v === 'true';
                return this.wrong(node, path, 'true or false', written);
            }
            case 'duration': {
                const v = node.kind === 'scalar' ? node.value : undefined;
                const ms = typeof v === 'string' ? parseDuration(v) : v === 0 ? 0 : undefined;
                if (ms === undefined)
                    return this.wrong(node, path, 'a duration like 30s, 5m or 1h30m', written);
                return ms;
            }
            case 'list': {
                if (node.kind !== 'list')
                    return this.wrong(node, path, describeType(type), written);
                if (type.minItems && node.items.length < type.minItems) {
                    return this.fail(node.loc, path, `expected at least ${type.minItems} item${type.minItems > 1 ? 's' : ''}, got an empty list`);
                }
                const out = [];
                let ok = true;
                for (const [i, item] of node.items.entries()) {
                    const v = this.value(item, type.items, `${path}[${i}]`, allowBuild);
                    if (v === INVALID)
                        ok = false;
                    else
                        out.push(v);
                }
                return ok ? out : INVALID;
            }
            case 'map': {
                if (node.kind !== 'map')
                    return this.wrong(node, path, describeType(type), written);
                const out = Object.create(null);
                let ok = true;
                for (const { key, keyLoc, value } of node.entries) {
                    // A key is evaluated when its value is (HCL2 evaluates both).
                    const evaluated = value.kind === 'scalar' && value.evaluated === true;
                    const keyNode = { kind: 'scalar', value: key, loc: keyLoc, evaluated };
                    const k = this.value(keyNode, type.keys ?? { kind: 'string' }, `${path}.${key}`, allowBuild);
                    const v = this.value(value, type.values, `${path}.${key}`, allowBuild);
                    if (k === INVALID || v === INVALID)
                        ok = false;
                    else
                        out[k] = v;
                }
                return ok ? out : INVALID;
            }
            case 'object': {
                const fields = this.options(node, path, type.options, type.what, allowBuild);
                if (!fields)
                    return INVALID;
                const out = {};
                for (const [key, field] of fields)
                    out[key] = field.value;
                return out;
            }
        }
    }
    string(node, type, path, allowBuild, fromExpression, written) {
        if (node.kind !== 'scalar' ||
            node.value === null ||
            (typeof node.value === 'boolean' && !fromExpression)) {
            return this.wrong(node, path, describeType(type), written);
        }
        const value = typeof node.value === 'number'
            ? ((0,parse/* writtenText */.v4)(node) ?? String(node.value))
            : String(node.value);
        // Build variables are filled in during the build: check what is around them.
        const fixed = allowBuild ? value.replace(BUILD_REF, '') : value;
        const hasBuild = fixed !== value;
        const problem = () => {
            if (type.enum && !type.enum.includes(value)) {
                const hint = (0,suggest/* suggest */.Z)(value, type.enum);
                return `${hint ? `did you mean \`${hint}\`? ` : ''}expected one of ${type.enum.join(', ')}`;
            }
            if (type.minLength !== undefined && value.length < type.minLength) {
                return type.minLength === 1
                    ? 'expected a non-empty string'
                    : `it is shorter than ${type.minLength} characters`;
            }
            if (type.maxLength !== undefined && fixed.length > type.maxLength) {
                return `it is longer than ${type.maxLength} characters (${fixed.length})`;
            }
            if (type.check && !(hasBuild && fixed === '')) {
                const reason = type.check(fixed);
                if (reason !== undefined)
                    return reason === false ? '' : reason;
            }
            return undefined;
        };
        const reason = problem();
        if (reason === undefined)
            return value;
        const expected = type.expected ? `expected ${type.expected}` : '';
        const detail = [reason, expected].filter(Boolean).join('; ');
        const shown = written !== undefined
            ? `\`${written}\` is \`${value}\` after interpolation, which is invalid`
            : `invalid value \`${value}\``;
        return this.fail(node.loc, path, `${shown}: ${detail}`);
    }
    /** Interpolate a string scalar (or, if already evaluated, check its build variables). */
    expand(node, path, allowBuild) {
        const text = node.value;
        if (node.evaluated) {
            for (const m of text.matchAll(BUILD_REF)) {
                const checked = (0,expressions/* buildVariable */.N5)(m[1], { buildVariables: allowBuild });
                if ('error' in checked)
                    return this.fail(node.loc, path, checked.error);
            }
            return { value: text, changed: false };
        }
        const result = (0,expressions/* interpolate */.GW)(text, this.scope, { buildVariables: allowBuild });
        if (!result.ok) {
            for (const e of result.errors)
                if (e)
                    this.error(node.loc, path, e);
            return INVALID;
        }
        return result;
    }
    exclusive(fields, path, a, b, required = false, loc) {
        const fa = fields.get(a);
        const fb = fields.get(b);
        if (fa && fb) {
            const second = fa.keyLoc.line > fb.keyLoc.line ||
                (fa.keyLoc.line === fb.keyLoc.line && fa.keyLoc.column > fb.keyLoc.column)
                ? a
                : b;
            this.error(fields.get(second).keyLoc, `${path}.${second}`, `\`${a}\` and \`${b}\` cannot both be set: use one`);
        }
        else if (required && !fa && !fb) {
            this.error(loc, path, `one of \`${a}\` or \`${b}\` is required`);
        }
    }
    unknownKey(loc, path, key, known, where) {
        const hint = (0,suggest/* suggest */.Z)(key, known);
        this.error(loc, path, hint
            ? `unknown key \`${key}\` ${where} — did you mean \`${hint}\`?`
            : `unknown key \`${key}\` ${where} (known keys: ${known.join(', ')})`);
        return hint;
    }
    wrong(node, path, expected, written) {
        const got = written !== undefined
            ? `\`${written}\`, which is ${describeNode(node)} after interpolation`
            : describeNode(node);
        return this.fail(node.loc, path, `expected ${expected}, got ${got}`);
    }
    fail(loc, path, message) {
        this.error(loc, path, message);
        return INVALID;
    }
    error(loc, path, message) {
        this.errors.push({
            severity: 'error',
            file: loc.file,
            line: loc.line,
            column: loc.column,
            path,
            message
        });
    }
    warn(loc, path, message) {
        this.warnings.push({
            severity: 'warning',
            file: loc.file,
            line: loc.line,
            column: loc.column,
            path,
            message
        });
    }
    /** A message may quote an interpolated value: never let a sensitive one through. */
    masked(d) {
        let message = d.message;
        for (const secret of this.sensitive)
            message = message.split(secret).join('<sensitive>');
        return { ...d, message };
    }
}
// ---------------------------------------------------------------------------------------------
function describeType(type) {
    switch (type.kind) {
        case 'string':
            if (type.enum)
                return `one of ${type.enum.join(', ')}`;
            return type.expected ?? 'a string';
        case 'integer':
            return type.min !== undefined && type.max !== undefined
                ? `an integer from ${type.min} to ${type.max}`
                : type.min !== undefined
                    ? `an integer of at least ${type.min}`
                    : 'an integer';
        case 'boolean':
            return 'true or false';
        case 'duration':
            return 'a duration like 30s, 5m or 1h30m';
        case 'list':
            if (type.items.kind === 'string' && !type.items.expected && !type.items.enum)
                return 'a list of strings';
            return `a list, each ${describeType(type.items)}`;
        case 'map':
            return `a map of ${type.what ?? 'strings'} (name: value)`;
        case 'object':
            return `a map of ${type.what} options`;
        case 'any':
            return 'any value';
    }
}
function describeNode(node) {
    if (node.kind === 'list')
        return 'a list';
    if (node.kind === 'map')
        return 'a map';
    if (node.value === null)
        return 'nothing (null)';
    if (typeof node.value === 'string')
        return `the string \`${node.value}\``;
    return `\`${String(node.value)}\``;
}
function valueToNode(value, loc) {
    if (Array.isArray(value))
        return { kind: 'list', items: value.map(v => ({ kind: 'scalar', value: v, loc })), loc };
    if (typeof value === 'object') {
        return {
            kind: 'map',
            loc,
            entries: Object.entries(value).map(([key, v]) => ({
                key,
                keyLoc: loc,
                value: { kind: 'scalar', value: v, loc }
            }))
        };
    }
    return { kind: 'scalar', value, loc, evaluated: true };
}
function defaultValue(def) {
    if (def.type.kind === 'duration')
        return parseDuration(def.default);
    if (Array.isArray(def.default))
        return [...def.default];
    if (typeof def.default === 'object' && def.default !== null)
        return Object.assign(Object.create(null), def.default);
    return def.default;
}
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000
};
/** Go's time.ParseDuration (unsigned), in milliseconds. */
function parseDuration(text) {
    if (text === '0')
        return 0;
    if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text))
        return undefined;
    let ms = 0;
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
}
function stripUndefined(value) {
    for (const key of Object.keys(value))
        if (value[key] === undefined)
            delete value[key];
    return value;
}

;// CONCATENATED MODULE: ./src/template/validate.ts

function validateTree(root, ctx) {
    return new Validator(ctx).run(root);
}


/***/ })

};
