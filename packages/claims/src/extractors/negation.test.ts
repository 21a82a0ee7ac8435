import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'

function negationOf(sentence: string) {
  const article = articleOf([sentence])
  // Whether the sentence's main clause is negated, and every cue found in any of its facts.
  const claims = extractClaims(article)
  const main = claims.find((c) => c.fact === 'main')
  return {
    negated: main?.negated,
    cues: claims
      .flatMap((c) => c.negations)
      .map((n) => [n.text, n.kind, article.body.slice(n.scope.start, n.scope.end)]),
  }
}

describe('negation', () => {
  const cases: Array<[string, boolean, string[][]]> = [
    [
      'The ministry did not comment directly on whether it had sought a dismissal or gag order but said its supervision was strict.',
      true,
      [
        [
          'did not comment',
          'no-comment',
          'directly on whether it had sought a dismissal or gag order',
        ],
      ],
    ],
    [
      'The MoD claimed it never publically addressed the granting of licenses.',
      true,
      [['never', 'never', 'publically addressed the granting of licenses']],
    ],
    [
      'Lavie neither confirmed nor denied that NSO had sold its products to the kingdom.',
      true,
      [['neither … nor', 'neither-nor', 'that NSO had sold its products to the kingdom']],
    ],
    [
      'NSO denies the allegations against it.',
      true,
      [['denies', 'denial', 'the allegations against it']],
    ],
    [
      'The organization’s representatives refused this request.',
      true,
      [['refused', 'refusal', 'this request']],
    ],
    [
      'A spokesman declined to comment on the case.',
      true,
      [['declined to comment', 'no-comment', 'on the case']],
    ],
    [
      'The company didn’t respond to the letter.',
      true,
      [['didn’t respond', 'no-comment', 'to the letter']],
    ],
    [
      'The court, which did not sit on Monday, ruled against NSO.',
      false,
      [['not', 'not', 'sit on Monday']],
    ],
    [
      'Although the ministry did not comment, the court ruled on Monday.',
      false,
      [['did not comment', 'no-comment', '']],
    ],
    ['The hearing which was public was not a given.', true, [['not', 'not', 'a given']]],
    [
      'NSO not only denies the claims but also has support.',
      true,
      [['denies', 'denial', 'the claims']],
    ],
    ['The court ruled against NSO on Monday.', false, []],
    [
      'The ministry said it had not sought a dismissal.',
      true,
      [['not', 'not', 'sought a dismissal']],
    ],
    [
      'NSO, which has never disclosed its clients, said it complies with the law.',
      false,
      [['never', 'never', 'disclosed its clients']],
    ],
    ['If the license is not revoked, Amnesty will appeal.', false, [['not', 'not', 'revoked']]],
    ['The judge said the hearing would be closed, not open.', false, [['not', 'not', 'open']]],
    ['No one was hurt in the attack.', true, [['No', 'not', 'one was hurt in the attack']]],
  ]
  it.each(cases)('%s', (sentence, negated, cues) => {
    expect(negationOf(sentence)).toEqual({ negated, cues })
  })
})

describe('a negation cue inside a word', () => {
  it('starts where its word starts: `didn’t`, never `n’t` (shutdown story, Fox News)', () => {
    const sentence =
      'He made reference to his previous threats to declare a national emergency, calling it a “very powerful weapon,” but saying he didn’t want to use it.'
    const article = articleOf([sentence])
    const cues = extractClaims(article).flatMap((c) => c.negations)
    expect(cues.length).toBeGreaterThan(0)
    for (const cue of cues) {
      expect(cue.text).toBe('didn’t')
      expect(article.body.slice(cue.start, cue.scope.end)).toBe('didn’t want to use it')
    }
  })
})
