import { describe, expect, it } from 'vitest'
import type { ComparisonArticle } from '@parallax/compare'
import type { QuoteGroup, QuoteMention } from './api-types'
import { arrangeQuotes, changedWords, quoteStatusText } from './quotes'

const articles = [
  { id: 'fox', outlet: 'Fox News' },
  { id: 'huff', outlet: 'HuffPost' },
  { id: 'nyt', outlet: 'The New York Times' },
] as ComparisonArticle[]

function mention(article: string, text: string, speaker?: string): QuoteMention {
  return {
    article,
    sentence: 0,
    span: { start: 0, end: text.length },
    text,
    ...(speaker ? { speaker } : {}),
  }
}

const wall: QuoteGroup = {
  id: 'q1',
  status: 'altered',
  quotes: [
    mention(
      'nyt',
      'We really have no choice but to build a powerful wall or steel barrier',
      'Mr. Trump',
    ),
    mention(
      'huff',
      'We really have no choice but to build a powerful wall or a steel barrier',
      'Trump',
    ),
  ],
  diff: [
    { type: 'same', value: 'We really have no choice but to build a powerful wall or ' },
    { type: 'added', value: 'a ' },
    { type: 'same', value: 'steel barrier' },
  ],
}
const proud: QuoteGroup = {
  id: 'q2',
  status: 'single',
  quotes: [mention('fox', 'I am very proud')],
}
const cave: QuoteGroup = { id: 'q3', status: 'single', quotes: [mention('fox', 'cave')] }

describe('arrangeQuotes', () => {
  it('lines up a quote printed by several outlets in article order, with an empty column for the rest', () => {
    const { shared } = arrangeQuotes([proud, wall], articles)
    expect(shared).toHaveLength(1)
    expect(shared[0]!.columns.map((c) => [c.outlet, c.quotes.length])).toEqual([
      ['Fox News', 0],
      ['HuffPost', 1],
      ['The New York Times', 1],
    ])
  })

  it('folds the quotes only one outlet prints per outlet', () => {
    const { single } = arrangeQuotes([proud, wall, cave], articles)
    expect(single.map((f) => [f.outlet, f.quotes.map((q) => q.text)])).toEqual([
      ['Fox News', ['I am very proud', 'cave']],
    ])
  })

  it('arranges nothing from no quotes', () => {
    expect(arrangeQuotes([], articles)).toEqual({ shared: [], single: [] })
  })
})

describe('quoteStatusText', () => {
  it('says by how many words an altered quote differs', () => {
    expect(quoteStatusText(wall)).toBe('Altered by one word')
    const more = { ...wall, diff: [{ type: 'removed' as const, value: 'very much so' }] }
    expect(changedWords(more.diff)).toBe(3)
    expect(quoteStatusText(more)).toBe('Altered by three words')
  })

  it('names the other statuses as they are', () => {
    expect(quoteStatusText({ ...wall, status: 'different-speakers' })).toBe(
      'Attributed to different speakers',
    )
    expect(quoteStatusText(proud)).toBe('One outlet')
  })
})
