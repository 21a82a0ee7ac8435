import { describe, expect, it } from 'vitest'
import { scoreStory } from './score'
import type { GoldFacet, GoldStory, ScoredComparison } from './types'

// Three outlets of a made-up story, a few sentences each: enough to exercise every rule.
const SENTENCES: Record<string, string[]> = {
  a: [
    'The mayor resigned on Friday.',
    'He was 54.',
    'The council met at noon.',
    'It rained.',
    'Traffic was heavy.',
  ],
  b: ['The mayor quit on Friday afternoon.', 'He was 55.', 'Officials said the meeting was brief.'],
  c: ['Mayor resigns \u201cFriday\u201d.', 'Schools shut.'],
}

interface MadeUpFacet {
  status: GoldFacet['status']
  divergence_kinds?: string[]
  A?: string
  B?: string
  C?: string
}

function story(facet: MadeUpFacet): GoldStory {
  return {
    id: 'made-up',
    articles: { A: { file: 's/fox.txt' }, B: { file: 's/nyt.txt' }, C: { file: 's/huffpost.txt' } },
    facets: [{ id: 'q', A: null, B: null, C: null, ...facet }],
  }
}

/** Facets as [status, kinds, 'a:0 b:0 …'] over the sentences above. */
function comparison(...facets: [string, string[], string][]): ScoredComparison {
  return {
    articles: Object.entries(SENTENCES).map(([id, texts]) => ({
      id,
      sentences: texts.map((text, index) => ({ index, text })),
    })),
    facets: facets.map(([status, kinds, refs], i) => ({
      id: `f${i}`,
      status,
      kinds,
      claims: refs.split(' ').map((ref) => {
        const [article, sentence] = ref.split(':')
        return { article: article!, sentence: Number(sentence), text: '' }
      }),
    })),
  }
}

const resigned = { A: 'resigned on Friday', B: 'quit on  Friday', C: 'resigns "friday"' }

describe('scoreStory', () => {
  it('counts a facet holding every answering outlet, with its status and kinds', () => {
    const gold = story({ A: 'was 54', B: 'was 55', status: 'diverge', divergence_kinds: ['value'] })
    const [right] = scoreStory(gold, comparison(['diverge', ['value'], 'a:1 b:1'])).facets
    expect(right).toMatchObject({ grouped: true, statusRight: true, kindsRight: true, miss: null })
    const [wrong] = scoreStory(gold, comparison(['diverge', ['hedge'], 'a:1 b:1'])).facets
    expect(wrong).toMatchObject({ kindsWanted: true, kindsRight: false })
    expect(wrong!.miss).toBe('kinds wrong: got hedge want value')
  })

  it('matches phrases after the same normalisation as score.mjs', () => {
    const gold = story({ ...resigned, status: 'agree' })
    const { totals } = scoreStory(gold, comparison(['agree', [], 'a:0 b:0 c:0']))
    expect(totals).toMatchObject({ grouped: 1, status: 1, kindsWanted: 0 })
  })

  it('refuses a single facet that also holds an outlet the gold says is silent', () => {
    const gold = story({ A: 'met at noon', status: 'single' })
    const [foreign] = scoreStory(gold, comparison(['single', [], 'a:2 b:2'])).facets
    expect(foreign).toMatchObject({ grouped: false, got: 'missing' })
    expect(foreign!.miss).toBe('grouped but with an outlet the gold says is silent')
    expect(scoreStory(gold, comparison(['single', [], 'a:2'])).totals.status).toBe(1)
  })

  it('refuses a facet with more than three sentences of one outlet', () => {
    const gold = story({ A: 'it rained', B: 'meeting was brief', status: 'agree' })
    const wide = scoreStory(gold, comparison(['agree', [], 'a:1 a:2 a:3 a:4 b:2'])).facets[0]
    expect(wide!.miss).toBe('grouped but too many sentences per outlet')
    expect(scoreStory(gold, comparison(['agree', [], 'a:2 a:3 a:4 b:2'])).totals.grouped).toBe(1)
  })

  it('counts the tightest candidate whatever its status, so agree read as diverge is a false divergence', () => {
    const gold = story({ ...resigned, status: 'agree' })
    const score = scoreStory(
      gold,
      comparison(['agree', [], 'a:0 a:1 b:0 c:0'], ['diverge', ['value'], 'a:0 b:0 c:0']),
    )
    expect(score.facets[0]).toMatchObject({ got: 'diverge', statusRight: false })
    expect(score.facets[0]!.miss).toBe('status wrong: got diverge want agree')
    expect(score.totals).toMatchObject({ grouped: 1, status: 0, falseDiverge: 1 })
  })

  it('names why a gold facet found no facet', () => {
    const gold = story({ ...resigned, status: 'agree' })
    const split = scoreStory(gold, comparison(['agree', [], 'a:0 b:0'], ['single', [], 'c:0']))
    expect(split.facets[0]!.miss).toBe(
      "no facet holds all outlets' phrases: huffpost apart from fox+nyt",
    )
    const unsplit = story({ A: 'noon. It rained', status: 'single' })
    expect(scoreStory(unsplit, comparison(['single', [], 'a:2'])).facets[0]!.miss).toBe(
      'phrase of fox in none of its sentences',
    )
  })

  it('reports how many facets the most crowded sentence is filed under', () => {
    const gold = story({ A: 'it rained', status: 'single' })
    const { totals } = scoreStory(
      gold,
      comparison(['agree', [], 'a:0 b:0'], ['single', [], 'a:0'], ['diverge', [], 'a:0 c:0']),
    )
    expect(totals).toMatchObject({ facets: 3, maxFacetsPerSentence: 3, filedSentences: 3 })
    expect(totals.sentenceLinks).toBe(5)
  })
})
