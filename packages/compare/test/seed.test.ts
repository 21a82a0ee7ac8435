import { describe, expect, it } from 'vitest'
import { compareArticles } from '../src/compare-articles'
import type { Facet } from '../src/types'
import { loadSeeds } from './stories'

// The two seed articles: the first (000_…) never names the license country and says the ministry
// did not comment on a dismissal; the second (004_…) names Saudi Arabia "according to estimates"
// and says the ministry claimed the case should be dismissed.
describe('the seed story', () => {
  const [first, second] = loadSeeds()
  const comparison = compareArticles([first!, second!])
  const holding = (article: string, words: string): Facet => {
    const facet = comparison.facets.find((f) =>
      f.claims.some((c) => c.article === article && c.text.includes(words)),
    )
    if (!facet) throw new Error(`no facet holds "${words}"`)
    return facet
  }
  const outlets = (facet: Facet) => new Set(facet.claims.map((c) => c.article)).size
  const top = comparison.facets.slice(0, 2)

  it('shows the export country at the top as a hedged or conflicting value', () => {
    const facet = holding(second!.id, 'According to estimates by Israel Defense')
    expect(facet.status).toBe('diverge')
    expect(facet.kinds.some((k) => k === 'hedge' || k === 'value')).toBe(true)
    expect(
      facet.claims.some((c) => c.article === first!.id && c.text.includes('export license')),
    ).toBe(true)
    expect(facet.explanation).toContain('According to estimates')
    // The judge letting Amnesty's lawyer argue mentions "the case" in passing: another question.
    expect(facet.claims.some((c) => c.text.includes('did allow Amnesty lawyer'))).toBe(false)
    expect(top).toContain(facet)
  })

  it('shows the dismissal at the top as a negation', () => {
    const facet = holding(
      first!.id,
      'did not comment directly on whether it had sought a dismissal',
    )
    expect(facet.status).toBe('diverge')
    expect(facet.kinds).toContain('negation')
    expect(
      facet.claims.some((c) => c.article === second!.id && c.text.includes('should be dismissed')),
    ).toBe(true)
    expect(facet.explanation).toContain(
      'did not comment directly on whether it had sought a dismissal',
    )
    expect(top).toContain(facet)
  })

  it('calls facts that only one article reports single', () => {
    for (const [article, words] of [
      [first!.id, 'WhatsApp, which is owned by Facebook Inc, sued NSO'],
      [first!.id, 'Amnesty Tech is described on Amnesty International’s website'],
      [second!.id, 'NSO CEO Omri Lavie gave an interview to CBS'],
      [second!.id, 'attempts were made to form a communication channel'],
      // Both name Pegasus, NSO, Israel and Saudi Arabia, but one says the software was linked to
      // surveillance in three countries and the other that a dissident sued over his own phone.
      [first!.id, 'has been linked to political surveillance in Mexico'],
      [second!.id, 'a previous lawsuit against NSO was filed recently'],
    ] as const) {
      const facet = holding(article, words)
      expect(facet.status, words).toBe('single')
      // One sentence, whatever facts it states.
      expect(new Set(facet.claims.map((c) => c.sentence)).size).toBe(1)
    }
  })

  it('calls a shared fact stated the same way agree', () => {
    const facet = holding(second!.id, 'to have proceedings continue in open court')
    expect(facet.status).toBe('agree')
    expect(
      facet.claims.some(
        (c) => c.article === first!.id && c.text.includes('to be conducted in open court'),
      ),
    ).toBe(true)
  })

  it('is deterministic: the same bytes twice, the same facets in reverse order', () => {
    expect(JSON.stringify(compareArticles([first!, second!]))).toBe(JSON.stringify(comparison))
    const reversed = compareArticles([second!, first!])
    expect(reversed.articles[0]!.id).toBe(second!.id)
    // Both outlets are unknown: numbered in the order given, and explained by those numbers.
    expect(comparison.articles.map((a) => a.outlet)).toEqual([
      'Unknown outlet (1)',
      'Unknown outlet (2)',
    ])
    expect(reversed.articles.map((a) => a.outlet)).toEqual([
      'Unknown outlet (1)',
      'Unknown outlet (2)',
    ])
    const swap = (text: string) =>
      text.replace(/Unknown outlet \(([12])\)/g, (_, n) => `Unknown outlet (${n === '1' ? 2 : 1})`)
    const swapped = comparison.facets.map((f) => ({ ...f, explanation: swap(f.explanation) }))
    expect(JSON.stringify(reversed.facets)).toBe(JSON.stringify(swapped))
    expect(JSON.stringify(reversed.pairs)).toBe(JSON.stringify(comparison.pairs))
    expect(JSON.stringify(reversed.quotes)).toBe(JSON.stringify(comparison.quotes))
  })

  it('keeps each facet to a few sentences per outlet and every pair within one facet', () => {
    for (const facet of comparison.facets) {
      const perOutlet = new Map<string, number>()
      for (const c of facet.claims) perOutlet.set(c.article, (perOutlet.get(c.article) ?? 0) + 1)
      expect(Math.max(...perOutlet.values())).toBeLessThanOrEqual(3)
      expect(facet.status === 'single').toBe(outlets(facet) === 1)
    }
  })
})
