/**
 * Packer's blocks → the native template tree. HCL2 is evaluated here (variables, locals, functions,
 * `source.name`), so the tree holds final values (`evaluated: true`) and the one validator checks
 * every option exactly as it does for YAML. Block-versus-argument structure is checked here, since
 * only HCL has it: Packer's option table says which options are blocks (objects, lists of objects).
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Block, Body, Expr, Pos } from './ast.js'
import { HclError } from './ast.js'
import type { FunctionContext, Scope } from './evaluate.js'
import { BUILD_OBJECT, evaluate } from './evaluate.js'
import type { Value } from './values.js'
import { convert, isObject, toText } from './values.js'
import { BodyDecoder, DATA_SENTINEL, loc, where } from './body.js'
import type { VariableDeclaration, VariableValue } from './variables.js'
import { declareVariable, parseTextValue, readVarFile } from './variables.js'
import type { Diagnostic, LoadOptions, ResolvedVariable } from '../model.js'
import type { OptionDef, ValueType } from '../options.js'
import {
  FILE_OPTIONS,
  MANIFEST_OPTIONS,
  PROVISIONER_COMMON_OPTIONS,
  SHELL_OPTIONS,
  SOURCE_OPTIONS
} from '../options.js'
import { suggest } from '../suggest.js'
import type { MapEntry, MapNode, Node } from '../tree.js'

export interface HclFile {
  path: string
  body: Body
}

export interface Decoded {
  tree: MapNode
  variables: ResolvedVariable[]
  sensitiveValues: string[]
  errors: Diagnostic[]
  warnings: Diagnostic[]
}

const TOP_LEVEL_BLOCKS = [
  'packer',
  'variable',
  'variables',
  'locals',
  'local',
  'source',
  'build',
  'data'
]
const BUILD_ITEMS = [
  'name',
  'description',
  'sources',
  'source',
  'provisioner',
  'post-processor',
  'post-processors'
]
const SUPPORTED_PLUGIN = 'github.com/hashicorp/amazon'

interface SourceDef {
  name: string
  block: Block
}

interface SourceUse {
  /** The key under `sources` in the tree: the source's name, or the build's `name =` override. */
  key: string
  /** Packer's name of this build of the source, `amazon-ebs.NAME`, as `only`/`except` use it. */
  packerName: string
  name: string
  def: SourceDef
  override?: Block
  build: Block
  buildName?: string
}

export function decodePacker(
  files: HclFile[],
  options: LoadOptions,
  templatePath: string,
  templateIsDirectory: boolean
): Decoded {
  return new Decoder(files, options, templatePath, templateIsDirectory).decode()
}

class Decoder {
  private readonly errors: Diagnostic[] = []
  private readonly warnings: Diagnostic[] = []
  /** A broken local is reported once, where it is defined, not again at every use. */
  private readonly reported = new WeakSet<HclError>()
  private readonly declarations = new Map<string, VariableDeclaration>()
  private readonly values = new Map<string, VariableValue>()
  private readonly locals = new Map<string, { expr: Expr; pos: Pos; sensitive: boolean }>()
  private readonly localValues = new Map<string, Value | HclError>()
  private readonly evaluating: string[] = []
  private readonly sources = new Map<string, SourceDef>()
  /** Sources of other builders: already reported, so references to them stay quiet. */
  private readonly rejectedSources = new Set<string>()
  private readonly data = new Map<string, Block>()
  private readonly builds: Block[] = []
  private readonly sensitiveValues = new Set<string>()
  private readonly functions: FunctionContext
  private readonly templateDirectory: string
  private readonly bodies: BodyDecoder

  constructor(
    private readonly files: HclFile[],
    private readonly options: LoadOptions,
    private readonly templatePath: string,
    private readonly templateIsDirectory: boolean
  ) {
    this.templateDirectory = files.length > 0 ? dirname(files[0].path) : templatePath
    // As in Packer, file() and templatefile() read paths relative to the template's directory.
    this.functions = { now: options.now, baseDirectory: this.templateDirectory }
    this.bodies = new BodyDecoder({
      attempt: (fn, path) => this.attempt(fn, path),
      options,
      templateDirectory: this.templateDirectory,
      templatePath,
      dataNames: this.data
    })
  }

  private report(error: unknown, path = ''): void {
    if (!(error instanceof HclError)) throw error
    if (this.reported.has(error)) return
    this.reported.add(error)
    this.errors.push({
      severity: 'error',
      file: error.pos.file,
      line: error.pos.line,
      column: error.pos.column,
      path: error.path || path,
      message: error.message
    })
  }

  private attempt<T>(fn: () => T, path = ''): T | undefined {
    try {
      return fn()
    } catch (error) {
      this.report(error, path)
      return undefined
    }
  }

  decode(): Decoded {
    for (const file of this.files) this.collect(file.body)
    this.resolveVariables()
    const tree = this.buildTree()
    for (const [name] of this.locals) this.attempt(() => this.local(name))
    return {
      tree,
      variables: this.resolvedVariables(),
      sensitiveValues: [...this.sensitiveValues],
      errors: this.errors,
      warnings: this.warnings
    }
  }

  // ---- top level ----

  private collect(body: Body): void {
    for (const item of body.items) {
      this.attempt(() => {
        if (item.kind === 'attribute') {
          throw new HclError(
            `Unsupported argument: an argument "${item.name}" is not expected at the top level; blocks (${TOP_LEVEL_BLOCKS.join(', ')}) are.`,
            item.pos
          )
        }
        switch (item.type) {
          case 'packer':
            return this.packerBlock(item)
          case 'variable': {
            const decl = declareVariable(item, this.functionsWithEnv(), e =>
              this.report(e, `variables.${item.labels[0]?.value}`)
            )
            if (!decl) return
            const before = this.declarations.get(decl.name)
            if (before)
              throw new HclError(
                `Duplicate variable declaration: variable "${decl.name}" was already declared at ${where(before.pos)}.`,
                decl.pos
              )
            this.declarations.set(decl.name, decl)
            return
          }
          case 'variables':
            // The older form: `variables { name = default }`.
            for (const v of item.body.items) {
              if (v.kind === 'block')
                throw new HclError(
                  `Unexpected "${v.type}" block in variables: write name = default, or use variable "name" { … } blocks.`,
                  v.pos
                )
              const value = evaluate(v.expr, {
                root: () => undefined,
                rootNames: [],
                functions: this.functionsWithEnv()
              })
              this.declarations.set(v.name, {
                name: v.name,
                pos: v.pos,
                type: { kind: 'any' },
                typeGiven: false,
                default: value,
                sensitive: false,
                validations: []
              })
            }
            return
          case 'locals':
            for (const l of item.body.items) {
              if (l.kind === 'block')
                throw new HclError(
                  `Unexpected "${l.type}" block in locals: a locals block holds only name = expression.`,
                  l.pos
                )
              this.declareLocal(l.name, l.expr, l.pos, false)
            }
            return
          case 'local':
            return this.localBlock(item)
          case 'source':
            return this.sourceBlock(item)
          case 'data':
            return this.dataBlock(item)
          case 'build':
            this.builds.push(item)
            return
          default: {
            const hint = suggest(item.type, TOP_LEVEL_BLOCKS)
            throw new HclError(
              `Unsupported block type: blocks of type "${item.type}" are not expected here${hint ? `; did you mean "${hint}"?` : `. Top-level blocks are ${TOP_LEVEL_BLOCKS.join(', ')}.`}`,
              item.pos
            )
          }
        }
      })
    }
  }

  private functionsWithEnv(): FunctionContext {
    return { ...this.functions, env: this.options.env }
  }

  private packerBlock(block: Block): void {
    for (const item of block.body.items) {
      this.attempt(() => {
        if (item.kind === 'attribute') {
          if (item.name === 'required_version') return evaluate(item.expr, this.scope('packer'))
          throw new HclError(
            `Unsupported argument: the packer block has no "${item.name}"; it takes required_version and required_plugins.`,
            item.pos
          )
        }
        if (item.type !== 'required_plugins') {
          throw new HclError(
            `Unsupported block type: the packer block has no "${item.type}" block; it takes required_plugins.`,
            item.pos
          )
        }
        for (const plugin of item.body.items) {
          this.attempt(() => {
            if (plugin.kind === 'block')
              throw new HclError(
                `Unexpected "${plugin.type}" block: write ${plugin.type} = { source = "…", version = "…" }.`,
                plugin.pos
              )
            const value = evaluate(plugin.expr, this.scope('packer'))
            const source = isObject(value) ? value.source : undefined
            if (typeof source !== 'string')
              throw new HclError(
                `Invalid required_plugins entry "${plugin.name}": it needs source = "${SUPPORTED_PLUGIN}".`,
                plugin.expr.pos
              )
            if (source.replace(/^https?:\/\//, '').toLowerCase() !== SUPPORTED_PLUGIN) {
              throw new HclError(
                `Unsupported plugin "${source}": ami-build has the amazon-ebs builder built in and supports only the amazon plugin (source = "${SUPPORTED_PLUGIN}"); remove "${plugin.name}" from required_plugins.`,
                plugin.expr.pos
              )
            }
          })
        }
      })
    }
  }

  private declareLocal(name: string, expr: Expr, pos: Pos, sensitive: boolean): void {
    const before = this.locals.get(name)
    if (before)
      throw new HclError(
        `Duplicate local value: local "${name}" was already defined at ${where(before.pos)}.`,
        pos
      )
    this.locals.set(name, { expr, pos, sensitive })
  }

  private localBlock(block: Block): void {
    if (block.labels.length !== 1)
      throw new HclError(
        'Missing name for local: write local "name" { expression = … }.',
        block.pos
      )
    const expression = block.body.items.find(i => i.kind === 'attribute' && i.name === 'expression')
    let sensitive = false
    for (const item of block.body.items) {
      if (item.kind === 'block' || !['expression', 'sensitive'].includes(item.name)) {
        throw new HclError(
          `Unsupported ${item.kind === 'block' ? 'block' : 'argument'} in local "${block.labels[0].value}": a local block takes expression and sensitive.`,
          item.pos
        )
      }
      if (item.name === 'sensitive') sensitive = evaluate(item.expr, this.scope('packer')) === true
    }
    if (!expression || expression.kind !== 'attribute')
      throw new HclError(
        'Missing required argument: a local block needs expression = ….',
        block.pos
      )
    this.declareLocal(block.labels[0].value, expression.expr, block.labels[0].pos, sensitive)
  }

  private sourceBlock(block: Block): void {
    if (block.labels.length !== 2)
      throw new HclError('Invalid source block: write source "amazon-ebs" "name" { … }.', block.pos)
    const [type, name] = block.labels
    if (type.value !== 'amazon-ebs') {
      this.rejectedSources.add(`source.${type.value}.${name.value}`)
      throw new HclError(
        `Unsupported builder "${type.value}": ami-build builds with amazon-ebs only; write source "amazon-ebs" "${name.value}".`,
        type.pos
      )
    }
    const before = this.sources.get(name.value)
    if (before)
      throw new HclError(
        `Duplicate source: source.amazon-ebs.${name.value} was already defined at ${where(before.block.pos)}.`,
        name.pos
      )
    this.sources.set(name.value, { name: name.value, block })
  }

  private dataBlock(block: Block): void {
    if (block.labels.length !== 2)
      throw new HclError('Invalid data block: write data "amazon-ami" "name" { … }.', block.pos)
    const [type, name] = block.labels
    if (type.value !== 'amazon-ami') {
      throw new HclError(
        `Unsupported data source "${type.value}": ami-build supports data "amazon-ami" only (used as a source's source_ami).`,
        type.pos
      )
    }
    this.data.set(name.value, block)
  }

  // ---- variables and locals ----

  private resolveVariables(): void {
    for (const [name, decl] of this.declarations) {
      if (decl.default !== undefined)
        this.values.set(name, { value: decl.default, origin: 'default', pos: decl.pos })
    }
    // Packer's order: PKR_VAR_ < *.auto.pkrvars.hcl < var files given < the variables input.
    // A value given as text has no place in a file: errors about it point at the declaration.
    for (const [key, text] of Object.entries(this.options.env)) {
      if (!key.startsWith('PKR_VAR_') || text === undefined) continue
      const decl = this.declarations.get(key.slice(8))
      if (!decl) continue // Packer ignores PKR_VAR_ for undeclared variables: the environment is shared.
      this.attempt(() => {
        const value = parseTextValue(text, decl, decl.pos, key, this.functions)
        this.setVariable(decl.name, value, 'env', decl.pos, key)
      }, `variables.${decl.name}`)
    }
    const varFiles = [...this.autoVarFiles(), ...this.options.varFiles]
    for (const file of varFiles) {
      this.attempt(() => {
        for (const [name, { value, pos }] of readVarFile(file, this.functions)) {
          // As in Packer, a var file may hold values for other templates: a warning, not an error.
          if (!this.declarations.has(name)) {
            const { message } = this.undeclared(name, pos, `the variable file ${file}`)
            this.warnings.push({ severity: 'warning', ...pos, path: `variables.${name}`, message })
            continue
          }
          this.attempt(() =>
            this.setVariable(name, value, 'var-file', pos, `the variable file ${file}`)
          )
        }
      })
    }
    for (const [name, text] of Object.entries(this.options.variables)) {
      const decl = this.declarations.get(name)
      this.attempt(() => {
        if (!decl)
          throw this.undeclared(
            name,
            { file: this.templatePath, line: 1, column: 1 },
            'the variables input'
          )
        const value = parseTextValue(text, decl, decl.pos, 'the variables input', this.functions)
        this.setVariable(name, value, 'input', decl.pos, 'the variables input')
      }, `variables.${name}`)
    }
    for (const [name, decl] of this.declarations) {
      const v = this.values.get(name)
      if (!v) {
        this.report(
          new HclError(
            `Unset variable "${name}": a variable must be set or have a default value; give it a default, or set it in a .pkrvars.hcl file, PKR_VAR_${name}, or the variables input.`,
            decl.pos
          ),
          `variables.${name}`
        )
        continue
      }
      this.checkValidations(decl, v)
    }
  }

  /** Packer reads `*.auto.pkrvars.hcl` only when the template is a directory, not a single file. */
  private autoVarFiles(): string[] {
    return this.templateIsDirectory ? listAutoVarFiles(this.templatePath) : []
  }

  private undeclared(name: string, pos: Pos, from: string): HclError {
    const hint = suggest(name, [...this.declarations.keys()])
    return new HclError(
      `Undefined variable "${name}" set in ${from}: no variable "${name}" is declared${hint ? `; did you mean "${hint}"?` : `. Declare it with variable "${name}" { type = string }.`}`,
      pos
    )
  }

  private setVariable(
    name: string,
    value: Value,
    origin: VariableValue['origin'],
    pos: Pos,
    from: string
  ): void {
    const decl = this.declarations.get(name)
    if (!decl) throw this.undeclared(name, pos, from)
    const converted = convert(value, decl.type, pos, `variable "${name}" (from ${from})`)
    this.values.set(name, { value: converted, origin, pos })
  }

  private checkValidations(decl: VariableDeclaration, v: VariableValue): void {
    for (const validation of decl.validations) {
      this.attempt(() => {
        const scope: Scope = {
          root: (root, _pos, names) =>
            root === 'var' && names[0] === decl.name ? { [decl.name]: v.value } : undefined,
          rootNames: ['var'],
          functions: this.functions
        }
        const ok = evaluate(validation.condition, scope)
        if (typeof ok !== 'boolean')
          throw new HclError(
            `Invalid validation condition: the condition must be a bool, got ${JSON.stringify(ok)}.`,
            validation.condition.pos
          )
        if (!ok) {
          const message = toText(
            evaluate(validation.errorMessage, scope),
            validation.errorMessage.pos
          )
          const origin =
            v.origin === 'default'
              ? 'its default'
              : `the value from ${v.origin === 'var-file' ? v.pos.file : v.origin === 'env' ? `PKR_VAR_${decl.name}` : 'the variables input'}`
          throw new HclError(
            `Invalid value for variable "${decl.name}" (${origin}): ${message}`,
            validation.pos
          )
        }
      }, `variables.${decl.name}`)
    }
  }

  private local(name: string): Value | undefined {
    const def = this.locals.get(name)
    if (!def) return undefined
    const known = this.localValues.get(name)
    if (known instanceof HclError) throw known
    if (known !== undefined) return known
    if (this.evaluating.includes(name)) {
      const chain = [...this.evaluating.slice(this.evaluating.indexOf(name)), name]
        .map(n => `local.${n}`)
        .join(' → ')
      throw new HclError(
        `Cycle in locals: ${chain}; a local cannot depend on itself.`,
        def.pos,
        `locals.${name}`
      )
    }
    this.evaluating.push(name)
    try {
      const value = evaluate(def.expr, this.scope('locals'))
      this.localValues.set(name, value)
      if (def.sensitive) this.addSensitive(value)
      return value
    } catch (error) {
      if (!(error instanceof HclError)) throw error
      this.localValues.set(name, error)
      this.report(error, `locals.${name}`)
      throw error
    } finally {
      this.evaluating.pop()
    }
  }

  private addSensitive(value: Value): void {
    if (typeof value === 'string' && value !== '') this.sensitiveValues.add(value)
    else if (typeof value === 'number' || typeof value === 'boolean')
      this.sensitiveValues.add(String(value))
    else if (Array.isArray(value)) value.forEach(v => this.addSensitive(v))
    else if (isObject(value)) Object.values(value).forEach(v => this.addSensitive(v))
  }

  private resolvedVariables(): ResolvedVariable[] {
    const out: ResolvedVariable[] = []
    for (const [name, decl] of this.declarations) {
      const v = this.values.get(name)
      if (!v) continue
      if (decl.sensitive) this.addSensitive(v.value)
      const display = decl.sensitive
        ? '<sensitive>'
        : typeof v.value === 'string'
          ? v.value
          : JSON.stringify(v.value)
      out.push({ name, display, sensitive: decl.sensitive, origin: v.origin })
    }
    return out
  }

  /** What an expression in a given place may refer to. */
  private scope(place: 'packer' | 'locals' | 'source' | 'build', source?: SourceUse): Scope {
    const roots = ['var', 'local', 'path']
    if (place === 'locals' || place === 'source') roots.push('data')
    if (place === 'build') roots.push('source', 'build')
    if (place === 'packer') roots.length = 0
    return {
      rootNames: roots,
      functions: this.functions,
      root: (root, pos, names) => {
        if (!roots.includes(root)) {
          if (['var', 'local', 'path', 'data', 'source', 'build'].includes(root)) {
            throw new HclError(
              `Invalid reference: "${root}." cannot be used ${placeName(place)}.`,
              pos
            )
          }
          return undefined
        }
        switch (root) {
          case 'var': {
            if (names.length === 0) throw new HclError('Invalid reference: write var.NAME.', pos)
            const name = names[0]
            const v = this.values.get(name)
            if (v) return { [name]: v.value }
            if (this.declarations.has(name)) return { [name]: null } // unset: reported once at its declaration
            const hint = suggest(name, [...this.declarations.keys()])
            throw new HclError(
              `Unknown variable: there is no variable named "${name}"${hint ? `; did you mean "${hint}"?` : `. Declare it with variable "${name}" { … }.`}`,
              pos
            )
          }
          case 'local': {
            if (names.length === 0) throw new HclError('Invalid reference: write local.NAME.', pos)
            const value = this.local(names[0])
            if (value !== undefined) return { [names[0]]: value }
            const hint = suggest(names[0], [...this.locals.keys()])
            throw new HclError(
              `Unknown local: there is no local value named "${names[0]}"${hint ? `; did you mean "${hint}"?` : '.'}`,
              pos
            )
          }
          case 'path':
            return { root: this.templateDirectory, cwd: this.options.workingDirectory }
          case 'data':
            return this.dataReference(names, pos)
          case 'source':
            return { name: source!.name, type: 'amazon-ebs' }
          case 'build':
            return BUILD_OBJECT
        }
        return undefined
      }
    }
  }

  private dataReference(names: string[], pos: Pos): Value {
    if (names[0] !== 'amazon-ami') {
      throw new HclError(
        `Unsupported data source "${names[0] ?? ''}": only data.amazon-ami.NAME.id can be referred to.`,
        pos
      )
    }
    const name = names[1]
    if (!name || !this.data.has(name)) {
      const hint = suggest(name ?? '', [...this.data.keys()])
      throw new HclError(
        `Unknown data source: there is no data "amazon-ami" "${name ?? ''}"${hint ? `; did you mean "${hint}"?` : '.'}`,
        pos
      )
    }
    if (names[2] !== 'id') {
      throw new HclError(
        `Unsupported attribute: data.amazon-ami.${name} is resolved when the build starts, and only its .id can be used (as a source's source_ami).`,
        pos
      )
    }
    return { 'amazon-ami': { [name]: { id: DATA_SENTINEL + name } } }
  }

  // ---- the tree ----

  private buildTree(): MapNode {
    if (this.builds.length === 0 && this.files.length > 0 && this.errors.length === 0) {
      // Packer accepts a template that builds nothing; in a pipeline that is always a mistake.
      // (After another error, a misspelled `build` block is the likely cause: say nothing more.)
      const [first] = this.sources.values()
      this.report(
        new HclError(
          `Nothing to build: there is no build block. Add one naming the sources to build: build { sources = ["source.amazon-ebs.${first?.name ?? 'NAME'}"] }.`,
          first?.block.pos ?? { file: this.files[0].path, line: 1, column: 1 }
        )
      )
    }
    const uses = this.sourceUses()
    const sources: MapEntry[] = []
    for (const use of uses) {
      const node = this.attempt(() => this.sourceNode(use))
      if (node)
        sources.push({
          key: use.key,
          keyLoc: loc(use.override?.labels[0]?.pos ?? use.def.block.labels[1].pos),
          value: node
        })
    }
    const provisioners: Node[] = []
    const postProcessors: Node[] = []
    for (const build of this.builds) {
      const buildUses = uses.filter(u => u.build === build)
      for (const item of build.body.items) {
        if (item.kind !== 'block') continue
        if (item.type === 'provisioner')
          provisioners.push(
            ...this.perSource(item, buildUses, uses, `provisioners[${provisioners.length}]`)
          )
        else if (item.type === 'post-processor')
          postProcessors.push(
            ...this.perSource(item, buildUses, uses, `post_processors[${postProcessors.length}]`)
          )
        else if (item.type === 'post-processors') {
          // A chain is run in order on the build's artifact: for us, simply one after the other.
          for (const inner of item.body.items) {
            this.attempt(() => {
              if (inner.kind !== 'block' || inner.type !== 'post-processor') {
                throw new HclError(
                  'Unexpected item in post-processors: it holds only post-processor "type" { … } blocks.',
                  inner.pos
                )
              }
              postProcessors.push(
                ...this.perSource(
                  inner,
                  buildUses,
                  uses,
                  `post_processors[${postProcessors.length}]`
                )
              )
            })
          }
        }
      }
    }
    const root = { file: this.files[0]?.path ?? this.templatePath, line: 1, column: 1 }
    const entries: MapEntry[] = [
      { key: 'sources', keyLoc: root, value: { kind: 'map', entries: sources, loc: root } }
    ]
    entries.push({
      key: 'provisioners',
      keyLoc: root,
      value: { kind: 'list', items: provisioners, loc: root }
    })
    if (postProcessors.length > 0)
      entries.push({
        key: 'post_processors',
        keyLoc: root,
        value: { kind: 'list', items: postProcessors, loc: root }
      })
    return { kind: 'map', entries, loc: root }
  }

  /** Every (build, source) pair, from `sources = [...]` and `source "…" { }` blocks of each build. */
  private sourceUses(): SourceUse[] {
    const uses: SourceUse[] = []
    const keys = new Map<string, SourceUse>()
    for (const build of this.builds) {
      let buildName: string | undefined
      const refs: { ref: string; pos: Pos; override?: Block }[] = []
      for (const item of build.body.items) {
        this.attempt(() => {
          if (item.kind === 'attribute') {
            if (item.name === 'name' || item.name === 'description') {
              const v = evaluate(item.expr, this.scope('packer'))
              if (item.name === 'name') buildName = toText(v, item.expr.pos)
            } else if (item.name === 'sources') {
              const list = evaluate(item.expr, this.scope('packer'))
              if (!Array.isArray(list))
                throw new HclError(
                  'Invalid sources: a list of source references like ["source.amazon-ebs.NAME"] is required.',
                  item.expr.pos
                )
              const itemExprs = item.expr.kind === 'tuple' ? item.expr.items : []
              list.forEach((ref, i) =>
                refs.push({
                  ref: toText(ref, (itemExprs[i] ?? item.expr).pos),
                  pos: (itemExprs[i] ?? item.expr).pos
                })
              )
            } else {
              const hint = suggest(item.name, BUILD_ITEMS)
              throw new HclError(
                `Unsupported argument: a build has no "${item.name}"${hint ? `; did you mean "${hint}"?` : '; it takes name, description and sources.'}`,
                item.pos
              )
            }
          } else if (item.type === 'source') {
            if (item.labels.length !== 1)
              throw new HclError(
                'Invalid source block in build: write source "source.amazon-ebs.NAME" { … }.',
                item.pos
              )
            refs.push({ ref: item.labels[0].value, pos: item.labels[0].pos, override: item })
          } else if (!BUILD_ITEMS.includes(item.type)) {
            const hint = suggest(
              item.type,
              BUILD_ITEMS.filter(b => !['name', 'description', 'sources'].includes(b))
            )
            const unsupported = ['error-cleanup-provisioner', 'hcp_packer_registry'].includes(
              item.type
            )
            throw new HclError(
              unsupported
                ? `Unsupported block type: ami-build does not support "${item.type}" blocks yet.`
                : `Unsupported block type: a build has no "${item.type}" block${hint ? `; did you mean "${hint}"?` : '; it takes source, provisioner, post-processor and post-processors.'}`,
              item.pos
            )
          }
        })
      }
      for (const { ref, pos, override } of refs) {
        const refName = ref.split('.').pop()!
        if (
          !this.sources.has(refName) &&
          [...this.rejectedSources].some(r => r.split('.').pop() === refName)
        )
          continue
        this.attempt(() => {
          const m = /^source\.([^.]+)\.([^.]+)$/.exec(ref)
          if (!m)
            throw new HclError(
              `Invalid source reference "${ref}": write "source.amazon-ebs.NAME".`,
              pos
            )
          if (m[1] !== 'amazon-ebs')
            throw new HclError(
              `Unsupported builder "${m[1]}": ami-build builds with amazon-ebs only.`,
              pos
            )
          const def = this.sources.get(m[2])
          if (!def) {
            const hint = suggest(m[2], [...this.sources.keys()])
            throw new HclError(
              `Unknown source "${ref}": no source "amazon-ebs" "${m[2]}" is defined${hint ? `; did you mean "source.amazon-ebs.${hint}"?` : '.'}`,
              pos
            )
          }
          let name = def.name
          const nameAttr = override?.body.items.find(
            i => i.kind === 'attribute' && i.name === 'name'
          )
          if (nameAttr && nameAttr.kind === 'attribute')
            name = toText(evaluate(nameAttr.expr, this.scope('packer')), nameAttr.expr.pos)
          let key = name
          if (keys.has(key)) {
            const other = keys.get(key)!
            if (other.build === build || !buildName) {
              throw new HclError(
                `Duplicate build of source.amazon-ebs.${def.name}: it is already built as "${key}"${other.build === build ? ' in this build' : ''}; give this one another name with source "${ref}" { name = "…" }${other.build === build ? '' : ' or name the build'}.`,
                pos
              )
            }
            key = `${buildName}.${name}`
          }
          const use: SourceUse = {
            key,
            packerName: `amazon-ebs.${name}`,
            name,
            def,
            override,
            build,
            buildName
          }
          keys.set(key, use)
          uses.push(use)
        })
      }
    }
    return uses
  }

  private sourceNode(use: SourceUse): MapNode {
    const items = [...use.def.block.body.items]
    if (use.override) {
      for (const item of use.override.body.items) {
        if (item.kind === 'attribute' && item.name === 'name') continue
        const clash =
          item.kind === 'attribute' &&
          items.find(i => i.kind === 'attribute' && i.name === item.name)
        if (clash) {
          throw new HclError(
            `Duplicate argument: "${item.name}" is already set for source.amazon-ebs.${use.def.name} at ${where(clash.pos)}; a build's source block can only set what the source leaves unset, as in Packer.`,
            item.pos,
            `sources.${use.key}.${item.name}`
          )
        }
        items.push(item)
      }
    }
    const scope = this.scope('source', use)
    const node = this.bodies.body(
      { items, pos: use.def.block.pos },
      SOURCE_OPTIONS,
      scope,
      `sources.${use.key}`,
      use.def.block.pos
    )
    this.resolveDataSource(node, use)
    return node
  }

  /** `source_ami = data.amazon-ami.x.id` becomes that data source's filter: resolved at build time. */
  private resolveDataSource(node: MapNode, use: SourceUse): void {
    const index = node.entries.findIndex(e => e.key === 'source_ami')
    const entry = node.entries[index]
    if (
      !entry ||
      entry.value.kind !== 'scalar' ||
      typeof entry.value.value !== 'string' ||
      !entry.value.value.startsWith(DATA_SENTINEL)
    )
      return
    const name = entry.value.value.slice(DATA_SENTINEL.length)
    const block = this.data.get(name)!
    if (node.entries.some(e => e.key === 'source_ami_filter')) {
      throw new HclError(
        `Conflicting source AMI: source.amazon-ebs.${use.def.name} sets both source_ami (from data.amazon-ami.${name}) and source_ami_filter; keep one.`,
        entry.keyLoc as Pos
      )
    }
    const filterOptions = (
      SOURCE_OPTIONS.find(o => o.name === 'source_ami_filter')!.type as Extract<
        ValueType,
        { kind: 'object' }
      >
    ).options
    const dataOptions: OptionDef[] = [
      ...filterOptions,
      { name: 'region', type: { kind: 'string' }, doc: '' }
    ]
    const dataNode = this.bodies.body(
      block.body,
      dataOptions,
      this.scope('locals'),
      `data.amazon-ami.${name}`,
      block.pos
    )
    const region = dataNode.entries.find(e => e.key === 'region')
    const sourceRegion = node.entries.find(e => e.key === 'region')
    if (
      region &&
      region.value.kind === 'scalar' &&
      sourceRegion?.value.kind === 'scalar' &&
      region.value.value !== sourceRegion.value.value
    ) {
      throw new HclError(
        `Unsupported region: data.amazon-ami.${name} looks in ${String(region.value.value)} but source.amazon-ebs.${use.def.name} builds in ${String(sourceRegion.value.value)}; an AMI can only be launched in its own region.`,
        region.keyLoc as Pos
      )
    }
    dataNode.entries = dataNode.entries.filter(e => e.key !== 'region')
    node.entries[index] = { key: 'source_ami_filter', keyLoc: entry.keyLoc, value: dataNode }
  }

  /** A provisioner or post-processor, evaluated for each source it runs for; identical results are
   * one entry (the usual case), differing ones (`source.name` used) one entry per source. */
  private perSource(
    block: Block,
    buildUses: SourceUse[],
    allUses: SourceUse[],
    path: string
  ): Node[] {
    const what = path.startsWith('provisioners') ? 'provisioner' : 'post-processor'
    return (
      this.attempt(() => {
        if (block.labels.length !== 1)
          throw new HclError(`Invalid ${what} block: write ${what} "TYPE" { … }.`, block.pos)
        const type = block.labels[0]
        const packerScope = this.scope('packer')
        const selection = (name: 'only' | 'except'): SourceUse[] | undefined => {
          const attr = block.body.items.find(i => i.kind === 'attribute' && i.name === name)
          if (!attr || attr.kind !== 'attribute') return undefined
          const list = evaluate(attr.expr, packerScope)
          if (!Array.isArray(list))
            throw new HclError(
              `Invalid ${name}: a list of source names like ["amazon-ebs.NAME"] is required.`,
              attr.expr.pos
            )
          return list.map((v): SourceUse => {
            const text = toText(v, attr.expr.pos)
            const found = buildUses.find(u =>
              [u.packerName, `source.${u.packerName}`, `${u.buildName}.${u.packerName}`].includes(
                text
              )
            )
            if (!found) {
              const hint = suggest(
                text,
                buildUses.map(u => u.packerName)
              )
              throw new HclError(
                `Unknown source "${text}" in ${name}: this build's sources are ${buildUses.map(u => `"${u.packerName}"`).join(', ') || 'none'}${hint ? `; did you mean "${hint}"?` : '.'}`,
                attr.expr.pos,
                `${path}.${name}`
              )
            }
            return found
          })
        }
        const only = selection('only')
        const except = selection('except') ?? []
        const targets = (only ?? buildUses).filter(u => !except.includes(u))
        const options = this.pluginOptions(type.value, what)
        const groups: { node: MapNode; uses: SourceUse[]; text: string }[] = []
        for (const use of targets) {
          const node = this.bodies.body(
            {
              items: block.body.items.filter(
                i =>
                  !(
                    i.kind === 'attribute' &&
                    ['only', 'except', 'name', 'keep_input_artifact'].includes(i.name)
                  )
              ),
              pos: block.pos
            },
            options,
            this.scope('build', use),
            path,
            block.pos
          )
          node.entries.unshift({
            key: 'type',
            keyLoc: loc(type.pos),
            value: { kind: 'scalar', value: type.value, loc: loc(type.pos), evaluated: true }
          })
          const text = JSON.stringify(node, (k, v) =>
            k === 'loc' || k === 'keyLoc' ? undefined : v
          )
          const same = groups.find(g => g.text === text)
          if (same) same.uses.push(use)
          else groups.push({ node, uses: [use], text })
        }
        return groups.map(({ node, uses }) => {
          if (uses.length < allUses.length) {
            const l = loc(block.pos)
            node.entries.push({
              key: 'only',
              keyLoc: l,
              value: {
                kind: 'list',
                items: uses.map(u => ({ kind: 'scalar', value: u.key, loc: l, evaluated: true })),
                loc: l
              }
            })
          }
          return node
        })
      }, path) ?? []
    )
  }

  private pluginOptions(
    type: string,
    what: 'provisioner' | 'post-processor'
  ): OptionDef[] | undefined {
    if (what === 'post-processor') return type === 'manifest' ? MANIFEST_OPTIONS : undefined
    if (type === 'shell') return [...PROVISIONER_COMMON_OPTIONS, ...SHELL_OPTIONS]
    if (type === 'file') return [...PROVISIONER_COMMON_OPTIONS, ...FILE_OPTIONS]
    return undefined
  }
}

function placeName(place: string): string {
  switch (place) {
    case 'packer':
      return 'here (only literal values and functions are allowed)'
    case 'locals':
      return 'in locals (source. and build. exist only inside a build block)'
    case 'source':
      return "in a source block (source. and build. exist only inside a build block's provisioners and post-processors)"
    default:
      return 'here'
  }
}

/** `*.auto.pkrvars.hcl` (and `.json`) beside the template are read first, in name order, as Packer does. */
function listAutoVarFiles(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter(f => f.endsWith('.auto.pkrvars.hcl') || f.endsWith('.auto.pkrvars.json'))
      .sort()
      .map(f => join(directory, f))
  } catch {
    return []
  }
}
