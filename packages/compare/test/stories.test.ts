import { describe, expect, it } from 'vitest'
import { compareArticles } from '../src/compare-articles'
import type { Comparison } from '../src/types'
import { loadStory, storyNames, type ExpectedFacet } from './stories'

/** A facet as the expectations write it, in a form that sorts and compares. */
function describeFacet(f: ExpectedFacet): string {
  const claims = Object.keys(f.claims)
    .sort()
    .map((outlet) => `  ${outlet}: ${f.claims[outlet]!.join(' | ')}`)
  return [`${f.status} [${f.kinds.join(', ')}]`, ...claims].join('\n')
}

function actualFacets(comparison: Comparison, files: string[]): ExpectedFacet[] {
  const fileOf = new Map(comparison.articles.map((a, i) => [a.id, files[i]!]))
  return comparison.facets.map((facet) => {
    const claims: Record<string, string[]> = {}
    for (const claim of facet.claims) (claims[fileOf.get(claim.article)!] ??= []).push(claim.text)
    return { status: facet.status, kinds: facet.kinds, claims }
  })
}

describe.each(storyNames())('story %s', (name) => {
  const story = loadStory(name)
  const comparison = compareArticles(story.articles)

  it('finds exactly the facets written down for it', () => {
    const actual = actualFacets(comparison, story.files).map(describeFacet).sort()
    const expected = story.expected.facets.map(describeFacet).sort()
    expect(actual.join('\n\n')).toBe(expected.join('\n\n'))
  })

  it('gives the same bytes twice, and the same facets and pairs whatever the input order', () => {
    expect(JSON.stringify(compareArticles(story.articles))).toBe(JSON.stringify(comparison))
    for (const order of [
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const shuffled = compareArticles(order.map((i) => story.articles[i]!))
      expect(shuffled.articles.map((a) => a.id)).toEqual(order.map((i) => story.articles[i]!.id))
      expect(JSON.stringify(shuffled.facets)).toBe(JSON.stringify(comparison.facets))
      expect(JSON.stringify(shuffled.pairs)).toBe(JSON.stringify(comparison.pairs))
    }
  })

  it('lists divergences first, then agreements, then single facets', () => {
    const ranks = comparison.facets.map((f) => ['diverge', 'agree', 'single'].indexOf(f.status))
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
  })
})
