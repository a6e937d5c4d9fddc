/**
 * Build variables are known only during the build (the source AMI's name, the instance's host):
 * the model keeps them as `${build.Name}`, and the engine fills them in with this.
 */
import type { BuildVariableName } from './model.js'

const REFERENCE = /\$\{build\.([A-Za-z_][A-Za-z0-9_]*)\}/g

/** Replace each `${build.Name}` with its value; a name without a value stays as written. */
export function expandBuildVariables(
  text: string,
  values: Partial<Record<BuildVariableName, string>>
): string {
  return text.replace(REFERENCE, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name)
      ? (values[name as BuildVariableName] ?? whole)
      : whole
  )
}

/** The build variables a string uses, in order of first use. */
export function buildVariablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map(m => m[1]))]
}
