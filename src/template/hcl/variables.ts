/**
 * Input variables of an HCL2 template: declarations, and their values in Packer's order of
 * precedence — default < `PKR_VAR_name` < var files (`*.auto.pkrvars.hcl` first, then the ones
 * given, in order) < the action's `variables` input. Values given as text (environment, input) are
 * taken literally for string variables and parsed as HCL for every other type, as Packer does.
 */
import { readFileSync } from 'node:fs'
import type { Block, Expr, Pos } from './ast.js'
import { HclError } from './ast.js'
import type { FunctionContext, Scope } from './evaluate.js'
import { evaluate } from './evaluate.js'
import { parseHcl, parseHclExpression } from './parser.js'
import type { Type, Value } from './values.js'
import { convert, parseType, showType, typeOf } from './values.js'
import { suggest } from '../suggest.js'
import type { ResolvedVariable } from '../model.js'

export interface VariableDeclaration {
  name: string
  pos: Pos
  type: Type
  /** The declared type was inferred from the default (no `type =`). */
  typeGiven: boolean
  default?: Value
  sensitive: boolean
  validations: { condition: Expr; errorMessage: Expr; pos: Pos }[]
}

export interface VariableValue {
  value: Value
  origin: ResolvedVariable['origin']
  /** Where the value was written, for errors about it. */
  pos: Pos
}

const VARIABLE_ATTRIBUTES = ['type', 'default', 'description', 'sensitive', 'nullable']

/** A pure evaluation scope: literals and functions only (var files, defaults). */
export function pureScope(functions: FunctionContext): Scope {
  return { root: () => undefined, rootNames: [], functions }
}

export function declareVariable(
  block: Block,
  functions: FunctionContext,
  report: (e: HclError) => void
): VariableDeclaration | undefined {
  if (block.labels.length !== 1) {
    report(
      new HclError(
        `Missing name for variable: a variable block has one label, its name: variable "name" { … }.`,
        block.pos
      )
    )
    return undefined
  }
  const name = block.labels[0].value
  const decl: VariableDeclaration = {
    name,
    pos: block.labels[0].pos,
    type: { kind: 'any' },
    typeGiven: false,
    sensitive: false,
    validations: []
  }
  // env() is allowed only here, in a default, as in Packer.
  const defaults = pureScope(functions)
  let defaultPos = decl.pos
  for (const item of block.body.items) {
    try {
      if (item.kind === 'block') {
        if (item.type !== 'validation') {
          throw new HclError(
            `Unsupported block type: a variable has no "${item.type}" block; only "validation" blocks.`,
            item.pos
          )
        }
        const condition = item.body.items.find(
          i => i.kind === 'attribute' && i.name === 'condition'
        )
        const errorMessage = item.body.items.find(
          i => i.kind === 'attribute' && i.name === 'error_message'
        )
        const extra = item.body.items.find(
          i => i.kind === 'block' || !['condition', 'error_message'].includes(i.name)
        )
        if (extra)
          throw new HclError(
            `Unsupported ${extra.kind === 'block' ? 'block' : 'argument'} "${extra.kind === 'block' ? extra.type : extra.name}" in validation: a validation has only condition and error_message.`,
            extra.pos
          )
        if (!condition || condition.kind !== 'attribute')
          throw new HclError(
            'Missing required argument: a validation block needs condition = <a bool expression>.',
            item.pos
          )
        if (!errorMessage || errorMessage.kind !== 'attribute')
          throw new HclError(
            'Missing required argument: a validation block needs error_message = "…".',
            item.pos
          )
        decl.validations.push({
          condition: condition.expr,
          errorMessage: errorMessage.expr,
          pos: condition.pos
        })
        continue
      }
      switch (item.name) {
        case 'type':
          decl.type = parseType(item.expr)
          decl.typeGiven = true
          break
        case 'default':
          decl.default = evaluate(item.expr, defaults)
          defaultPos = item.expr.pos
          break
        case 'sensitive': {
          const v = evaluate(item.expr, pureScope(functions))
          if (typeof v !== 'boolean')
            throw new HclError(
              'Invalid value for sensitive: true or false required.',
              item.expr.pos
            )
          decl.sensitive = v
          break
        }
        case 'description':
        case 'nullable':
          evaluate(item.expr, pureScope(functions))
          break
        default: {
          const hint = suggest(item.name, VARIABLE_ATTRIBUTES)
          throw new HclError(
            `Unsupported argument: a variable has no "${item.name}"${hint ? `; did you mean "${hint}"?` : `; it takes ${VARIABLE_ATTRIBUTES.join(', ')} and validation blocks.`}`,
            item.pos
          )
        }
      }
    } catch (error) {
      if (!(error instanceof HclError)) throw error
      report(error)
    }
  }
  if (!decl.typeGiven && decl.default !== undefined) decl.type = typeOf(decl.default)
  if (decl.default !== undefined && decl.default !== null) {
    try {
      decl.default = convert(
        decl.default,
        decl.type,
        defaultPos,
        `the default of variable "${name}"`
      )
    } catch (error) {
      if (!(error instanceof HclError)) throw error
      report(error)
    }
  }
  return decl
}

/** Values of one var file (`.pkrvars.hcl`, or JSON for `.json`), with their positions. */
export function readVarFile(
  path: string,
  functions: FunctionContext
): Map<string, { value: Value; pos: Pos }> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new HclError(
      `Cannot read the variable file: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}.`,
      { file: path, line: 1, column: 1 }
    )
  }
  const values = new Map<string, { value: Value; pos: Pos }>()
  if (path.endsWith('.json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new HclError(`Invalid JSON in the variable file: ${(error as Error).message}.`, {
        file: path,
        line: 1,
        column: 1
      })
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new HclError(
        'Invalid variable file: a JSON variable file is an object of name → value.',
        { file: path, line: 1, column: 1 }
      )
    }
    for (const [k, v] of Object.entries(parsed))
      values.set(k, { value: v as Value, pos: { file: path, line: 1, column: 1 } })
    return values
  }
  const body = parseHcl(text, path)
  for (const item of body.items) {
    if (item.kind === 'block') {
      throw new HclError(
        `Unexpected "${item.type}" block: a variable file holds only assignments, name = value.`,
        item.pos
      )
    }
    values.set(item.name, { value: evaluate(item.expr, pureScope(functions)), pos: item.expr.pos })
  }
  return values
}

/** A value given as text (PKR_VAR_name, the `variables` input), typed as Packer types it. */
export function parseTextValue(
  text: string,
  decl: VariableDeclaration,
  pos: Pos,
  from: string,
  functions: FunctionContext
): Value {
  if (decl.type.kind === 'string' || (decl.type.kind === 'any' && !decl.typeGiven)) return text
  try {
    return evaluate(parseHclExpression(text, from), pureScope(functions))
  } catch (error) {
    if (!(error instanceof HclError)) throw error
    throw new HclError(
      `Invalid value for variable "${decl.name}" (from ${from}): a ${showType(decl.type)} value is written in HCL syntax (${example(decl.type)}), but "${text}" is not valid: ${error.message}`,
      pos
    )
  }
}

function example(t: Type): string {
  switch (t.kind) {
    case 'number':
      return '42'
    case 'bool':
      return 'true'
    case 'list':
    case 'set':
    case 'tuple':
      return '["a", "b"]'
    default:
      return '{ key = "value" }'
  }
}
