/**
 * A format-neutral tree of located values. Every template format (native YAML/JSON, Packer legacy
 * JSON, HCL2) is read into this shape — the native format's shape — and the one validator turns it
 * into the model, so an error in any format is reported the same way at the right place.
 */
import type { SourceLocation } from './model.js'

export type Node = ScalarNode | ListNode | MapNode

export interface ScalarNode {
  kind: 'scalar'
  value: string | number | boolean | null
  loc: SourceLocation
  /** True when the value is already evaluated (HCL2): the validator must not interpolate it again. */
  evaluated?: boolean
}

export interface ListNode {
  kind: 'list'
  items: Node[]
  loc: SourceLocation
}

export interface MapEntry {
  key: string
  keyLoc: SourceLocation
  value: Node
}

export interface MapNode {
  kind: 'map'
  entries: MapEntry[]
  loc: SourceLocation
}
