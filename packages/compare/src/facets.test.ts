import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import type { ClaimGroup } from './align'
import { buildFacets } from './facets'
import { buildClaimNodes } from './features'

describe('buildFacets', () => {
  const articles = [
    makeArticle('a', 'A', ['The council did not approve the harbour budget.']),
    makeArticle('b', 'B', ['The council approved the harbour budget.']),
  ]
  const nodes = buildClaimNodes(
    articles.map((article) => ({ article, claims: extractClaims(article) })),
  )
  const [x, y] = [0, 1].map((i) =>
    nodes.find((n) => n.articleIndex === i && n.claim.fact === 'main')!,
  )
  const story = { articles, names: ['A', 'B'], spread: new Map<string, number>() }
  const facetOf = (loose: boolean) => {
    const group: ClaimGroup = {
      members: [x!, y!],
      perArticle: new Map([
        [0, 1],
        [1, 1],
      ]),
      links: [{ a: x!, b: y!, score: 0.2, ...(loose ? { loose } : {}) }],
    }
    return buildFacets([group], story).facets
  }

  it('reads a divergence off a pair whose facts line up', () => {
    expect(facetOf(false).map((f) => [f.status, f.kinds])).toEqual([['diverge', ['negation']]])
  })

  it('shows a loosely joined claim beside the other, but as no evidence of a divergence', () => {
    const facets = facetOf(true)
    expect(facets.map((f) => [f.status, f.kinds])).toEqual([['agree', []]])
    expect(facets[0]!.claims.map((c) => c.article)).toEqual(['a', 'b'])
    expect(facets[0]!.explanation).toMatch(/^A and B may report the same: their sentences share/)
  })

  it('counts a loose pair at half its score toward the facet’s confidence', () => {
    // 0.2 counts as 0.1 of the 0.6 that makes a sure match; by its score it would be 0.2 of it.
    expect(facetOf(true)[0]!.confidence).toBeCloseTo(0.1 / 0.6, 3)
  })
})
