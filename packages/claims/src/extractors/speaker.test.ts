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
