import type { Article } from '@parallax/article'
import { describe, expect, it } from 'vitest'
import { ClaimsError } from './errors'
import { extractClaims } from './pipeline'
import { articleOf } from './test-article'

describe('extractClaims', () => {
  it('returns no claims for an empty article', () => {
    expect(extractClaims({ ...articleOf([]), body: '', sentences: [], paragraphs: [] })).toEqual([])
  })

  it('makes a claim of a sentence with no entities', () => {
    const [claim] = extractClaims(articleOf(['the hearing was closed to the public.']))
    expect(claim?.entities).toEqual([])
    expect(claim?.predicate).toBe('close')
    expect(claim?.terms).toEqual(['hearing', 'close', 'public'])
  })

  it('skips questions and fragments, keeping sentence indices', () => {
    const claims = extractClaims(
      articleOf([
        'Does the firm have an export license?',
        'Saudi crown prince Mohammed bin Salman',
        'The firm sold the tool.',
      ]),
    )
    expect(claims.map((c) => c.sentence)).toEqual([2])
  })

  it('ties each claim to its sentence by offsets into the body', () => {
    const article = articleOf([
      'NSO’s license was challenged.',
      'Amnesty said the ministry “did not act.”',
    ])
    for (const claim of extractClaims(article)) {
      expect(article.body.slice(claim.start, claim.end)).toBe(claim.text)
      for (const span of [
        ...claim.entities,
        ...claim.hedges,
        ...claim.negations,
        ...claim.numbers,
        ...claim.dates,
      ]) {
        expect(span.start).toBeGreaterThanOrEqual(claim.start)
        expect(span.end).toBeLessThanOrEqual(claim.end)
      }
    }
  })

  it('gives the same claims for the same article, byte for byte', () => {
    const article = articleOf(
      ['In October, WhatsApp sued NSO in San Francisco.', 'The firm denied it.'],
      '2020-01-16',
    )
    expect(JSON.stringify(extractClaims(article))).toBe(
      JSON.stringify(extractClaims(structuredClone(article))),
    )
  })

  it('rejects sentences that do not fit the body', () => {
    const article: Article = {
      ...articleOf(['Short.']),
      sentences: [{ index: 0, paragraph: 0, start: 0, end: 99, text: 'Short.' }],
    }
    expect(() => extractClaims(article)).toThrow(ClaimsError)
    try {
      extractClaims(article)
    } catch (error) {
      expect((error as ClaimsError).toJSON().code).toBe('INVALID_ARTICLE')
    }
  })
})
