import type { Article } from '@parallax/article'
import { extractClaims, type Claim } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle, makeClaim } from '../test/build'
import { compareArticles, COMPARE_VERSION } from './compare-articles'
import { CompareError } from './errors'
import type { Comparison, Facet } from './types'

const ministry = (text: string) => [text, 'ministry-of-health', 'organisation'] as const

function story(): { articles: Article[]; claims: Record<string, Claim[]> } {
  const a = makeArticle('a', 'Daily Ledger', [
    'The Ministry of Health said 300 patients were infected at Northgate Hospital.',
    'Officials closed the east wing of Northgate Hospital on Monday.',
    'Inspectors allegedly found mould in the ventilation ducts.',
    'The hospital director, Ana Ruiz, said: "We acted within the hour."',
    'A new cafeteria opened in the lobby last spring.',
  ])
  const b = makeArticle('b', 'Evening Post', [
    'The MoD said 350 patients were infected at Northgate Hospital.',
    'Officials closed the east wing of Northgate Hospital on Monday.',
    'Inspectors found mould in the ventilation ducts.',
    'The health minister, Paul Okafor, said: "We acted within the hour."',
    'The ministry did not comment on whether staff would be suspended.',
  ])
  const c = makeArticle('c', 'Morning Star', [
    'The health ministry said about 300 patients were infected at Northgate Hospital.',
    'The ministry said staff would be suspended pending the inquiry.',
  ])
  const claims: Record<string, Claim[]> = {
    a: [
      makeClaim(a, 0, {
        entities: [
          [...ministry('Ministry of Health')],
          ['Northgate Hospital', 'northgate-hospital', 'organisation'],
        ],
        numbers: [
          { text: '300 patients', value: 300, unit: 'patient', precision: 'exact', type: 'count' },
        ],
        attribution: {
          kind: 'reported',
          speaker: { text: 'The Ministry of Health', key: 'ministry-of-health' },
          cue: 'said',
        },
        terms: ['patient', 'infect'],
        predicate: 'infect',
      }),
      makeClaim(a, 1, {
        entities: [['Northgate Hospital', 'northgate-hospital', 'organisation']],
        dates: [{ text: 'on Monday', value: '2024-03-04', granularity: 'day', relative: true }],
        terms: ['official', 'close', 'east', 'wing'],
        predicate: 'close',
      }),
      makeClaim(a, 2, {
        hedges: [{ text: 'allegedly', kind: 'allegation' }],
        terms: ['inspector', 'find', 'mould', 'ventilation', 'duct'],
        predicate: 'find',
      }),
      makeClaim(a, 3, {
        entities: [['Ana Ruiz', 'ana-ruiz', 'person']],
        attribution: { kind: 'quote', speaker: { text: 'Ana Ruiz', key: 'ana-ruiz' }, cue: 'said' },
        quote: 'We acted within the hour.',
        terms: ['hospital', 'director', 'act', 'hour'],
        predicate: 'act',
      }),
      makeClaim(a, 4, {
        terms: ['new', 'cafeteria', 'open', 'lobby', 'spring'],
        predicate: 'open',
      }),
    ],
    b: [
      makeClaim(b, 0, {
        entities: [
          [...ministry('MoD')],
          ['Northgate Hospital', 'northgate-hospital', 'organisation'],
        ],
        numbers: [
          { text: '350 patients', value: 350, unit: 'patient', precision: 'exact', type: 'count' },
        ],
        attribution: {
          kind: 'reported',
          speaker: { text: 'The MoD', key: 'ministry-of-health' },
          cue: 'said',
        },
        terms: ['patient', 'infect'],
        predicate: 'infect',
      }),
      makeClaim(b, 1, {
        entities: [['Northgate Hospital', 'northgate-hospital', 'organisation']],
        dates: [{ text: 'on Monday', value: '2024-03-04', granularity: 'day', relative: true }],
        terms: ['official', 'close', 'east', 'wing'],
        predicate: 'close',
      }),
      makeClaim(b, 2, {
        terms: ['inspector', 'find', 'mould', 'ventilation', 'duct'],
        predicate: 'find',
      }),
      makeClaim(b, 3, {
        entities: [['Paul Okafor', 'paul-okafor', 'person']],
        attribution: {
          kind: 'quote',
          speaker: { text: 'Paul Okafor', key: 'paul-okafor' },
          cue: 'said',
        },
        quote: 'We acted within the hour.',
        terms: ['health', 'minister', 'act', 'hour'],
        predicate: 'act',
      }),
      makeClaim(b, 4, {
        entities: [[...ministry('The ministry')]],
        negations: [
          {
            text: 'did not comment',
            kind: 'no-comment',
            scope: 'on whether staff would be suspended',
          },
        ],
        terms: ['comment', 'staff', 'suspend'],
        predicate: 'comment',
      }),
    ],
    c: [
      makeClaim(c, 0, {
        entities: [
          [...ministry('health ministry')],
          ['Northgate Hospital', 'northgate-hospital', 'organisation'],
        ],
        numbers: [
          {
            text: 'about 300 patients',
            value: 300,
            unit: 'patient',
            precision: 'approximate',
            type: 'count',
          },
        ],
        attribution: {
          kind: 'reported',
          speaker: { text: 'The health ministry', key: 'ministry-of-health' },
          cue: 'said',
        },
        terms: ['patient', 'infect'],
        predicate: 'infect',
      }),
      makeClaim(c, 1, {
        entities: [[...ministry('The ministry')]],
        attribution: {
          kind: 'reported',
          speaker: { text: 'The ministry', key: 'ministry-of-health' },
          cue: 'said',
        },
        terms: ['staff', 'suspend', 'pending', 'inquiry'],
        predicate: 'suspend',
      }),
    ],
  }
  return { articles: [a, b, c], claims }
}

const facetWith = (comparison: Comparison, article: string, sentence: number): Facet => {
  const facet = comparison.facets.find((f) =>
    f.claims.some((c) => c.article === article && c.sentence === sentence),
  )
  if (!facet) throw new Error(`no facet holds ${article}#${sentence}`)
  return facet
}
const refs = (facet: Facet) => facet.claims.map((c) => `${c.article}#${c.sentence}`)

describe('compareArticles', () => {
  const { articles, claims } = story()
  const comparison = compareArticles(articles, { claims })

  it('aligns the same statement across outlets and aliases of one entity', () => {
    expect(refs(facetWith(comparison, 'a', 0))).toEqual(['a#0', 'b#0', 'c#0'])
    expect(refs(facetWith(comparison, 'a', 1))).toEqual(['a#1', 'b#1'])
  })

  it('finds a number beyond its precision as a value divergence, naming both figures', () => {
    const facet = facetWith(comparison, 'a', 0)
    expect(facet.status).toBe('diverge')
    expect(facet.kinds).toEqual(['value'])
    expect(facet.explanation).toContain('Daily Ledger and Morning Star say “300 patients”')
    expect(facet.explanation).toContain('Evening Post says “350 patients”')
  })

  it('calls facets stated the same way agree', () => {
    const facet = facetWith(comparison, 'a', 1)
    expect(facet.status).toBe('agree')
    expect(facet.kinds).toEqual([])
    expect(facet.explanation).toMatch(/^Daily Ledger and Evening Post report the same/)
  })

  it('finds an allegation stated flat elsewhere as a hedge', () => {
    const facet = facetWith(comparison, 'a', 2)
    expect(refs(facet)).toEqual(['a#2', 'b#2'])
    expect(facet.kinds).toEqual(['hedge'])
    expect(facet.explanation).toContain('“allegedly”')
  })

  it('finds the same quote given to different speakers as attribution', () => {
    const facet = facetWith(comparison, 'a', 3)
    expect(refs(facet)).toEqual(['a#3', 'b#3'])
    expect(facet.kinds).toEqual(['attribution'])
    expect(facet.explanation).toContain('Ana Ruiz')
    expect(facet.explanation).toContain('Paul Okafor')
  })

  it('finds a refusal to comment against an assertion as negation', () => {
    const facet = facetWith(comparison, 'b', 4)
    expect(refs(facet)).toEqual(['b#4', 'c#1'])
    expect(facet.kinds).toEqual(['negation'])
    expect(facet.explanation).toContain('“did not comment on whether staff would be suspended”')
  })

  it('makes a fact only one outlet reports a single facet', () => {
    const facet = facetWith(comparison, 'a', 4)
    expect(refs(facet)).toEqual(['a#4'])
    expect(facet.status).toBe('single')
    expect(facet.explanation).toMatch(/^Only Daily Ledger reports this/)
  })

  it('rates each facet between 0 and 1, a conflicting figure above a hedge word', () => {
    for (const facet of comparison.facets) {
      expect(facet.confidence).toBeGreaterThanOrEqual(0)
      expect(facet.confidence).toBeLessThanOrEqual(1)
    }
    // The cafeteria is in no other outlet and nothing elsewhere comes close to it.
    expect(facetWith(comparison, 'a', 4).confidence).toBe(1)
    // How well a facet's claims line up: the mean score of its pairs, full from 0.6 up.
    const match = (facet: Facet) => {
      const scores = comparison.pairs.filter((p) => p.facet === facet.id).map((p) => p.score)
      return Math.min(1, scores.reduce((x, y) => x + y, 0) / scores.length / 0.6)
    }
    const byKind = (kind: string) => comparison.facets.find((f) => f.kinds[0] === kind)!
    expect(byKind('value').confidence).toBeCloseTo(match(byKind('value')) * 0.85, 2)
    expect(byKind('hedge').confidence).toBeCloseTo(match(byKind('hedge')) * 0.6, 2)
  })

  it('reads claims stored before claims had spans as whole-sentence main clauses', () => {
    const stored = Object.fromEntries(
      Object.entries(claims).map(([id, list]) => [
        id,
        list.map(({ span: _span, fact: _fact, ...rest }) => rest as Claim),
      ]),
    )
    const again = compareArticles(articles, { claims: stored })
    expect(JSON.stringify(again.facets)).toBe(JSON.stringify(comparison.facets))
  })

  it('orders facets diverge, agree, single, and counts coverage per article', () => {
    const ranks = comparison.facets.map((f) => ['diverge', 'agree', 'single'].indexOf(f.status))
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
    expect(comparison.coverage).toEqual({
      a: { facets: 5, single: 1 },
      b: { facets: 5, single: 0 },
      c: { facets: 2, single: 0 },
    })
  })

  it('gives every aligned pair a word diff and a facet', () => {
    const ids = new Set(comparison.facets.map((f) => f.id))
    const pairFor = comparison.pairs.find(
      (p) => p.a.article === 'a' && p.a.sentence === 0 && p.b.article === 'b',
    )
    expect(pairFor?.diff.filter((d) => d.type !== 'same').map((d) => d.value.trim())).toEqual([
      'Ministry of Health',
      'MoD',
      '300',
      '350',
    ])
    for (const pair of comparison.pairs) {
      expect(ids.has(pair.facet)).toBe(true)
      expect(pair.score).toBeGreaterThan(0)
    }
    // Every claim of a facet several outlets report is in one of its pairs.
    for (const facet of comparison.facets.filter((f) => f.status !== 'single')) {
      const paired = new Set(
        comparison.pairs
          .filter((p) => p.facet === facet.id)
          .flatMap((p) => [`${p.a.article}#${p.a.sentence}`, `${p.b.article}#${p.b.sentence}`]),
      )
      for (const claim of facet.claims)
        expect(paired.has(`${claim.article}#${claim.sentence}`)).toBe(true)
    }
  })

  it('gives the same bytes twice, and the same facets for any input order', () => {
    const again = compareArticles(story().articles, { claims: story().claims })
    expect(JSON.stringify(again)).toBe(JSON.stringify(comparison))
    const reversed = compareArticles([...articles].reverse(), { claims })
    expect(reversed.articles.map((a) => a.id)).toEqual(['c', 'b', 'a'])
    expect(JSON.stringify(reversed.facets)).toBe(JSON.stringify(comparison.facets))
    expect(JSON.stringify(reversed.pairs)).toBe(JSON.stringify(comparison.pairs))
    expect(reversed.coverage).toEqual(comparison.coverage)
  })

  it('has a version string for caches', () => {
    expect(COMPARE_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('compareArticles on thin claims', () => {
  it('aligns claims that carry no entities and no terms by the words of their sentences', () => {
    const a = makeArticle('a', 'A', [
      'Flooding closed the river bridge overnight.',
      'Volunteers handed out blankets.',
    ])
    const b = makeArticle('b', 'B', [
      'Overnight flooding closed the river bridge.',
      'Prices of bread rose sharply.',
    ])
    const comparison = compareArticles([a, b], {
      claims: { a: [makeClaim(a, 0), makeClaim(a, 1)], b: [makeClaim(b, 0), makeClaim(b, 1)] },
    })
    const [first, ...rest] = comparison.facets.map((f) => `${f.status} ${refs(f).join(' ')}`)
    expect(first).toBe('agree a#0 b#0')
    expect(rest.sort()).toEqual(['single a#1', 'single b#1'])
  })

  it('does not align short sentences on one word that several sentences share', () => {
    const a = makeArticle('a', 'A', [
      'Prices rose at the market.',
      'Farmers sold apples at the market.',
      'Rain fell overnight.',
      'The bridge reopened.',
    ])
    const b = makeArticle('b', 'B', [
      'The market closed early.',
      'Bakers baked bread.',
      'Schools stayed shut.',
      'Buses ran late.',
    ])
    const all = (article: Article) => article.sentences.map((s) => makeClaim(article, s.index))
    const comparison = compareArticles([a, b], { claims: { a: all(a), b: all(b) } })
    expect(comparison.facets.map((f) => f.status)).toEqual(Array(8).fill('single'))
  })

  it('returns only single facets, or none, when nothing lines up', () => {
    const a = makeArticle('a', 'A', ['Nothing here matches.'])
    const b = makeArticle('b', 'B', ['Completely different words entirely.'])
    const none = compareArticles([a, b], { claims: { a: [], b: [] } })
    expect(none.facets).toEqual([])
    expect(none.coverage).toEqual({ a: { facets: 0, single: 0 }, b: { facets: 0, single: 0 } })
    const singles = compareArticles([a, b], {
      claims: { a: [makeClaim(a, 0)], b: [makeClaim(b, 0)] },
    })
    expect(singles.facets.map((f) => f.status)).toEqual(['single', 'single'])
  })
})

describe('compareArticles errors', () => {
  const a = makeArticle('a', 'A', ['One sentence.'])
  const b = makeArticle('b', 'B', ['Another sentence.'])
  const code = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      expect(error).toBeInstanceOf(CompareError)
      return (error as CompareError).toJSON().code
    }
    throw new Error('expected a CompareError')
  }

  it('refuses fewer than two, more than a hundred, or repeated articles', () => {
    expect(code(() => compareArticles([a], { claims: { a: [] } }))).toBe('TOO_FEW_ARTICLES')
    expect(code(() => compareArticles([]))).toBe('TOO_FEW_ARTICLES')
    const many = Array.from({ length: 101 }, (_, i) => makeArticle(`x${i}`, 'X', ['S.']))
    expect(code(() => compareArticles(many))).toBe('TOO_MANY_ARTICLES')
    expect(code(() => compareArticles([a, a], { claims: { a: [] } }))).toBe('DUPLICATE_ARTICLE')
  })

  it('refuses claims that point at sentences the article does not have', () => {
    const stray = { ...makeClaim(a, 0), sentence: 5 }
    expect(code(() => compareArticles([a, b], { claims: { a: [stray], b: [] } }))).toBe(
      'INVALID_CLAIMS',
    )
    const foreign = makeClaim(b, 0)
    expect(code(() => compareArticles([a, b], { claims: { a: [foreign], b: [] } }))).toBe(
      'INVALID_CLAIMS',
    )
  })

  it('serialises its error with a code and a message that names the package', () => {
    const error = new CompareError(
      'TOO_FEW_ARTICLES',
      'compare: a comparison needs at least 2 articles, got 1',
    )
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'TOO_FEW_ARTICLES',
      message: 'compare: a comparison needs at least 2 articles, got 1',
    })
  })
})

describe('compareArticles on a date two outlets give in different statements', () => {
  it('lines up the date with what it dates, once for each outlet, and leaves the rest apart', () => {
    const a = makeArticle('a', 'Daily Ledger', [
      'Gov. Ann Lee on Wednesday named her longtime adviser, Tom Hale, to the vacant Senate seat until voters pick a successor in a special election set for June 25.',
      'Lee praised Hale as a careful lawyer with deep roots in the state.',
    ])
    const b = makeArticle('b', 'Evening Post', [
      'Hale told reporters he would return to his law firm after the June 25 special election and would not seek the seat himself.',
      'The state has not had an open Senate seat in decades.',
    ])
    const comparison = compareArticles([a, b], {
      claims: { a: extractClaims(a), b: extractClaims(b) },
    })
    const shared = comparison.facets.filter((f) => f.status !== 'single')
    expect(
      shared.map((f) => `${f.status}: ${f.claims.map((c) => `${c.fact} ${c.text}`).join(' | ')}`),
    ).toEqual([
      'agree: quantity the June 25 special election | quantity a special election set for June 25',
    ])
  })
})
