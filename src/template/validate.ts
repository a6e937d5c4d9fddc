/**
 * The one validator: a located tree in the native shape (tree.ts) in, a typed Template or every
 * located error out. Every format ends here — native YAML/JSON directly, Packer legacy JSON after
 * legacy.ts rewrites it into the native shape, HCL2 after its reader evaluates it.
 *
 *   validateTree(root, ctx): LoadResult
 *
 * The tree's top-level keys are those of the native format: `variables`, `locals`, `source` or
 * `sources`, `provisioners`, `post_processors`.
 *
 * For callers that evaluate expressions themselves (the HCL2 reader):
 * - mark every scalar you have already evaluated with `evaluated: true`; its text is then taken
 *   as it is, never interpolated again (a `${` in it is literal) — except that the canonical
 *   build-variable form `${build.Name}` is still recognised and checked, since it is resolved at
 *   build time;
 * - leave `variables` and `locals` out of the tree, and pass what you resolved in
 *   `ctx.resolved` (the summary's variable list and the values to mask).
 * Diagnostics carry the locations of the tree's nodes, so put the right file in each `loc`.
 */
import type { Diagnostic, LoadOptions, LoadResult, ResolvedVariable, Template } from './model.js'
import type { MapNode } from './tree.js'
import { Validator } from './validator.js'

export interface ValidateContext {
  /** Absolute path of the template file (or directory, for HCL2): Template.path. */
  path: string
  format: Template['format']
  options: LoadOptions
  /** Variables already resolved by the caller (HCL2); when set, the tree has no variables/locals. */
  resolved?: { variables: ResolvedVariable[]; sensitiveValues: string[] }
  /** Diagnostics found before validation (e.g. while converting legacy JSON), reported with ours. */
  diagnostics?: Diagnostic[]
}

export function validateTree(root: MapNode, ctx: ValidateContext): LoadResult {
  return new Validator(ctx).run(root)
}
