import { describe, expect, it } from 'vitest'
import type { ComparisonArticle, Facet } from '@parallax/compare'
import {
  facetsBySentence,
  filterFacets,
  orderFacets,
  outletNames,
  paragraphsOf,
  sentenceKey,
} from './comparison'

function facet(id: string, status: Facet['status'], kinds: Facet['kinds'] = []): Facet {
  return { id, label: id, status, kinds, confidence: 1, claims: [], explanation: '' }
}

function article(id: string, outlet: string, spans: [number, number][] = []): ComparisonArticle {
  const sentences = spans.map(([start, end], index) => ({
    index,
    start,
    end,
    text: 'x'.repeat(end - start),
  }))
  return { id, outlet, title: id, sentences }
}

describe('orderFacets', () => {
  it('puts divergences first, then agreements, then single-outlet facts, keeping order within each', () => {
    const facets = [
      facet('s1', 'single'),
      facet('a1', 'agree'),
      facet('d1', 'diverge'),
      facet('d2', 'diverge'),
    ]
    expect(orderFacets(facets).map((f) => f.id)).toEqual(['d1', 'd2', 'a1', 's1'])
  })
})

describe('filterFacets', () => {
  const facets = [
    facet('d1', 'diverge', ['value']),
    facet('d2', 'diverge', ['hedge']),
    facet('a1', 'agree'),
  ]

  it('shows everything when nothing is chosen', () => {
    expect(filterFacets(facets, { statuses: [], kinds: [] })).toHaveLength(3)
  })

  it('keeps facets matching a chosen status and any chosen kind', () => {
    expect(
      filterFacets(facets, { statuses: ['diverge'], kinds: ['hedge'] }).map((f) => f.id),
    ).toEqual(['d2'])
    expect(filterFacets(facets, { statuses: ['agree'], kinds: [] }).map((f) => f.id)).toEqual([
      'a1',
    ])
  })
})

describe('facetsBySentence', () => {
  it('lists each facet once per sentence it cites', () => {
    const claim = { article: 'a', sentence: 2 } as Facet['claims'][number]
    const twice = { ...facet('f', 'agree'), claims: [claim, claim] }
    expect(
      facetsBySentence([twice])
        .get(sentenceKey('a', 2))
        ?.map((f) => f.id),
    ).toEqual(['f'])
    expect(facetsBySentence([twice]).get(sentenceKey('a', 3))).toBeUndefined()
  })
})

describe('paragraphsOf', () => {
  it('breaks paragraphs where the gap between sentences is more than one space', () => {
    const groups = paragraphsOf(
      article('a', 'X', [
        [0, 10],
        [11, 20],
        [22, 30],
        [30, 40],
      ]),
    )
    expect(groups.map((group) => group.map((s) => s.index))).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('gives no paragraphs for an article without sentences', () => {
    expect(paragraphsOf(article('a', 'X'))).toEqual([])
  })
})

describe('outletNames', () => {
  it('names each article by its outlet as the comparison gives it, never numbering it', () => {
    const names = outletNames([article('a', 'Unknown outlet (1)'), article('b', 'Reuters')])
    expect(names).toEqual({ a: 'Unknown outlet (1)', b: 'Reuters' })
  })
})
