import type {
  Comparison,
  ComparisonArticle,
  ComparisonSentence,
  DivergenceKind,
  Facet,
  FacetClaim,
  FacetStatus,
  SentencePair,
} from '@parallax/compare'
import type { Mention } from './segments'

// Read-only views over a Comparison for the screens: ordering, filtering and lookups.

export const statusOrder: FacetStatus[] = ['diverge', 'agree', 'single']
export const kindOrder: DivergenceKind[] = ['value', 'negation', 'hedge', 'attribution']

/** Divergences first, then agreements, then single-outlet facts; the API's order within each. */
export function orderFacets(facets: Facet[]): Facet[] {
  return statusOrder.flatMap((status) => facets.filter((facet) => facet.status === status))
}

export interface FacetFilter {
  statuses: FacetStatus[]
  kinds: DivergenceKind[]
}

/** An empty list means "any": no status or kind chosen shows everything. */
export function filterFacets(facets: Facet[], filter: FacetFilter): Facet[] {
  return facets.filter(
    (facet) =>
      (filter.statuses.length === 0 || filter.statuses.includes(facet.status)) &&
      (filter.kinds.length === 0 || facet.kinds.some((kind) => filter.kinds.includes(kind))),
  )
}

export function countByStatus(facets: Facet[]): Record<FacetStatus, number> {
  const counts: Record<FacetStatus, number> = { diverge: 0, agree: 0, single: 0 }
  for (const facet of facets) counts[facet.status] += 1
  return counts
}

export function sentenceKey(article: string, sentence: number): string {
  return `${article}\u0000${sentence}`
}

export function findSentence(
  article: ComparisonArticle | undefined,
  index: number,
): ComparisonSentence | undefined {
  return article?.sentences.find((sentence) => sentence.index === index)
}

/** For each sentence, the facets that cite it, in facet order. */
export function facetsBySentence(facets: Facet[]): Map<string, Facet[]> {
  const index = new Map<string, Facet[]>()
  for (const facet of facets) {
    for (const claim of facet.claims) {
      const key = sentenceKey(claim.article, claim.sentence)
      const list = index.get(key) ?? []
      if (!list.includes(facet)) list.push(facet)
      index.set(key, list)
    }
  }
  return index
}

export function claimsOf(facet: Facet, articleId: string): FacetClaim[] {
  return facet.claims.filter((claim) => claim.article === articleId)
}

export function pairsOf(comparison: Comparison, facetId: string): SentencePair[] {
  return comparison.pairs.filter((pair) => pair.facet === facetId)
}

export function mentionsOf(claim: FacetClaim): Mention[] {
  const mentions: Mention[] = []
  for (const entity of claim.entities) {
    mentions.push({ ...span(entity), kind: 'entity', label: `Entity (${entity.type})` })
  }
  for (const number of claim.numbers) {
    const unit = number.unit ? ` ${number.unit}` : ''
    mentions.push({ ...span(number), kind: 'number', label: `Number: ${number.value}${unit}` })
  }
  for (const date of claim.dates) {
    mentions.push({ ...span(date), kind: 'date', label: `Date: ${date.value ?? 'unresolved'}` })
  }
  for (const hedge of claim.hedges) {
    mentions.push({ ...span(hedge), kind: 'hedge', label: `Hedge (${hedge.kind})` })
  }
  // Comparisons stored before negation spans were recorded carry only the `negated` flag.
  for (const negation of (claim.negations as FacetClaim['negations'] | undefined) ?? []) {
    mentions.push({ ...span(negation), kind: 'negation', label: `Negation (${negation.kind})` })
  }
  return mentions
}

function span(mention: { start: number; end: number; text: string }) {
  return { start: mention.start, end: mention.end, text: mention.text }
}

/**
 * Groups an article's sentences into paragraphs. A comparison carries sentence offsets but not the
 * body, so a gap of more than one character between two sentences (a blank line, not the single
 * space between sentences) is read as a paragraph break.
 */
export function paragraphsOf(article: ComparisonArticle): ComparisonSentence[][] {
  const paragraphs: ComparisonSentence[][] = []
  let previous: ComparisonSentence | undefined
  for (const sentence of article.sentences) {
    const current = paragraphs.at(-1)
    if (!current || !previous || sentence.start - previous.end > 1) paragraphs.push([sentence])
    else current.push(sentence)
    previous = sentence
  }
  return paragraphs
}

/**
 * The name each article goes by on screen: its outlet as the comparison gives it. The engine makes
 * names that two articles share distinct, so columns and explanations name outlets alike.
 */
export function outletNames(articles: { id: string; outlet: string }[]): Record<string, string> {
  return Object.fromEntries(articles.map((article) => [article.id, article.outlet]))
}
