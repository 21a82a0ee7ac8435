import { parseArticle } from '@parallax/article'
import type { Article } from '@parallax/article'
import fc from 'fast-check'
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

  it('keeps what someone is quoted saying, question or fragment, but not a word or two', () => {
    const claims = extractClaims(
      articleOf([
        'The man approached him on the sidewalk.',
        '“Do you fully support the Obama agenda?”',
        '“Some phony theology.”',
        '“Why?”',
        'Will it be a big story?',
      ]),
    )
    expect(claims.map((c) => c.sentence)).toEqual([0, 1, 2])
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

describe('extractClaims on generated articles', () => {
  const words = [
    'NSO',
    'the firm',
    'said',
    'Judge Rachel Barkai',
    '“',
    '”',
    'not',
    'never',
    'about',
    '1,400',
    'users',
    'on Thursday',
    'in October',
    'the kingdom',
    'Saudi Arabia',
    'allegedly',
    'may',
    'according to',
    'officials',
    'Israeli',
    'the Defense Ministry',
    'MoD',
    '’s',
    'a quarter of a',
    'million dollars',
    'neither',
    'nor',
    'denied',
    ',',
    'which',
    'revoked',
    'the license',
    'was',
  ]
  it('keeps every span inside its sentence and every text equal to its slice of the body', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (sentences) => {
          const article = articleOf(
            sentences.map((s) => `${s.join(' ')}.`),
            '2020-01-16',
          )
          for (const claim of extractClaims(article)) {
            expect(article.body.slice(claim.start, claim.end)).toBe(claim.text)
            for (const span of [
              ...claim.entities,
              ...claim.hedges,
              ...claim.numbers,
              ...claim.dates,
            ]) {
              expect(article.body.slice(span.start, span.end)).toBe(span.text)
              expect(span.start >= claim.start && span.end <= claim.end).toBe(true)
            }
            for (const negation of claim.negations) {
              expect(negation.scope.start >= claim.start && negation.scope.end <= claim.end).toBe(
                true,
              )
            }
          }
        },
      ),
      { numRuns: 60, seed: 4 },
    )
  })
})

describe('extractClaims on parsed text', () => {
  it('splits glued sentences and keeps each mention in its own claim', () => {
    const article = parseArticle({
      text: 'NSO’s export license was challenged in court this week.However, Judge Rachel Barkai reversed herself and closed the hearing to the press.',
    })
    const claims = extractClaims(article).filter((c) => c.fact === 'main')
    expect(claims.map((c) => c.entities.map((e) => e.key))).toEqual([
      ['org:nso'],
      ['person:rachel-barkai'],
    ])
  })

  it('pairs straight quotes and carries a quote over a paragraph break to its speaker', () => {
    const article = parseArticle({
      text: [
        'The ministry said in a statement that the court had no business hearing the case at all.',
        '"The decision is ours to make and nobody else\'s," said Defense Minister Benny Gantz on Monday.',
        '"We will not comment on specific licenses," he said.',
      ].join('\n\n'),
    })
    const quotes = extractClaims(article).filter((c) => c.attribution.kind === 'quote')
    expect(quotes.map((c) => c.attribution.speaker?.key)).toEqual([
      'person:benny-gantz',
      'person:benny-gantz',
    ])
  })
})
