/**
 * Packer legacy JSON → the native tree shape, keeping every location, so the one validator checks
 * it and an error points into the JSON file the user wrote.
 *
 * - `variables` (name → default, null = required) and `sensitive-variables` → `variables`;
 * - `builders` (amazon-ebs, named by `name`, else by type) → `sources`;
 * - `provisioners` with `override` (per-builder options) → one copy per overridden builder, each
 *   `only` for it, and one copy for the others, in place, so the order of steps stays;
 * - `post-processors`: a name, a map, or a nested list (a chain) → a flat `post_processors` list.
 *
 * Legacy strings are Go templates only: a `${` in them is literal text (a shell's `${HOME}`), so it
 * is escaped as `$${` before the native interpolator sees it.
 */
import type { Diagnostic, SourceLocation } from './model.js'
import { suggest } from './suggest.js'
import type { MapEntry, MapNode, Node } from './tree.js'

const LEGACY_TOP_LEVEL = [
  'variables',
  'sensitive-variables',
  'builders',
  'provisioners',
  'post-processors',
  'description',
  'min_packer_version'
]

export function convertLegacy(root: MapNode): { root: MapNode; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const error = (loc: SourceLocation, path: string, message: string): void => {
    diagnostics.push({
      severity: 'error',
      file: loc.file,
      line: loc.line,
      column: loc.column,
      path,
      message
    })
  }
  root = escapeDollars(root) as MapNode
  const section = (key: string): MapEntry | undefined => root.entries.find(e => e.key === key)
  const out: MapEntry[] = []

  for (const { key, keyLoc } of root.entries) {
    if (!LEGACY_TOP_LEVEL.includes(key)) {
      const hint = suggest(key, LEGACY_TOP_LEVEL)
      error(
        keyLoc,
        key,
        `unknown key \`${key}\` in a Packer JSON template${hint ? ` — did you mean \`${hint}\`?` : ` (known keys: ${LEGACY_TOP_LEVEL.join(', ')})`}`
      )
    }
  }

  // Variables.
  const sensitive = new Set<string>()
  const sensitiveEntry = section('sensitive-variables')
  if (sensitiveEntry) {
    if (sensitiveEntry.value.kind !== 'list')
      error(sensitiveEntry.value.loc, 'sensitive-variables', 'expected a list of variable names')
    else {
      for (const item of sensitiveEntry.value.items) {
        if (item.kind === 'scalar' && typeof item.value === 'string') sensitive.add(item.value)
        else error(item.loc, 'sensitive-variables', 'expected a variable name')
      }
    }
  }
  const variablesEntry = section('variables')
  if (variablesEntry) {
    const node = variablesEntry.value
    if (node.kind !== 'map')
      error(node.loc, 'variables', 'expected a map of variable name → default value')
    else {
      const declared: MapEntry[] = node.entries.map(({ key, keyLoc, value }) => {
        const decl: MapEntry[] = []
        if (!(value.kind === 'scalar' && value.value === null)) {
          decl.push({ key: 'default', keyLoc: value.loc, value })
        }
        if (sensitive.has(key))
          decl.push({
            key: 'sensitive',
            keyLoc,
            value: { kind: 'scalar', value: true, loc: keyLoc }
          })
        return { key, keyLoc, value: { kind: 'map', entries: decl, loc: keyLoc } }
      })
      for (const name of sensitive) {
        if (!node.entries.some(e => e.key === name)) {
          error(
            sensitiveEntry!.value.loc,
            'sensitive-variables',
            `\`${name}\` is listed as sensitive but is not a variable`
          )
        }
      }
      out.push({
        key: 'variables',
        keyLoc: variablesEntry.keyLoc,
        value: { kind: 'map', entries: declared, loc: node.loc }
      })
    }
  }

  // Builders → sources.
  const builders = section('builders')!
  const sources: MapEntry[] = []
  if (builders.value.kind !== 'list' || builders.value.items.length === 0) {
    error(
      builders.value.loc,
      'builders',
      'expected a list of builders, with at least one amazon-ebs builder'
    )
  } else {
    for (const [i, builder] of builders.value.items.entries()) {
      const path = `builders[${i}]`
      if (builder.kind !== 'map') {
        error(builder.loc, path, 'expected a builder (a map with `type`)')
        continue
      }
      const type = builder.entries.find(e => e.key === 'type')
      const typeName = type?.value.kind === 'scalar' ? type.value.value : undefined
      if (typeName !== 'amazon-ebs') {
        error(
          type?.value.loc ?? builder.loc,
          `${path}.type`,
          typeName === undefined
            ? 'a builder needs `"type": "amazon-ebs"`'
            : `builder type \`${String(typeName)}\` is not supported: only amazon-ebs`
        )
        continue
      }
      const nameEntry = builder.entries.find(e => e.key === 'name')
      const name =
        nameEntry?.value.kind === 'scalar' && typeof nameEntry.value.value === 'string'
          ? nameEntry.value.value
          : 'amazon-ebs'
      if (sources.some(s => s.key === name)) {
        error(
          nameEntry?.value.loc ?? builder.loc,
          `${path}.name`,
          `two builders are named \`${name}\`: give each a unique \`name\``
        )
        continue
      }
      const options = builder.entries.filter(e => e.key !== 'type' && e.key !== 'name')
      sources.push({
        key: name,
        keyLoc: builder.loc,
        value: { kind: 'map', entries: options, loc: builder.loc }
      })
    }
  }
  out.push({
    key: 'sources',
    keyLoc: builders.keyLoc,
    value: { kind: 'map', entries: sources, loc: builders.value.loc }
  })
  const builderNames = sources.map(s => s.key)

  // Provisioners, with per-builder overrides expanded in place.
  const provisionersEntry = section('provisioners')
  if (provisionersEntry) {
    const node = provisionersEntry.value
    if (node.kind !== 'list') error(node.loc, 'provisioners', 'expected a list of provisioners')
    else {
      const items: Node[] = []
      for (const [i, item] of node.items.entries())
        items.push(...expandOverride(item, `provisioners[${i}]`, builderNames, error))
      out.push({
        key: 'provisioners',
        keyLoc: provisionersEntry.keyLoc,
        value: { kind: 'list', items, loc: node.loc }
      })
    }
  }

  const postEntry = section('post-processors')
  if (postEntry) {
    const node = postEntry.value
    if (node.kind !== 'list')
      error(node.loc, 'post-processors', 'expected a list of post-processors')
    else {
      const items: Node[] = []
      for (const [i, item] of node.items.entries()) {
        const chain = item.kind === 'list' ? item.items : [item]
        for (const [j, pp] of chain.entries()) {
          const path =
            item.kind === 'list' ? `post-processors[${i}][${j}]` : `post-processors[${i}]`
          const converted = postProcessor(pp, path, error)
          if (converted) items.push(converted)
        }
      }
      out.push({
        key: 'post_processors',
        keyLoc: postEntry.keyLoc,
        value: { kind: 'list', items, loc: node.loc }
      })
    }
  }

  return { root: { kind: 'map', entries: out, loc: root.loc }, diagnostics }
}

function expandOverride(
  item: Node,
  path: string,
  builderNames: string[],
  error: (loc: SourceLocation, path: string, message: string) => void
): Node[] {
  if (item.kind !== 'map') return [item]
  const override = item.entries.find(e => e.key === 'override')
  if (!override) return [item]
  const others = item.entries.filter(
    e => e.key !== 'override' && e.key !== 'only' && e.key !== 'except'
  )
  if (override.value.kind !== 'map') {
    error(override.value.loc, `${path}.override`, 'expected a map of builder name → options')
    return []
  }
  const overrides = new Map<string, MapEntry[]>()
  for (const { key: builder, keyLoc, value } of override.value.entries) {
    if (!builderNames.includes(builder)) {
      const hint = suggest(builder, builderNames)
      error(
        keyLoc,
        `${path}.override.${builder}`,
        `\`override\` names the builder \`${builder}\`, which is not defined${hint ? ` — did you mean \`${hint}\`?` : ''} (builders: ${builderNames.join(', ')})`
      )
    } else if (value.kind !== 'map') {
      error(value.loc, `${path}.override.${builder}`, 'expected a map of options')
    } else overrides.set(builder, value.entries)
  }
  const only = item.entries.find(e => e.key === 'only')
  const except = item.entries.find(e => e.key === 'except')
  for (const entry of [only, except]) {
    for (const name of entry ? names(entry.value) : []) {
      if (!builderNames.includes(name)) {
        error(
          entry!.value.loc,
          `${path}.${entry!.key}`,
          `\`${entry!.key}\` names the builder \`${name}\`, which is not defined (builders: ${builderNames.join(', ')})`
        )
      }
    }
  }
  const applies = builderNames.filter(
    n => (!only || names(only.value).includes(n)) && (!except || !names(except.value).includes(n))
  )
  const onlyFor = (targets: string[], loc: SourceLocation): MapEntry => ({
    key: 'only',
    keyLoc: loc,
    value: { kind: 'list', items: targets.map(n => ({ kind: 'scalar', value: n, loc })), loc }
  })
  const copies: Node[] = []
  const plain = applies.filter(n => !overrides.has(n))
  if (plain.length > 0)
    copies.push({ kind: 'map', loc: item.loc, entries: [...others, onlyFor(plain, item.loc)] })
  for (const builder of applies) {
    const options = overrides.get(builder)
    if (!options) continue
    const merged = others.filter(e => !options.some(o => o.key === e.key))
    copies.push({
      kind: 'map',
      loc: item.loc,
      entries: [...merged, ...options, onlyFor([builder], override.keyLoc)]
    })
  }
  return copies
}

function names(node: Node): string[] {
  return node.kind === 'list'
    ? node.items.flatMap(i => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []))
    : []
}

function postProcessor(
  node: Node,
  path: string,
  error: (loc: SourceLocation, path: string, message: string) => void
): Node | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string') {
    return { kind: 'map', loc: node.loc, entries: [{ key: 'type', keyLoc: node.loc, value: node }] }
  }
  if (node.kind !== 'map') {
    error(node.loc, path, 'expected a post-processor: a name or a map with `type`')
    return undefined
  }
  // keep_input_artifact only matters to post-processors that replace the artifact; manifest does not.
  return { ...node, entries: node.entries.filter(e => e.key !== 'keep_input_artifact') }
}

function escapeDollars(node: Node): Node {
  if (node.kind === 'scalar') {
    return typeof node.value === 'string' && node.value.includes('${')
      ? { ...node, value: node.value.replaceAll('${', () => '$${') }
      : node
  }
  if (node.kind === 'list') return { ...node, items: node.items.map(escapeDollars) }
  return { ...node, entries: node.entries.map(e => ({ ...e, value: escapeDollars(e.value) })) }
}
