import { parseArticle } from '@parallax/article'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles'

const first = parseArticle({
  outlet: 'Harbour Times',
  text: [
    'The city council approved a new budget for the harbour on Tuesday.',
    "Kestrel Aeronautics's drone, Vantor, has been used for mapping coastal erosion in Peru, Chile and Bolivia, according to geologists at Lund University.",
    'The mayor said the budget would pay for two new ferries.',
  ].join('\n\n'),
})
const second = parseArticle({
  outlet: 'Coastal Post',
  text: [
    'The council approved the harbour budget on Tuesday.',
    'A lawsuit against Kestrel Aeronautics was filed last year by a Bolivian journalist, who says an army unit in Peru used the Vantor to follow her car across Bolivia.',
    'Dock workers plan a strike next month over wages.',
  ].join('\n\n'),
})

describe('agreement', () => {
  it('does not call two statements that only name the same rare things an agreement', () => {
    const comparison = compareArticles([first, second])
    const vantor = comparison.facets.filter((f) => f.claims.some((c) => c.text.includes('Vantor')))
    // Each outlet's sentence stands alone, however many of its facts name the Vantor.
    expect(vantor.every((f) => f.status === 'single')).toBe(true)
    expect(new Set(vantor.map((f) => f.claims[0]!.article)).size).toBe(2)
  })

  it('still calls the same statement in other words an agreement', () => {
    const comparison = compareArticles([first, second])
    const budget = comparison.facets.find((f) => f.claims.some((c) => c.text.includes('budget')))
    expect(budget?.status).toBe('agree')
    expect(budget?.claims.map((c) => c.text).sort()).toEqual([
      'The city council approved a new budget for the harbour on Tuesday.',
      'The council approved the harbour budget on Tuesday.',
    ])
  })

  it('does not call two statements that share only their subject or speaker an agreement', () => {
    const said = parseArticle({
      outlet: 'Harbour Times',
      text: 'The port director said the pier was repaired last spring.',
    })
    const silent = parseArticle({
      outlet: 'Coastal Post',
      text: 'The port director did not comment on the strike.',
    })
    const comparison = compareArticles([said, silent])
    expect(comparison.facets.map((f) => [f.status, f.claims.length])).toEqual([
      ['single', 1],
      ['single', 1],
    ])
  })

  it('still agrees when the same subject is said to do the same thing', () => {
    const one = parseArticle({
      outlet: 'Harbour Times',
      text: 'The port director said the pier was repaired last spring.',
    })
    const other = parseArticle({
      outlet: 'Coastal Post',
      text: 'The port director said the pier had been repaired in the spring.',
    })
    expect(compareArticles([one, other]).facets.map((f) => f.status)).toEqual(['agree'])
  })
})
