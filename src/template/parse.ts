/**
 * Text → located tree (tree.ts), for YAML and JSON (JSON is YAML 1.2, so one parser keeps line and
 * column for both). Hostile input ends in a diagnostic, never a hang or a crash: alias expansion,
 * nesting depth and node count are capped while walking, and the text is checked for binary
 * garbage first.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node as YamlNode } from 'yaml'
import type { Diagnostic, SourceLocation } from './model.js'
import type { MapNode, Node } from './tree.js'

/** Deeper than any real template; keeps a pathological file from exhausting the stack. */
export const MAX_DEPTH = 64
/** Node count after alias expansion: a billion-laughs bomb hits this long before memory does. */
export const MAX_NODES = 50_000
/** Indentation deeper than this is nesting no template needs (the parser recurses per level). */
const MAX_INDENT = 400

/**
 * How a number was written (`1.10` is the number 1.1): an option that wants a string, like a tag
 * value, gets the text the user typed.
 */
const numberText = new WeakMap<Node, string>()
export function writtenText(node: Node): string | undefined {
  return numberText.get(node)
}

export type ParseResult = { ok: true; root: MapNode } | { ok: false; errors: Diagnostic[] }

/** Bytes → text, refusing what is not UTF-8 text (a binary file given as a template). */
export function decodeText(
  bytes: Uint8Array,
  file: string
): { text: string } | { error: Diagnostic } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { error: fileError(file, 'the template is not UTF-8 text (is it a binary file?)') }
  }
  const nul = text.indexOf('\0')
  if (nul >= 0) {
    const before = text.slice(0, nul).split('\n')
    return {
      error: {
        ...fileError(file, 'the template contains a NUL byte: it is not a text file'),
        line: before.length,
        column: before[before.length - 1].length + 1
      }
    }
  }
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text }
}

export function parseText(text: string, file: string, format: 'yaml' | 'json'): ParseResult {
  if (text.trim() === '') return { ok: false, errors: [fileError(file, 'the template is empty')] }
  const tooDeep = deepestNesting(text)
  if (tooDeep !== undefined) {
    const before = text.slice(0, tooDeep).split('\n')
    return {
      ok: false,
      errors: [
        {
          ...fileError(file, `the template nests deeper than ${MAX_DEPTH} levels`),
          line: before.length,
          column: before[before.length - 1].length + 1
        }
      ]
    }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    // Plain YAML 1.2: no `yes`/`no` booleans, no merge keys or custom tags.
    version: '1.2',
    schema: 'core'
  })
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const syntaxWord = format === 'json' ? 'JSON' : 'YAML'
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(e => ({
        ...fileError(file, `${syntaxWord} syntax error: ${firstLine(e.message)}`),
        ...at(e.pos[0])
      }))
    }
  }
  if (doc.contents === null)
    return { ok: false, errors: [fileError(file, 'the template is empty')] }

  const errors: Diagnostic[] = []
  let nodes = 0
  let stopped = false
  const fail = (loc: SourceLocation, message: string): void => {
    errors.push({ severity: 'error', ...loc, path: '', message })
  }

  const anchors = new Map<string, YamlNode>()
  const walk = (node: YamlNode, depth: number, aliasLoc?: SourceLocation): Node | undefined => {
    if (stopped) return undefined
    if (++nodes > MAX_NODES) {
      stopped = true
      fail(
        aliasLoc ?? locOf(node),
        `the template expands to more than ${MAX_NODES} values (an alias bomb?)`
      )
      return undefined
    }
    const loc = aliasLoc ?? locOf(node)
    if (depth > MAX_DEPTH) {
      stopped = true
      fail(loc, `the template nests deeper than ${MAX_DEPTH} levels`)
      return undefined
    }
    if (node.anchor) anchors.set(node.anchor, node)
    if (isAlias(node)) {
      // Our own anchor table: the yaml library's resolve() searches the whole document per alias.
      const target = anchors.get(node.source)
      if (!target) {
        fail(loc, `unknown alias *${node.source}`)
        return undefined
      }
      // Values reached through an alias are reported at the alias, where the user sees them.
      return walk(target, depth + 1, loc)
    }
    if (isScalar(node)) {
      const v = node.value
      if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return { kind: 'scalar', value: v, loc }
      if (typeof v === 'number') {
        const scalar: Node = { kind: 'scalar', value: v, loc }
        if (node.source !== undefined) numberText.set(scalar, String(node.source))
        return scalar
      }
      if (typeof v === 'bigint') return { kind: 'scalar', value: Number(v), loc }
      return { kind: 'scalar', value: String(node.source ?? v), loc }
    }
    if (isSeq(node)) {
      const items: Node[] = []
      for (const item of node.items) {
        const child = walk(item as YamlNode, depth + 1, aliasLoc)
        if (child) items.push(child)
      }
      return { kind: 'list', items, loc }
    }
    if (isMap(node)) {
      const map: MapNode = { kind: 'map', entries: [], loc }
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null
        const keyLoc = key ? (aliasLoc ?? locOf(key)) : loc
        if (!key || !isScalar(key) || key.value === null || typeof key.value === 'object') {
          fail(keyLoc, 'a key must be a plain string')
          continue
        }
        const value: Node | undefined = pair.value
          ? walk(pair.value as YamlNode, depth + 1, aliasLoc)
          : { kind: 'scalar', value: null, loc: keyLoc }
        if (value) map.entries.push({ key: String(key.value), keyLoc, value })
      }
      return map
    }
    fail(loc, 'unsupported YAML value')
    return undefined
  }

  const locOf = (node: YamlNode): SourceLocation => at(node.range?.[0] ?? 0)

  const root = walk(doc.contents as YamlNode, 0)
  if (errors.length > 0) return { ok: false, errors }
  if (!root || root.kind !== 'map') {
    const what = root?.kind === 'list' ? 'a list' : 'a single value'
    return {
      ok: false,
      errors: [
        {
          ...fileError(
            file,
            `the template must be a map of sections (source, provisioners, …), not ${what}`
          ),
          ...(root ? root.loc : {})
        }
      ]
    }
  }
  return { ok: true, root }
}

/**
 * Where flow brackets or indentation first nest deeper than any template needs, if they do —
 * checked before parsing, since the parser recurses once per level.
 */
function deepestNesting(text: string): number | undefined {
  let depth = 0
  let quote: string | undefined
  let lineStart = true
  let indent = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') {
      lineStart = true
      indent = 0
      quote = undefined
      continue
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > MAX_INDENT) return i
        continue
      }
      lineStart = false
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1)
    }
  }
  return undefined
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}

export function fileError(file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: 1, column: 1, path: '', message }
}
