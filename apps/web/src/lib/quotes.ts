import type { ComparisonArticle, WordChange } from '@parallax/compare'
import type { QuoteGroup, QuoteMention, QuoteStatus } from './api-types'

// Direct quotes across outlets: the same quote in several outlets lined up first, then the quotes
// only one outlet prints, folded per outlet.

export const quoteStatusLabels: Record<QuoteStatus, { text: string; description: string }> = {
  verbatim: { text: 'Verbatim', description: 'The outlets print the same words' },
  altered: { text: 'Altered', description: 'The outlets print the quote with different words' },
  'different-speakers': {
    text: 'Attributed to different speakers',
    description: 'The outlets print the same words but credit them to different people',
  },
  single: { text: 'One outlet', description: 'Only one outlet prints this quote' },
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** How many words an altered quote changes: those added plus those dropped. */
export function changedWords(diff: WordChange[]): number {
  return diff
    .filter((change) => change.type !== 'same')
    .reduce((sum, change) => sum + (change.value.match(/\S+/g)?.length ?? 0), 0)
}

/** What a row of quotes is headed with: its status, and for an altered one by how much. */
export function quoteStatusText(group: QuoteGroup): string {
  const label = quoteStatusLabels[group.status].text
  if (group.status !== 'altered' || !group.diff) return label
  const count = changedWords(group.diff)
  const number = NUMBER_WORDS[count] ?? String(count)
  return `${label} by ${number} word${count === 1 ? '' : 's'}`
}

export interface QuoteRow {
  group: QuoteGroup
  /** Per article, in article order, the mentions of this quote (none when it does not print it). */
  columns: { article: string; outlet: string; quotes: QuoteMention[] }[]
}

export interface QuoteFold {
  article: string
  outlet: string
  quotes: QuoteMention[]
}

export interface ArrangedQuotes {
  shared: QuoteRow[]
  single: QuoteFold[]
}

function outletsOf(group: QuoteGroup): Set<string> {
  return new Set(group.quotes.map((quote) => quote.article))
}

export function arrangeQuotes(groups: QuoteGroup[], articles: ComparisonArticle[]): ArrangedQuotes {
  const shared = groups.filter((group) => outletsOf(group).size > 1)
  const single = groups.filter((group) => outletsOf(group).size === 1)
  return {
    shared: shared.map((group) => ({
      group,
      columns: articles.map((article) => ({
        article: article.id,
        outlet: article.outlet,
        quotes: group.quotes.filter((quote) => quote.article === article.id),
      })),
    })),
    single: articles
      .map((article) => ({
        article: article.id,
        outlet: article.outlet,
        quotes: single.flatMap((group) => group.quotes.filter((q) => q.article === article.id)),
      }))
      .filter((fold) => fold.quotes.length > 0),
  }
}
