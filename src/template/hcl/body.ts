/**
 * One HCL block body → a located map node of the native tree. Which options are blocks and which
 * are arguments comes from the option table: an object option is a block, a list of objects a
 * repeatable block, anything else an argument. Values are converted to the option's type as HCL
 * converts them, so the validator sees what Packer's decoder would.
 */
import type { Block, Body, Expr, Pos } from './ast.js'
import { HclError } from './ast.js'
import type { Scope } from './evaluate.js'
import { evaluate } from './evaluate.js'
import type { Value } from './values.js'
import { isObject } from './values.js'
import { interpolate } from '../expressions.js'
import type { LoadOptions } from '../model.js'
import type { OptionDef, ValueType } from '../options.js'
import type { ListNode, MapEntry, MapNode, Node } from '../tree.js'

/** Blocks Packer accepts for a map option, one key/value pair each (`tag { key = … value = … }`). */
const KEY_VALUE_BLOCKS: Record<string, string> = {
  tag: 'tags',
  run_tag: 'run_tags',
  run_volume_tag: 'run_volume_tags',
  snapshot_tag: 'snapshot_tags'
}

/** What `data.amazon-ami.NAME.id` evaluates to until packer.ts turns it into a filter. */
export const DATA_SENTINEL = '\u0000data.amazon-ami.'

export interface BodyContext {
  /** Runs fn; a user's mistake it throws is reported (at `path`) and gives undefined. */
  attempt<T>(fn: () => T, path?: string): T | undefined
  options: LoadOptions
  templateDirectory: string
  templatePath: string
  /** Names of the data "amazon-ami" blocks. */
  dataNames: { has(name: string): boolean }
}

export class BodyDecoder {
  constructor(private readonly ctx: BodyContext) {}

  /** One block body → a map node, checking which options are blocks and which are arguments. */
  body(
    body: Body,
    options: OptionDef[] | undefined,
    outerScope: Scope,
    path: string,
    pos: Pos
  ): MapNode {
    const entries: MapEntry[] = []
    const lists = new Map<string, ListNode>()
    const keyValues = new Map<string, MapNode>()
    const singles = new Map<string, Pos>()
    const option = (name: string): OptionDef | undefined => options?.find(o => o.name === name)
    for (const { item, scope } of this.expandDynamic(body, outerScope, path)) {
      const itemPath = `${path}.${item.kind === 'attribute' ? item.name : item.type}`
      this.ctx.attempt(() => {
        const def = option(item.kind === 'attribute' ? item.name : item.type)
        if (item.kind === 'attribute') {
          if (def && isBlockType(def.type)) {
            throw new HclError(
              `Unsupported argument: an argument named "${item.name}" is not expected here; ${item.name} is a block: write ${item.name} { … } without "=".`,
              item.pos,
              `${path}.${item.name}`
            )
          }
          const value = evaluate(item.expr, scope)
          entries.push({
            key: item.name,
            keyLoc: loc(item.pos),
            value: this.node(value, item.expr, def?.type, `${path}.${item.name}`)
          })
          return
        }
        const kvTarget = KEY_VALUE_BLOCKS[item.type]
        if (kvTarget && option(kvTarget)) {
          const kv = this.body(
            item.body,
            [
              { name: 'key', type: { kind: 'string' }, doc: '', required: true },
              { name: 'value', type: { kind: 'string' }, doc: '', required: true }
            ],
            scope,
            `${path}.${item.type}`,
            item.pos
          )
          const key = kv.entries.find(e => e.key === 'key')?.value
          const value = kv.entries.find(e => e.key === 'value')?.value
          if (key?.kind !== 'scalar' || value?.kind !== 'scalar')
            throw new HclError(
              `Missing argument: a ${item.type} block needs key = "…" and value = "…".`,
              item.pos
            )
          let map = keyValues.get(kvTarget)
          if (!map) {
            map = { kind: 'map', entries: [], loc: loc(item.pos) }
            keyValues.set(kvTarget, map)
            entries.push({ key: kvTarget, keyLoc: loc(item.pos), value: map })
          }
          map.entries.push({ key: String(key.value), keyLoc: key.loc, value })
          return
        }
        if (item.labels.length > 0)
          throw new HclError(
            `Unexpected label on the "${item.type}" block: it takes none.`,
            item.labels[0].pos
          )
        if (def && !isBlockType(def.type)) {
          throw new HclError(
            `Unsupported block type: blocks of type "${item.type}" are not expected here; ${item.type} is an argument: write ${item.type} = ….`,
            item.pos,
            `${path}.${item.type}`
          )
        }
        if (def?.type.kind === 'list') {
          const itemType = def.type.items
          const inner = this.body(
            item.body,
            itemType.kind === 'object' ? itemType.options : undefined,
            scope,
            `${path}.${item.type}`,
            item.pos
          )
          let list = lists.get(item.type)
          if (!list) {
            list = { kind: 'list', items: [], loc: loc(item.pos) }
            lists.set(item.type, list)
            entries.push({ key: item.type, keyLoc: loc(item.pos), value: list })
          }
          list.items.push(inner)
          return
        }
        const before = singles.get(item.type)
        if (before)
          throw new HclError(
            `Duplicate ${item.type} block: only one is allowed, and one was already given at ${where(before)}.`,
            item.pos,
            `${path}.${item.type}`
          )
        singles.set(item.type, item.pos)
        const inner = this.body(
          item.body,
          def?.type.kind === 'object' ? def.type.options : undefined,
          scope,
          `${path}.${item.type}`,
          item.pos
        )
        entries.push({ key: item.type, keyLoc: loc(item.pos), value: inner })
      }, itemPath)
    }
    return { kind: 'map', entries, loc: loc(pos) }
  }

  /** `dynamic "X" { for_each = …, content { … } }` becomes one X block per element, each body
   * seeing the element as X.key and X.value (or the `iterator` name), as in Packer. */
  private expandDynamic(
    body: Body,
    scope: Scope,
    path: string
  ): { item: Body['items'][number]; scope: Scope }[] {
    const out: { item: Body['items'][number]; scope: Scope }[] = []
    for (const item of body.items) {
      if (item.kind !== 'block' || item.type !== 'dynamic') {
        out.push({ item, scope })
        continue
      }
      this.ctx.attempt(() => {
        if (item.labels.length !== 1) {
          throw new HclError(
            'Invalid dynamic block: write dynamic "BLOCK_TYPE" { for_each = …, content { … } }.',
            item.pos
          )
        }
        const type = item.labels[0].value
        let forEach: Expr | undefined
        let iterator = type
        let content: Block | undefined
        for (const inner of item.body.items) {
          if (inner.kind === 'attribute' && inner.name === 'for_each') forEach = inner.expr
          else if (inner.kind === 'attribute' && inner.name === 'iterator') {
            if (inner.expr.kind !== 'variable')
              throw new HclError(
                'Invalid iterator: write iterator = NAME, a bare name.',
                inner.expr.pos
              )
            iterator = inner.expr.name
          } else if (inner.kind === 'block' && inner.type === 'content') content = inner
          else {
            const name = inner.kind === 'attribute' ? inner.name : inner.type
            throw new HclError(
              `Unsupported ${inner.kind === 'attribute' ? 'argument' : 'block'} "${name}" in a dynamic block: it takes for_each, iterator and one content block.`,
              inner.pos
            )
          }
        }
        if (!forEach)
          throw new HclError(
            'Missing for_each: a dynamic block needs for_each = a list or map.',
            item.pos
          )
        if (!content)
          throw new HclError(
            'Missing content block: a dynamic block needs content { … }, the body of each block.',
            item.pos
          )
        const collection = evaluate(forEach, scope)
        if (collection === null || typeof collection !== 'object') {
          throw new HclError(
            `Invalid for_each: a list or map is required, got ${collection === null ? 'null' : typeof collection}.`,
            forEach.pos
          )
        }
        const elements: [Value, Value][] = Array.isArray(collection)
          ? collection.map((v, i) => [i, v])
          : Object.entries(collection)
        for (const [key, value] of elements) {
          const element = { key, value }
          out.push({
            item: { kind: 'block', type, labels: [], body: content.body, pos: item.labels[0].pos },
            scope: {
              ...scope,
              rootNames: [...scope.rootNames, iterator],
              root: (root, pos, names) =>
                root === iterator ? element : scope.root(root, pos, names)
            }
          })
        }
      }, `${path}.dynamic`)
    }
    return out
  }

  /** A value → a located tree node, converted to the option's type as HCL converts (a number
   * where a string is wanted becomes that string), with positions from literal lists and objects. */
  node(value: Value, expr: Expr | undefined, type: ValueType | undefined, path: string): Node {
    const pos = expr?.pos ?? { file: this.ctx.templatePath, line: 1, column: 1 }
    if (Array.isArray(value)) {
      const items =
        expr?.kind === 'tuple' && expr.items.length === value.length ? expr.items : undefined
      const itemType = type?.kind === 'list' ? type.items : undefined
      return {
        kind: 'list',
        items: value.map((v, i) => this.node(v, items?.[i] ?? expr, itemType, `${path}[${i}]`)),
        loc: loc(pos)
      }
    }
    if (isObject(value)) {
      const entries: MapEntry[] = Object.entries(value).map(([k, v]) => {
        const item =
          expr?.kind === 'object'
            ? expr.items.find(i => i.key.kind === 'literal' && String(i.key.value) === k)
            : undefined
        const valueType =
          type?.kind === 'map'
            ? type.values
            : type?.kind === 'object'
              ? type.options.find(o => o.name === k)?.type
              : undefined
        return {
          key: k,
          keyLoc: loc(item?.pos ?? pos),
          value: this.node(v, item?.value ?? expr, valueType, `${path}.${k}`)
        }
      })
      return { kind: 'map', entries, loc: loc(pos) }
    }
    const wholeDataReference =
      path.endsWith('.source_ami') &&
      typeof value === 'string' &&
      value.startsWith(DATA_SENTINEL) &&
      this.ctx.dataNames.has(value.slice(DATA_SENTINEL.length))
    if (typeof value === 'string' && value.includes(DATA_SENTINEL) && !wholeDataReference) {
      throw new HclError(
        "Unsupported use of a data source: data.amazon-ami.NAME.id is resolved when the build starts, so it can only be the whole value of a source's source_ami.",
        pos,
        path
      )
    }
    let scalar: string | number | boolean | null = coerce(value, type)
    if (typeof scalar === 'string' && scalar.includes('{{')) scalar = this.legacy(scalar, pos, path)
    return { kind: 'scalar', value: scalar, loc: loc(pos), evaluated: true }
  }

  /** Packer's builders still render Go templates in option values (`ami_name = "x-{{timestamp}}"`),
   * so the legacy functions apply to the evaluated text; `{{.Path}}` and the like stay for later. */
  private legacy(text: string, pos: Pos, path: string): string {
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
    }
    return text.replace(/\{\{[\s\S]*?\}\}/g, action => {
      const result = interpolate(action, scope, { buildVariables: true })
      if (!result.ok)
        throw new HclError(
          `Invalid template function in "${action}": ${result.errors.join('; ')}.`,
          pos,
          path
        )
      return String(result.value)
    })
  }
}

function isBlockType(type: ValueType): boolean {
  return type.kind === 'object' || (type.kind === 'list' && type.items.kind === 'object')
}

/** HCL converts a primitive to the type its option wants (the string "8" for a number, ...). */
function coerce(
  value: string | number | boolean | null,
  type: ValueType | undefined
): string | number | boolean | null {
  if (value === null || !type) return value
  if (type.kind === 'string' && typeof value !== 'string') return String(value)
  // Packer decodes a duration from a string: a bare number becomes "300", which lacks a unit.
  if (type.kind === 'duration' && typeof value === 'number') return String(value)
  if (type.kind === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value.trim()))
    return Number(value)
  if (type.kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

export function loc(p: Pos): { file: string; line: number; column: number } {
  return { file: p.file, line: p.line, column: p.column }
}

export function where(p: Pos): string {
  return `${p.file}:${p.line},${p.column}`
}
