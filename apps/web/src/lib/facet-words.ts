import type { Comparison, Facet, FacetClaim } from '@parallax/compare'
import { findSentence } from './comparison'
import { sideOf, textOf, wholeWords, type MarkedPiece } from './marked-words'

// Each outlet's own words for one facet, with the words the other outlet's aligned claim lacks
// marked: what differs, read in each outlet's sentence rather than as one merged diff.

export interface OutletWords {
  article: string
  outlet: string
  pieces: MarkedPiece[]
}

/** Words somewhere in an article: a claim, a quote. */
export interface Passage {
  article: string
  sentence: number
  span: { start: number; end: number }
  text: string
}

/** A passage widened to whole words of its sentence, so a quote never starts mid-word. */
export function claimWords(comparison: Comparison, claim: Passage): string {
  const article = comparison.articles.find((a) => a.id === claim.article)
  const sentence = findSentence(article, claim.sentence)
  if (!sentence) return claim.text
  const start = claim.span.start - sentence.start
  const end = claim.span.end - sentence.start
  if (sentence.text.slice(start, end) !== claim.text) return claim.text
  const whole = wholeWords(sentence.text, start, end)
  return sentence.text.slice(whole.start, whole.end)
}

function markedFromPairs(comparison: Comparison, facet: Facet, claim: FacetClaim) {
  for (const pair of comparison.pairs) {
    if (pair.facet !== facet.id) continue
    for (const side of ['a', 'b'] as const) {
      const ref = pair[side]
      if (ref.article !== claim.article || ref.sentence !== claim.sentence) continue
      const pieces = sideOf(pair.diff, side)
      // The diff is of the claims' words; one of another claim of the sentence is not this one.
      if (textOf(pieces) === claim.text) return pieces
    }
  }
  return undefined
}

/** Words a claim's sentence adds around its clipped start or end, as unmarked pieces. */
function widened(pieces: MarkedPiece[], claim: FacetClaim, whole: string): MarkedPiece[] {
  const at = whole.indexOf(claim.text)
  if (at < 0 || whole === claim.text) return pieces
  const before = whole.slice(0, at)
  const after = whole.slice(at + claim.text.length)
  return [
    ...(before ? [{ text: before, marked: false }] : []),
    ...pieces,
    ...(after ? [{ text: after, marked: false }] : []),
  ]
}

/** For each outlet that states the facet, in article order, its first claim's marked words. */
export function outletWords(comparison: Comparison, facet: Facet): OutletWords[] {
  return comparison.articles.flatMap((article) => {
    const claim = facet.claims.find((c) => c.article === article.id)
    if (!claim) return []
    const whole = claimWords(comparison, claim)
    const marked = markedFromPairs(comparison, facet, claim)
    const pieces = marked ? widened(marked, claim, whole) : [{ text: whole, marked: false }]
    return [{ article: article.id, outlet: article.outlet, pieces }]
  })
}
