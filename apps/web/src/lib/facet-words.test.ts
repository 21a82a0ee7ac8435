import { describe, expect, it } from 'vitest'
import type { Comparison, Facet, FacetClaim } from '@parallax/compare'
import { claimWords, outletWords } from './facet-words'
import { textOf } from './marked-words'

function claim(article: string, sentenceStart: number, text: string, at: number): FacetClaim {
  return {
    article,
    sentence: 0,
    span: { start: sentenceStart + at, end: sentenceStart + at + text.length },
    text,
  } as FacetClaim
}

const foxSentence = 'Trump said the deal keeps the government open for three weeks.'
const nytSentence = 'Officials said they don’t want the government open for four weeks.'
const fox = claim(
  'fox',
  100,
  'the government open for three weeks',
  foxSentence.indexOf('the government'),
)
const nyt = claim(
  'nyt',
  0,
  'n’t want the government open for four weeks',
  nytSentence.indexOf('n’t'),
)

const facet: Facet = {
  id: 'f1',
  label: 'How long the government stays open',
  status: 'diverge',
  kinds: ['value'],
  confidence: 0.9,
  claims: [fox, nyt],
  explanation: '',
}

const comparison = {
  version: 1,
  articles: [
    {
      id: 'fox',
      outlet: 'Fox News',
      title: 't',
      sentences: [{ index: 0, start: 100, end: 100 + foxSentence.length, text: foxSentence }],
    },
    {
      id: 'nyt',
      outlet: 'The New York Times',
      title: 't',
      sentences: [{ index: 0, start: 0, end: nytSentence.length, text: nytSentence }],
    },
  ],
  facets: [facet],
  pairs: [
    {
      a: { article: 'fox', sentence: 0 },
      b: { article: 'nyt', sentence: 0 },
      score: 0.8,
      facet: 'f1',
      diff: [
        { type: 'added', value: 'n’t want ' },
        { type: 'same', value: 'the government open for ' },
        { type: 'removed', value: 'three' },
        { type: 'added', value: 'four' },
        { type: 'same', value: ' weeks' },
      ],
    },
  ],
  coverage: {},
} as Comparison

describe('claimWords', () => {
  it('widens a claim clipped inside a word to the whole word', () => {
    expect(claimWords(comparison, nyt)).toBe('don’t want the government open for four weeks')
    expect(claimWords(comparison, fox)).toBe('the government open for three weeks')
  })
})

describe('outletWords', () => {
  it('gives each outlet its own words, the differing ones marked, named as its column is', () => {
    const words = outletWords(comparison, facet)
    expect(words.map((w) => w.outlet)).toEqual(['Fox News', 'The New York Times'])
    expect(words[0]!.pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['three'])
    expect(words[1]!.pieces.filter((p) => p.marked).map((p) => p.text)).toEqual([
      'n’t want ',
      'four',
    ])
    expect(textOf(words[1]!.pieces)).toBe('don’t want the government open for four weeks')
  })

  it('shows the words unmarked when no aligned pair covers the claim', () => {
    const alone = { ...comparison, pairs: [] }
    expect(outletWords(alone, facet)[0]!.pieces).toEqual([
      { text: 'the government open for three weeks', marked: false },
    ])
  })
})
