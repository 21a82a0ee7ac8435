import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import { buildClaimNodes } from './features'
import { labelFacet } from './label'

function label(...sentences: string[]): string {
  const article = makeArticle('a', 'Daily Ledger', sentences)
  return labelFacet(buildClaimNodes([{ article, claims: extractClaims(article) }]).slice(0, 1))
}

describe('labelFacet', () => {
  it('reads as the main clause, without who said it or an opening time phrase', () => {
    expect(label('On Thursday, the Harbour Board said that it will close the east pier.')).toBe(
      'The Harbour Board will close the east pier',
    )
    expect(label('In a statement on Monday, the council approved the new budget.')).toBe(
      'The council approved the new budget',
    )
    expect(label('“We will appeal the ruling,” said Mara Quinn, the union’s lawyer.')).toBe(
      'We will appeal the ruling',
    )
    expect(
      label('A court official told the Harlow Gazette that the trial will resume in June.'),
    ).toBe('The trial will resume in June')
  })

  it('reads the main clause after a subordinate one, but keeps a condition', () => {
    expect(
      label(
        'However, after the state lawyer said that this would look like an admission of fault, the judge reversed herself.',
      ),
    ).toBe('The judge reversed herself')
    expect(label('Until the firm pays, the mine stays shut.')).toBe(
      'Until the firm pays, the mine stays shut',
    )
  })

  it('keeps words that only look like a report of speech', () => {
    expect(label('Targets of the alleged fraud included two banks.')).toBe(
      'Targets of the alleged fraud included two banks',
    )
    expect(label('Lavie neither confirmed nor denied that the firm sold the drones.')).toBe(
      'Lavie neither confirmed nor denied that the firm sold the drones',
    )
  })

  it('cuts a long clause on a word boundary, not after a function word, and marks the cut', () => {
    const long = label(
      'The regional water authority has ordered every farm in the northern valley to cut its use of river water by a third until the autumn rains return.',
    )
    expect(long.length).toBeLessThanOrEqual(71)
    expect(long.endsWith('…')).toBe(true)
    expect(long).not.toMatch(/\b(the|of|to|by|a|in)…$/)
    expect(long.startsWith('The regional water authority has ordered every farm')).toBe(true)
  })

  it('names entities as written, never by their keys', () => {
    const text = label('The Ministry of Defence awarded the drone contract to Aerolift.')
    expect(text).toBe('The Ministry of Defence awarded the drone contract to Aerolift')
    expect(text).not.toMatch(/[a-z]+-[a-z]+/)
  })

  it('is empty for no members', () => {
    expect(labelFacet([])).toBe('')
  })
})
