import { quantile, summarize } from '../../bench/stats.js'

describe('summaries of repeated measurements', () => {
  it('interpolates quartiles between ranks, as spreadsheets and numpy do', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({
      n: 4,
      median: 2.5,
      min: 1,
      max: 4,
      mean: 2.5,
      q1: 1.75,
      q3: 3.25,
      iqr: 1.5
    })
  })

  it('takes the middle value of an odd count, whatever the order given', () => {
    const summary = summarize([700, 120, 130, 110, 125])
    expect(summary.median).toBe(125)
    expect([summary.q1, summary.q3, summary.iqr]).toEqual([120, 130, 10])
  })

  it('has no spread for a single measurement', () => {
    expect(summarize([42])).toMatchObject({ median: 42, min: 42, max: 42, iqr: 0 })
  })

  it('refuses to summarize nothing rather than report a made-up figure', () => {
    expect(() => summarize([])).toThrow('no values')
    expect(() => quantile([1, 2], 1.5)).toThrow('within [0, 1]')
  })
})
