/**
 * The syntax tree of HCL2 native syntax, as hclsyntax defines it. Every node carries the position
 * where it starts, so any error (ours or the validator's) points at the right line and column.
 */

export interface Pos {
  file: string
  line: number
  column: number
}

export interface Body {
  items: (Attribute | Block)[]
  pos: Pos
}

export interface Attribute {
  kind: 'attribute'
  name: string
  pos: Pos
  expr: Expr
}

export interface Block {
  kind: 'block'
  type: string
  labels: { value: string; pos: Pos }[]
  body: Body
  pos: Pos
}

export type Expr =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | CallExpr
  | TupleExpr
  | ObjectExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr
  | ParenExpr

export interface LiteralExpr {
  kind: 'literal'
  value: string | number | boolean | null
  pos: Pos
}

/** A quoted string or heredoc: literal text, interpolations and `%{if}`/`%{for}` directives. */
export interface TemplateExpr {
  kind: 'template'
  parts: TemplatePart[]
  pos: Pos
}

export type TemplatePart =
  | { kind: 'text'; value: string; pos: Pos }
  | { kind: 'interp'; expr: Expr; pos: Pos }
  | { kind: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[]; pos: Pos }
  | { kind: 'for'; keyVar?: string; valueVar: string; coll: Expr; body: TemplatePart[]; pos: Pos }

/** A root name: `var`, `local`, a `for` iterator, ... */
export interface VariableExpr {
  kind: 'variable'
  name: string
  pos: Pos
}

export interface GetAttrExpr {
  kind: 'getattr'
  object: Expr
  name: string
  /** Where the attribute name is: errors about it point there, not at the start of the chain. */
  namePos: Pos
  pos: Pos
}

export interface IndexExpr {
  kind: 'index'
  object: Expr
  key: Expr
  pos: Pos
}

/** `list[*].a.b` or `list.*.a`: `each` is applied to every element, with SplatItemExpr as it. */
export interface SplatExpr {
  kind: 'splat'
  source: Expr
  each: Expr
  pos: Pos
}

export interface SplatItemExpr {
  kind: 'splat-item'
  pos: Pos
}

export interface CallExpr {
  kind: 'call'
  name: string
  args: Expr[]
  /** `f(list...)`: the last argument is expanded into separate arguments. */
  expandFinal: boolean
  pos: Pos
}

export interface TupleExpr {
  kind: 'tuple'
  items: Expr[]
  pos: Pos
}

export interface ObjectExpr {
  kind: 'object'
  items: { key: Expr; value: Expr; pos: Pos }[]
  pos: Pos
}

export interface UnaryExpr {
  kind: 'unary'
  op: '!' | '-'
  operand: Expr
  pos: Pos
}

export type BinaryOp =
  '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%'

export interface BinaryExpr {
  kind: 'binary'
  op: BinaryOp
  left: Expr
  right: Expr
  pos: Pos
}

export interface ConditionalExpr {
  kind: 'conditional'
  cond: Expr
  then: Expr
  else: Expr
  pos: Pos
}

export interface ForExpr {
  kind: 'for'
  keyVar?: string
  valueVar: string
  coll: Expr
  /** Present for the object form `{for k, v in x : key => value}`. */
  keyExpr?: Expr
  valueExpr: Expr
  cond?: Expr
  /** `...` after the value of the object form: values with the same key are grouped into lists. */
  grouping: boolean
  pos: Pos
}

export interface ParenExpr {
  kind: 'paren'
  expr: Expr
  pos: Pos
}

/** A mistake in the text itself; loadHcl2 turns it into a Diagnostic. */
export class HclError extends Error {
  constructor(
    message: string,
    readonly pos: Pos,
    /** Key path for the diagnostic, when known. */
    readonly path = ''
  ) {
    super(message)
    this.name = 'HclError'
  }
}
