/**
 * A lexer and recursive-descent parser for HCL2 native syntax (the hclsyntax specification), with
 * a position on every node. The lexer is lazy and driven by the parser because HCL's lexical
 * grammar depends on context: inside `"…${…}…"` the text is template, inside the `${…}` it is
 * expression again, to any depth.
 */
import type {
  Attribute,
  BinaryOp,
  Block,
  Body,
  Expr,
  ForExpr,
  ObjectExpr,
  Pos,
  TemplateExpr,
  TemplatePart,
  TupleExpr
} from './ast.js'
import { HclError } from './ast.js'

type TokenKind = 'ident' | 'number' | 'punct' | 'oquote' | 'heredoc' | 'newline' | 'eof'

interface Token {
  kind: TokenKind
  text: string
  start: number
  end: number
  heredoc?: { contentStart: number; contentEnd: number; resume: number; flush: boolean }
}

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
]

const BINARY_LEVELS: BinaryOp[][] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<', '>', '<=', '>='],
  ['+', '-'],
  ['*', '/', '%']
]

const MAX_DEPTH = 128

const isIdentStart = (c: string): boolean => /[\p{L}_]/u.test(c)
const isIdentChar = (c: string): boolean => /[\p{L}\p{N}_-]/u.test(c)
const isDigit = (c: string): boolean => c >= '0' && c <= '9'

/** Parses one file's text into its body. Throws HclError at the first syntax error, as hclsyntax
 * reports only the first error of a broken construct anyway. */
export function parseHcl(text: string, file: string): Body {
  return new Parser(text, file).parseFile()
}

/** Parses a standalone expression (a `-var`/PKR_VAR_ value of a non-string variable). */
export function parseHclExpression(text: string, file: string): Expr {
  const parser = new Parser(text, file)
  return parser.parseStandaloneExpression()
}

/** Parses a whole text as a template, as templatefile() reads its file. */
export function parseHclTemplate(text: string, file: string): TemplateExpr {
  return new Parser(text, file).parseWholeTemplate()
}

class Parser {
  private offset = 0
  private peeked: Token | undefined
  private readonly lineStarts: number[] = [0]
  /** Newlines end attributes and object items, but not inside (), [] or ${}: a stack of modes. */
  private readonly newlineModes: boolean[] = [false]
  /** Nesting of expressions and blocks: bounded, so hostile input is an error, not a stack overflow. */
  private depth = 0

  constructor(
    private readonly src: string,
    private readonly file: string
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1)
  }

  pos(offset: number): Pos {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 }
  }

  private fail(message: string, offset: number): never {
    throw new HclError(message, this.pos(offset))
  }

  // ---- lexer ----

  private scan(): Token {
    const src = this.src
    for (;;) {
      const c = src[this.offset]
      if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
        this.offset++
      } else if (c === '#' || (c === '/' && src[this.offset + 1] === '/')) {
        while (this.offset < src.length && src[this.offset] !== '\n') this.offset++
      } else if (c === '/' && src[this.offset + 1] === '*') {
        const end = src.indexOf('*/', this.offset + 2)
        if (end < 0)
          this.fail('Unterminated comment: a /* comment needs a closing */.', this.offset)
        this.offset = end + 2
      } else break
    }
    const start = this.offset
    if (start >= src.length) return { kind: 'eof', text: '', start, end: start }
    const c = src[start]
    if (c === '\n') {
      this.offset++
      return { kind: 'newline', text: '\n', start, end: this.offset }
    }
    if (isIdentStart(c)) {
      let i = start + 1
      while (i < src.length && isIdentChar(src[i])) i++
      this.offset = i
      return { kind: 'ident', text: src.slice(start, i), start, end: i }
    }
    if (isDigit(c)) {
      const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(start, start + 64))!
      this.offset = start + m[0].length
      return { kind: 'number', text: m[0], start, end: this.offset }
    }
    if (c === '"') {
      this.offset++
      return { kind: 'oquote', text: '"', start, end: this.offset }
    }
    if (c === '<' && src[start + 1] === '<') {
      const m = /^<<(-?)([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\r?\n/u.exec(src.slice(start, start + 256))
      if (m) return this.scanHeredoc(start, m)
    }
    for (const p of PUNCTUATION) {
      if (src.startsWith(p, start)) {
        this.offset = start + p.length
        return { kind: 'punct', text: p, start, end: this.offset }
      }
    }
    this.fail(`Invalid character ${JSON.stringify(c)}: this character is not used in HCL.`, start)
  }

  private scanHeredoc(start: number, m: RegExpExecArray): Token {
    const marker = m[2]
    const contentStart = start + m[0].length
    let lineStart = contentStart
    while (lineStart <= this.src.length) {
      let lineEnd = this.src.indexOf('\n', lineStart)
      if (lineEnd < 0) lineEnd = this.src.length
      if (this.src.slice(lineStart, lineEnd).trim() === marker) {
        const resume = this.src.indexOf(marker, lineStart) + marker.length
        this.offset = resume
        return {
          kind: 'heredoc',
          text: m[0],
          start,
          end: resume,
          heredoc: { contentStart, contentEnd: lineStart, resume, flush: m[1] === '-' }
        }
      }
      if (lineEnd >= this.src.length) break
      lineStart = lineEnd + 1
    }
    this.fail(
      `Unterminated heredoc: no line with only ${marker} closes the heredoc begun here.`,
      start
    )
  }

  private peek(): Token {
    for (;;) {
      this.peeked ??= this.scan()
      if (this.peeked.kind === 'newline' && this.newlineModes[this.newlineModes.length - 1]) {
        this.peeked = undefined
        continue
      }
      return this.peeked
    }
  }

  private next(): Token {
    const t = this.peek()
    this.peeked = undefined
    return t
  }

  private isPunct(text: string): boolean {
    const t = this.peek()
    return t.kind === 'punct' && t.text === text
  }

  private expectPunct(text: string, what: string): Token {
    const t = this.peek()
    if (t.kind !== 'punct' || t.text !== text) this.fail(`${what}, found ${describe(t)}.`, t.start)
    return this.next()
  }

  private withNewlines<T>(ignored: boolean, fn: () => T): T {
    this.newlineModes.push(ignored)
    try {
      return fn()
    } finally {
      this.newlineModes.pop()
    }
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.next()
  }

  // ---- structure ----

  parseFile(): Body {
    const body = this.parseBody(0)
    const t = this.peek()
    if (t.kind !== 'eof')
      this.fail(
        `Invalid item: an argument (name = value) or a block is expected here, found ${describe(t)}.`,
        t.start
      )
    return body
  }

  private parseBody(start: number): Body {
    if (++this.depth > MAX_DEPTH) {
      this.fail(`Too deeply nested: more than ${MAX_DEPTH} levels of expressions or blocks.`, start)
    }
    try {
      return this.parseBodyItems(start)
    } finally {
      this.depth--
    }
  }

  private parseBodyItems(start: number): Body {
    const items: (Attribute | Block)[] = []
    const seen = new Map<string, Pos>()
    for (;;) {
      this.skipNewlines()
      const t = this.peek()
      if (t.kind === 'eof' || (t.kind === 'punct' && t.text === '}')) break
      if (t.kind !== 'ident') {
        this.fail(
          `Invalid item: an argument (name = value) or a block is expected here, found ${describe(t)}.`,
          t.start
        )
      }
      this.next()
      const namePos = this.pos(t.start)
      if (this.isPunct('=')) {
        this.next()
        const expr = this.parseExpression()
        const before = seen.get(t.text)
        if (before) {
          throw new HclError(
            `Attribute redefined: the argument "${t.text}" was already set at line ${before.line}. Each argument may be set only once.`,
            namePos
          )
        }
        seen.set(t.text, namePos)
        items.push({ kind: 'attribute', name: t.text, pos: namePos, expr })
        this.endOfItem('argument')
        continue
      }
      const labels: Block['labels'] = []
      for (;;) {
        const l = this.peek()
        if (l.kind === 'oquote') {
          this.next()
          labels.push({ value: this.parseLabelString(l.start), pos: this.pos(l.start) })
        } else if (l.kind === 'ident') {
          this.next()
          labels.push({ value: l.text, pos: this.pos(l.start) })
        } else break
      }
      const open = this.peek()
      if (open.kind !== 'punct' || open.text !== '{') {
        this.fail(
          labels.length === 0
            ? `Invalid argument or block: expected "=" after "${t.text}" to set an argument, or "{" to open a block, found ${describe(open)}.`
            : `Invalid block definition: expected a quoted label or "{" to open the "${t.text}" block, found ${describe(open)}; to set an argument write ${t.text} = value.`,
          open.start
        )
      }
      this.next()
      const body = this.withNewlines(false, () => this.parseBody(open.start))
      const close = this.peek()
      if (close.kind !== 'punct' || close.text !== '}') {
        this.fail(
          `Unclosed block: the "${t.text}" block opened at line ${this.pos(open.start).line} has no closing "}".`,
          open.start
        )
      }
      this.next()
      items.push({ kind: 'block', type: t.text, labels, body, pos: namePos })
      this.endOfItem('block')
    }
    return { items, pos: this.pos(start) }
  }

  private endOfItem(what: string): void {
    const t = this.peek()
    if (t.kind === 'newline') this.next()
    else if (t.kind !== 'eof' && !(t.kind === 'punct' && t.text === '}')) {
      this.fail(`Missing newline after ${what}: ${describe(t)} must start on a new line.`, t.start)
    }
  }

  private parseLabelString(start: number): string {
    const tpl = this.parseTemplateParts('quote', start)
    if (tpl.parts.some(p => p.kind !== 'text')) {
      this.fail(
        'Invalid block label: a label is a literal string; interpolation is not allowed here.',
        start
      )
    }
    return tpl.parts.map(p => (p.kind === 'text' ? p.value : '')).join('')
  }

  parseWholeTemplate(): TemplateExpr {
    return this.parseTemplateParts('heredoc', 0)
  }

  parseStandaloneExpression(): Expr {
    const expr = this.withNewlines(true, () => this.parseExpression())
    const t = this.withNewlines(true, () => this.peek())
    if (t.kind !== 'eof')
      this.fail(`Invalid value: extra text after the expression, found ${describe(t)}.`, t.start)
    return expr
  }

  // ---- expressions ----

  parseExpression(): Expr {
    if (++this.depth > MAX_DEPTH) {
      this.fail(
        `Too deeply nested: more than ${MAX_DEPTH} levels of expressions or blocks.`,
        this.offset
      )
    }
    try {
      return this.parseConditional()
    } finally {
      this.depth--
    }
  }

  private parseConditional(): Expr {
    const cond = this.parseBinary(0)
    if (!this.isPunct('?')) return cond
    this.next()
    const then = this.parseExpression()
    this.expectPunct(
      ':',
      'Missing ":" in the conditional expression: expected "condition ? true-value : false-value"'
    )
    const otherwise = this.parseExpression()
    return { kind: 'conditional', cond, then, else: otherwise, pos: cond.pos }
  }

  private parseBinary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.parseUnary()
    let left = this.parseBinary(level + 1)
    for (;;) {
      const t = this.peek()
      if (t.kind !== 'punct' || !(BINARY_LEVELS[level] as string[]).includes(t.text)) return left
      this.next()
      const right = this.parseBinary(level + 1)
      left = { kind: 'binary', op: t.text as BinaryOp, left, right, pos: left.pos }
    }
  }

  private parseUnary(): Expr {
    const t = this.peek()
    if (t.kind === 'punct' && (t.text === '!' || t.text === '-')) {
      this.next()
      const operand = this.parseUnary()
      return { kind: 'unary', op: t.text, operand, pos: this.pos(t.start) }
    }
    return this.parsePostfix(this.parsePrimary())
  }

  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      const t = this.peek()
      if (t.kind !== 'punct') return expr
      if (t.text === '.') {
        this.next()
        const n = this.next()
        if (n.kind === 'ident')
          expr = {
            kind: 'getattr',
            object: expr,
            name: n.text,
            namePos: this.pos(n.start),
            pos: expr.pos
          }
        else if (n.kind === 'number' && /^\d+$/.test(n.text)) {
          // Legacy index syntax `list.0`.
          expr = {
            kind: 'index',
            object: expr,
            key: { kind: 'literal', value: Number(n.text), pos: this.pos(n.start) },
            pos: expr.pos
          }
        } else if (n.kind === 'punct' && n.text === '*') {
          expr = {
            kind: 'splat',
            source: expr,
            each: this.parseSplatTraversal(false),
            pos: expr.pos
          }
        } else
          this.fail(
            `Invalid attribute name: expected a name after ".", found ${describe(n)}.`,
            n.start
          )
      } else if (t.text === '[') {
        this.next()
        if (this.isPunct('*')) {
          this.next()
          this.expectPunct(']', 'Missing "]" after "[*"')
          expr = {
            kind: 'splat',
            source: expr,
            each: this.parseSplatTraversal(true),
            pos: expr.pos
          }
          continue
        }
        const key = this.withNewlines(true, () => {
          const k = this.parseExpression()
          this.expectPunct(']', 'Missing "]" to close the index')
          return k
        })
        expr = { kind: 'index', object: expr, key, pos: expr.pos }
      } else return expr
    }
  }

  /** The traversal after a splat operator applies to each element; `.*` allows only attributes. */
  private parseSplatTraversal(full: boolean): Expr {
    let each: Expr = { kind: 'splat-item', pos: this.pos(this.offset) }
    for (;;) {
      const t = this.peek()
      if (t.kind === 'punct' && t.text === '.') {
        this.next()
        const n = this.next()
        if (n.kind !== 'ident')
          this.fail(
            `Invalid attribute name: expected a name after ".", found ${describe(n)}.`,
            n.start
          )
        each = {
          kind: 'getattr',
          object: each,
          name: n.text,
          namePos: this.pos(n.start),
          pos: each.pos
        }
      } else if (full && t.kind === 'punct' && t.text === '[') {
        this.next()
        const key = this.withNewlines(true, () => {
          const k = this.parseExpression()
          this.expectPunct(']', 'Missing "]" to close the index')
          return k
        })
        each = { kind: 'index', object: each, key, pos: each.pos }
      } else return each
    }
  }

  private parsePrimary(): Expr {
    const t = this.next()
    const pos = this.pos(t.start)
    switch (t.kind) {
      case 'number':
        return { kind: 'literal', value: Number(t.text), pos }
      case 'oquote':
        return this.parseTemplateParts('quote', t.start)
      case 'heredoc': {
        const h = t.heredoc!
        this.offset = h.contentStart
        const tpl = this.parseTemplateParts('heredoc', t.start, h.contentEnd)
        this.offset = h.resume
        if (h.flush) flushHeredoc(tpl, this.src.slice(h.contentStart, h.contentEnd))
        return tpl
      }
      case 'ident': {
        if (t.text === 'true' || t.text === 'false')
          return { kind: 'literal', value: t.text === 'true', pos }
        if (t.text === 'null') return { kind: 'literal', value: null, pos }
        if (this.isPunct('(')) return this.parseCall(t.text, pos)
        return { kind: 'variable', name: t.text, pos }
      }
      case 'punct':
        if (t.text === '(') {
          const expr = this.withNewlines(true, () => {
            const e = this.parseExpression()
            this.expectPunct(')', 'Missing ")" to close the parenthesis')
            return e
          })
          return { kind: 'paren', expr, pos }
        }
        if (t.text === '[') return this.withNewlines(true, () => this.parseTuple(pos))
        if (t.text === '{') return this.parseObject(pos)
        break
    }
    if (t.kind === 'newline' || t.kind === 'eof')
      this.fail('Missing expression: an expression is expected here.', t.start)
    this.fail(`Invalid expression: ${describe(t)} cannot start an expression.`, t.start)
  }

  private parseCall(name: string, pos: Pos): Expr {
    this.next()
    return this.withNewlines(true, () => {
      const args: Expr[] = []
      let expandFinal = false
      while (!this.isPunct(')')) {
        args.push(this.parseExpression())
        if (this.isPunct('...')) {
          this.next()
          expandFinal = true
          break
        }
        if (!this.isPunct(',')) break
        this.next()
      }
      this.expectPunct(')', `Missing ")" to close the call to ${name}()`)
      return { kind: 'call', name, args, expandFinal, pos }
    })
  }

  private startsFor(): boolean {
    const t = this.peek()
    if (t.kind !== 'ident' || t.text !== 'for') return false
    return /^[ \t]+[\p{L}_]/u.test(this.src.slice(t.end, t.end + 3))
  }

  private parseTuple(pos: Pos): TupleExpr | ForExpr {
    if (this.startsFor()) return this.parseFor(pos, false)
    const items: Expr[] = []
    while (!this.isPunct(']')) {
      items.push(this.parseExpression())
      if (!this.isPunct(',')) break
      this.next()
    }
    this.expectPunct(']', 'Missing "," or "]" in the list: items are separated by commas')
    return { kind: 'tuple', items, pos }
  }

  private parseObject(pos: Pos): ObjectExpr | ForExpr {
    return this.withNewlines(false, () => {
      this.skipNewlines()
      if (this.startsFor()) return this.withNewlines(true, () => this.parseFor(pos, true))
      const items: ObjectExpr['items'] = []
      for (;;) {
        this.skipNewlines()
        if (this.isPunct('}')) break
        const keyToken = this.peek()
        let key = this.withNewlines(true, () => this.parseBinary(0))
        // A bare name as an object key is the literal string, as in HCL.
        if (key.kind === 'variable') key = { kind: 'literal', value: key.name, pos: key.pos }
        const sep = this.peek()
        if (sep.kind !== 'punct' || (sep.text !== '=' && sep.text !== ':')) {
          this.fail(
            `Missing "=" after the key in the object: expected "key = value", found ${describe(sep)}.`,
            sep.start
          )
        }
        this.next()
        const value = this.parseExpression()
        items.push({ key, value, pos: this.pos(keyToken.start) })
        const t = this.peek()
        if (t.kind === 'punct' && t.text === ',') this.next()
        else if (t.kind === 'newline') this.next()
        else if (!(t.kind === 'punct' && t.text === '}')) {
          this.fail(
            `Missing "," or newline between the items of the object, found ${describe(t)}.`,
            t.start
          )
        }
      }
      this.expectPunct('}', 'Missing "}" to close the object')
      return { kind: 'object', items, pos }
    })
  }

  private parseFor(pos: Pos, object: boolean): ForExpr {
    this.next()
    const first = this.next()
    if (first.kind !== 'ident')
      this.fail('Invalid "for" expression: expected a variable name after "for".', first.start)
    let keyVar: string | undefined
    let valueVar = first.text
    if (this.isPunct(',')) {
      this.next()
      const second = this.next()
      if (second.kind !== 'ident')
        this.fail(
          'Invalid "for" expression: expected a second variable name after ",".',
          second.start
        )
      keyVar = first.text
      valueVar = second.text
    }
    const inToken = this.next()
    if (inToken.kind !== 'ident' || inToken.text !== 'in') {
      this.fail(
        `Invalid "for" expression: expected "in" after the variable names, found ${describe(inToken)}.`,
        inToken.start
      )
    }
    const coll = this.parseExpression()
    this.expectPunct(':', 'Invalid "for" expression: expected ":" after the collection')
    let keyExpr: Expr | undefined
    let valueExpr = this.parseExpression()
    let grouping = false
    if (object) {
      this.expectPunct('=>', 'Invalid "for" expression: the object form needs "key => value"')
      keyExpr = valueExpr
      valueExpr = this.parseExpression()
      if (this.isPunct('...')) {
        this.next()
        grouping = true
      }
    }
    let cond: Expr | undefined
    const t = this.peek()
    if (t.kind === 'ident' && t.text === 'if') {
      this.next()
      cond = this.parseExpression()
    }
    this.expectPunct(
      object ? '}' : ']',
      `Invalid "for" expression: missing "${object ? '}' : ']'}" at its end`
    )
    return { kind: 'for', keyVar, valueVar, coll, keyExpr, valueExpr, cond, grouping, pos }
  }

  // ---- templates ----

  /** Reads template text from the current offset: up to the closing quote (`quote`) or to `limit`
   * (a heredoc's body). The offset ends after the closing quote. */
  private parseTemplateParts(
    mode: 'quote' | 'heredoc',
    start: number,
    limit = this.src.length
  ): TemplateExpr {
    if (this.peeked) throw new Error('template scanning with a token buffered')
    const flat: Flat[] = []
    const src = this.src
    let text = ''
    let textStart = this.offset
    const flushText = (): void => {
      if (text) flat.push({ kind: 'text', value: text, pos: this.pos(textStart) })
      text = ''
    }
    for (;;) {
      const i = this.offset
      if (i >= limit) {
        if (mode === 'quote')
          this.fail('Unterminated string: a quoted string needs a closing ".', start)
        break
      }
      const c = src[i]
      if (mode === 'quote' && c === '"') {
        this.offset++
        break
      }
      if (mode === 'quote' && c === '\n') {
        this.fail(
          'Unterminated string: a quoted string cannot span lines; use a heredoc (<<EOF) for text on several lines.',
          start
        )
      }
      if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
        text += c + '{'
        this.offset += 3
        continue
      }
      if ((c === '$' || c === '%') && src[i + 1] === '{') {
        flushText()
        const pos = this.pos(i)
        this.offset += 2
        let stripBefore = false
        if (src[this.offset] === '~') {
          stripBefore = true
          this.offset++
        }
        const item = this.withNewlines(true, () => {
          if (c === '$') {
            const expr = this.parseExpression()
            return {
              kind: 'interp' as const,
              expr,
              pos,
              stripBefore,
              stripAfter: this.closeSequence(i)
            }
          }
          return this.parseDirective(pos, stripBefore, i)
        })
        flat.push(item)
        textStart = this.offset
        continue
      }
      if (mode === 'quote' && c === '\\') {
        text += this.readEscape(i)
        continue
      }
      text += c
      this.offset++
    }
    flushText()
    applyStripMarkers(flat)
    const pos = this.pos(start)
    let index = 0
    const build = (until: string[]): { parts: TemplatePart[]; end?: Directive } => {
      const parts: TemplatePart[] = []
      while (index < flat.length) {
        const item = flat[index++]
        if (item.kind === 'text') parts.push({ kind: 'text', value: item.value, pos: item.pos })
        else if (item.kind === 'interp')
          parts.push({ kind: 'interp', expr: item.expr, pos: item.pos })
        else if (until.includes(item.word)) return { parts, end: item }
        else if (item.word === 'if') {
          const thenPart = build(['else', 'endif'])
          let elsePart: TemplatePart[] = []
          if (thenPart.end?.word === 'else') {
            const e = build(['endif'])
            if (!e.end)
              throw new HclError('Unclosed %{if}: expected a matching %{endif}.', item.pos)
            elsePart = e.parts
          } else if (!thenPart.end)
            throw new HclError('Unclosed %{if}: expected a matching %{endif}.', item.pos)
          parts.push({
            kind: 'if',
            cond: item.cond!,
            then: thenPart.parts,
            else: elsePart,
            pos: item.pos
          })
        } else if (item.word === 'for') {
          const body = build(['endfor'])
          if (!body.end)
            throw new HclError('Unclosed %{for}: expected a matching %{endfor}.', item.pos)
          parts.push({
            kind: 'for',
            keyVar: item.keyVar,
            valueVar: item.valueVar!,
            coll: item.coll!,
            body: body.parts,
            pos: item.pos
          })
        } else {
          throw new HclError(
            `Unexpected %{${item.word}}: there is no open %{${item.word === 'endfor' ? 'for' : 'if'}} for it.`,
            item.pos
          )
        }
      }
      return { parts }
    }
    const { parts } = build([])
    return { kind: 'template', parts, pos }
  }

  private closeSequence(open: number): boolean {
    let stripAfter = false
    if (this.isPunct('~')) {
      this.next()
      stripAfter = true
    }
    const t = this.peek()
    if (t.kind !== 'punct' || t.text !== '}') {
      this.fail(
        `Missing "}" to close the template sequence opened at column ${this.pos(open).column}, found ${describe(t)}.`,
        t.start
      )
    }
    this.next()
    return stripAfter
  }

  private parseDirective(pos: Pos, stripBefore: boolean, open: number): Directive {
    const word = this.next()
    if (word.kind !== 'ident' || !['if', 'else', 'endif', 'for', 'endfor'].includes(word.text)) {
      this.fail(
        `Invalid template directive: expected if, else, endif, for or endfor after "%{", found ${describe(word)}.`,
        word.start
      )
    }
    const item: Directive = {
      kind: 'directive',
      word: word.text,
      pos,
      stripBefore,
      stripAfter: false
    }
    if (word.text === 'if') item.cond = this.parseExpression()
    if (word.text === 'for') {
      const first = this.next()
      if (first.kind !== 'ident')
        this.fail('Invalid %{for}: expected a variable name after "for".', first.start)
      item.valueVar = first.text
      if (this.isPunct(',')) {
        this.next()
        const second = this.next()
        if (second.kind !== 'ident')
          this.fail('Invalid %{for}: expected a second variable name after ",".', second.start)
        item.keyVar = first.text
        item.valueVar = second.text
      }
      const inToken = this.next()
      if (inToken.kind !== 'ident' || inToken.text !== 'in')
        this.fail('Invalid %{for}: expected "in" after the variable names.', inToken.start)
      item.coll = this.parseExpression()
    }
    item.stripAfter = this.closeSequence(open)
    return item
  }

  private readEscape(i: number): string {
    const src = this.src
    const e = src[i + 1]
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }
    if (e in simple) {
      this.offset += 2
      return simple[e]
    }
    if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8
      const hex = src.slice(i + 2, i + 2 + len)
      if (hex.length === len && /^[0-9a-fA-F]+$/.test(hex)) {
        this.offset += 2 + len
        return String.fromCodePoint(parseInt(hex, 16))
      }
    }
    this.fail(
      `Invalid escape sequence "\\${e ?? ''}": use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN.`,
      i
    )
  }
}

/** A template before `%{if}`/`%{for}` are matched with their ends: a flat list of pieces. */
type Flat =
  | { kind: 'text'; value: string; pos: Pos }
  | { kind: 'interp'; expr: Expr; pos: Pos; stripBefore: boolean; stripAfter: boolean }
  | Directive

interface Directive {
  kind: 'directive'
  word: string
  pos: Pos
  stripBefore: boolean
  stripAfter: boolean
  cond?: Expr
  keyVar?: string
  valueVar?: string
  coll?: Expr
}

/** `${~` and `~}` remove the whitespace (including newlines) next to them. */
function applyStripMarkers(flat: Flat[]): void {
  for (let i = 0; i < flat.length; i++) {
    const item = flat[i]
    if (item.kind === 'text') continue
    const prev = flat[i - 1]
    const next = flat[i + 1]
    if (item.stripBefore && prev?.kind === 'text') prev.value = prev.value.trimEnd()
    if (item.stripAfter && next?.kind === 'text') next.value = next.value.trimStart()
  }
  for (let i = flat.length - 1; i >= 0; i--) {
    const item = flat[i]
    if (item.kind === 'text' && item.value === '') flat.splice(i, 1)
  }
}

/** `<<-` heredocs lose the indentation common to all their non-blank lines. */
function flushHeredoc(tpl: TemplateExpr, raw: string): void {
  const lines = raw.split('\n').filter(l => l.trim() !== '')
  const indent = Math.min(...lines.map(l => /^[ \t]*/.exec(l)![0].length))
  if (!Number.isFinite(indent) || indent === 0) return
  let atLineStart = true
  const strip = (parts: TemplatePart[]): void => {
    for (const part of parts) {
      if (part.kind === 'text') {
        let out = ''
        let skip = atLineStart ? indent : 0
        for (const ch of part.value) {
          if (skip > 0 && (ch === ' ' || ch === '\t')) {
            skip--
            continue
          }
          skip = 0
          out += ch
          if (ch === '\n') skip = indent
        }
        part.value = out
        atLineStart = part.value.endsWith('\n') || (part.value === '' && atLineStart)
      } else {
        atLineStart = false
        if (part.kind === 'if') {
          strip(part.then)
          strip(part.else)
        } else if (part.kind === 'for') strip(part.body)
      }
    }
  }
  strip(tpl.parts)
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'the end of the file'
    case 'newline':
      return 'a newline'
    case 'oquote':
      return 'a quoted string'
    case 'heredoc':
      return 'a heredoc'
    default:
      return `"${t.text}"`
  }
}
