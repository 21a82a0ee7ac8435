import { describe, expect, it } from 'vitest'
import type { ComparisonArticle, Facet } from '@parallax/compare'
import { LEADING_DIVERGENCES, sectionFacets, sectionOf } from './facet-sections'

function facet(id: string, status: Facet['status'], confidence: number, article = 'a'): Facet {
  const claim = { article, sentence: 0 } as Facet['claims'][number]
  return { id, label: id, status, kinds: [], confidence, claims: [claim], explanation: '' }
}

const articles = [
  { id: 'a', outlet: 'Fox News' },
  { id: 'b', outlet: 'HuffPost' },
  { id: 'c', outlet: 'The New York Times' },
] as ComparisonArticle[]

describe('sectionFacets', () => {
  it('leads with the surest divergences, at most a few, surest first', () => {
    const facets = [0.6, 0.9, 0.55, 0.7, 0.95, 0.8, 0.65].map((c, i) =>
      facet(`d${i}`, 'diverge', c),
    )
    const sections = sectionFacets(facets, articles)
    expect(sections.leading.map((f) => f.confidence)).toEqual([0.95, 0.9, 0.8, 0.7, 0.65])
    expect(sections.leading).toHaveLength(LEADING_DIVERGENCES)
    expect(sections.moreDivergences.map((f) => f.confidence)).toEqual([0.6, 0.55])
  })

  it('keeps the engine order between divergences equally sure', () => {
    const facets = [facet('x', 'diverge', 0.7), facet('y', 'diverge', 0.7)]
    expect(sectionFacets(facets, articles).leading.map((f) => f.id)).toEqual(['x', 'y'])
  })

  it('puts facets under the confidence cut apart, whatever their status', () => {
    const facets = [
      facet('d', 'diverge', 0.2),
      facet('g', 'agree', 0.24),
      facet('s', 'single', 0.1),
      facet('sure', 'agree', 0.25),
    ]
    const sections = sectionFacets(facets, articles)
    expect(sections.leading).toEqual([])
    expect(sections.uncertain.map((f) => f.id)).toEqual(['d', 'g', 's'])
    expect(sections.agree.map((f) => f.id)).toEqual(['sure'])
  })

  it('folds single-outlet facts per outlet in article order and leaves out outlets with none', () => {
    const facets = [
      facet('s1', 'single', 1, 'c'),
      facet('s2', 'single', 1, 'a'),
      facet('s3', 'single', 0.9, 'c'),
    ]
    const folds = sectionFacets(facets, articles).single
    expect(folds.map((f) => [f.outlet, f.facets.map((x) => x.id)])).toEqual([
      ['Fox News', ['s2']],
      ['The New York Times', ['s1', 's3']],
    ])
  })
})

describe('sectionOf', () => {
  it('finds the section a facet is shown in', () => {
    const sections = sectionFacets(
      [facet('d', 'diverge', 0.9), facet('s', 'single', 1, 'b'), facet('u', 'agree', 0.1)],
      articles,
    )
    expect(sectionOf(sections, 'd')).toBe('leading')
    expect(sectionOf(sections, 's')).toBe('single')
    expect(sectionOf(sections, 'u')).toBe('uncertain')
    expect(sectionOf(sections, 'missing')).toBeUndefined()
  })
})
