import type { Comparison, QuoteGroup, QuoteMention, QuoteStatus } from '@parallax/compare'

export const QUOTE_STATUS: Record<QuoteStatus, string> = {
  'different-speakers': 'attributed to different speakers',
  altered: 'altered',
  verbatim: 'verbatim',
  single: 'quoted by one outlet only',
}

export interface QuoteLines {
  group: QuoteGroup
  /** Each occurrence with its outlet and speaker, in the order the articles were given. */
  mentions: Array<{ mention: QuoteMention; who: string }>
}

/**
 * The comparison's quotes, the ones printed by several outlets first. Comparisons made before
 * quotes were compared have none.
 */
export function quoteLines(comparison: Comparison, outlet: Map<string, string>): QuoteLines[] {
  const position = new Map(comparison.articles.map((a, i) => [a.id, i]))
  return (comparison.quotes ?? []).map((group) => ({
    group,
    mentions: [...group.quotes]
      .sort(
        (x, y) =>
          (position.get(x.article) ?? 0) - (position.get(y.article) ?? 0) ||
          x.span.start - y.span.start,
      )
      .map((mention) => {
        const name = outlet.get(mention.article) ?? mention.article
        return { mention, who: mention.speaker ? `${name}, ${mention.speaker}` : name }
      }),
  }))
}
