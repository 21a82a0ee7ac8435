import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Article } from '@parallax/article'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import { compareArticles } from './compare-articles'
import { compareQuoteWords, maySameQuote, quoteWords, SAME_QUOTE, wordRuns } from './quotes-match'
import type { Comparison, QuoteGroup } from './types'

// Real stories (../shared/eval, the BASIL corpus): read in place, never copied into the repository.
const STORIES = fileURLToPath(new URL('../../../../shared/eval/stories/', import.meta.url))

function story(id: string): Article[] {
  return ['fox', 'nyt', 'huffpost'].map((outlet) =>
    parseArticle({ text: readFileSync(`${STORIES}${id}/${outlet}.txt`, 'utf8'), outlet }),
  )
}

function outletOf(comparison: Comparison, id: string): string {
  return comparison.articles.find((a) => a.id === id)!.outlet
}

function groupWith(comparison: Comparison & { quotes: QuoteGroup[] }, words: string): QuoteGroup {
  const group = comparison.quotes.find((g) => g.quotes.some((q) => q.text.includes(words)))
  if (!group) throw new Error(`no quote holds “${words}”`)
  return group
}

describe('the check before diffing two quotes', () => {
  // Positions of `a` that start a run of words `b` has too: what the grouping counts.
  const hits = (a: string[], b: string[]) => {
    const runs = new Set(wordRuns(b))
    return wordRuns(a).filter((run) => runs.has(run)).length
  }

  it('never turns away two quotes the diff calls one', () => {
    // The second quote is part of the first with some words changed and some added around it, so
    // many pairs are one quote and many fall just short.
    const word = fc.constantFrom('we', 'will', 'appeal', 'the', 'ruling', 'today', 'not')
    const pair = fc
      .record({
        a: fc.array(word, { maxLength: 30 }),
        from: fc.nat(30),
        to: fc.nat(30),
        changes: fc.array(fc.tuple(fc.nat(30), word), { maxLength: 4 }),
        before: fc.array(word, { maxLength: 3 }),
        after: fc.array(word, { maxLength: 3 }),
      })
      .map(({ a, from, to, changes, before, after }) => {
        const part = a.slice(Math.min(from, to), Math.max(from, to))
        for (const [at, w] of changes) if (part.length > 0) part[at % part.length] = w
        return [a, [...before, ...part, ...after]] as [string[], string[]]
      })
    let same = 0
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (compareQuoteWords(a, b).score < SAME_QUOTE) return
        same++
        expect(maySameQuote(hits(a, b), Math.min(a.length, b.length))).toBe(true)
      }),
      { seed: 7, numRuns: 3000 },
    )
    expect(same).toBeGreaterThan(100)
  })

  it('turns away quotes that share one common phrase and little else', () => {
    const a = quoteWords('I don’t think anyone expected the vote to pass so quickly this week')
    const b = quoteWords('I don’t think the governor has read the bill he is about to sign')
    expect(hits(a, b)).toBe(1)
    expect(maySameQuote(hits(a, b), Math.min(a.length, b.length))).toBe(false)
  })
})

describe('quote words', () => {
  it('ignore case, punctuation, quote-mark style and dotted abbreviations', () => {
    expect(quoteWords('Special Agent, the F.B.I.’s “best.”')).toEqual(
      quoteWords('special agent the FBI\'s "best"'),
    )
  })

  it('call a partial quote inside a longer one verbatim, and a changed word altered', () => {
    const long = quoteWords(
      'We really have no choice but to build a powerful wall or steel barrier',
    )
    const part = quoteWords('no choice but to build a powerful wall')
    expect(compareQuoteWords(long, part)).toEqual({ score: 1, verbatim: true })
    const changed = compareQuoteWords(long, quoteWords('no choice but to build a strong wall'))
    expect(changed.verbatim).toBe(false)
  })

  it('do not make one quote of two that share only short phrases', () => {
    const a = quoteWords('There’s a whole lot of anger')
    const b = quoteWords('I think there’s a lot of soul-searching')
    expect(compareQuoteWords(a, b).score).toBe(0)
  })

  it('do not call a changed first word a partial quote', () => {
    const overlap = compareQuoteWords(
      quoteWords('Cats will appeal the ruling today'),
      quoteWords('Dogs will appeal the ruling today'),
    )
    expect(overlap.verbatim).toBe(false)
  })
})

describe('quotes across outlets, on real stories', () => {
  const shutdown = compareArticles(story('shutdown-ends-2019'))

  it('finds the wall quote altered by one word in the Times and HuffPost, said by Trump', () => {
    const group = groupWith(shutdown, 'no choice but to build a powerful wall')
    expect(group.status).toBe('altered')
    expect(group.quotes.map((q) => outletOf(shutdown, q.article)).sort()).toEqual([
      'huffpost',
      'nyt',
    ])
    for (const q of group.quotes) expect(q.speaker).toMatch(/Trump/)
    const changes = group.diff!.filter((c) => c.type !== 'same')
    expect(changes.map((c) => [c.type, c.value.trim()])).toEqual([['added', 'a']])
  })

  it('keeps each quote’s words exactly as its body has them', () => {
    const articles = story('shutdown-ends-2019')
    for (const group of shutdown.quotes) {
      for (const q of group.quotes) {
        const body = articles.find((a) => a.id === q.article)!.body
        expect(body.slice(q.span.start, q.span.end)).toBe(q.text)
        expect(q.text).not.toMatch(/^[\s“”"]|[\s“”",]$/)
      }
    }
  })

  it('marks the same words in three outlets verbatim', () => {
    const strzok = compareArticles(story('strzok-fired-2018'))
    const group = groupWith(strzok, 'should be deeply troubling to all Americans')
    expect(group.status).toBe('verbatim')
    expect(new Set(group.quotes.map((q) => q.article)).size).toBe(3)
    expect(group.diff).toBeUndefined()
  })

  it('gives every quote a name or no speaker, never a pronoun', () => {
    for (const id of ['shutdown-ends-2019', 'pelosi-reelected-leader-2016', 'grimm-charges-2014']) {
      for (const group of compareArticles(story(id)).quotes) {
        for (const q of group.quotes) {
          if (q.speaker !== undefined) expect(q.speaker).toMatch(/\p{Lu}/u)
          expect(['he', 'she', 'they', 'it']).not.toContain(q.speaker?.toLowerCase())
        }
      }
    }
  })

  it('does not depend on the order of the articles', () => {
    const articles = story('shutdown-ends-2019')
    const reversed = compareArticles([...articles].reverse())
    expect(JSON.stringify(reversed.quotes)).toBe(JSON.stringify(shutdown.quotes))
  })
})

describe('quote status', () => {
  it('calls the same words credited to two named people different speakers', () => {
    const a = makeArticle('a', 'A', ['“We will appeal this ruling at once,” said Maria Lopez.'])
    const b = makeArticle('b', 'B', ['“We will appeal this ruling at once,” said John Carter.'])
    const group = groupWith(compareArticles([a, b]), 'We will appeal')
    expect(group.status).toBe('different-speakers')
    expect(group.quotes.map((q) => q.speaker)).toEqual(
      expect.arrayContaining(['Maria Lopez', 'John Carter']),
    )
  })

  it('calls a quote printed once single, and finds none in an article that quotes nobody', () => {
    const a = makeArticle('a', 'A', ['“The bridge will reopen in May,” said Maria Lopez.'])
    const b = makeArticle('b', 'B', ['The bridge reopens in May, officials said.'])
    const comparison = compareArticles([a, b])
    expect(comparison.quotes).toHaveLength(1)
    expect(comparison.quotes[0]!.status).toBe('single')
    expect(comparison.quotes[0]!.quotes[0]!.article).toBe('a')
  })
})
