import { AwsError } from './aws-error.js'
import type { Filter } from './query.js'

/** EC2 filter values: `*` matches any run of characters, `?` one, and `\` escapes either. */
export function wildcardMatch(pattern: string, value: string): boolean {
  let regex = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\' && i + 1 < pattern.length) {
      regex += escapeRegex(pattern[++i])
    } else if (c === '*') regex += '[\\s\\S]*'
    else if (c === '?') regex += '[\\s\\S]'
    else regex += escapeRegex(c)
  }
  return new RegExp(`^${regex}$`).test(value)
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A resource's values for a filter name; undefined when the filter does not exist for it. */
export type FilterFields<T> = (resource: T, name: string) => Array<string | undefined> | undefined

/** tag:K, tag-key and tag-value, which every taggable resource supports. */
export function tagFilterValues(tags: Record<string, string>, name: string): string[] | undefined {
  if (name.startsWith('tag:')) {
    const key = name.slice(4)
    return key in tags ? [tags[key]] : []
  }
  if (name === 'tag-key') return Object.keys(tags)
  if (name === 'tag-value') return Object.values(tags)
  return undefined
}

/** Keeps the resources that match every filter (values of one filter are OR-ed, as on AWS). */
export function applyFilters<T>(resources: T[], filters: Filter[], fields: FilterFields<T>): T[] {
  return resources.filter(resource =>
    filters.every(filter => {
      const actual = fields(resource, filter.name)
      if (actual === undefined) {
        throw new AwsError('InvalidParameterValue', `The filter '${filter.name}' is invalid`)
      }
      return actual.some(
        value => value !== undefined && filter.values.some(p => wildcardMatch(p, value))
      )
    })
  )
}
