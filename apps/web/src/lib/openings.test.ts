import { describe, expect, it } from 'vitest'
import type { ComparisonArticle } from '@parallax/compare'
import { markHeadlines, openingOf } from './openings'

function article(sentences: { text: string; paragraph?: number }[]): ComparisonArticle {
  return {
    id: 'a',
    outlet: 'A',
    title: 'T',
    sentences: sentences.map((s, index) => ({ index, start: 0, end: 0, ...s })),
  }
}

describe('openingOf', () => {
  it('takes the first paragraph when sentences carry paragraph numbers', () => {
    const a = article([
      { text: 'One.', paragraph: 0 },
      { text: 'Two.', paragraph: 0 },
      { text: 'Three.', paragraph: 0 },
      { text: 'Four.', paragraph: 1 },
    ])
    expect(openingOf(a)).toBe('One. Two. Three.')
  })

  it('takes the first two sentences otherwise, and nothing from an empty article', () => {
    expect(openingOf(article([{ text: 'One.' }, { text: 'Two.' }, { text: 'Three.' }]))).toBe(
      'One. Two.',
    )
    expect(openingOf(article([]))).toBe('')
  })
})

describe('markHeadlines', () => {
  const titles = [
    'Trump announces deal to end partial government shutdown',
    'Trump Caves To Democrats, Agrees To Reopen Government Short-Term Without Border Wall',
    'Trump Signs Bill Reopening Government for 3 Weeks in Surprise Retreat From Wall',
  ]
  it('marks the words no other headline uses', () => {
    const marked = markHeadlines(titles).map((pieces) =>
      pieces.filter((p) => p.marked).map((p) => p.text),
    )
    expect(marked[1]).toEqual(expect.arrayContaining(['Caves', 'Democrats, Agrees']))
    expect(marked[2]!.join(' ')).toMatch(/Surprise Retreat From/)
    // Shared words (any case) stay unmarked.
    expect(marked.flat().join(' ')).not.toMatch(/\bTrump\b|\bGovernment\b|\bWall\b/i)
  })

  it('rebuilds every headline exactly', () => {
    markHeadlines(titles).forEach((pieces, i) => {
      expect(pieces.map((p) => p.text).join('')).toBe(titles[i])
    })
  })
})
