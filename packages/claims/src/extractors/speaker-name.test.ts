import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '@parallax/article'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'
import { isSpeakerName } from './speaker-name'

// Real stories (../shared/eval, the BASIL corpus): read in place, never copied into the repository.
const STORIES = fileURLToPath(new URL('../../../../../shared/eval/stories/', import.meta.url))
const load = (path: string) => parseArticle({ text: readFileSync(STORIES + path, 'utf8') })

function claimsIn(path: string, words: string) {
  const article = load(path)
  return extractClaims(article).filter((c) => article.sentences[c.sentence]!.text.includes(words))
}

describe('speaker names', () => {
  it('tell a name from a pronoun or a common noun', () => {
    for (const name of ['Mr. Trump', 'A Kaine spokesman', 'The FBI', 'Grimm’s lawyer'])
      expect(isSpeakerName(name), name).toBe(true)
    for (const phrase of ['he', 'He', 'their', 'reference', 'The statement', 'Other staffers', ''])
      expect(isSpeakerName(phrase), phrase).toBe(false)
  })

  it('name the one `he` points to (shutdown story, HuffPost)', () => {
    const [claim] = claimsIn('shutdown-ends-2019/huffpost.txt', 'very quickly or as soon as')
    expect(claim!.attribution.speaker).toEqual({
      text: 'Donald Trump',
      key: 'person:donald-trump',
      resolved: true,
    })
  })

  it('give a quote after a participle to the subject of its clause (shutdown story, Fox News)', () => {
    // `He made reference to his previous threats …, calling it a “very powerful weapon,”`: the
    // one calling it so is `he`, not `reference`.
    const claims = claimsIn('shutdown-ends-2019/fox.txt', 'He made reference to his previous')
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims)
      expect(claim.attribution.speaker).toEqual({
        text: 'Trump',
        key: 'person:trump',
        resolved: true,
      })
  })

  it('leave out an unnamed source but keep it anonymous (shutdown story, New York Times)', () => {
    const [claim] = claimsIn('shutdown-ends-2019/nyt.txt', 'according to people familiar with the')
    expect(claim!.attribution.kind).toBe('anonymous')
    expect(claim!.attribution.speaker).toBeUndefined()
  })

  it('keep the words written when they name the speaker', () => {
    const [claim] = claimsIn('shutdown-ends-2019/nyt.txt', 'a powerful wall or steel barrier')
    expect(claim!.attribution.speaker).toEqual({ text: 'Mr. Trump', key: 'person:trump' })
  })

  it('leave `he` unnamed when it fits nobody', () => {
    const claims = extractClaims(articleOf(['“It is over,” he said.']))
    expect(claims[0]!.attribution).toMatchObject({ kind: 'quote' })
    expect(claims[0]!.attribution.speaker).toBeUndefined()
  })
})
