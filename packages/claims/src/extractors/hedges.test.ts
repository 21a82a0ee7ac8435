import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'

function hedgesOf(sentence: string): string[][] {
  const article = articleOf([sentence])
  return extractClaims(article).flatMap((c) =>
    c.hedges.map((h) => [article.body.slice(h.start, h.end), h.kind]),
  )
}

describe('hedges', () => {
  const cases: Array<[string, string[][]]> = [
    [
      'According to estimates by Israel Defense, the country is Saudi Arabia.',
      [['According to estimates', 'estimate']],
    ],
    ['The firm allegedly sold the tool to Riyadh.', [['allegedly', 'allegation']]],
    ['The tool was reportedly used against journalists.', [['reportedly', 'report']]],
    ['The buyer is believed to be a Gulf state.', [['is believed to', 'belief']]],
    ['The ruling may come next week.', [['may', 'possibility']]],
    ['NSO sources implied that the state supports it.', [['implied', 'implicature']]],
    ['The organization claims that the tools are misused.', [['claims that', 'allegation']]],
    ['In May the court met in Jerusalem.', []],
    ['The company could not be reached for comment.', []],
  ]
  it.each(cases)('%s', (sentence, expected) => {
    expect(hedgesOf(sentence)).toEqual(expected)
  })
})
