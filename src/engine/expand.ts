import { expandBuildVariables } from '../template/build-variables.js'

/** A tag map with `${build.X}` filled in, in keys and values alike. */
export function expandAll(
  values: Record<string, string>,
  variables: Record<string, string>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      expandBuildVariables(k, variables),
      expandBuildVariables(v, variables)
    ])
  )
}
