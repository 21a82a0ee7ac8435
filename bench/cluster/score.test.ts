import { describe, expect, it } from 'vitest'
import { scoreClusters } from './score'

describe('scoreClusters', () => {
  it('gives 1 everywhere for the gold clustering and less for a merge or a split', () => {
    const truth = ['a', 'a', 'b', 'b']
    expect(scoreClusters(truth, ['x', 'x', 'y', 'y']).bcubed.f1).toBe(1)
    const merged = scoreClusters(truth, ['x', 'x', 'x', 'x'])
    expect(merged.pairwise.precision).toBeCloseTo(2 / 6)
    expect(merged.bcubed.precision).toBeCloseTo(0.5)
    expect(merged.bcubed.recall).toBe(1)
    const split = scoreClusters(truth, ['x', 'y', 'z', 'z'])
    expect(split.pairwise.recall).toBeCloseTo(0.5)
    expect(split.bcubed.recall).toBeCloseTo(0.75)
    expect(split.found).toBe(3)
  })

  it('scores only the items asked for, in the clusters they share with the rest', () => {
    const score = scoreClusters(['a', 'a', 'b'], ['x', 'x', 'x'], new Set([2]))
    expect(score.bcubed.precision).toBeCloseTo(1 / 3)
    expect(score.pairwise.precision).toBe(0)
  })
})
