/**
 * Environment variables for shell scripts, quoted exactly as Packer's shell provisioner quotes
 * them: every value in single quotes, each embedded `'` as `'"'"'`. Inside single quotes a shell
 * expands nothing, so `$()`, backticks, spaces and newlines arrive byte for byte and never run.
 */

export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`
}

/** NAME → value, sorted by name as Packer sorts them; later definitions win. */
export function environment(entries: Array<[string, string]>): Array<[string, string]> {
  const merged = new Map<string, string>()
  for (const [name, value] of entries) merged.set(name, value)
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** `{{.Vars}}`: `A='1' B='2' ` (with Packer's trailing space). */
export function flattenedVars(env: Array<[string, string]>): string {
  return env.map(([name, value]) => `${name}=${shellQuote(value)} `).join('')
}

/** The contents of `{{.EnvVarFile}}`: one `export` per variable, sourced by the execute_command. */
export function envVarFile(env: Array<[string, string]>): string {
  return env.map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join('')
}

/** Splits `NAME=value` at the first `=`; a value may itself hold `=`. */
export function splitVar(entry: string): [string, string] {
  const at = entry.indexOf('=')
  return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)]
}
