import { describe, expect, it } from 'vitest'
import { clusterArticles } from '@parallax/cluster'
import { readEvalSet } from './eval-set'
import { seededRandom } from './generate'
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

  it('gives the same bytes for the set in any order', () => {
    const articles = set.map((e) => e.article)
    const expected = JSON.stringify(clusterArticles(articles))
    const random = seededRandom(7)
    for (let round = 0; round < 3; round++) {
      const order = articles.map((a) => ({ a, key: random() })).sort((x, y) => x.key - y.key)
      expect(JSON.stringify(clusterArticles(order.map((o) => o.a)))).toBe(expected)
    }
  })
})
