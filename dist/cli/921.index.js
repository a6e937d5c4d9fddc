export const id = 921;
export const ids = [921];
export const modules = {

/***/ 5921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadHcl2: () => (/* binding */ loadHcl2)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/template/hcl/ast.ts
/**
 * The syntax tree of HCL2 native syntax, as hclsyntax defines it. Every node carries the position
 * where it starts, so any error (ours or the validator's) points at the right line and column.
 */
/** A mistake in the text itself; loadHcl2 turns it into a Diagnostic. */
class HclError extends Error {
    pos;
    path;
    constructor(message, pos, 
    /** Key path for the diagnostic, when known. */
    path = '') {
        super(message);
        this.pos = pos;
        this.path = path;
        this.name = 'HclError';
    }
}

;// CONCATENATED MODULE: ./src/template/hcl/parser.ts

const PUNCTUATION = [
    '...',
    '=>',
    '==',
    '!=',
    '<=',
    '>=',
    '&&',
    '||',
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    ',',
    '.',
    '=',
    ':',
    '?',
    '!',
    '<',
    '>',
    '+',
    '-',
    '*',
    '/',
    '%',
    '~'
];
const BINARY_LEVELS = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['+', '-'],
    ['*', '/', '%']
];
const MAX_DEPTH = 128;
const isIdentStart = (c) => /[\p{L}_]/u.test(c);
const isIdentChar = (c) => /[\p{L}\p{N}_-]/u.test(c);
const isDigit = (c) => c >= '0' && c <= '9';
/** Parses one file's text into its body. Throws HclError at the first syntax error, as hclsyntax
 * reports only the first error of a broken construct anyway. */
function parseHcl(text, file) {
    return new Parser(text, file).parseFile();
}
/** Parses a standalone expression (a `-var`/PKR_VAR_ value of a non-string variable). */
function parseHclExpression(text, file) {
    const parser = new Parser(text, file);
    return parser.parseStandaloneExpression();
}
/** Parses a whole text as a template, as templatefile() reads its file. */
function parseHclTemplate(text, file) {
    return new Parser(text, file).parseWholeTemplate();
}
class Parser {
    src;
    file;
    offset = 0;
    peeked;
    lineStarts = [0];
    /** Newlines end attributes and object items, but not inside (), [] or ${}: a stack of modes. */
    newlineModes = [false];
    /** Nesting of expressions and blocks: bounded, so hostile input is an error, not a stack overflow. */
    depth = 0;
    constructor(src, file) {
        this.src = src;
        this.file = file;
        for (let i = 0; i < src.length; i++)
            if (src[i] === '\n')
                this.lineStarts.push(i + 1);
    }
    pos(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    fail(message, offset) {
        throw new HclError(message, this.pos(offset));
    }
    // ---- lexer ----
    scan() {
        const src = this.src;
        for (;;) {
            const c = src[this.offset];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
                this.offset++;
            }
            else if (c === '#' || (c === '/' && src[this.offset + 1] === '/')) {
                while (this.offset < src.length && src[this.offset] !== '\n')
                    this.offset++;
            }
            else if (c === '/' && src[this.offset + 1] === '*') {
                const end = src.indexOf('*/', this.offset + 2);
                if (end < 0)
                    this.fail('Unterminated comment: a /* comment needs a closing */.', this.offset);
                this.offset = end + 2;
            }
            else
                break;
        }
        const start = this.offset;
        if (start >= src.length)
            return { kind: 'eof', text: '', start, end: start };
        const c = src[start];
        if (c === '\n') {
            this.offset++;
            return { kind: 'newline', text: '\n', start, end: this.offset };
        }
        if (isIdentStart(c)) {
            let i = start + 1;
            while (i < src.length && isIdentChar(src[i]))
                i++;
            this.offset = i;
            return { kind: 'ident', text: src.slice(start, i), start, end: i };
        }
        if (isDigit(c)) {
            const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(start, start + 64));
            this.offset = start + m[0].length;
            return { kind: 'number', text: m[0], start, end: this.offset };
        }
        if (c === '"') {
            this.offset++;
            return { kind: 'oquote', text: '"', start, end: this.offset };
        }
        if (c === '<' && src[start + 1] === '<') {
            const m = /^<<(-?)([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\r?\n/u.exec(src.slice(start, start + 256));
            if (m)
                return this.scanHeredoc(start, m);
        }
        for (const p of PUNCTUATION) {
            if (src.startsWith(p, start)) {
                this.offset = start + p.length;
                return { kind: 'punct', text: p, start, end: this.offset };
            }
        }
        this.fail(`Invalid character ${JSON.stringify(c)}: this character is not used in HCL.`, start);
    }
    scanHeredoc(start, m) {
        const marker = m[2];
        const contentStart = start + m[0].length;
        let lineStart = contentStart;
        while (lineStart <= this.src.length) {
            let lineEnd = this.src.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = this.src.length;
            if (this.src.slice(lineStart, lineEnd).trim() === marker) {
                const resume = this.src.indexOf(marker, lineStart) + marker.length;
                this.offset = resume;
                return {
                    kind: 'heredoc',
                    text: m[0],
                    start,
                    end: resume,
                    heredoc: { contentStart, contentEnd: lineStart, resume, flush: m[1] === '-' }
                };
            }
            if (lineEnd >= this.src.length)
                break;
            lineStart = lineEnd + 1;
        }
        this.fail(`Unterminated heredoc: no line with only ${marker} closes the heredoc begun here.`, start);
    }
    peek() {
        for (;;) {
            this.peeked ??= this.scan();
            if (this.peeked.kind === 'newline' && this.newlineModes[this.newlineModes.length - 1]) {
                this.peeked = undefined;
                continue;
            }
            return this.peeked;
        }
    }
    next() {
        const t = this.peek();
        this.peeked = undefined;
        return t;
    }
    isPunct(text) {
        const t = this.peek();
        return t.kind === 'punct' && t.text === text;
    }
    expectPunct(text, what) {
        const t = this.peek();
        if (t.kind !== 'punct' || t.text !== text)
            this.fail(`${what}, found ${describe(t)}.`, t.start);
        return this.next();
    }
    withNewlines(ignored, fn) {
        this.newlineModes.push(ignored);
        try {
            return fn();
        }
        finally {
            this.newlineModes.pop();
        }
    }
    skipNewlines() {
        while (this.peek().kind === 'newline')
            this.next();
    }
    // ---- structure ----
    parseFile() {
        const body = this.parseBody(0);
        const t = this.peek();
        if (t.kind !== 'eof')
            this.fail(`Invalid item: an argument (name = value) or a block is expected here, found ${describe(t)}.`, t.start);
        return body;
    }
    parseBody(start) {
        if (++this.depth > MAX_DEPTH) {
            this.fail(`Too deeply nested: more than ${MAX_DEPTH} levels of expressions or blocks.`, start);
        }
        try {
            return this.parseBodyItems(start);
        }
        finally {
            this.depth--;
        }
    }
    parseBodyItems(start) {
        const items = [];
        const seen = new Map();
        for (;;) {
            this.skipNewlines();
            const t = this.peek();
            if (t.kind === 'eof' || (t.kind === 'punct' && t.text === '}'))
                break;
            if (t.kind !== 'ident') {
                this.fail(`Invalid item: an argument (name = value) or a block is expected here, found ${describe(t)}.`, t.start);
            }
            this.next();
            const namePos = this.pos(t.start);
            if (this.isPunct('=')) {
                this.next();
                const expr = this.parseExpression();
                const before = seen.get(t.text);
                if (before) {
                    throw new HclError(`Attribute redefined: the argument "${t.text}" was already set at line ${before.line}. Each argument may be set only once.`, namePos);
                }
                seen.set(t.text, namePos);
                items.push({ kind: 'attribute', name: t.text, pos: namePos, expr });
                this.endOfItem('argument');
                continue;
            }
            const labels = [];
            for (;;) {
                const l = this.peek();
                if (l.kind === 'oquote') {
                    this.next();
                    labels.push({ value: this.parseLabelString(l.start), pos: this.pos(l.start) });
                }
                else if (l.kind === 'ident') {
                    this.next();
                    labels.push({ value: l.text, pos: this.pos(l.start) });
                }
                else
                    break;
            }
            const open = this.peek();
            if (open.kind !== 'punct' || open.text !== '{') {
                this.fail(labels.length === 0
                    ? `Invalid argument or block: expected "=" after "${t.text}" to set an argument, or "{" to open a block, found ${describe(open)}.`
                    : `Invalid block definition: expected a quoted label or "{" to open the "${t.text}" block, found ${describe(open)}; to set an argument write ${t.text} = value.`, open.start);
            }
            this.next();
            const body = this.withNewlines(false, () => this.parseBody(open.start));
            const close = this.peek();
            if (close.kind !== 'punct' || close.text !== '}') {
                this.fail(`Unclosed block: the "${t.text}" block opened at line ${this.pos(open.start).line} has no closing "}".`, open.start);
            }
            this.next();
            items.push({ kind: 'block', type: t.text, labels, body, pos: namePos });
            this.endOfItem('block');
        }
        return { items, pos: this.pos(start) };
    }
    endOfItem(what) {
        const t = this.peek();
        if (t.kind === 'newline')
            this.next();
        else if (t.kind !== 'eof' && !(t.kind === 'punct' && t.text === '}')) {
            this.fail(`Missing newline after ${what}: ${describe(t)} must start on a new line.`, t.start);
        }
    }
    parseLabelString(start) {
        const tpl = this.parseTemplateParts('quote', start);
        if (tpl.parts.some(p => p.kind !== 'text')) {
            this.fail('Invalid block label: a label is a literal string; interpolation is not allowed here.', start);
        }
        return tpl.parts.map(p => (p.kind === 'text' ? p.value : '')).join('');
    }
    parseWholeTemplate() {
        return this.parseTemplateParts('heredoc', 0);
    }
    parseStandaloneExpression() {
        const expr = this.withNewlines(true, () => this.parseExpression());
        const t = this.withNewlines(true, () => this.peek());
        if (t.kind !== 'eof')
            this.fail(`Invalid value: extra text after the expression, found ${describe(t)}.`, t.start);
        return expr;
    }
    // ---- expressions ----
    parseExpression() {
        if (++this.depth > MAX_DEPTH) {
            this.fail(`Too deeply nested: more than ${MAX_DEPTH} levels of expressions or blocks.`, this.offset);
        }
        try {
            return this.parseConditional();
        }
        finally {
            this.depth--;
        }
    }
    parseConditional() {
        const cond = this.parseBinary(0);
        if (!this.isPunct('?'))
            return cond;
        this.next();
        const then = this.parseExpression();
        this.expectPunct(':', 'Missing ":" in the conditional expression: expected "condition ? true-value : false-value"');
        const otherwise = this.parseExpression();
        return { kind: 'conditional', cond, then, else: otherwise, pos: cond.pos };
    }
    parseBinary(level) {
        if (level >= BINARY_LEVELS.length)
            return this.parseUnary();
        let left = this.parseBinary(level + 1);
        for (;;) {
            const t = this.peek();
            if (t.kind !== 'punct' || !BINARY_LEVELS[level].includes(t.text))
                return left;
            this.next();
            const right = this.parseBinary(level + 1);
            left = { kind: 'binary', op: t.text, left, right, pos: left.pos };
        }
    }
    parseUnary() {
        const t = this.peek();
        if (t.kind === 'punct' && (t.text === '!' || t.text === '-')) {
            this.next();
            const operand = this.parseUnary();
            return { kind: 'unary', op: t.text, operand, pos: this.pos(t.start) };
        }
        return this.parsePostfix(this.parsePrimary());
    }
    parsePostfix(expr) {
        for (;;) {
            const t = this.peek();
            if (t.kind !== 'punct')
                return expr;
            if (t.text === '.') {
                this.next();
                const n = this.next();
                if (n.kind === 'ident')
                    expr = {
                        kind: 'getattr',
                        object: expr,
                        name: n.text,
                        namePos: this.pos(n.start),
                        pos: expr.pos
                    };
                else if (n.kind === 'number' && /^\d+$/.test(n.text)) {
                    // Legacy index syntax `list.0`.
                    expr = {
                        kind: 'index',
                        object: expr,
                        key: { kind: 'literal', value: Number(n.text), pos: this.pos(n.start) },
                        pos: expr.pos
                    };
                }
                else if (n.kind === 'punct' && n.text === '*') {
                    expr = {
                        kind: 'splat',
                        source: expr,
                        each: this.parseSplatTraversal(false),
                        pos: expr.pos
                    };
                }
                else
                    this.fail(`Invalid attribute name: expected a name after ".", found ${describe(n)}.`, n.start);
            }
            else if (t.text === '[') {
                this.next();
                if (this.isPunct('*')) {
                    this.next();
                    this.expectPunct(']', 'Missing "]" after "[*"');
                    expr = {
                        kind: 'splat',
                        source: expr,
                        each: this.parseSplatTraversal(true),
                        pos: expr.pos
                    };
                    continue;
                }
                const key = this.withNewlines(true, () => {
                    const k = this.parseExpression();
                    this.expectPunct(']', 'Missing "]" to close the index');
                    return k;
                });
                expr = { kind: 'index', object: expr, key, pos: expr.pos };
            }
            else
                return expr;
        }
    }
    /** The traversal after a splat operator applies to each element; `.*` allows only attributes. */
    parseSplatTraversal(full) {
        let each = { kind: 'splat-item', pos: this.pos(this.offset) };
        for (;;) {
            const t = this.peek();
            if (t.kind === 'punct' && t.text === '.') {
                this.next();
                const n = this.next();
                if (n.kind !== 'ident')
                    this.fail(`Invalid attribute name: expected a name after ".", found ${describe(n)}.`, n.start);
                each = {
                    kind: 'getattr',
                    object: each,
                    name: n.text,
                    namePos: this.pos(n.start),
                    pos: each.pos
                };
            }
            else if (full && t.kind === 'punct' && t.text === '[') {
                this.next();
                const key = this.withNewlines(true, () => {
                    const k = this.parseExpression();
                    this.expectPunct(']', 'Missing "]" to close the index');
                    return k;
                });
                each = { kind: 'index', object: each, key, pos: each.pos };
            }
            else
                return each;
        }
    }
    parsePrimary() {
        const t = this.next();
        const pos = this.pos(t.start);
        switch (t.kind) {
            case 'number':
                return { kind: 'literal', value: Number(t.text), pos };
            case 'oquote':
                return this.parseTemplateParts('quote', t.start);
            case 'heredoc': {
                const h = t.heredoc;
                this.offset = h.contentStart;
                const tpl = this.parseTemplateParts('heredoc', t.start, h.contentEnd);
                this.offset = h.resume;
                if (h.flush)
                    flushHeredoc(tpl, this.src.slice(h.contentStart, h.contentEnd));
                return tpl;
            }
            case 'ident': {
                if (t.text === 'true' || t.text === 'false')
                    return { kind: 'literal', value: t.text === 'true', pos };
                if (t.text === 'null')
                    return { kind: 'literal', value: null, pos };
                if (this.isPunct('('))
                    return this.parseCall(t.text, pos);
                return { kind: 'variable', name: t.text, pos };
            }
            case 'punct':
                if (t.text === '(') {
                    const expr = this.withNewlines(true, () => {
                        const e = this.parseExpression();
                        this.expectPunct(')', 'Missing ")" to close the parenthesis');
                        return e;
                    });
                    return { kind: 'paren', expr, pos };
                }
                if (t.text === '[')
                    return this.withNewlines(true, () => this.parseTuple(pos));
                if (t.text === '{')
                    return this.parseObject(pos);
                break;
        }
        if (t.kind === 'newline' || t.kind === 'eof')
            this.fail('Missing expression: an expression is expected here.', t.start);
        this.fail(`Invalid expression: ${describe(t)} cannot start an expression.`, t.start);
    }
    parseCall(name, pos) {
        this.next();
        return this.withNewlines(true, () => {
            const args = [];
            let expandFinal = false;
            while (!this.isPunct(')')) {
                args.push(this.parseExpression());
                if (this.isPunct('...')) {
                    this.next();
                    expandFinal = true;
                    break;
                }
                if (!this.isPunct(','))
                    break;
                this.next();
            }
            this.expectPunct(')', `Missing ")" to close the call to ${name}()`);
            return { kind: 'call', name, args, expandFinal, pos };
        });
    }
    startsFor() {
        const t = this.peek();
        if (t.kind !== 'ident' || t.text !== 'for')
            return false;
        return /^[ \t]+[\p{L}_]/u.test(this.src.slice(t.end, t.end + 3));
    }
    parseTuple(pos) {
        if (this.startsFor())
            return this.parseFor(pos, false);
        const items = [];
        while (!this.isPunct(']')) {
            items.push(this.parseExpression());
            if (!this.isPunct(','))
                break;
            this.next();
        }
        this.expectPunct(']', 'Missing "," or "]" in the list: items are separated by commas');
        return { kind: 'tuple', items, pos };
    }
    parseObject(pos) {
        return this.withNewlines(false, () => {
            this.skipNewlines();
            if (this.startsFor())
                return this.withNewlines(true, () => this.parseFor(pos, true));
            const items = [];
            for (;;) {
                this.skipNewlines();
                if (this.isPunct('}'))
                    break;
                const keyToken = this.peek();
                let key = this.withNewlines(true, () => this.parseBinary(0));
                // A bare name as an object key is the literal string, as in HCL.
                if (key.kind === 'variable')
                    key = { kind: 'literal', value: key.name, pos: key.pos };
                const sep = this.peek();
                if (sep.kind !== 'punct' || (sep.text !== '=' && sep.text !== ':')) {
                    this.fail(`Missing "=" after the key in the object: expected "key = value", found ${describe(sep)}.`, sep.start);
                }
                this.next();
                const value = this.parseExpression();
                items.push({ key, value, pos: this.pos(keyToken.start) });
                const t = this.peek();
                if (t.kind === 'punct' && t.text === ',')
                    this.next();
                else if (t.kind === 'newline')
                    this.next();
                else if (!(t.kind === 'punct' && t.text === '}')) {
                    this.fail(`Missing "," or newline between the items of the object, found ${describe(t)}.`, t.start);
                }
            }
            this.expectPunct('}', 'Missing "}" to close the object');
            return { kind: 'object', items, pos };
        });
    }
    parseFor(pos, object) {
        this.next();
        const first = this.next();
        if (first.kind !== 'ident')
            this.fail('Invalid "for" expression: expected a variable name after "for".', first.start);
        let keyVar;
        let valueVar = first.text;
        if (this.isPunct(',')) {
            this.next();
            const second = this.next();
            if (second.kind !== 'ident')
                this.fail('Invalid "for" expression: expected a second variable name after ",".', second.start);
            keyVar = first.text;
            valueVar = second.text;
        }
        const inToken = this.next();
        if (inToken.kind !== 'ident' || inToken.text !== 'in') {
            this.fail(`Invalid "for" expression: expected "in" after the variable names, found ${describe(inToken)}.`, inToken.start);
        }
        const coll = this.parseExpression();
        this.expectPunct(':', 'Invalid "for" expression: expected ":" after the collection');
        let keyExpr;
        let valueExpr = this.parseExpression();
        let grouping = false;
        if (object) {
            this.expectPunct('=>', 'Invalid "for" expression: the object form needs "key => value"');
            keyExpr = valueExpr;
            valueExpr = this.parseExpression();
            if (this.isPunct('...')) {
                this.next();
                grouping = true;
            }
        }
        let cond;
        const t = this.peek();
        if (t.kind === 'ident' && t.text === 'if') {
            this.next();
            cond = this.parseExpression();
        }
        this.expectPunct(object ? '}' : ']', `Invalid "for" expression: missing "${object ? '}' : ']'}" at its end`);
        return { kind: 'for', keyVar, valueVar, coll, keyExpr, valueExpr, cond, grouping, pos };
    }
    // ---- templates ----
    /** Reads template text from the current offset: up to the closing quote (`quote`) or to `limit`
     * (a heredoc's body). The offset ends after the closing quote. */
    parseTemplateParts(mode, start, limit = this.src.length) {
        if (this.peeked)
            throw new Error('template scanning with a token buffered');
        const flat = [];
        const src = this.src;
        let text = '';
        let textStart = this.offset;
        const flushText = () => {
            if (text)
                flat.push({ kind: 'text', value: text, pos: this.pos(textStart) });
            text = '';
        };
        for (;;) {
            const i = this.offset;
            if (i >= limit) {
                if (mode === 'quote')
                    this.fail('Unterminated string: a quoted string needs a closing ".', start);
                break;
            }
            const c = src[i];
            if (mode === 'quote' && c === '"') {
                this.offset++;
                break;
            }
            if (mode === 'quote' && c === '\n') {
                this.fail('Unterminated string: a quoted string cannot span lines; use a heredoc (<<EOF) for text on several lines.', start);
            }
            if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
                text += c + '{';
                this.offset += 3;
                continue;
            }
            if ((c === '$' || c === '%') && src[i + 1] === '{') {
                flushText();
                const pos = this.pos(i);
                this.offset += 2;
                let stripBefore = false;
                if (src[this.offset] === '~') {
                    stripBefore = true;
                    this.offset++;
                }
                const item = this.withNewlines(true, () => {
                    if (c === '$') {
                        const expr = this.parseExpression();
                        return {
                            kind: 'interp',
                            expr,
                            pos,
                            stripBefore,
                            stripAfter: this.closeSequence(i)
                        };
                    }
                    return this.parseDirective(pos, stripBefore, i);
                });
                flat.push(item);
                textStart = this.offset;
                continue;
            }
            if (mode === 'quote' && c === '\\') {
                text += this.readEscape(i);
                continue;
            }
            text += c;
            this.offset++;
        }
        flushText();
        applyStripMarkers(flat);
        const pos = this.pos(start);
        let index = 0;
        const build = (until) => {
            const parts = [];
            while (index < flat.length) {
                const item = flat[index++];
                if (item.kind === 'text')
                    parts.push({ kind: 'text', value: item.value, pos: item.pos });
                else if (item.kind === 'interp')
                    parts.push({ kind: 'interp', expr: item.expr, pos: item.pos });
                else if (until.includes(item.word))
                    return { parts, end: item };
                else if (item.word === 'if') {
                    const thenPart = build(['else', 'endif']);
                    let elsePart = [];
                    if (thenPart.end?.word === 'else') {
                        const e = build(['endif']);
                        if (!e.end)
                            throw new HclError('Unclosed %{if}: expected a matching %{endif}.', item.pos);
                        elsePart = e.parts;
                    }
                    else if (!thenPart.end)
                        throw new HclError('Unclosed %{if}: expected a matching %{endif}.', item.pos);
                    parts.push({
                        kind: 'if',
                        cond: item.cond,
                        then: thenPart.parts,
                        else: elsePart,
                        pos: item.pos
                    });
                }
                else if (item.word === 'for') {
                    const body = build(['endfor']);
                    if (!body.end)
                        throw new HclError('Unclosed %{for}: expected a matching %{endfor}.', item.pos);
                    parts.push({
                        kind: 'for',
                        keyVar: item.keyVar,
                        valueVar: item.valueVar,
                        coll: item.coll,
                        body: body.parts,
                        pos: item.pos
                    });
                }
                else {
                    throw new HclError(`Unexpected %{${item.word}}: there is no open %{${item.word === 'endfor' ? 'for' : 'if'}} for it.`, item.pos);
                }
            }
            return { parts };
        };
        const { parts } = build([]);
        return { kind: 'template', parts, pos };
    }
    closeSequence(open) {
        let stripAfter = false;
        if (this.isPunct('~')) {
            this.next();
            stripAfter = true;
        }
        const t = this.peek();
        if (t.kind !== 'punct' || t.text !== '}') {
            this.fail(`Missing "}" to close the template sequence opened at column ${this.pos(open).column}, found ${describe(t)}.`, t.start);
        }
        this.next();
        return stripAfter;
    }
    parseDirective(pos, stripBefore, open) {
        const word = this.next();
        if (word.kind !== 'ident' || !['if', 'else', 'endif', 'for', 'endfor'].includes(word.text)) {
            this.fail(`Invalid template directive: expected if, else, endif, for or endfor after "%{", found ${describe(word)}.`, word.start);
        }
        const item = {
            kind: 'directive',
            word: word.text,
            pos,
            stripBefore,
            stripAfter: false
        };
        if (word.text === 'if')
            item.cond = this.parseExpression();
        if (word.text === 'for') {
            const first = this.next();
            if (first.kind !== 'ident')
                this.fail('Invalid %{for}: expected a variable name after "for".', first.start);
            item.valueVar = first.text;
            if (this.isPunct(',')) {
                this.next();
                const second = this.next();
                if (second.kind !== 'ident')
                    this.fail('Invalid %{for}: expected a second variable name after ",".', second.start);
                item.keyVar = first.text;
                item.valueVar = second.text;
            }
            const inToken = this.next();
            if (inToken.kind !== 'ident' || inToken.text !== 'in')
                this.fail('Invalid %{for}: expected "in" after the variable names.', inToken.start);
            item.coll = this.parseExpression();
        }
        item.stripAfter = this.closeSequence(open);
        return item;
    }
    readEscape(i) {
        const src = this.src;
        const e = src[i + 1];
        const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e in simple) {
            this.offset += 2;
            return simple[e];
        }
        if (e === 'u' || e === 'U') {
            const len = e === 'u' ? 4 : 8;
            const hex = src.slice(i + 2, i + 2 + len);
            if (hex.length === len && /^[0-9a-fA-F]+$/.test(hex)) {
                this.offset += 2 + len;
                return String.fromCodePoint(parseInt(hex, 16));
            }
        }
        this.fail(`Invalid escape sequence "\\${e ?? ''}": use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN.`, i);
    }
}
/** `${~` and `~}` remove the whitespace (including newlines) next to them. */
function applyStripMarkers(flat) {
    for (let i = 0; i < flat.length; i++) {
        const item = flat[i];
        if (item.kind === 'text')
            continue;
        const prev = flat[i - 1];
        const next = flat[i + 1];
        if (item.stripBefore && prev?.kind === 'text')
            prev.value = prev.value.trimEnd();
        if (item.stripAfter && next?.kind === 'text')
            next.value = next.value.trimStart();
    }
    for (let i = flat.length - 1; i >= 0; i--) {
        const item = flat[i];
        if (item.kind === 'text' && item.value === '')
            flat.splice(i, 1);
    }
}
/** `<<-` heredocs lose the indentation common to all their non-blank lines. */
function flushHeredoc(tpl, raw) {
    const lines = raw.split('\n').filter(l => l.trim() !== '');
    const indent = Math.min(...lines.map(l => /^[ \t]*/.exec(l)[0].length));
    if (!Number.isFinite(indent) || indent === 0)
        return;
    let atLineStart = true;
    const strip = (parts) => {
        for (const part of parts) {
            if (part.kind === 'text') {
                let out = '';
                let skip = atLineStart ? indent : 0;
                for (const ch of part.value) {
                    if (skip > 0 && (ch === ' ' || ch === '\t')) {
                        skip--;
                        continue;
                    }
                    skip = 0;
                    out += ch;
                    if (ch === '\n')
                        skip = indent;
                }
                part.value = out;
                atLineStart = part.value.endsWith('\n') || (part.value === '' && atLineStart);
            }
            else {
                atLineStart = false;
                if (part.kind === 'if') {
                    strip(part.then);
                    strip(part.else);
                }
                else if (part.kind === 'for')
                    strip(part.body);
            }
        }
    };
    strip(tpl.parts);
}
function describe(t) {
    switch (t.kind) {
        case 'eof':
            return 'the end of the file';
        case 'newline':
            return 'a newline';
        case 'oquote':
            return 'a quoted string';
        case 'heredoc':
            return 'a heredoc';
        default:
            return `"${t.text}"`;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl/values.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'tuple';
    if (typeof v === 'object')
        return 'object';
    if (typeof v === 'boolean')
        return 'bool';
    return typeof v;
}
function showType(t) {
    switch (t.kind) {
        case 'list':
        case 'set':
        case 'map':
            return `${t.kind}(${showType(t.element)})`;
        case 'object':
            return `object({${Object.entries(t.attributes)
                .map(([k, v]) => `${k}=${showType(v)}`)
                .join(', ')}})`;
        case 'tuple':
            return `tuple([${t.elements.map(showType).join(', ')}])`;
        default:
            return t.kind;
    }
}
/** Reads a variable's `type = …` expression, which is a type, not a value. */
function parseType(expr) {
    const fail = () => {
        throw new HclError('Invalid type: expected string, number, bool, any, list(…), set(…), map(…), object({…}) or tuple([…]).', expr.pos);
    };
    if (expr.kind === 'variable') {
        if (['string', 'number', 'bool', 'any'].includes(expr.name))
            return { kind: expr.name };
        if (['list', 'set', 'map'].includes(expr.name)) {
            throw new HclError(`Invalid type: ${expr.name} needs its element type, like ${expr.name}(string).`, expr.pos);
        }
        return fail();
    }
    if (expr.kind !== 'call' || expr.args.length !== 1)
        return fail();
    const [arg] = expr.args;
    switch (expr.name) {
        case 'list':
        case 'set':
        case 'map':
            return { kind: expr.name, element: parseType(arg) };
        case 'object': {
            if (arg.kind !== 'object')
                return fail();
            const attributes = {};
            for (const item of arg.items) {
                const key = item.key.kind === 'literal' ? String(item.key.value) : fail();
                attributes[key] = parseType(item.value);
            }
            return { kind: 'object', attributes };
        }
        case 'tuple':
            if (arg.kind !== 'tuple')
                return fail();
            return { kind: 'tuple', elements: arg.items.map(parseType) };
    }
    return fail();
}
/** The type a value would be declared with, for variables declared with only a default. */
function typeOf(v) {
    if (typeof v === 'string')
        return { kind: 'string' };
    if (typeof v === 'number')
        return { kind: 'number' };
    if (typeof v === 'boolean')
        return { kind: 'bool' };
    return { kind: 'any' };
}
/** Converts a value to a type as HCL does, or throws with what was wrong. `what` names the value. */
function convert(value, type, pos, what) {
    const wrong = (detail) => {
        throw new HclError(`Invalid value for ${what}: ${showType(type)} required, ${detail}.`, pos);
    };
    if (value === null || type.kind === 'any')
        return value;
    switch (type.kind) {
        case 'string':
            if (typeof value === 'string')
                return value;
            if (typeof value === 'number' || typeof value === 'boolean')
                return String(value);
            return wrong(`but got ${typeName(value)}`);
        case 'number':
            if (typeof value === 'number')
                return value;
            if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
                return Number(value);
            return wrong(`but got ${typeName(value)}${typeof value === 'string' ? ` "${value}"` : ''}`);
        case 'bool':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === 'false')
                return value === 'true';
            return wrong(`but got ${typeName(value)}${typeof value === 'string' ? ` "${value}"` : ''}`);
        case 'list':
        case 'set': {
            if (!Array.isArray(value))
                return wrong(`but got ${typeName(value)}`);
            const items = value.map((v, i) => convert(v, type.element, pos, `${what}[${i}]`));
            if (type.kind === 'set')
                return items.filter((v, i) => items.findIndex(w => equal(v, w)) === i);
            return items;
        }
        case 'map': {
            if (!isObject(value))
                return wrong(`but got ${typeName(value)}`);
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, type.element, pos, `${what}.${k}`)]));
        }
        case 'object': {
            if (!isObject(value))
                return wrong(`but got ${typeName(value)}`);
            const out = {};
            for (const [k, t] of Object.entries(type.attributes)) {
                if (!(k in value))
                    wrong(`but attribute "${k}" is missing`);
                out[k] = convert(value[k], t, pos, `${what}.${k}`);
            }
            return out;
        }
        case 'tuple': {
            if (!Array.isArray(value) || value.length !== type.elements.length) {
                return wrong(`but got ${Array.isArray(value) ? `${value.length} elements` : typeName(value)}`);
            }
            return value.map((v, i) => convert(v, type.elements[i], pos, `${what}[${i}]`));
        }
    }
}
function equal(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((v, i) => equal(v, b[i]));
    if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every(k => k in b && equal(a[k], b[k]));
    }
    return false;
}
/** A value as interpolated into a string: only primitives may be. */
function toText(v, pos) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (v === null)
        throw new HclError('Invalid template interpolation value: the value is null.', pos);
    throw new HclError(`Invalid template interpolation value: cannot include a ${typeName(v)} in a string; use jsonencode() or join().`, pos);
}

// EXTERNAL MODULE: ./src/template/expressions.ts
var expressions = __webpack_require__(9229);
// EXTERNAL MODULE: ./src/template/suggest.ts
var suggest = __webpack_require__(5352);
;// CONCATENATED MODULE: ./src/template/hcl/functions.ts
/**
 * The HCL2 functions Packer templates commonly use, with Packer's (cty's) semantics. Any other
 * function is an error that names the ones we have: an unknown function must never silently
 * become an empty string.
 */








const FUNCTIONS = {
    timestamp: (args, call, ctx) => (arity(args, call, 0), rfc3339(ctx.now)),
    formatdate: (args, call) => {
        arity(args, call, 2);
        const spec = str(args, call, 0);
        const text = str(args, call, 1);
        const date = parseRfc3339(text);
        if (!date)
            throw new HclError(`Invalid call to formatdate: "${text}" is not an RFC 3339 timestamp like 2024-01-02T15:04:05Z.`, argPos(call, 1));
        return formatDate(spec, date, call);
    },
    legacy_isotime: (args, call, ctx) => (arity(args, call, 1),
        (0,expressions/* formatGoTime */.Z0)(ctx.now, str(args, call, 0))),
    uuidv4: (args, call) => (arity(args, call, 0), crypto.randomUUID()),
    lower: (args, call) => (arity(args, call, 1), str(args, call, 0).toLowerCase()),
    upper: (args, call) => (arity(args, call, 1), str(args, call, 0).toUpperCase()),
    trimspace: (args, call) => (arity(args, call, 1), str(args, call, 0).trim()),
    replace: (args, call) => {
        arity(args, call, 3);
        const [text, search, replacement] = [0, 1, 2].map(i => str(args, call, i));
        // As in Terraform: a search string wrapped in slashes is a regular expression.
        if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
            return text.replace(regex(search.slice(1, -1), call, 1, 'g'), goReplacement(replacement));
        }
        return text.split(search).join(replacement);
    },
    regex_replace: (args, call) => {
        arity(args, call, 3);
        const [text, pattern, replacement] = [0, 1, 2].map(i => str(args, call, i));
        return text.replace(regex(pattern, call, 1, 'g'), goReplacement(replacement));
    },
    split: (args, call) => {
        arity(args, call, 2);
        const separator = str(args, call, 0);
        const text = str(args, call, 1);
        return text === '' ? [] : text.split(separator);
    },
    join: (args, call) => {
        if (args.length < 2)
            throw new HclError('Not enough function arguments: join(separator, list, …) needs a separator and at least one list.', call.pos);
        const separator = str(args, call, 0);
        const items = args.slice(1).flatMap((list, i) => {
            if (!Array.isArray(list))
                throw badArg(call, i + 1, `a list is required, got ${typeName(list)}`);
            return list.map(v => toText(v, argPos(call, i + 1)));
        });
        return items.join(separator);
    },
    format: (args, call) => {
        if (args.length < 1)
            throw new HclError('Not enough function arguments: format needs a format string.', call.pos);
        return format(str(args, call, 0), args.slice(1), call);
    },
    concat: (args, call) => args.flatMap((list, i) => {
        if (!Array.isArray(list))
            throw badArg(call, i, `a list is required, got ${typeName(list)}`);
        return list;
    }),
    merge: (args, call) => {
        const out = {};
        args.forEach((map, i) => {
            if (map === null)
                return;
            if (!isObject(map))
                throw badArg(call, i, `a map or object is required, got ${typeName(map)}`);
            Object.assign(out, map);
        });
        return out;
    },
    lookup: (args, call) => {
        if (args.length < 2 || args.length > 3)
            throw new HclError(`Invalid number of arguments: lookup(map, key, default) takes 2 or 3 arguments, not ${args.length}.`, call.pos);
        const map = args[0];
        if (!isObject(map))
            throw badArg(call, 0, `a map or object is required, got ${typeName(map)}`);
        const key = str(args, call, 1);
        if (key in map)
            return map[key];
        if (args.length === 3)
            return args[2];
        throw badArg(call, 1, `the map has no key "${key}" and no default was given`);
    },
    coalesce: (args, call) => {
        const found = args.find(v => v !== null && v !== '');
        if (found === undefined)
            throw new HclError('Invalid call to coalesce: no non-null, non-empty argument.', call.pos);
        return found;
    },
    length: (args, call) => {
        arity(args, call, 1);
        const v = args[0];
        if (typeof v === 'string')
            return [...v].length;
        if (Array.isArray(v))
            return v.length;
        if (isObject(v))
            return Object.keys(v).length;
        throw badArg(call, 0, `a string, list or map is required, got ${typeName(v)}`);
    },
    file: (args, call, ctx) => (arity(args, call, 1), readText(str(args, call, 0), call, ctx)),
    templatefile: (args, call, ctx) => {
        arity(args, call, 2);
        const path = str(args, call, 0);
        const vars = args[1];
        if (!isObject(vars))
            throw badArg(call, 1, `a map of template variables is required, got ${typeName(vars)}`);
        return renderTemplateFile(readText(path, call, ctx), (0,external_node_path_.resolve)(ctx.baseDirectory, path), vars, call, ctx);
    },
    base64encode: (args, call) => (arity(args, call, 1),
        Buffer.from(str(args, call, 0), 'utf8').toString('base64')),
    jsonencode: (args, call) => (arity(args, call, 1), JSON.stringify(args[0])),
    env: (args, call, ctx) => {
        arity(args, call, 1);
        if (!ctx.env) {
            throw new HclError('Function env() is only allowed in the default of a variable block, as in Packer; declare a variable with default = env("NAME") and use var.NAME here.', call.pos);
        }
        return ctx.env[str(args, call, 0)] ?? '';
    }
};
const FUNCTION_NAMES = Object.keys(FUNCTIONS);
/** templatefile(): the file is an HCL template that sees only the variables passed to it. */
function renderTemplateFile(text, file, vars, call, ctx) {
    const template = parseHclTemplate(text, file);
    const scope = {
        root: name => (Object.hasOwn(vars, name) ? vars[name] : undefined),
        rootNames: Object.keys(vars),
        functions: { ...ctx, env: undefined }
    };
    try {
        return evaluate(template, scope);
    }
    catch (error) {
        if (error instanceof HclError) {
            throw new HclError(`${error.message} (in the template ${file}, line ${error.pos.line}, column ${error.pos.column})`, call.pos);
        }
        throw error;
    }
}
function callFunction(name, args, call, ctx) {
    const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn) {
        const hint = (0,suggest/* suggest */.Z)(name, FUNCTION_NAMES);
        throw new HclError(`Call to unknown function: ami-build does not support "${name}"${hint ? `; did you mean "${hint}"?` : '.'} Supported functions: ${FUNCTION_NAMES.join(', ')}.`, call.pos);
    }
    return fn(args, call, ctx);
}
function arity(args, call, n) {
    if (args.length !== n) {
        throw new HclError(`Invalid number of arguments: ${call.name}() takes ${n} argument${n === 1 ? '' : 's'}, not ${args.length}.`, call.pos);
    }
}
function argPos(call, i) {
    return (call.args[i] ?? call).pos;
}
function badArg(call, i, detail) {
    return new HclError(`Invalid argument ${i + 1} to ${call.name}(): ${detail}.`, argPos(call, i));
}
function str(args, call, i) {
    const v = args[i];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw badArg(call, i, `a string is required, got ${typeName(v)}`);
}
function regex(pattern, call, i, flags) {
    try {
        // Go's RE2 named groups (?P<name>…) are JavaScript's (?<name>…).
        return new RegExp(pattern.replaceAll('(?P<', '(?<'), flags);
    }
    catch (error) {
        throw badArg(call, i, `invalid regular expression: ${error.message}`);
    }
}
/** Go's `${1}` and `$1` replacement references are JavaScript's `$1`. */
const goReplacement = (r) => r.replace(/\$\{(\w+)\}/g, (_, g) => (/^\d+$/.test(g) ? `$${g}` : `$<${g}>`));
function readText(path, call, ctx) {
    const full = (0,external_node_path_.resolve)(ctx.baseDirectory, path);
    try {
        return (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? error);
        throw new HclError(`Invalid call to ${call.name}(): cannot read "${path}" (${full}): ${why}.`, argPos(call, 0));
    }
}
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function parseRfc3339(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
    if (!m)
        return undefined;
    const offsetMinutes = m[8].toUpperCase() === 'Z'
        ? 0
        : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
    const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
    // Fields are shown in the timestamp's own offset, as Terraform's formatdate does.
    return { date: new Date(utc), offsetMinutes };
}
/** Terraform's formatdate specification: YYYY, MM, DD, hh, mm, ss, 'literal', ... */
function formatDate(spec, t, call) {
    const d = t.date;
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const h12 = d.getUTCHours() % 12 || 12;
    const off = Math.abs(t.offsetMinutes);
    const sign = t.offsetMinutes < 0 ? '-' : '+';
    const tokens = {
        YYYY: () => pad(d.getUTCFullYear(), 4),
        YY: () => pad(d.getUTCFullYear() % 100),
        MMMM: () => expressions/* MONTHS */.KR[d.getUTCMonth()],
        MMM: () => expressions/* MONTHS */.KR[d.getUTCMonth()].slice(0, 3),
        MM: () => pad(d.getUTCMonth() + 1),
        M: () => String(d.getUTCMonth() + 1),
        DD: () => pad(d.getUTCDate()),
        D: () => String(d.getUTCDate()),
        EEEE: () => expressions/* DAYS */.qn[d.getUTCDay()],
        EEE: () => expressions/* DAYS */.qn[d.getUTCDay()].slice(0, 3),
        hh: () => pad(d.getUTCHours()),
        h: () => String(d.getUTCHours()),
        HH: () => pad(h12),
        H: () => String(h12),
        AA: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
        aa: () => (d.getUTCHours() < 12 ? 'am' : 'pm'),
        mm: () => pad(d.getUTCMinutes()),
        m: () => String(d.getUTCMinutes()),
        ss: () => pad(d.getUTCSeconds()),
        s: () => String(d.getUTCSeconds()),
        ZZZZZ: () => `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`,
        ZZZZ: () => `${sign}${pad(Math.floor(off / 60))}${pad(off % 60)}`,
        ZZZ: () => (off === 0 ? 'UTC' : `${sign}${pad(Math.floor(off / 60))}${pad(off % 60)}`),
        Z: () => (off === 0 ? 'Z' : `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`)
    };
    let out = '';
    let i = 0;
    while (i < spec.length) {
        const c = spec[i];
        if (c === "'") {
            const end = spec.indexOf("'", i + 1);
            if (end < 0)
                throw badArg(call, 0, 'a quoted literal in the format is not closed');
            out += end === i + 1 ? "'" : spec.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        if (/[A-Za-z]/.test(c)) {
            let j = i;
            while (spec[j] === c)
                j++;
            const run = spec.slice(i, j);
            const render = tokens[run];
            if (!render)
                throw badArg(call, 0, `invalid date format sequence "${run}"; quote literal letters with '…'`);
            out += render();
            i = j;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
/** Go-style format verbs: %s %d %f %t %v %q %%, with widths and precision. */
function format(spec, args, call) {
    let next = 0;
    return spec.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g, (whole, flags, width, precision, verb) => {
        if (verb === '%')
            return '%';
        if (next >= args.length)
            throw new HclError(`Invalid call to format: too few arguments for the verb ${whole}.`, call.pos);
        const v = args[next++];
        let out;
        switch (verb) {
            case 's':
                out = toText(v, argPos(call, next));
                break;
            case 'd': {
                const n = typeof v === 'number' ? v : Number(v);
                if (!Number.isInteger(n))
                    throw badArg(call, next, `%d needs a whole number, got ${JSON.stringify(v)}`);
                out = String(n);
                break;
            }
            case 'f':
            case 'g': {
                const n = typeof v === 'number' ? v : Number(v);
                if (Number.isNaN(n))
                    throw badArg(call, next, `%${verb} needs a number, got ${JSON.stringify(v)}`);
                out = verb === 'f' ? n.toFixed(precision ? Number(precision) : 6) : String(n);
                break;
            }
            case 't':
                if (typeof v !== 'boolean')
                    throw badArg(call, next, `%t needs a bool, got ${typeName(v)}`);
                out = String(v);
                break;
            case 'q':
                out = JSON.stringify(toText(v, argPos(call, next)));
                break;
            case 'v':
                out =
                    typeof v === 'object' && v !== null ? JSON.stringify(v) : toText(v, argPos(call, next));
                break;
            default:
                throw new HclError(`Invalid call to format: unsupported verb %${verb}.`, call.pos);
        }
        if (width && out.length < Number(width)) {
            out = flags.includes('-')
                ? out.padEnd(Number(width))
                : out.padStart(Number(width), flags.includes('0') ? '0' : ' ');
        }
        return out;
    });
}

// EXTERNAL MODULE: ./src/template/model.ts
var model = __webpack_require__(7695);
;// CONCATENATED MODULE: ./src/template/hcl/evaluate.ts





/** The canonical form of a build variable, resolved by the engine at build time. */
const buildVariable = (name) => `\${build.${name}}`;
function evaluate(expr, scope, locals = new Map()) {
    const ev = (e, l = locals) => evaluate(e, scope, l);
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'template':
            return evaluateTemplate(expr.parts, scope, locals);
        case 'paren':
            return ev(expr.expr);
        case 'variable': {
            if (locals.has(expr.name))
                return locals.get(expr.name);
            return resolveRoot(expr, scope, locals);
        }
        case 'getattr':
        case 'index': {
            const traversal = rootTraversal(expr);
            if (traversal && !locals.has(traversal.root))
                return resolveRoot(expr, scope, locals);
            const object = ev(expr.object);
            const key = expr.kind === 'getattr' ? expr.name : ev(expr.key);
            return access(object, key, expr.kind === 'getattr' ? expr.namePos : expr.key.pos);
        }
        case 'splat': {
            const source = ev(expr.source);
            if (source === null)
                return [];
            const items = Array.isArray(source) ? source : [source];
            return items.map(item => evaluate(expr.each, scope, new Map([...locals, [SPLAT_ITEM, item]])));
        }
        case 'splat-item':
            return locals.get(SPLAT_ITEM) ?? null;
        case 'call': {
            const args = expr.args.map(a => ev(a));
            if (expr.expandFinal) {
                const last = args.pop();
                if (!Array.isArray(last))
                    throw new HclError(`Invalid expanding argument: "..." needs a list, got ${typeName(last ?? null)}.`, expr.args[expr.args.length - 1].pos);
                args.push(...last);
            }
            return callFunction(expr.name, args, expr, scope.functions);
        }
        case 'tuple':
            return expr.items.map(i => ev(i));
        case 'object': {
            const out = {};
            for (const item of expr.items) {
                const key = ev(item.key);
                if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
                    throw new HclError(`Invalid object key: a key must be a string, got ${typeName(key)}.`, item.key.pos);
                }
                out[String(key)] = ev(item.value);
            }
            return out;
        }
        case 'unary': {
            const v = ev(expr.operand);
            if (expr.op === '!')
                return !asBool(v, expr.operand.pos);
            return -asNumber(v, expr.operand.pos);
        }
        case 'binary':
            return binary(expr.op, expr.left, expr.right, ev);
        case 'conditional':
            return asBool(ev(expr.cond), expr.cond.pos) ? ev(expr.then) : ev(expr.else);
        case 'for': {
            const coll = ev(expr.coll);
            if (coll === null || typeof coll !== 'object') {
                throw new HclError(`Iteration over non-iterable value: a "for" needs a list or a map, got ${typeName(coll)}.`, expr.coll.pos);
            }
            const entries = Array.isArray(coll)
                ? coll.map((v, i) => [i, v])
                : Object.entries(coll);
            const list = [];
            const object = {};
            for (const [k, v] of entries) {
                const inner = new Map(locals);
                if (expr.keyVar)
                    inner.set(expr.keyVar, k);
                inner.set(expr.valueVar, v);
                if (expr.cond && !asBool(ev(expr.cond, inner), expr.cond.pos))
                    continue;
                if (!expr.keyExpr) {
                    list.push(ev(expr.valueExpr, inner));
                    continue;
                }
                const key = toText(ev(expr.keyExpr, inner), expr.keyExpr.pos);
                const value = ev(expr.valueExpr, inner);
                if (expr.grouping)
                    (object[key] ??= []).push(value);
                else if (key in object) {
                    throw new HclError(`Duplicate object key: two elements produce the key "${key}"; add "..." after the value to group them.`, expr.keyExpr.pos);
                }
                else
                    object[key] = value;
            }
            return expr.keyExpr ? object : list;
        }
    }
}
const SPLAT_ITEM = '\u0000splat';
/** `var.a.b[0]` → root `var`, names [a, b]: the attribute names right after the root. */
function rootTraversal(expr) {
    const names = [];
    let e = expr;
    for (;;) {
        if (e.kind === 'getattr') {
            names.unshift(e.name);
            e = e.object;
        }
        else if (e.kind === 'index') {
            names.length = 0;
            e = e.object;
        }
        else
            break;
    }
    return e.kind === 'variable' ? { root: e.name, names } : undefined;
}
/** Resolves `root.a.b…` through the scope, then applies the rest of the traversal. */
function resolveRoot(expr, scope, locals) {
    const steps = [];
    let e = expr;
    while (e.kind === 'getattr' || e.kind === 'index') {
        steps.unshift(e);
        e = e.object;
    }
    const root = e;
    const names = [];
    for (const s of steps) {
        if (s.kind !== 'getattr')
            break;
        names.push(s.name);
    }
    const value = scope.root(root.name, root.pos, names);
    if (value === undefined) {
        const hint = (0,suggest/* suggest */.Z)(root.name, scope.rootNames);
        throw new HclError(`Unknown variable: there is no variable named "${root.name}"${hint ? `; did you mean "${hint}"?` : '.'}`, root.pos);
    }
    let v = value;
    for (const s of steps) {
        const key = s.kind === 'getattr' ? s.name : evaluate(s.key, scope, locals);
        v = access(v, key, s.kind === 'getattr' ? s.namePos : s.key.pos);
    }
    return v;
}
function access(object, key, pos) {
    if (Array.isArray(object)) {
        const i = typeof key === 'number' ? key : Number(key);
        if (!Number.isInteger(i))
            throw new HclError(`Invalid index: a list index must be a whole number, got ${JSON.stringify(key)}.`, pos);
        if (i < 0 || i >= object.length) {
            throw new HclError(`Invalid index: the index ${i} is out of range for a list of ${object.length} elements.`, pos);
        }
        return object[i];
    }
    if (isObject(object)) {
        const k = String(key);
        if (!(k in object)) {
            const hint = (0,suggest/* suggest */.Z)(k, Object.keys(object));
            throw new HclError(`Unsupported attribute: this object has no attribute "${k}"${hint ? `; did you mean "${hint}"?` : '.'}`, pos);
        }
        return object[k];
    }
    throw new HclError(`Unsupported attribute: a ${typeName(object)} has no attributes or elements.`, pos);
}
function asBool(v, pos) {
    if (typeof v === 'boolean')
        return v;
    if (v === 'true' || v === 'false')
        return v === 'true';
    throw new HclError(`Invalid condition: a bool is required, got ${typeName(v)}.`, pos);
}
function asNumber(v, pos) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
        return Number(v);
    throw new HclError(`Invalid operand: a number is required, got ${typeName(v)}${typeof v === 'string' ? ` "${v}"` : ''}.`, pos);
}
function binary(op, left, right, ev) {
    if (op === '||')
        return asBool(ev(left), left.pos) || asBool(ev(right), right.pos);
    if (op === '&&')
        return asBool(ev(left), left.pos) && asBool(ev(right), right.pos);
    const a = ev(left);
    const b = ev(right);
    switch (op) {
        case '==':
            return equal(a, b);
        case '!=':
            return !equal(a, b);
    }
    const x = asNumber(a, left.pos);
    const y = asNumber(b, right.pos);
    switch (op) {
        case '<':
            return x < y;
        case '>':
            return x > y;
        case '<=':
            return x <= y;
        case '>=':
            return x >= y;
        case '+':
            return x + y;
        case '-':
            return x - y;
        case '*':
            return x * y;
        case '/':
            if (y === 0)
                throw new HclError('Division by zero.', right.pos);
            return x / y;
        default:
            if (y === 0)
                throw new HclError('Division by zero.', right.pos);
            return x % y;
    }
}
function evaluateTemplate(parts, scope, locals) {
    // "${x}" alone keeps x's type, as in HCL: a list stays a list.
    if (parts.length === 1 && parts[0].kind === 'interp')
        return evaluate(parts[0].expr, scope, locals);
    let out = '';
    for (const part of parts) {
        switch (part.kind) {
            case 'text':
                out += part.value;
                break;
            case 'interp':
                out += toText(evaluate(part.expr, scope, locals), part.expr.pos);
                break;
            case 'if':
                out += toText(evaluateTemplate(asBool(evaluate(part.cond, scope, locals), part.cond.pos) ? part.then : part.else, scope, locals), part.pos);
                break;
            case 'for': {
                const coll = evaluate(part.coll, scope, locals);
                if (coll === null || typeof coll !== 'object') {
                    throw new HclError(`Iteration over non-iterable value: %{for} needs a list or a map, got ${typeName(coll)}.`, part.coll.pos);
                }
                const entries = Array.isArray(coll)
                    ? coll.map((v, i) => [i, v])
                    : Object.entries(coll);
                for (const [k, v] of entries) {
                    const inner = new Map(locals);
                    if (part.keyVar)
                        inner.set(part.keyVar, k);
                    inner.set(part.valueVar, v);
                    out += toText(evaluateTemplate(part.body, scope, inner), part.pos);
                }
                break;
            }
        }
    }
    return out;
}
/** The `build` object of a build block: every build variable, as its canonical placeholder. */
const BUILD_OBJECT = Object.fromEntries(model/* BUILD_VARIABLES */.Z.map(n => [n, buildVariable(n)]));

;// CONCATENATED MODULE: ./src/template/hcl/body.ts




/** Blocks Packer accepts for a map option, one key/value pair each (`tag { key = … value = … }`). */
const KEY_VALUE_BLOCKS = {
    tag: 'tags',
    run_tag: 'run_tags',
    run_volume_tag: 'run_volume_tags',
    snapshot_tag: 'snapshot_tags'
};
/** What `data.amazon-ami.NAME.id` evaluates to until packer.ts turns it into a filter. */
const DATA_SENTINEL = '\u0000data.amazon-ami.';
class BodyDecoder {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** One block body → a map node, checking which options are blocks and which are arguments. */
    body(body, options, outerScope, path, pos) {
        const entries = [];
        const lists = new Map();
        const keyValues = new Map();
        const singles = new Map();
        const option = (name) => options?.find(o => o.name === name);
        for (const { item, scope } of this.expandDynamic(body, outerScope, path)) {
            const itemPath = `${path}.${item.kind === 'attribute' ? item.name : item.type}`;
            this.ctx.attempt(() => {
                const def = option(item.kind === 'attribute' ? item.name : item.type);
                if (item.kind === 'attribute') {
                    if (def && isBlockType(def.type)) {
                        throw new HclError(`Unsupported argument: an argument named "${item.name}" is not expected here; ${item.name} is a block: write ${item.name} { … } without "=".`, item.pos, `${path}.${item.name}`);
                    }
                    const value = evaluate(item.expr, scope);
                    entries.push({
                        key: item.name,
                        keyLoc: loc(item.pos),
                        value: this.node(value, item.expr, def?.type, `${path}.${item.name}`)
                    });
                    return;
                }
                const kvTarget = KEY_VALUE_BLOCKS[item.type];
                if (kvTarget && option(kvTarget)) {
                    const kv = this.body(item.body, [
                        { name: 'key', type: { kind: 'string' }, doc: '', required: true },
                        { name: 'value', type: { kind: 'string' }, doc: '', required: true }
                    ], scope, `${path}.${item.type}`, item.pos);
                    const key = kv.entries.find(e => e.key === 'key')?.value;
                    const value = kv.entries.find(e => e.key === 'value')?.value;
                    if (key?.kind !== 'scalar' || value?.kind !== 'scalar')
                        throw new HclError(`Missing argument: a ${item.type} block needs key = "…" and value = "…".`, item.pos);
                    let map = keyValues.get(kvTarget);
                    if (!map) {
                        map = { kind: 'map', entries: [], loc: loc(item.pos) };
                        keyValues.set(kvTarget, map);
                        entries.push({ key: kvTarget, keyLoc: loc(item.pos), value: map });
                    }
                    map.entries.push({ key: String(key.value), keyLoc: key.loc, value });
                    return;
                }
                if (item.labels.length > 0)
                    throw new HclError(`Unexpected label on the "${item.type}" block: it takes none.`, item.labels[0].pos);
                if (def && !isBlockType(def.type)) {
                    throw new HclError(`Unsupported block type: blocks of type "${item.type}" are not expected here; ${item.type} is an argument: write ${item.type} = ….`, item.pos, `${path}.${item.type}`);
                }
                if (def?.type.kind === 'list') {
                    const itemType = def.type.items;
                    const inner = this.body(item.body, itemType.kind === 'object' ? itemType.options : undefined, scope, `${path}.${item.type}`, item.pos);
                    let list = lists.get(item.type);
                    if (!list) {
                        list = { kind: 'list', items: [], loc: loc(item.pos) };
                        lists.set(item.type, list);
                        entries.push({ key: item.type, keyLoc: loc(item.pos), value: list });
                    }
                    list.items.push(inner);
                    return;
                }
                const before = singles.get(item.type);
                if (before)
                    throw new HclError(`Duplicate ${item.type} block: only one is allowed, and one was already given at ${where(before)}.`, item.pos, `${path}.${item.type}`);
                singles.set(item.type, item.pos);
                const inner = this.body(item.body, def?.type.kind === 'object' ? def.type.options : undefined, scope, `${path}.${item.type}`, item.pos);
                entries.push({ key: item.type, keyLoc: loc(item.pos), value: inner });
            }, itemPath);
        }
        return { kind: 'map', entries, loc: loc(pos) };
    }
    /** `dynamic "X" { for_each = …, content { … } }` becomes one X block per element, each body
     * seeing the element as X.key and X.value (or the `iterator` name), as in Packer. */
    expandDynamic(body, scope, path) {
        const out = [];
        for (const item of body.items) {
            if (item.kind !== 'block' || item.type !== 'dynamic') {
                out.push({ item, scope });
                continue;
            }
            this.ctx.attempt(() => {
                if (item.labels.length !== 1) {
                    throw new HclError('Invalid dynamic block: write dynamic "BLOCK_TYPE" { for_each = …, content { … } }.', item.pos);
                }
                const type = item.labels[0].value;
                let forEach;
                let iterator = type;
                let content;
                for (const inner of item.body.items) {
                    if (inner.kind === 'attribute' && inner.name === 'for_each')
                        forEach = inner.expr;
                    else if (inner.kind === 'attribute' && inner.name === 'iterator') {
                        if (inner.expr.kind !== 'variable')
                            throw new HclError('Invalid iterator: write iterator = NAME, a bare name.', inner.expr.pos);
                        iterator = inner.expr.name;
                    }
                    else if (inner.kind === 'block' && inner.type === 'content')
                        content = inner;
                    else {
                        const name = inner.kind === 'attribute' ? inner.name : inner.type;
                        throw new HclError(`Unsupported ${inner.kind === 'attribute' ? 'argument' : 'block'} "${name}" in a dynamic block: it takes for_each, iterator and one content block.`, inner.pos);
                    }
                }
                if (!forEach)
                    throw new HclError('Missing for_each: a dynamic block needs for_each = a list or map.', item.pos);
                if (!content)
                    throw new HclError('Missing content block: a dynamic block needs content { … }, the body of each block.', item.pos);
                const collection = evaluate(forEach, scope);
                if (collection === null || typeof collection !== 'object') {
                    throw new HclError(`Invalid for_each: a list or map is required, got ${collection === null ? 'null' : typeof collection}.`, forEach.pos);
                }
                const elements = Array.isArray(collection)
                    ? collection.map((v, i) => [i, v])
                    : Object.entries(collection);
                for (const [key, value] of elements) {
                    const element = { key, value };
                    out.push({
                        item: { kind: 'block', type, labels: [], body: content.body, pos: item.labels[0].pos },
                        scope: {
                            ...scope,
                            rootNames: [...scope.rootNames, iterator],
                            root: (root, pos, names) => root === iterator ? element : scope.root(root, pos, names)
                        }
                    });
                }
            }, `${path}.dynamic`);
        }
        return out;
    }
    /** A value → a located tree node, converted to the option's type as HCL converts (a number
     * where a string is wanted becomes that string), with positions from literal lists and objects. */
    node(value, expr, type, path) {
        const pos = expr?.pos ?? { file: this.ctx.templatePath, line: 1, column: 1 };
        if (Array.isArray(value)) {
            const items = expr?.kind === 'tuple' && expr.items.length === value.length ? expr.items : undefined;
            const itemType = type?.kind === 'list' ? type.items : undefined;
            return {
                kind: 'list',
                items: value.map((v, i) => this.node(v, items?.[i] ?? expr, itemType, `${path}[${i}]`)),
                loc: loc(pos)
            };
        }
        if (isObject(value)) {
            const entries = Object.entries(value).map(([k, v]) => {
                const item = expr?.kind === 'object'
                    ? expr.items.find(i => i.key.kind === 'literal' && String(i.key.value) === k)
                    : undefined;
                const valueType = type?.kind === 'map'
                    ? type.values
                    : type?.kind === 'object'
                        ? type.options.find(o => o.name === k)?.type
                        : undefined;
                return {
                    key: k,
                    keyLoc: loc(item?.pos ?? pos),
                    value: this.node(v, item?.value ?? expr, valueType, `${path}.${k}`)
                };
            });
            return { kind: 'map', entries, loc: loc(pos) };
        }
        const wholeDataReference = path.endsWith('.source_ami') &&
            typeof value === 'string' &&
            value.startsWith(DATA_SENTINEL) &&
            this.ctx.dataNames.has(value.slice(DATA_SENTINEL.length));
        if (typeof value === 'string' && value.includes(DATA_SENTINEL) && !wholeDataReference) {
            throw new HclError("Unsupported use of a data source: data.amazon-ami.NAME.id is resolved when the build starts, so it can only be the whole value of a source's source_ami.", pos, path);
        }
        let scalar = coerce(value, type);
        if (typeof scalar === 'string' && scalar.includes('{{'))
            scalar = this.legacy(scalar, pos, path);
        return { kind: 'scalar', value: scalar, loc: loc(pos), evaluated: true };
    }
    /** Packer's builders still render Go templates in option values (`ami_name = "x-{{timestamp}}"`),
     * so the legacy functions apply to the evaluated text; `{{.Path}}` and the like stay for later. */
    legacy(text, pos, path) {
        const scope = {
            variable: () => undefined,
            variableNames: () => [],
            local: () => undefined,
            localNames: () => [],
            env: this.ctx.options.env,
            now: this.ctx.options.now,
            workingDirectory: this.ctx.options.workingDirectory,
            templateDirectory: this.ctx.templateDirectory,
            strictFunctions: false
        };
        return text.replace(/\{\{[\s\S]*?\}\}/g, action => {
            const result = (0,expressions/* interpolate */.GW)(action, scope, { buildVariables: true });
            if (!result.ok)
                throw new HclError(`Invalid template function in "${action}": ${result.errors.join('; ')}.`, pos, path);
            return String(result.value);
        });
    }
}
function isBlockType(type) {
    return type.kind === 'object' || (type.kind === 'list' && type.items.kind === 'object');
}
/** HCL converts a primitive to the type its option wants (the string "8" for a number, ...). */
function coerce(value, type) {
    if (value === null || !type)
        return value;
    if (type.kind === 'string' && typeof value !== 'string')
        return String(value);
    // Packer decodes a duration from a string: a bare number becomes "300", which lacks a unit.
    if (type.kind === 'duration' && typeof value === 'number')
        return String(value);
    if (type.kind === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value);
    if (type.kind === 'boolean' && (value === 'true' || value === 'false'))
        return value === 'true';
    return value;
}
function loc(p) {
    return { file: p.file, line: p.line, column: p.column };
}
function where(p) {
    return `${p.file}:${p.line},${p.column}`;
}

;// CONCATENATED MODULE: ./src/template/hcl/variables.ts
/**
 * Input variables of an HCL2 template: declarations, and their values in Packer's order of
 * precedence — default < `PKR_VAR_name` < var files (`*.auto.pkrvars.hcl` first, then the ones
 * given, in order) < the action's `variables` input. Values given as text (environment, input) are
 * taken literally for string variables and parsed as HCL for every other type, as Packer does.
 */






const VARIABLE_ATTRIBUTES = ['type', 'default', 'description', 'sensitive', 'nullable'];
/** A pure evaluation scope: literals and functions only (var files, defaults). */
function pureScope(functions) {
    return { root: () => undefined, rootNames: [], functions };
}
function declareVariable(block, functions, report) {
    if (block.labels.length !== 1) {
        report(new HclError(`Missing name for variable: a variable block has one label, its name: variable "name" { … }.`, block.pos));
        return undefined;
    }
    const name = block.labels[0].value;
    const decl = {
        name,
        pos: block.labels[0].pos,
        type: { kind: 'any' },
        typeGiven: false,
        sensitive: false,
        validations: []
    };
    // env() is allowed only here, in a default, as in Packer.
    const defaults = pureScope(functions);
    let defaultPos = decl.pos;
    for (const item of block.body.items) {
        try {
            if (item.kind === 'block') {
                if (item.type !== 'validation') {
                    throw new HclError(`Unsupported block type: a variable has no "${item.type}" block; only "validation" blocks.`, item.pos);
                }
                const condition = item.body.items.find(i => i.kind === 'attribute' && i.name === 'condition');
                const errorMessage = item.body.items.find(i => i.kind === 'attribute' && i.name === 'error_message');
                const extra = item.body.items.find(i => i.kind === 'block' || !['condition', 'error_message'].includes(i.name));
                if (extra)
                    throw new HclError(`Unsupported ${extra.kind === 'block' ? 'block' : 'argument'} "${extra.kind === 'block' ? extra.type : extra.name}" in validation: a validation has only condition and error_message.`, extra.pos);
                if (!condition || condition.kind !== 'attribute')
                    throw new HclError('Missing required argument: a validation block needs condition = <a bool expression>.', item.pos);
                if (!errorMessage || errorMessage.kind !== 'attribute')
                    throw new HclError('Missing required argument: a validation block needs error_message = "…".', item.pos);
                decl.validations.push({
                    condition: condition.expr,
                    errorMessage: errorMessage.expr,
                    pos: condition.pos
                });
                continue;
            }
            switch (item.name) {
                case 'type':
                    decl.type = parseType(item.expr);
                    decl.typeGiven = true;
                    break;
                case 'default':
                    decl.default = evaluate(item.expr, defaults);
                    defaultPos = item.expr.pos;
                    break;
                case 'sensitive': {
                    const v = evaluate(item.expr, pureScope(functions));
                    if (typeof v !== 'boolean')
                        throw new HclError('Invalid value for sensitive: true or false required.', item.expr.pos);
                    decl.sensitive = v;
                    break;
                }
                case 'description':
                case 'nullable':
                    evaluate(item.expr, pureScope(functions));
                    break;
                default: {
                    const hint = (0,suggest/* suggest */.Z)(item.name, VARIABLE_ATTRIBUTES);
                    throw new HclError(`Unsupported argument: a variable has no "${item.name}"${hint ? `; did you mean "${hint}"?` : `; it takes ${VARIABLE_ATTRIBUTES.join(', ')} and validation blocks.`}`, item.pos);
                }
            }
        }
        catch (error) {
            if (!(error instanceof HclError))
                throw error;
            report(error);
        }
    }
    if (!decl.typeGiven && decl.default !== undefined)
        decl.type = typeOf(decl.default);
    if (decl.default !== undefined && decl.default !== null) {
        try {
            decl.default = convert(decl.default, decl.type, defaultPos, `the default of variable "${name}"`);
        }
        catch (error) {
            if (!(error instanceof HclError))
                throw error;
            report(error);
        }
    }
    return decl;
}
/** Values of one var file (`.pkrvars.hcl`, or JSON for `.json`), with their positions. */
function readVarFile(path, functions) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new HclError(`Cannot read the variable file: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}.`, { file: path, line: 1, column: 1 });
    }
    const values = new Map();
    if (path.endsWith('.json')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            throw new HclError(`Invalid JSON in the variable file: ${error.message}.`, {
                file: path,
                line: 1,
                column: 1
            });
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new HclError('Invalid variable file: a JSON variable file is an object of name → value.', { file: path, line: 1, column: 1 });
        }
        for (const [k, v] of Object.entries(parsed))
            values.set(k, { value: v, pos: { file: path, line: 1, column: 1 } });
        return values;
    }
    const body = parseHcl(text, path);
    for (const item of body.items) {
        if (item.kind === 'block') {
            throw new HclError(`Unexpected "${item.type}" block: a variable file holds only assignments, name = value.`, item.pos);
        }
        values.set(item.name, { value: evaluate(item.expr, pureScope(functions)), pos: item.expr.pos });
    }
    return values;
}
/** A value given as text (PKR_VAR_name, the `variables` input), typed as Packer types it. */
function parseTextValue(text, decl, pos, from, functions) {
    if (decl.type.kind === 'string' || (decl.type.kind === 'any' && !decl.typeGiven))
        return text;
    try {
        return evaluate(parseHclExpression(text, from), pureScope(functions));
    }
    catch (error) {
        if (!(error instanceof HclError))
            throw error;
        throw new HclError(`Invalid value for variable "${decl.name}" (from ${from}): a ${showType(decl.type)} value is written in HCL syntax (${example(decl.type)}), but "${text}" is not valid: ${error.message}`, pos);
    }
}
function example(t) {
    switch (t.kind) {
        case 'number':
            return '42';
        case 'bool':
            return 'true';
        case 'list':
        case 'set':
        case 'tuple':
            return '["a", "b"]';
        default:
            return '{ key = "value" }';
    }
}

// EXTERNAL MODULE: ./src/template/options.ts
var options = __webpack_require__(7872);
;// CONCATENATED MODULE: ./src/template/hcl/packer.ts
/**
 * Packer's blocks → the native template tree. HCL2 is evaluated here (variables, locals, functions,
 * `source.name`), so the tree holds final values (`evaluated: true`) and the one validator checks
 * every option exactly as it does for YAML. Block-versus-argument structure is checked here, since
 * only HCL has it: Packer's option table says which options are blocks (objects, lists of objects).
 */









const TOP_LEVEL_BLOCKS = [
    'packer',
    'variable',
    'variables',
    'locals',
    'local',
    'source',
    'build',
    'data'
];
const BUILD_ITEMS = [
    'name',
    'description',
    'sources',
    'source',
    'provisioner',
    'post-processor',
    'post-processors'
];
const SUPPORTED_PLUGIN = 'github.com/hashicorp/amazon';
function decodePacker(files, options, templatePath, templateIsDirectory) {
    return new Decoder(files, options, templatePath, templateIsDirectory).decode();
}
class Decoder {
    files;
    options;
    templatePath;
    templateIsDirectory;
    errors = [];
    warnings = [];
    /** A broken local is reported once, where it is defined, not again at every use. */
    reported = new WeakSet();
    declarations = new Map();
    values = new Map();
    locals = new Map();
    localValues = new Map();
    evaluating = [];
    sources = new Map();
    /** Sources of other builders: already reported, so references to them stay quiet. */
    rejectedSources = new Set();
    data = new Map();
    builds = [];
    sensitiveValues = new Set();
    functions;
    templateDirectory;
    bodies;
    constructor(files, options, templatePath, templateIsDirectory) {
        this.files = files;
        this.options = options;
        this.templatePath = templatePath;
        this.templateIsDirectory = templateIsDirectory;
        this.templateDirectory = files.length > 0 ? (0,external_node_path_.dirname)(files[0].path) : templatePath;
        // As in Packer, file() and templatefile() read paths relative to the template's directory.
        this.functions = { now: options.now, baseDirectory: this.templateDirectory };
        this.bodies = new BodyDecoder({
            attempt: (fn, path) => this.attempt(fn, path),
            options,
            templateDirectory: this.templateDirectory,
            templatePath,
            dataNames: this.data
        });
    }
    report(error, path = '') {
        if (!(error instanceof HclError))
            throw error;
        if (this.reported.has(error))
            return;
        this.reported.add(error);
        this.errors.push({
            severity: 'error',
            file: error.pos.file,
            line: error.pos.line,
            column: error.pos.column,
            path: error.path || path,
            message: error.message
        });
    }
    attempt(fn, path = '') {
        try {
            return fn();
        }
        catch (error) {
            this.report(error, path);
            return undefined;
        }
    }
    decode() {
        for (const file of this.files)
            this.collect(file.body);
        this.resolveVariables();
        const tree = this.buildTree();
        for (const [name] of this.locals)
            this.attempt(() => this.local(name));
        return {
            tree,
            variables: this.resolvedVariables(),
            sensitiveValues: [...this.sensitiveValues],
            errors: this.errors,
            warnings: this.warnings
        };
    }
    // ---- top level ----
    collect(body) {
        for (const item of body.items) {
            this.attempt(() => {
                if (item.kind === 'attribute') {
                    throw new HclError(`Unsupported argument: an argument "${item.name}" is not expected at the top level; blocks (${TOP_LEVEL_BLOCKS.join(', ')}) are.`, item.pos);
                }
                switch (item.type) {
                    case 'packer':
                        return this.packerBlock(item);
                    case 'variable': {
                        const decl = declareVariable(item, this.functionsWithEnv(), e => this.report(e, `variables.${item.labels[0]?.value}`));
                        if (!decl)
                            return;
                        const before = this.declarations.get(decl.name);
                        if (before)
                            throw new HclError(`Duplicate variable declaration: variable "${decl.name}" was already declared at ${where(before.pos)}.`, decl.pos);
                        this.declarations.set(decl.name, decl);
                        return;
                    }
                    case 'variables':
                        // The older form: `variables { name = default }`.
                        for (const v of item.body.items) {
                            if (v.kind === 'block')
                                throw new HclError(`Unexpected "${v.type}" block in variables: write name = default, or use variable "name" { … } blocks.`, v.pos);
                            const value = evaluate(v.expr, {
                                root: () => undefined,
                                rootNames: [],
                                functions: this.functionsWithEnv()
                            });
                            this.declarations.set(v.name, {
                                name: v.name,
                                pos: v.pos,
                                type: { kind: 'any' },
                                typeGiven: false,
                                default: value,
                                sensitive: false,
                                validations: []
                            });
                        }
                        return;
                    case 'locals':
                        for (const l of item.body.items) {
                            if (l.kind === 'block')
                                throw new HclError(`Unexpected "${l.type}" block in locals: a locals block holds only name = expression.`, l.pos);
                            this.declareLocal(l.name, l.expr, l.pos, false);
                        }
                        return;
                    case 'local':
                        return this.localBlock(item);
                    case 'source':
                        return this.sourceBlock(item);
                    case 'data':
                        return this.dataBlock(item);
                    case 'build':
                        this.builds.push(item);
                        return;
                    default: {
                        const hint = (0,suggest/* suggest */.Z)(item.type, TOP_LEVEL_BLOCKS);
                        throw new HclError(`Unsupported block type: blocks of type "${item.type}" are not expected here${hint ? `; did you mean "${hint}"?` : `. Top-level blocks are ${TOP_LEVEL_BLOCKS.join(', ')}.`}`, item.pos);
                    }
                }
            });
        }
    }
    functionsWithEnv() {
        return { ...this.functions, env: this.options.env };
    }
    packerBlock(block) {
        for (const item of block.body.items) {
            this.attempt(() => {
                if (item.kind === 'attribute') {
                    if (item.name === 'required_version')
                        return evaluate(item.expr, this.scope('packer'));
                    throw new HclError(`Unsupported argument: the packer block has no "${item.name}"; it takes required_version and required_plugins.`, item.pos);
                }
                if (item.type !== 'required_plugins') {
                    throw new HclError(`Unsupported block type: the packer block has no "${item.type}" block; it takes required_plugins.`, item.pos);
                }
                for (const plugin of item.body.items) {
                    this.attempt(() => {
                        if (plugin.kind === 'block')
                            throw new HclError(`Unexpected "${plugin.type}" block: write ${plugin.type} = { source = "…", version = "…" }.`, plugin.pos);
                        const value = evaluate(plugin.expr, this.scope('packer'));
                        const source = isObject(value) ? value.source : undefined;
                        if (typeof source !== 'string')
                            throw new HclError(`Invalid required_plugins entry "${plugin.name}": it needs source = "${SUPPORTED_PLUGIN}".`, plugin.expr.pos);
                        if (source.replace(/^https?:\/\//, '').toLowerCase() !== SUPPORTED_PLUGIN) {
                            throw new HclError(`Unsupported plugin "${source}": ami-build has the amazon-ebs builder built in and supports only the amazon plugin (source = "${SUPPORTED_PLUGIN}"); remove "${plugin.name}" from required_plugins.`, plugin.expr.pos);
                        }
                    });
                }
            });
        }
    }
    declareLocal(name, expr, pos, sensitive) {
        const before = this.locals.get(name);
        if (before)
            throw new HclError(`Duplicate local value: local "${name}" was already defined at ${where(before.pos)}.`, pos);
        this.locals.set(name, { expr, pos, sensitive });
    }
    localBlock(block) {
        if (block.labels.length !== 1)
            throw new HclError('Missing name for local: write local "name" { expression = … }.', block.pos);
        const expression = block.body.items.find(i => i.kind === 'attribute' && i.name === 'expression');
        let sensitive = false;
        for (const item of block.body.items) {
            if (item.kind === 'block' || !['expression', 'sensitive'].includes(item.name)) {
                throw new HclError(`Unsupported ${item.kind === 'block' ? 'block' : 'argument'} in local "${block.labels[0].value}": a local block takes expression and sensitive.`, item.pos);
            }
            if (item.name === 'sensitive')
                sensitive = evaluate(item.expr, this.scope('packer')) === true;
        }
        if (!expression || expression.kind !== 'attribute')
            throw new HclError('Missing required argument: a local block needs expression = ….', block.pos);
        this.declareLocal(block.labels[0].value, expression.expr, block.labels[0].pos, sensitive);
    }
    sourceBlock(block) {
        if (block.labels.length !== 2)
            throw new HclError('Invalid source block: write source "amazon-ebs" "name" { … }.', block.pos);
        const [type, name] = block.labels;
        if (type.value !== 'amazon-ebs') {
            this.rejectedSources.add(`source.${type.value}.${name.value}`);
            throw new HclError(`Unsupported builder "${type.value}": ami-build builds with amazon-ebs only; write source "amazon-ebs" "${name.value}".`, type.pos);
        }
        const before = this.sources.get(name.value);
        if (before)
            throw new HclError(`Duplicate source: source.amazon-ebs.${name.value} was already defined at ${where(before.block.pos)}.`, name.pos);
        this.sources.set(name.value, { name: name.value, block });
    }
    dataBlock(block) {
        if (block.labels.length !== 2)
            throw new HclError('Invalid data block: write data "amazon-ami" "name" { … }.', block.pos);
        const [type, name] = block.labels;
        if (type.value !== 'amazon-ami') {
            throw new HclError(`Unsupported data source "${type.value}": ami-build supports data "amazon-ami" only (used as a source's source_ami).`, type.pos);
        }
        this.data.set(name.value, block);
    }
    // ---- variables and locals ----
    resolveVariables() {
        for (const [name, decl] of this.declarations) {
            if (decl.default !== undefined)
                this.values.set(name, { value: decl.default, origin: 'default', pos: decl.pos });
        }
        // Packer's order: PKR_VAR_ < *.auto.pkrvars.hcl < var files given < the variables input.
        // A value given as text has no place in a file: errors about it point at the declaration.
        for (const [key, text] of Object.entries(this.options.env)) {
            if (!key.startsWith('PKR_VAR_') || text === undefined)
                continue;
            const decl = this.declarations.get(key.slice(8));
            if (!decl)
                continue; // Packer ignores PKR_VAR_ for undeclared variables: the environment is shared.
            this.attempt(() => {
                const value = parseTextValue(text, decl, decl.pos, key, this.functions);
                this.setVariable(decl.name, value, 'env', decl.pos, key);
            }, `variables.${decl.name}`);
        }
        const varFiles = [...this.autoVarFiles(), ...this.options.varFiles];
        for (const file of varFiles) {
            this.attempt(() => {
                for (const [name, { value, pos }] of readVarFile(file, this.functions)) {
                    // As in Packer, a var file may hold values for other templates: a warning, not an error.
                    if (!this.declarations.has(name)) {
                        const { message } = this.undeclared(name, pos, `the variable file ${file}`);
                        this.warnings.push({ severity: 'warning', ...pos, path: `variables.${name}`, message });
                        continue;
                    }
                    this.attempt(() => this.setVariable(name, value, 'var-file', pos, `the variable file ${file}`));
                }
            });
        }
        for (const [name, text] of Object.entries(this.options.variables)) {
            const decl = this.declarations.get(name);
            this.attempt(() => {
                if (!decl)
                    throw this.undeclared(name, { file: this.templatePath, line: 1, column: 1 }, 'the variables input');
                const value = parseTextValue(text, decl, decl.pos, 'the variables input', this.functions);
                this.setVariable(name, value, 'input', decl.pos, 'the variables input');
            }, `variables.${name}`);
        }
        for (const [name, decl] of this.declarations) {
            const v = this.values.get(name);
            if (!v) {
                this.report(new HclError(`Unset variable "${name}": a variable must be set or have a default value; give it a default, or set it in a .pkrvars.hcl file, PKR_VAR_${name}, or the variables input.`, decl.pos), `variables.${name}`);
                continue;
            }
            this.checkValidations(decl, v);
        }
    }
    /** Packer reads `*.auto.pkrvars.hcl` only when the template is a directory, not a single file. */
    autoVarFiles() {
        return this.templateIsDirectory ? listAutoVarFiles(this.templatePath) : [];
    }
    undeclared(name, pos, from) {
        const hint = (0,suggest/* suggest */.Z)(name, [...this.declarations.keys()]);
        return new HclError(`Undefined variable "${name}" set in ${from}: no variable "${name}" is declared${hint ? `; did you mean "${hint}"?` : `. Declare it with variable "${name}" { type = string }.`}`, pos);
    }
    setVariable(name, value, origin, pos, from) {
        const decl = this.declarations.get(name);
        if (!decl)
            throw this.undeclared(name, pos, from);
        const converted = convert(value, decl.type, pos, `variable "${name}" (from ${from})`);
        this.values.set(name, { value: converted, origin, pos });
    }
    checkValidations(decl, v) {
        for (const validation of decl.validations) {
            this.attempt(() => {
                const scope = {
                    root: (root, _pos, names) => root === 'var' && names[0] === decl.name ? { [decl.name]: v.value } : undefined,
                    rootNames: ['var'],
                    functions: this.functions
                };
                const ok = evaluate(validation.condition, scope);
                if (typeof ok !== 'boolean')
                    throw new HclError(`Invalid validation condition: the condition must be a bool, got ${JSON.stringify(ok)}.`, validation.condition.pos);
                if (!ok) {
                    const message = toText(evaluate(validation.errorMessage, scope), validation.errorMessage.pos);
                    const origin = v.origin === 'default'
                        ? 'its default'
                        : `the value from ${v.origin === 'var-file' ? v.pos.file : v.origin === 'env' ? `PKR_VAR_${decl.name}` : 'the variables input'}`;
                    throw new HclError(`Invalid value for variable "${decl.name}" (${origin}): ${message}`, validation.pos);
                }
            }, `variables.${decl.name}`);
        }
    }
    local(name) {
        const def = this.locals.get(name);
        if (!def)
            return undefined;
        const known = this.localValues.get(name);
        if (known instanceof HclError)
            throw known;
        if (known !== undefined)
            return known;
        if (this.evaluating.includes(name)) {
            const chain = [...this.evaluating.slice(this.evaluating.indexOf(name)), name]
                .map(n => `local.${n}`)
                .join(' → ');
            throw new HclError(`Cycle in locals: ${chain}; a local cannot depend on itself.`, def.pos, `locals.${name}`);
        }
        this.evaluating.push(name);
        try {
            const value = evaluate(def.expr, this.scope('locals'));
            this.localValues.set(name, value);
            if (def.sensitive)
                this.addSensitive(value);
            return value;
        }
        catch (error) {
            if (!(error instanceof HclError))
                throw error;
            this.localValues.set(name, error);
            this.report(error, `locals.${name}`);
            throw error;
        }
        finally {
            this.evaluating.pop();
        }
    }
    addSensitive(value) {
        if (typeof value === 'string' && value !== '')
            this.sensitiveValues.add(value);
        else if (typeof value === 'number' || typeof value === 'boolean')
            this.sensitiveValues.add(String(value));
        else if (Array.isArray(value))
            value.forEach(v => this.addSensitive(v));
        else if (isObject(value))
            Object.values(value).forEach(v => this.addSensitive(v));
    }
    resolvedVariables() {
        const out = [];
        for (const [name, decl] of this.declarations) {
            const v = this.values.get(name);
            if (!v)
                continue;
            if (decl.sensitive)
                this.addSensitive(v.value);
            const display = decl.sensitive
                ? '<sensitive>'
                : typeof v.value === 'string'
                    ? v.value
                    : JSON.stringify(v.value);
            out.push({ name, display, sensitive: decl.sensitive, origin: v.origin });
        }
        return out;
    }
    /** What an expression in a given place may refer to. */
    scope(place, source) {
        const roots = ['var', 'local', 'path'];
        if (place === 'locals' || place === 'source')
            roots.push('data');
        if (place === 'build')
            roots.push('source', 'build');
        if (place === 'packer')
            roots.length = 0;
        return {
            rootNames: roots,
            functions: this.functions,
            root: (root, pos, names) => {
                if (!roots.includes(root)) {
                    if (['var', 'local', 'path', 'data', 'source', 'build'].includes(root)) {
                        throw new HclError(`Invalid reference: "${root}." cannot be used ${placeName(place)}.`, pos);
                    }
                    return undefined;
                }
                switch (root) {
                    case 'var': {
                        if (names.length === 0)
                            throw new HclError('Invalid reference: write var.NAME.', pos);
                        const name = names[0];
                        const v = this.values.get(name);
                        if (v)
                            return { [name]: v.value };
                        if (this.declarations.has(name))
                            return { [name]: null }; // unset: reported once at its declaration
                        const hint = (0,suggest/* suggest */.Z)(name, [...this.declarations.keys()]);
                        throw new HclError(`Unknown variable: there is no variable named "${name}"${hint ? `; did you mean "${hint}"?` : `. Declare it with variable "${name}" { … }.`}`, pos);
                    }
                    case 'local': {
                        if (names.length === 0)
                            throw new HclError('Invalid reference: write local.NAME.', pos);
                        const value = this.local(names[0]);
                        if (value !== undefined)
                            return { [names[0]]: value };
                        const hint = (0,suggest/* suggest */.Z)(names[0], [...this.locals.keys()]);
                        throw new HclError(`Unknown local: there is no local value named "${names[0]}"${hint ? `; did you mean "${hint}"?` : '.'}`, pos);
                    }
                    case 'path':
                        return { root: this.templateDirectory, cwd: this.options.workingDirectory };
                    case 'data':
                        return this.dataReference(names, pos);
                    case 'source':
                        return { name: source.name, type: 'amazon-ebs' };
                    case 'build':
                        return BUILD_OBJECT;
                }
                return undefined;
            }
        };
    }
    dataReference(names, pos) {
        if (names[0] !== 'amazon-ami') {
            throw new HclError(`Unsupported data source "${names[0] ?? ''}": only data.amazon-ami.NAME.id can be referred to.`, pos);
        }
        const name = names[1];
        if (!name || !this.data.has(name)) {
            const hint = (0,suggest/* suggest */.Z)(name ?? '', [...this.data.keys()]);
            throw new HclError(`Unknown data source: there is no data "amazon-ami" "${name ?? ''}"${hint ? `; did you mean "${hint}"?` : '.'}`, pos);
        }
        if (names[2] !== 'id') {
            throw new HclError(`Unsupported attribute: data.amazon-ami.${name} is resolved when the build starts, and only its .id can be used (as a source's source_ami).`, pos);
        }
        return { 'amazon-ami': { [name]: { id: DATA_SENTINEL + name } } };
    }
    // ---- the tree ----
    buildTree() {
        if (this.builds.length === 0 && this.files.length > 0 && this.errors.length === 0) {
            // Packer accepts a template that builds nothing; in a pipeline that is always a mistake.
            // (After another error, a misspelled `build` block is the likely cause: say nothing more.)
            const [first] = this.sources.values();
            this.report(new HclError(`Nothing to build: there is no build block. Add one naming the sources to build: build { sources = ["source.amazon-ebs.${first?.name ?? 'NAME'}"] }.`, first?.block.pos ?? { file: this.files[0].path, line: 1, column: 1 }));
        }
        const uses = this.sourceUses();
        const sources = [];
        for (const use of uses) {
            const node = this.attempt(() => this.sourceNode(use));
            if (node)
                sources.push({
                    key: use.key,
                    keyLoc: loc(use.override?.labels[0]?.pos ?? use.def.block.labels[1].pos),
                    value: node
                });
        }
        const provisioners = [];
        const postProcessors = [];
        for (const build of this.builds) {
            const buildUses = uses.filter(u => u.build === build);
            for (const item of build.body.items) {
                if (item.kind !== 'block')
                    continue;
                if (item.type === 'provisioner')
                    provisioners.push(...this.perSource(item, buildUses, uses, `provisioners[${provisioners.length}]`));
                else if (item.type === 'post-processor')
                    postProcessors.push(...this.perSource(item, buildUses, uses, `post_processors[${postProcessors.length}]`));
                else if (item.type === 'post-processors') {
                    // A chain is run in order on the build's artifact: for us, simply one after the other.
                    for (const inner of item.body.items) {
                        this.attempt(() => {
                            if (inner.kind !== 'block' || inner.type !== 'post-processor') {
                                throw new HclError('Unexpected item in post-processors: it holds only post-processor "type" { … } blocks.', inner.pos);
                            }
                            postProcessors.push(...this.perSource(inner, buildUses, uses, `post_processors[${postProcessors.length}]`));
                        });
                    }
                }
            }
        }
        const root = { file: this.files[0]?.path ?? this.templatePath, line: 1, column: 1 };
        const entries = [
            { key: 'sources', keyLoc: root, value: { kind: 'map', entries: sources, loc: root } }
        ];
        entries.push({
            key: 'provisioners',
            keyLoc: root,
            value: { kind: 'list', items: provisioners, loc: root }
        });
        if (postProcessors.length > 0)
            entries.push({
                key: 'post_processors',
                keyLoc: root,
                value: { kind: 'list', items: postProcessors, loc: root }
            });
        return { kind: 'map', entries, loc: root };
    }
    /** Every (build, source) pair, from `sources = [...]` and `source "…" { }` blocks of each build. */
    sourceUses() {
        const uses = [];
        const keys = new Map();
        for (const build of this.builds) {
            let buildName;
            const refs = [];
            for (const item of build.body.items) {
                this.attempt(() => {
                    if (item.kind === 'attribute') {
                        if (item.name === 'name' || item.name === 'description') {
                            const v = evaluate(item.expr, this.scope('packer'));
                            if (item.name === 'name')
                                buildName = toText(v, item.expr.pos);
                        }
                        else if (item.name === 'sources') {
                            const list = evaluate(item.expr, this.scope('packer'));
                            if (!Array.isArray(list))
                                throw new HclError('Invalid sources: a list of source references like ["source.amazon-ebs.NAME"] is required.', item.expr.pos);
                            const itemExprs = item.expr.kind === 'tuple' ? item.expr.items : [];
                            list.forEach((ref, i) => refs.push({
                                ref: toText(ref, (itemExprs[i] ?? item.expr).pos),
                                pos: (itemExprs[i] ?? item.expr).pos
                            }));
                        }
                        else {
                            const hint = (0,suggest/* suggest */.Z)(item.name, BUILD_ITEMS);
                            throw new HclError(`Unsupported argument: a build has no "${item.name}"${hint ? `; did you mean "${hint}"?` : '; it takes name, description and sources.'}`, item.pos);
                        }
                    }
                    else if (item.type === 'source') {
                        if (item.labels.length !== 1)
                            throw new HclError('Invalid source block in build: write source "source.amazon-ebs.NAME" { … }.', item.pos);
                        refs.push({ ref: item.labels[0].value, pos: item.labels[0].pos, override: item });
                    }
                    else if (!BUILD_ITEMS.includes(item.type)) {
                        const hint = (0,suggest/* suggest */.Z)(item.type, BUILD_ITEMS.filter(b => !['name', 'description', 'sources'].includes(b)));
                        const unsupported = ['error-cleanup-provisioner', 'hcp_packer_registry'].includes(item.type);
                        throw new HclError(unsupported
                            ? `Unsupported block type: ami-build does not support "${item.type}" blocks yet.`
                            : `Unsupported block type: a build has no "${item.type}" block${hint ? `; did you mean "${hint}"?` : '; it takes source, provisioner, post-processor and post-processors.'}`, item.pos);
                    }
                });
            }
            for (const { ref, pos, override } of refs) {
                const refName = ref.split('.').pop();
                if (!this.sources.has(refName) &&
                    [...this.rejectedSources].some(r => r.split('.').pop() === refName))
                    continue;
                this.attempt(() => {
                    const m = /^source\.([^.]+)\.([^.]+)$/.exec(ref);
                    if (!m)
                        throw new HclError(`Invalid source reference "${ref}": write "source.amazon-ebs.NAME".`, pos);
                    if (m[1] !== 'amazon-ebs')
                        throw new HclError(`Unsupported builder "${m[1]}": ami-build builds with amazon-ebs only.`, pos);
                    const def = this.sources.get(m[2]);
                    if (!def) {
                        const hint = (0,suggest/* suggest */.Z)(m[2], [...this.sources.keys()]);
                        throw new HclError(`Unknown source "${ref}": no source "amazon-ebs" "${m[2]}" is defined${hint ? `; did you mean "source.amazon-ebs.${hint}"?` : '.'}`, pos);
                    }
                    let name = def.name;
                    const nameAttr = override?.body.items.find(i => i.kind === 'attribute' && i.name === 'name');
                    if (nameAttr && nameAttr.kind === 'attribute')
                        name = toText(evaluate(nameAttr.expr, this.scope('packer')), nameAttr.expr.pos);
                    let key = name;
                    if (keys.has(key)) {
                        const other = keys.get(key);
                        if (other.build === build || !buildName) {
                            throw new HclError(`Duplicate build of source.amazon-ebs.${def.name}: it is already built as "${key}"${other.build === build ? ' in this build' : ''}; give this one another name with source "${ref}" { name = "…" }${other.build === build ? '' : ' or name the build'}.`, pos);
                        }
                        key = `${buildName}.${name}`;
                    }
                    const use = {
                        key,
                        packerName: `amazon-ebs.${name}`,
                        name,
                        def,
                        override,
                        build,
                        buildName
                    };
                    keys.set(key, use);
                    uses.push(use);
                });
            }
        }
        return uses;
    }
    sourceNode(use) {
        const items = [...use.def.block.body.items];
        if (use.override) {
            for (const item of use.override.body.items) {
                if (item.kind === 'attribute' && item.name === 'name')
                    continue;
                const clash = item.kind === 'attribute' &&
                    items.find(i => i.kind === 'attribute' && i.name === item.name);
                if (clash) {
                    throw new HclError(`Duplicate argument: "${item.name}" is already set for source.amazon-ebs.${use.def.name} at ${where(clash.pos)}; a build's source block can only set what the source leaves unset, as in Packer.`, item.pos, `sources.${use.key}.${item.name}`);
                }
                items.push(item);
            }
        }
        const scope = this.scope('source', use);
        const node = this.bodies.body({ items, pos: use.def.block.pos }, options/* SOURCE_OPTIONS */.xK, scope, `sources.${use.key}`, use.def.block.pos);
        this.resolveDataSource(node, use);
        return node;
    }
    /** `source_ami = data.amazon-ami.x.id` becomes that data source's filter: resolved at build time. */
    resolveDataSource(node, use) {
        const index = node.entries.findIndex(e => e.key === 'source_ami');
        const entry = node.entries[index];
        if (!entry ||
            entry.value.kind !== 'scalar' ||
            typeof entry.value.value !== 'string' ||
            !entry.value.value.startsWith(DATA_SENTINEL))
            return;
        const name = entry.value.value.slice(DATA_SENTINEL.length);
        const block = this.data.get(name);
        if (node.entries.some(e => e.key === 'source_ami_filter')) {
            throw new HclError(`Conflicting source AMI: source.amazon-ebs.${use.def.name} sets both source_ami (from data.amazon-ami.${name}) and source_ami_filter; keep one.`, entry.keyLoc);
        }
        const filterOptions = options/* SOURCE_OPTIONS */.xK.find(o => o.name === 'source_ami_filter').type.options;
        const dataOptions = [
            ...filterOptions,
            { name: 'region', type: { kind: 'string' }, doc: '' }
        ];
        const dataNode = this.bodies.body(block.body, dataOptions, this.scope('locals'), `data.amazon-ami.${name}`, block.pos);
        const region = dataNode.entries.find(e => e.key === 'region');
        const sourceRegion = node.entries.find(e => e.key === 'region');
        if (region &&
            region.value.kind === 'scalar' &&
            sourceRegion?.value.kind === 'scalar' &&
            region.value.value !== sourceRegion.value.value) {
            throw new HclError(`Unsupported region: data.amazon-ami.${name} looks in ${String(region.value.value)} but source.amazon-ebs.${use.def.name} builds in ${String(sourceRegion.value.value)}; an AMI can only be launched in its own region.`, region.keyLoc);
        }
        dataNode.entries = dataNode.entries.filter(e => e.key !== 'region');
        node.entries[index] = { key: 'source_ami_filter', keyLoc: entry.keyLoc, value: dataNode };
    }
    /** A provisioner or post-processor, evaluated for each source it runs for; identical results are
     * one entry (the usual case), differing ones (`source.name` used) one entry per source. */
    perSource(block, buildUses, allUses, path) {
        const what = path.startsWith('provisioners') ? 'provisioner' : 'post-processor';
        return (this.attempt(() => {
            if (block.labels.length !== 1)
                throw new HclError(`Invalid ${what} block: write ${what} "TYPE" { … }.`, block.pos);
            const type = block.labels[0];
            const packerScope = this.scope('packer');
            const selection = (name) => {
                const attr = block.body.items.find(i => i.kind === 'attribute' && i.name === name);
                if (!attr || attr.kind !== 'attribute')
                    return undefined;
                const list = evaluate(attr.expr, packerScope);
                if (!Array.isArray(list))
                    throw new HclError(`Invalid ${name}: a list of source names like ["amazon-ebs.NAME"] is required.`, attr.expr.pos);
                return list.map((v) => {
                    const text = toText(v, attr.expr.pos);
                    const found = buildUses.find(u => [u.packerName, `source.${u.packerName}`, `${u.buildName}.${u.packerName}`].includes(text));
                    if (!found) {
                        const hint = (0,suggest/* suggest */.Z)(text, buildUses.map(u => u.packerName));
                        throw new HclError(`Unknown source "${text}" in ${name}: this build's sources are ${buildUses.map(u => `"${u.packerName}"`).join(', ') || 'none'}${hint ? `; did you mean "${hint}"?` : '.'}`, attr.expr.pos, `${path}.${name}`);
                    }
                    return found;
                });
            };
            const only = selection('only');
            const except = selection('except') ?? [];
            const targets = (only ?? buildUses).filter(u => !except.includes(u));
            const options = this.pluginOptions(type.value, what);
            const groups = [];
            for (const use of targets) {
                const node = this.bodies.body({
                    items: block.body.items.filter(i => !(i.kind === 'attribute' &&
                        ['only', 'except', 'name', 'keep_input_artifact'].includes(i.name))),
                    pos: block.pos
                }, options, this.scope('build', use), path, block.pos);
                node.entries.unshift({
                    key: 'type',
                    keyLoc: loc(type.pos),
                    value: { kind: 'scalar', value: type.value, loc: loc(type.pos), evaluated: true }
                });
                const text = JSON.stringify(node, (k, v) => k === 'loc' || k === 'keyLoc' ? undefined : v);
                const same = groups.find(g => g.text === text);
                if (same)
                    same.uses.push(use);
                else
                    groups.push({ node, uses: [use], text });
            }
            return groups.map(({ node, uses }) => {
                if (uses.length < allUses.length) {
                    const l = loc(block.pos);
                    node.entries.push({
                        key: 'only',
                        keyLoc: l,
                        value: {
                            kind: 'list',
                            items: uses.map(u => ({ kind: 'scalar', value: u.key, loc: l, evaluated: true })),
                            loc: l
                        }
                    });
                }
                return node;
            });
        }, path) ?? []);
    }
    pluginOptions(type, what) {
        if (what === 'post-processor')
            return type === 'manifest' ? options/* MANIFEST_OPTIONS */.FI : undefined;
        if (type === 'shell')
            return [...options/* PROVISIONER_COMMON_OPTIONS */.kJ, ...options/* SHELL_OPTIONS */.iw];
        if (type === 'file')
            return [...options/* PROVISIONER_COMMON_OPTIONS */.kJ, ...options/* FILE_OPTIONS */.IY];
        return undefined;
    }
}
function placeName(place) {
    switch (place) {
        case 'packer':
            return 'here (only literal values and functions are allowed)';
        case 'locals':
            return 'in locals (source. and build. exist only inside a build block)';
        case 'source':
            return "in a source block (source. and build. exist only inside a build block's provisioners and post-processors)";
        default:
            return 'here';
    }
}
/** `*.auto.pkrvars.hcl` (and `.json`) beside the template are read first, in name order, as Packer does. */
function listAutoVarFiles(directory) {
    try {
        return (0,external_node_fs_.readdirSync)(directory)
            .filter(f => f.endsWith('.auto.pkrvars.hcl') || f.endsWith('.auto.pkrvars.json'))
            .sort()
            .map(f => (0,external_node_path_.join)(directory, f));
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __webpack_require__(3342);
// EXTERNAL MODULE: ./src/template/validate.ts + 2 modules
var validate = __webpack_require__(9314);
;// CONCATENATED MODULE: ./src/template/hcl/index.ts
/**
 * Packer HCL2 templates: a `.pkr.hcl` file, or a directory of them as `packer build .` reads.
 * Parsed by our own parser (README.md says why), evaluated, turned into the native tree and handed
 * to the one validator, so an HCL2 template becomes the same model as its YAML twin. Loaded with a
 * dynamic import, only for HCL2 templates.
 */







async function loadHcl2(path, options) {
    const templatePath = (0,external_node_path_.resolve)(options.workingDirectory, path);
    const listed = listFiles(templatePath);
    if ('error' in listed)
        return { ok: false, errors: [listed.error], warnings: [] };
    const files = [];
    const errors = [];
    for (const file of listed.files) {
        const size = (0,external_node_fs_.statSync)(file).size;
        if (size > load.MAX_TEMPLATE_BYTES) {
            errors.push(fileError(file, `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; templates are limited to ${load.MAX_TEMPLATE_BYTES / 1024 / 1024} MiB`));
            continue;
        }
        try {
            files.push({ path: file, body: parseHcl((0,external_node_fs_.readFileSync)(file, 'utf8'), file) });
        }
        catch (error) {
            errors.push(toDiagnostic(error, file));
        }
    }
    // A syntax error leaves the file's meaning unknown: checking the rest would only add noise.
    if (errors.length > 0)
        return { ok: false, errors, warnings: [] };
    const decoded = decodePacker(files, options, templatePath, listed.directory);
    if (decoded.errors.length > 0) {
        return { ok: false, errors: decoded.errors, warnings: decoded.warnings };
    }
    return (0,validate/* validateTree */.P)(decoded.tree, {
        path: templatePath,
        format: 'hcl2',
        options: {
            ...options,
            only: options.only.map(sourceName),
            except: options.except.map(sourceName)
        },
        resolved: { variables: decoded.variables, sensitiveValues: decoded.sensitiveValues },
        diagnostics: decoded.warnings
    });
}
/** Packer users write `-only=amazon-ebs.web` (or `source.amazon-ebs.web`); our sources are `web`. */
function sourceName(name) {
    return name.replace(/^(source\.)?amazon-ebs\./, '');
}
function listFiles(path) {
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch (error) {
        const code = error.code;
        return {
            error: fileError(path, code === 'ENOENT'
                ? `template not found: ${path}`
                : `cannot read the template: ${String(code ?? error)}`)
        };
    }
    if (!isDirectory)
        return { files: [path], directory: false };
    const files = (0,external_node_fs_.readdirSync)(path)
        .filter(f => f.endsWith('.pkr.hcl'))
        .sort()
        .map(f => (0,external_node_path_.join)(path, f));
    if (files.length === 0) {
        return {
            error: fileError(path, `no .pkr.hcl files in the directory ${(0,external_node_path_.basename)(path)}: a directory template is the .pkr.hcl files in it, as packer build . reads`)
        };
    }
    return { files, directory: true };
}
function fileError(file, message) {
    return { severity: 'error', file, line: 1, column: 1, path: '', message };
}
function toDiagnostic(error, file) {
    if (!(error instanceof HclError))
        throw error;
    return {
        severity: 'error',
        file: error.pos.file || file,
        line: error.pos.line,
        column: error.pos.column,
        path: error.path,
        message: error.message
    };
}


/***/ })

};
