/**
 * The validator behind validateTree (validate.ts): checks a native-shaped tree against the option
 * table (options.ts), interpolates as it goes, and builds the model with every Packer default
 * filled in. It never stops at the first error: each section is checked on its own, so one run
 * reports everything.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { buildVariable, interpolate, type Scope, type Value } from './expressions.js'
import type {
  AmazonEbsSource,
  Diagnostic,
  FileProvisioner,
  LoadResult,
  ManifestPostProcessor,
  PostProcessor,
  Provisioner,
  ProvisionerCommon,
  ShellProvisioner,
  SourceLocation
} from './model.js'
import {
  FILE_OPTIONS,
  IGNORED_KEYS,
  MANIFEST_OPTIONS,
  PROVISIONER_COMMON_OPTIONS,
  SHELL_OPTIONS,
  SOURCE_OPTIONS,
  TOP_LEVEL_KEYS,
  type OptionDef,
  type StringType,
  type ValueType
} from './options.js'
import { writtenText } from './parse.js'
import { suggest } from './suggest.js'
import type { MapNode, Node, ScalarNode } from './tree.js'
import type { ValidateContext } from './validate.js'
import { resolveVariables } from './variables.js'

/** Options naming files on the runner: they must exist at validation, so no build variables. */
const LOCAL_PATHS = new Set(['script', 'scripts', 'source', 'sources', 'user_data_file'])
const BUILD_REF = /\$\{build\.([A-Za-z_][A-Za-z0-9_]*)\}/g
const INVALID = Symbol('invalid')
type Checked = unknown | typeof INVALID
type Fields = Map<string, { value: unknown; loc: SourceLocation; keyLoc: SourceLocation }>

/** validateTree's engine (validate.ts holds the documented entry point). */
export class Validator {
  private readonly errors: Diagnostic[] = []
  private readonly warnings: Diagnostic[] = []
  private scope!: Scope
  private sensitive: string[] = []

  constructor(private readonly ctx: ValidateContext) {
    for (const d of ctx.diagnostics ?? [])
      (d.severity === 'error' ? this.errors : this.warnings).push(d)
  }

  run(root: MapNode): LoadResult {
    const { ctx } = this
    const sections = new Map<string, { node: Node; keyLoc: SourceLocation }>()
    for (const { key, keyLoc, value } of root.entries) {
      if (IGNORED_KEYS.includes(key)) continue
      if ((TOP_LEVEL_KEYS as readonly string[]).includes(key))
        sections.set(key, { node: value, keyLoc })
      else this.unknownKey(keyLoc, key, key, TOP_LEVEL_KEYS, 'at the top level')
    }

    const rootLoc: SourceLocation = {
      file: root.loc.file,
      line: root.loc.line,
      column: root.loc.column
    }
    const base = {
      env: ctx.options.env,
      now: ctx.options.now,
      workingDirectory: ctx.options.workingDirectory,
      templateDirectory: dirname(ctx.path),
      strictFunctions: ctx.format === 'legacy-json'
    }
    let variables = ctx.resolved?.variables ?? []
    if (ctx.resolved) {
      this.sensitive = ctx.resolved.sensitiveValues
      this.scope = {
        ...base,
        variable: () => undefined,
        variableNames: () => [],
        local: () => undefined,
        localNames: () => []
      }
    } else {
      const resolved = resolveVariables(
        sections.get('variables')?.node,
        sections.get('locals')?.node,
        base,
        ctx.options,
        rootLoc,
        {
          error: (loc, path, message) => this.error(loc, path, message),
          warning: (loc, path, message) => this.warn(loc, path, message)
        }
      )
      this.scope = resolved.scope
      this.sensitive = resolved.sensitiveValues
      variables = resolved.resolved
    }

    const source = sections.get('source')
    const sourcesSection = sections.get('sources')
    let sources: AmazonEbsSource[] = []
    if (source && sourcesSection) {
      this.error(
        sourcesSection.keyLoc,
        'sources',
        '`source` and `sources` cannot both be set: use `source` for one build, or name each build under `sources`'
      )
    } else if (source) {
      const built = this.source('default', source.node, 'source', source.keyLoc)
      if (built) sources.push(built)
    } else if (sourcesSection) {
      const node = sourcesSection.node
      if (node.kind !== 'map')
        this.error(
          node.loc,
          'sources',
          `expected a map of named sources, got ${describeNode(node)}`
        )
      else if (node.entries.length === 0)
        this.error(node.loc, 'sources', '`sources` is empty: define at least one source')
      else {
        for (const { key, keyLoc, value } of node.entries) {
          if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(key)) {
            this.error(
              keyLoc,
              `sources.${key}`,
              `invalid source name \`${key}\`: use letters, digits, _, . and -`
            )
            continue
          }
          const built = this.source(key, value, `sources.${key}`, keyLoc)
          if (built) sources.push(built)
        }
      }
    } else {
      this.error(
        rootLoc,
        '',
        'the template defines no source: add a `source` (or named `sources`) with the amazon-ebs options'
      )
    }

    const sourceNames = this.declaredSourceNames(source, sourcesSection)
    const provisioners = this.list(
      sections.get('provisioners')?.node,
      'provisioners',
      (node, path) => this.provisioner(node, path, sourceNames)
    )
    const postProcessors = this.list(
      sections.get('post_processors')?.node,
      'post_processors',
      (node, path) => this.postProcessor(node, path, sourceNames)
    )

    sources = this.selectSources(sources, sourceNames, rootLoc)

    const warnings = this.warnings.map(d => this.masked(d))
    if (this.errors.length > 0)
      return { ok: false, errors: this.errors.map(d => this.masked(d)), warnings }
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
    }
  }

  // -------------------------------------------------------------------------------------------
  // Sections

  private source(
    name: string,
    node: Node,
    path: string,
    keyLoc: SourceLocation
  ): AmazonEbsSource | undefined {
    const fields = this.options(node, path, SOURCE_OPTIONS, `source \`${name}\``, false, keyLoc)
    if (!fields) return this.requireAmi(node, path, keyLoc)
    const loc = node.loc
    const get = <T>(key: string): T | undefined => fields.get(key)?.value as T | undefined
    const at = (key: string): SourceLocation => fields.get(key)?.keyLoc ?? loc
    const before = this.errors.length

    this.exclusive(fields, path, 'source_ami', 'source_ami_filter', true, keyLoc)
    this.exclusive(fields, path, 'subnet_id', 'subnet_filter')
    this.exclusive(fields, path, 'vpc_id', 'vpc_filter')
    this.exclusive(fields, path, 'user_data', 'user_data_file')
    const subnetFilter = get<Record<string, unknown>>('subnet_filter')
    if (subnetFilter?.most_free && subnetFilter.random) {
      this.error(
        at('subnet_filter'),
        `${path}.subnet_filter`,
        '`most_free` and `random` cannot both be true: pick one way to choose the subnet'
      )
    }
    if (get('kms_key_id') !== undefined && get('encrypt_boot') !== true) {
      this.error(at('kms_key_id'), `${path}.kms_key_id`, '`kms_key_id` needs `encrypt_boot: true`')
    }
    if (
      (get<string[]>('spot_instance_types') ?? []).length > 0 &&
      get('spot_price') === undefined
    ) {
      this.error(
        at('spot_instance_types'),
        `${path}.spot_instance_types`,
        '`spot_instance_types` needs `spot_price` (`auto` or a maximum price)'
      )
    }
    const amiRegions = get<string[]>('ami_regions') ?? []
    for (const region of Object.keys(get<Record<string, string>>('region_kms_key_ids') ?? {})) {
      if (!amiRegions.includes(region)) {
        this.error(
          at('region_kms_key_ids'),
          `${path}.region_kms_key_ids.${region}`,
          `\`region_kms_key_ids\` has a key for ${region}, which is not in \`ami_regions\` (${amiRegions.join(', ') || 'empty'})`
        )
      }
    }
    let userData = get<string>('user_data')
    const userDataFile = get<string>('user_data_file') && this.local(get<string>('user_data_file')!)
    if (userDataFile !== undefined) {
      try {
        userData = readFileSync(userDataFile, 'utf8')
      } catch {
        this.error(
          fields.get('user_data_file')!.loc,
          `${path}.user_data_file`,
          `user data file not found: ${userDataFile}`
        )
      }
    }
    if (this.errors.length > before) return undefined

    const region =
      get<string>('region') ??
      this.ctx.options.env.AWS_REGION ??
      this.ctx.options.env.AWS_DEFAULT_REGION ??
      ''
    const filter = get<Record<string, unknown>>('source_ami_filter')
    const built: AmazonEbsSource = {
      name,
      type: 'amazon-ebs',
      location: loc,
      region,
      source_ami: get('source_ami'),
      source_ami_filter: filter as AmazonEbsSource['source_ami_filter'],
      instance_type: get('instance_type')!,
      spot_price: get('spot_price'),
      spot_instance_types: get('spot_instance_types')!,
      subnet_id: get('subnet_id'),
      subnet_filter: get('subnet_filter'),
      vpc_id: get('vpc_id'),
      vpc_filter: get('vpc_filter'),
      availability_zone: get('availability_zone'),
      associate_public_ip_address: get('associate_public_ip_address'),
      security_group_ids: get('security_group_ids')!,
      temporary_security_group_source_cidrs: get('temporary_security_group_source_cidrs')!,
      iam_instance_profile: get('iam_instance_profile'),
      user_data: userData,
      metadata_options: get('metadata_options'),
      shutdown_behavior: get('shutdown_behavior')!,
      run_tags: get('run_tags')!,
      run_volume_tags: get('run_volume_tags')!,
      launch_block_device_mappings: get('launch_block_device_mappings')!,
      ssh_username: get('ssh_username')!,
      ssh_port: get('ssh_port')!,
      ssh_timeout: get('ssh_timeout')!,
      ssh_interface: get('ssh_interface')!,
      ssh_handshake_attempts: get('ssh_handshake_attempts')!,
      ami_name: get('ami_name')!,
      ami_description: get('ami_description'),
      ami_virtualization_type: get('ami_virtualization_type')!,
      tags: get('tags')!,
      snapshot_tags: get('snapshot_tags')!,
      ami_regions: [...new Set(amiRegions)],
      ami_users: get('ami_users')!,
      ami_groups: get('ami_groups')!,
      ami_org_arns: get('ami_org_arns')!,
      ami_ou_arns: get('ami_ou_arns')!,
      snapshot_users: get('snapshot_users')!,
      snapshot_groups: get('snapshot_groups')!,
      encrypt_boot: get('encrypt_boot'),
      kms_key_id: get('kms_key_id'),
      region_kms_key_ids: get('region_kms_key_ids')!,
      ami_block_device_mappings: get('ami_block_device_mappings')!,
      ena_support: get('ena_support'),
      sriov_support: get('sriov_support'),
      imds_support: get('imds_support'),
      deprecate_at: get('deprecate_at'),
      force_deregister: get('force_deregister')!,
      force_delete_snapshot: get('force_delete_snapshot')!,
      skip_create_ami: get('skip_create_ami')!,
      skip_region_validation: get('skip_region_validation')!
    }
    return stripUndefined(built)
  }

  /** Even when other options are wrong, say that the source AMI is missing. */
  private requireAmi(node: Node, path: string, keyLoc: SourceLocation): undefined {
    if (
      node.kind === 'map' &&
      !node.entries.some(e => e.key === 'source_ami' || e.key === 'source_ami_filter')
    ) {
      this.error(keyLoc, path, 'one of `source_ami` or `source_ami_filter` is required')
    }
    return undefined
  }

  private provisioner(node: Node, path: string, sourceNames: string[]): Provisioner | undefined {
    const type = this.typeOf(node, path, ['shell', 'file'], 'provisioner')
    if (!type) return undefined
    const specific = type === 'shell' ? SHELL_OPTIONS : FILE_OPTIONS
    const fields = this.options(
      node,
      path,
      [...PROVISIONER_COMMON_OPTIONS, ...specific],
      `${type} provisioner`,
      true
    )
    if (!fields) return undefined
    const get = <T>(key: string): T | undefined => fields.get(key)?.value as T | undefined
    const before = this.errors.length
    const common = this.common(fields, node.loc, path, sourceNames)

    if (type === 'shell') {
      const set = ['inline', 'script', 'scripts'].filter(k => fields.has(k))
      if (set.length === 0) {
        this.error(
          node.loc,
          path,
          'a shell provisioner needs one of `inline`, `script` or `scripts`'
        )
      } else if (set.length > 1) {
        this.error(
          fields.get(set[1])!.keyLoc,
          `${path}.${set[1]}`,
          `\`${set[0]}\` and \`${set[1]}\` cannot both be set: use one`
        )
      }
      const script = get<string>('script')
      const scripts = (script !== undefined ? [script] : get<string[]>('scripts'))?.map(p =>
        this.local(p)
      )
      const scriptsLoc = fields.get('script')?.loc ?? fields.get('scripts')?.loc
      for (const file of scripts ?? [])
        this.mustExist(
          file,
          scriptsLoc!,
          `${path}.${script !== undefined ? 'script' : 'scripts'}`,
          'script'
        )
      if (this.errors.length > before || !common) return undefined
      const shell: ShellProvisioner = {
        type: 'shell',
        ...common,
        inline: get('inline'),
        scripts,
        environment_vars: get('environment_vars')!,
        execute_command: get('execute_command')!,
        inline_shebang: get('inline_shebang')!,
        remote_folder: get('remote_folder')!,
        remote_file: get('remote_file'),
        expect_disconnect: get('expect_disconnect')!,
        valid_exit_codes: get('valid_exit_codes')!,
        skip_clean: get('skip_clean')!,
        env: get('env')!
      }
      return stripUndefined(shell)
    }

    const direction = get<'upload' | 'download'>('direction')!
    const generated = get<boolean>('generated')!
    const set = ['source', 'sources', 'content'].filter(k => fields.has(k))
    if (direction === 'download') {
      if (fields.has('sources') || fields.has('content')) {
        const key = fields.has('sources') ? 'sources' : 'content'
        this.error(
          fields.get(key)!.keyLoc,
          `${path}.${key}`,
          `\`${key}\` cannot be used with \`direction: download\`: download one remote \`source\``
        )
      } else if (!fields.has('source')) {
        this.error(node.loc, path, 'a download needs `source`, the remote path to download')
      }
    } else if (set.length === 0) {
      this.error(node.loc, path, 'a file provisioner needs one of `source`, `sources` or `content`')
    } else if (set.length > 1) {
      this.error(
        fields.get(set[1])!.keyLoc,
        `${path}.${set[1]}`,
        `\`${set[0]}\` and \`${set[1]}\` cannot both be set: use one`
      )
    }
    // A download's source is on the instance; its destination is on the runner.
    const single = get<string>('source')
    let sources = single !== undefined ? [single] : get<string[]>('sources')
    let destination = get<string>('destination')
    if (direction === 'download') {
      if (destination !== undefined) destination = this.local(destination)
    } else {
      sources = sources?.map(p => this.local(p))
      const key = single !== undefined ? 'source' : 'sources'
      if (!generated) {
        for (const file of sources ?? []) {
          this.mustExist(
            file,
            fields.get(key)!.loc,
            `${path}.${key}`,
            'file provisioner source',
            '; set `generated: true` if an earlier provisioner creates it'
          )
        }
      }
    }
    if (this.errors.length > before || !common) return undefined
    const file: FileProvisioner = {
      type: 'file',
      ...common,
      sources,
      content: get('content'),
      destination: destination!,
      direction,
      generated
    }
    return stripUndefined(file)
  }

  private postProcessor(
    node: Node,
    path: string,
    sourceNames: string[]
  ): PostProcessor | undefined {
    const type = this.typeOf(node, path, ['manifest'], 'post-processor')
    if (!type) return undefined
    const fields = this.options(node, path, MANIFEST_OPTIONS, 'manifest post-processor', true)
    if (!fields) return undefined
    const get = <T>(key: string): T | undefined => fields.get(key)?.value as T | undefined
    const filter = this.sourceFilter(fields, path, sourceNames)
    if (!filter) return undefined
    const manifest: ManifestPostProcessor = {
      type: 'manifest',
      location: node.loc,
      ...filter,
      output: this.local(get<string>('output')!),
      strip_path: get('strip_path')!,
      custom_data: get('custom_data')!
    }
    return manifest
  }

  private common(
    fields: Fields,
    loc: SourceLocation,
    path: string,
    sourceNames: string[]
  ): ProvisionerCommon | undefined {
    const filter = this.sourceFilter(fields, path, sourceNames)
    if (!filter) return undefined
    const get = <T>(key: string): T => fields.get(key)?.value as T
    return {
      location: loc,
      ...filter,
      pause_before: get('pause_before'),
      max_retries: get('max_retries'),
      timeout: get('timeout')
    }
  }

  /** `only`/`except`: names of defined sources (Packer HCL2's `amazon-ebs.NAME` is accepted). */
  private sourceFilter(
    fields: Fields,
    path: string,
    sourceNames: string[]
  ): { only: string[]; except: string[] } | undefined {
    let ok = true
    const names = (key: 'only' | 'except'): string[] => {
      const list = (fields.get(key)?.value as string[] | undefined) ?? []
      return list.map(raw => {
        const name = raw.startsWith('amazon-ebs.') ? raw.slice('amazon-ebs.'.length) : raw
        if (!sourceNames.includes(name)) {
          ok = false
          const hint = suggest(name, sourceNames)
          this.error(
            fields.get(key)!.loc,
            `${path}.${key}`,
            `\`${key}\` names the source \`${raw}\`, which is not defined${hint ? ` — did you mean \`${hint}\`?` : ''} (sources: ${sourceNames.join(', ') || 'none'})`
          )
        }
        return name
      })
    }
    const only = names('only')
    const except = names('except')
    if (only.length > 0 && except.length > 0) {
      this.error(
        fields.get('except')!.keyLoc,
        `${path}.except`,
        '`only` and `except` cannot both be set: use one'
      )
      return undefined
    }
    return ok ? { only, except } : undefined
  }

  private selectSources(
    sources: AmazonEbsSource[],
    names: string[],
    loc: SourceLocation
  ): AmazonEbsSource[] {
    const { only, except } = this.ctx.options
    for (const [what, list] of [
      ['only', only],
      ['except', except]
    ] as const) {
      for (const name of list) {
        if (!names.includes(name)) {
          const hint = suggest(name, names)
          this.error(
            loc,
            '',
            `\`${what}\` names the source \`${name}\`, which the template does not define${hint ? ` — did you mean \`${hint}\`?` : ''} (sources: ${names.join(', ')})`
          )
        }
      }
    }
    const selected = sources.filter(
      s => (only.length === 0 || only.includes(s.name)) && !except.includes(s.name)
    )
    if (sources.length > 0 && selected.length === 0 && this.errors.length === 0) {
      this.error(
        loc,
        '',
        `\`only\`/\`except\` leave no source to build (sources: ${names.join(', ')})`
      )
    }
    return selected
  }

  private declaredSourceNames(
    source: { node: Node } | undefined,
    sources: { node: Node } | undefined
  ): string[] {
    if (source) return ['default']
    if (sources?.node.kind === 'map') return sources.node.entries.map(e => e.key)
    return []
  }

  // -------------------------------------------------------------------------------------------
  // Generic checks driven by the option table

  /** A list section: each item checked on its own, so one bad item does not hide the others. */
  private list<T>(
    node: Node | undefined,
    path: string,
    item: (node: Node, path: string) => T | undefined
  ): T[] {
    if (!node || (node.kind === 'scalar' && node.value === null)) return []
    if (node.kind !== 'list') {
      this.error(node.loc, path, `expected a list, got ${describeNode(node)}`)
      return []
    }
    const out: T[] = []
    for (const [i, child] of node.items.entries()) {
      const built = item(child, `${path}[${i}]`)
      if (built !== undefined) out.push(built)
    }
    return out
  }

  private typeOf<T extends string>(
    node: Node,
    path: string,
    types: readonly T[],
    what: string
  ): T | undefined {
    if (node.kind !== 'map') {
      this.error(
        node.loc,
        path,
        `expected a ${what} (a map with \`type\`), got ${describeNode(node)}`
      )
      return undefined
    }
    const entry = node.entries.find(e => e.key === 'type')
    if (!entry) {
      this.error(node.loc, path, `a ${what} needs a \`type\` (${types.join(' or ')})`)
      return undefined
    }
    const value = entry.value.kind === 'scalar' ? entry.value.value : undefined
    if (typeof value !== 'string' || !(types as readonly string[]).includes(value)) {
      const hint = typeof value === 'string' ? suggest(value, types) : undefined
      this.error(
        entry.value.loc,
        `${path}.type`,
        `unknown ${what} type ${typeof value === 'string' ? `\`${value}\`` : describeNode(entry.value)}${hint ? ` — did you mean \`${hint}\`?` : ''} (supported: ${types.join(', ')})`
      )
      return undefined
    }
    return value as T
  }

  /** Check a map against option definitions; every option present or defaulted is in the result. */
  /** `at`: where a missing key is reported (the key that owns the map, not its first line). */
  private options(
    node: Node,
    path: string,
    defs: OptionDef[],
    what: string,
    buildVariables = false,
    at: SourceLocation = node.loc
  ): Fields | undefined {
    if (node.kind !== 'map') {
      this.error(node.loc, path, `expected a map of ${what} options, got ${describeNode(node)}`)
      return undefined
    }
    const byName = new Map(defs.map(d => [d.name, d]))
    const fields: Fields = new Map()
    let ok = true
    const suggested = new Set<string>()
    for (const { key, keyLoc, value } of node.entries) {
      if (IGNORED_KEYS.includes(key)) continue
      const def = byName.get(key)
      const keyPath = `${path}.${key}`
      if (!def) {
        const hint = this.unknownKey(
          keyLoc,
          keyPath,
          key,
          defs.map(d => d.name),
          `in ${what}`
        )
        if (hint) suggested.add(hint)
        ok = false
        continue
      }
      const allowBuild =
        (buildVariables ||
          def.buildVariables === true ||
          (def.type.kind === 'string' && def.type.buildVariables === true)) &&
        !LOCAL_PATHS.has(key)
      const checked = this.value(value, def.type, keyPath, allowBuild)
      if (checked === INVALID) {
        ok = false
        continue
      }
      fields.set(key, { value: checked, loc: value.loc, keyLoc })
    }
    for (const def of defs) {
      if (fields.has(def.name) || node.entries.some(e => e.key === def.name)) continue
      if (def.required) {
        // A misspelt key already said "did you mean": saying it is missing too would be noise.
        if (!suggested.has(def.name)) {
          this.error(
            at,
            `${path}.${def.name}`,
            `${what} is missing \`${def.name}\` (${describeType(def.type)})`
          )
        }
        ok = false
      } else if (def.default !== undefined) {
        fields.set(def.name, { value: defaultValue(def), loc: node.loc, keyLoc: node.loc })
      }
    }
    return ok ? fields : undefined
  }

  /** Paths on the runner resolve against the working directory. */
  private local(path: string): string {
    return resolve(this.ctx.options.workingDirectory, path)
  }

  private mustExist(
    path: string,
    loc: SourceLocation,
    keyPath: string,
    what: string,
    hint = ''
  ): void {
    if (!existsSync(path)) {
      const wd = this.ctx.options.workingDirectory
      this.error(
        loc,
        keyPath,
        `${what} not found: ${path} (relative paths resolve against ${wd}${hint})`
      )
    }
  }

  private value(node: Node, type: ValueType, path: string, allowBuild: boolean): Checked {
    // Interpolate first: the type is checked on what the value becomes.
    let fromExpression = this.ctx.format === 'legacy-json'
    let written: string | undefined
    if (node.kind === 'scalar' && typeof node.value === 'string') {
      const expanded = this.expand(node, path, allowBuild)
      if (expanded === INVALID) return INVALID
      if (expanded.changed) {
        written = node.value
        fromExpression = true
        node = valueToNode(expanded.value, node.loc)
      }
    }

    switch (type.kind) {
      case 'any':
        return node
      case 'string':
        return this.string(node, type, path, allowBuild, fromExpression, written)
      case 'integer': {
        let n: unknown = node.kind === 'scalar' ? node.value : undefined
        if (typeof n === 'string' && fromExpression && /^-?\d+$/.test(n.trim())) n = Number(n)
        const range =
          type.min !== undefined && type.max !== undefined
            ? ` from ${type.min} to ${type.max}`
            : type.min !== undefined
              ? ` of at least ${type.min}`
              : ''
        if (
          typeof n !== 'number' ||
          !Number.isInteger(n) ||
          (type.min !== undefined && n < type.min) ||
          (type.max !== undefined && n > type.max)
        ) {
          return this.wrong(node, path, `an integer${range}`, written)
        }
        return n
      }
      case 'boolean': {
        const v = node.kind === 'scalar' ? node.value : undefined
        if (typeof v === 'boolean') return v
        if (fromExpression && (v === 'true' || v === 'false')) return v === 'true'
        return this.wrong(node, path, 'true or false', written)
      }
      case 'duration': {
        const v = node.kind === 'scalar' ? node.value : undefined
        const ms = typeof v === 'string' ? parseDuration(v) : v === 0 ? 0 : undefined
        if (ms === undefined)
          return this.wrong(node, path, 'a duration like 30s, 5m or 1h30m', written)
        return ms
      }
      case 'list': {
        if (node.kind !== 'list') return this.wrong(node, path, describeType(type), written)
        if (type.minItems && node.items.length < type.minItems) {
          return this.fail(
            node.loc,
            path,
            `expected at least ${type.minItems} item${type.minItems > 1 ? 's' : ''}, got an empty list`
          )
        }
        const out: unknown[] = []
        let ok = true
        for (const [i, item] of node.items.entries()) {
          const v = this.value(item, type.items, `${path}[${i}]`, allowBuild)
          if (v === INVALID) ok = false
          else out.push(v)
        }
        return ok ? out : INVALID
      }
      case 'map': {
        if (node.kind !== 'map') return this.wrong(node, path, describeType(type), written)
        const out: Record<string, string> = Object.create(null)
        let ok = true
        for (const { key, keyLoc, value } of node.entries) {
          // A key is evaluated when its value is (HCL2 evaluates both).
          const evaluated = value.kind === 'scalar' && value.evaluated === true
          const keyNode: ScalarNode = { kind: 'scalar', value: key, loc: keyLoc, evaluated }
          const k = this.value(
            keyNode,
            type.keys ?? { kind: 'string' },
            `${path}.${key}`,
            allowBuild
          )
          const v = this.value(value, type.values, `${path}.${key}`, allowBuild)
          if (k === INVALID || v === INVALID) ok = false
          else out[k as string] = v as string
        }
        return ok ? out : INVALID
      }
      case 'object': {
        const fields = this.options(node, path, type.options, type.what, allowBuild)
        if (!fields) return INVALID
        const out: Record<string, unknown> = {}
        for (const [key, field] of fields) out[key] = field.value
        return out
      }
    }
  }

  private string(
    node: Node,
    type: StringType,
    path: string,
    allowBuild: boolean,
    fromExpression: boolean,
    written: string | undefined
  ): Checked {
    if (
      node.kind !== 'scalar' ||
      node.value === null ||
      (typeof node.value === 'boolean' && !fromExpression)
    ) {
      return this.wrong(node, path, describeType(type), written)
    }
    const value =
      typeof node.value === 'number'
        ? (writtenText(node) ?? String(node.value))
        : String(node.value)
    // Build variables are filled in during the build: check what is around them.
    const fixed = allowBuild ? value.replace(BUILD_REF, '') : value
    const hasBuild = fixed !== value
    const problem = (): string | undefined => {
      if (type.enum && !type.enum.includes(value)) {
        const hint = suggest(value, type.enum)
        return `${hint ? `did you mean \`${hint}\`? ` : ''}expected one of ${type.enum.join(', ')}`
      }
      if (type.minLength !== undefined && value.length < type.minLength) {
        return type.minLength === 1
          ? 'expected a non-empty string'
          : `it is shorter than ${type.minLength} characters`
      }
      if (type.maxLength !== undefined && fixed.length > type.maxLength) {
        return `it is longer than ${type.maxLength} characters (${fixed.length})`
      }
      if (type.check && !(hasBuild && fixed === '')) {
        const reason = type.check(fixed)
        if (reason !== undefined) return reason === false ? '' : reason
      }
      return undefined
    }
    const reason = problem()
    if (reason === undefined) return value
    const expected = type.expected ? `expected ${type.expected}` : ''
    const detail = [reason, expected].filter(Boolean).join('; ')
    const shown =
      written !== undefined
        ? `\`${written}\` is \`${value}\` after interpolation, which is invalid`
        : `invalid value \`${value}\``
    return this.fail(node.loc, path, `${shown}: ${detail}`)
  }

  /** Interpolate a string scalar (or, if already evaluated, check its build variables). */
  private expand(
    node: ScalarNode,
    path: string,
    allowBuild: boolean
  ): { value: Value; changed: boolean } | typeof INVALID {
    const text = node.value as string
    if (node.evaluated) {
      for (const m of text.matchAll(BUILD_REF)) {
        const checked = buildVariable(m[1], { buildVariables: allowBuild })
        if ('error' in checked) return this.fail(node.loc, path, checked.error)
      }
      return { value: text, changed: false }
    }
    const result = interpolate(text, this.scope, { buildVariables: allowBuild })
    if (!result.ok) {
      for (const e of result.errors) if (e) this.error(node.loc, path, e)
      return INVALID
    }
    return result
  }

  private exclusive(
    fields: Fields,
    path: string,
    a: string,
    b: string,
    required = false,
    loc?: SourceLocation
  ): void {
    const fa = fields.get(a)
    const fb = fields.get(b)
    if (fa && fb) {
      const second =
        fa.keyLoc.line > fb.keyLoc.line ||
        (fa.keyLoc.line === fb.keyLoc.line && fa.keyLoc.column > fb.keyLoc.column)
          ? a
          : b
      this.error(
        fields.get(second)!.keyLoc,
        `${path}.${second}`,
        `\`${a}\` and \`${b}\` cannot both be set: use one`
      )
    } else if (required && !fa && !fb) {
      this.error(loc!, path, `one of \`${a}\` or \`${b}\` is required`)
    }
  }

  private unknownKey(
    loc: SourceLocation,
    path: string,
    key: string,
    known: readonly string[],
    where: string
  ): string | undefined {
    const hint = suggest(key, known)
    this.error(
      loc,
      path,
      hint
        ? `unknown key \`${key}\` ${where} — did you mean \`${hint}\`?`
        : `unknown key \`${key}\` ${where} (known keys: ${known.join(', ')})`
    )
    return hint
  }

  private wrong(node: Node, path: string, expected: string, written?: string): typeof INVALID {
    const got =
      written !== undefined
        ? `\`${written}\`, which is ${describeNode(node)} after interpolation`
        : describeNode(node)
    return this.fail(node.loc, path, `expected ${expected}, got ${got}`)
  }

  private fail(loc: SourceLocation, path: string, message: string): typeof INVALID {
    this.error(loc, path, message)
    return INVALID
  }

  private error(loc: SourceLocation, path: string, message: string): void {
    this.errors.push({
      severity: 'error',
      file: loc.file,
      line: loc.line,
      column: loc.column,
      path,
      message
    })
  }

  private warn(loc: SourceLocation, path: string, message: string): void {
    this.warnings.push({
      severity: 'warning',
      file: loc.file,
      line: loc.line,
      column: loc.column,
      path,
      message
    })
  }

  /** A message may quote an interpolated value: never let a sensitive one through. */
  private masked(d: Diagnostic): Diagnostic {
    let message = d.message
    for (const secret of this.sensitive) message = message.split(secret).join('<sensitive>')
    return { ...d, message }
  }
}

// ---------------------------------------------------------------------------------------------

export function describeType(type: ValueType): string {
  switch (type.kind) {
    case 'string':
      if (type.enum) return `one of ${type.enum.join(', ')}`
      return type.expected ?? 'a string'
    case 'integer':
      return type.min !== undefined && type.max !== undefined
        ? `an integer from ${type.min} to ${type.max}`
        : type.min !== undefined
          ? `an integer of at least ${type.min}`
          : 'an integer'
    case 'boolean':
      return 'true or false'
    case 'duration':
      return 'a duration like 30s, 5m or 1h30m'
    case 'list':
      if (type.items.kind === 'string' && !type.items.expected && !type.items.enum)
        return 'a list of strings'
      return `a list, each ${describeType(type.items)}`
    case 'map':
      return `a map of ${type.what ?? 'strings'} (name: value)`
    case 'object':
      return `a map of ${type.what} options`
    case 'any':
      return 'any value'
  }
}

function describeNode(node: Node): string {
  if (node.kind === 'list') return 'a list'
  if (node.kind === 'map') return 'a map'
  if (node.value === null) return 'nothing (null)'
  if (typeof node.value === 'string') return `the string \`${node.value}\``
  return `\`${String(node.value)}\``
}

function valueToNode(value: Value, loc: SourceLocation): Node {
  if (Array.isArray(value))
    return { kind: 'list', items: value.map(v => ({ kind: 'scalar', value: v, loc })), loc }
  if (typeof value === 'object') {
    return {
      kind: 'map',
      loc,
      entries: Object.entries(value).map(([key, v]) => ({
        key,
        keyLoc: loc,
        value: { kind: 'scalar', value: v, loc }
      }))
    }
  }
  return { kind: 'scalar', value, loc, evaluated: true }
}

function defaultValue(def: OptionDef): unknown {
  if (def.type.kind === 'duration') return parseDuration(def.default as string)
  if (Array.isArray(def.default)) return [...def.default]
  if (typeof def.default === 'object' && def.default !== null)
    return Object.assign(Object.create(null), def.default)
  return def.default
}

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000
}

/** Go's time.ParseDuration (unsigned), in milliseconds. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined
  let ms = 0
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g))
    ms += Number(m[1]) * UNIT_MS[m[2]]
  return Math.round(ms)
}

function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>)
    if (value[key] === undefined) delete value[key]
  return value
}
