import { describe, expect, it } from 'vitest'
import { readEvalSet } from './eval-set'
import { readFloor } from './floor'
import { scoreDefaults } from './quality'
import { checkWithScoreMjs } from './score-mjs'

// The real-news set in ../shared/eval/cluster through clusterArticles at its defaults, held to
// what `run.ts --record` last recorded. No timing here: only what the clustering returns.
describe('story clustering on the real-news set', () => {
  const set = readEvalSet()
  const { got, score } = scoreDefaults(set)

  it('stays at or above the recorded floor', () => {
    const floor = readFloor()
    expect.soft(score.bcubed.f1, 'B-cubed F1').toBeGreaterThanOrEqual(floor.bcubedF1)
    expect
      .soft(score.pairwise.precision, 'pairwise precision')
      .toBeGreaterThanOrEqual(floor.pairwisePrecision)
  })

  it('scores as score.mjs scores it', () => {
    expect(checkWithScoreMjs(set, got, score)).toEqual([])
  })
})
