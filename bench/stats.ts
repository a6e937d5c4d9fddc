/**
 * Summary statistics of repeated measurements. Quantiles interpolate linearly between the closest
 * ranks (R's type 7, numpy's default), so the figures can be checked with any spreadsheet.
 */

export interface Summary {
  n: number
  median: number
  min: number
  max: number
  mean: number
  /** First and third quartiles; their difference is the spread reported (IQR). */
  q1: number
  q3: number
  iqr: number
}

export function quantile(sortedValues: readonly number[], q: number): number {
  if (sortedValues.length === 0) throw new Error('quantile of no values')
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile must be within [0, 1], got ${q}`)
  const position = (sortedValues.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  const fraction = position - below
  return sortedValues[below] + (sortedValues[above] - sortedValues[below]) * fraction
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const q1 = quantile(sorted, 0.25)
  const q3 = quantile(sorted, 0.75)
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    q1,
    q3,
    iqr: q3 - q1
  }
}

export function median(values: readonly number[]): number {
  return summarize(values).median
}

/** The median, or undefined when there is nothing to take it of. */
export function medianOf(values: readonly number[]): number | undefined {
  return values.length > 0 ? median(values) : undefined
}
