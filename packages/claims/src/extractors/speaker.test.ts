import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'

function speakersOf(sentences: string[]): Array<[string, string | undefined, string | undefined]> {
  return extractClaims(articleOf(sentences))
    .filter((c) => c.attribution.kind !== 'outlet')
    .map((c) => [c.text, c.attribution.speaker?.text, c.attribution.speaker?.key])
}

describe('pronoun speakers', () => {
  it('takes the person the pronoun refers to, not the last one who spoke', () => {
    const speakers = speakersOf([
      '“We will win,” Ann Ruiz said.',
      'Tom Hale disagreed on Tuesday.',
      '“It is over,” he said.',
    ])
    expect(speakers.at(-1)).toEqual(['“It is over,” he said.', 'Tom Hale', 'person:thomas-hale'])
  })

  it('leaves the speaker unnamed when the pronoun fits nobody', () => {
    const speakers = speakersOf(['“We will win,” Ann Ruiz said.', '“It is over,” he said.'])
    expect(speakers.at(-1)).toEqual(['“It is over,” he said.', undefined, undefined])
  })

  it('gives a possessive speaker’s owner from the pronoun', () => {
    const speakers = speakersOf([
      'Acme Corp opened an inquiry into Tom Hale.',
      'His lawyer said the inquiry was unfair.',
    ])
    expect(speakers.at(-1)).toEqual([
      'His lawyer said the inquiry was unfair.',
      'Tom Hale’s lawyer',
      'person:thomas-hale',
    ])
  })
})

describe('named speakers', () => {
  it('takes the person a speaker phrase ends on, not a name that describes them', () => {
    const speakers = speakersOf([
      'Speaking on Sunday, Obama campaign aide Robert Gibbs called the remarks "well over the line."',
    ])
    expect(speakers[0]?.[2]).toBe('person:robert-gibbs')
  })

  it('keeps a person named only as an owner as who speaks through them', () => {
    const speakers = speakersOf(['Michael Grimm’s lawyer said the charges were baseless.'])
    expect(speakers[0]?.[2]).toBe('person:michael-grimm')
  })
})
