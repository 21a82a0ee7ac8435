import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import { affiliations, speaksFor } from './affiliations'
import { compareArticles } from './compare-articles'

function affiliationsOf(...sentences: string[]): Map<string, string[]> {
  const article = makeArticle('a', 'A', sentences)
  return affiliations([{ article, claims: extractClaims(article) }])
}

describe('affiliations', () => {
  it('reads a person speaking for an organisation, name first or office first', () => {
    const named = affiliationsOf('Jonathan Cowan, president of Third Way, praised the plan.')
    expect([...named.keys()]).toEqual(['person:jonathan-cowan'])
    const [person, bodies] = [...named][0]!
    expect(speaksFor(named, person, bodies[0]!)).toBe(true)
    const office = affiliationsOf('Third Way President Jonathan Cowan praised the plan.')
    expect(speaksFor(office, 'person:cowan', bodies[0]!)).toBe(true)
  })

  it('takes no critic, and no words that only stand between a name and an office', () => {
    expect(affiliationsOf('Jonathan Cowan, a critic of Third Way, praised the plan.').size).toBe(0)
    const troops = affiliationsOf(
      'He requested more National Guard troops from President Barack Obama.',
    )
    expect(troops.size).toBe(0)
  })
})

describe('attribution between an organisation and the person who speaks for it', () => {
  const statement = 'the union deal marks a turning point for Social Security'
  const story = (description: string) =>
    compareArticles([
      makeArticle('a', 'A', [`${description} welcomed the talks.`, `Cowan said ${statement}.`]),
      makeArticle('b', 'B', [`Third Way said ${statement}.`]),
    ])
  const kinds = (description: string) =>
    story(description)
      .facets.filter((f) => f.claims.length > 1)
      .flatMap((f) => f.kinds)

  it('is no source in dispute when the story says whom the person speaks for', () => {
    expect(kinds('Jonathan Cowan, president of Third Way,')).not.toContain('attribution')
  })

  it('is a source in dispute when the story says nothing of it', () => {
    expect(kinds('Jonathan Cowan, a longtime Boston lawyer,')).toContain('attribution')
  })
})
