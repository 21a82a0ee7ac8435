import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import { buildClaimNodes, type ClaimNode } from './features'
import { sentenceOf, sentenceOverlap } from './sentence-overlap'

function story(...outlets: string[][]): ClaimNode[] {
  const articles = outlets.map((sentences, i) => makeArticle(`a${i}`, `Outlet ${i}`, sentences))
  return buildClaimNodes(articles.map((article) => ({ article, claims: extractClaims(article) })))
}

const main = (nodes: ClaimNode[], article: number, sentence: number) =>
  nodes.find(
    (n) => n.articleIndex === article && n.claim.sentence === sentence && n.claim.fact === 'main',
  )!

describe('sentenceOverlap', () => {
  const nodes = story(
    [
      'The council approved the harbour budget on Monday.',
      'Fishermen protested outside the town hall.',
    ],
    ['The council approved the harbour budget on Monday.', 'The council will meet again in March.'],
  )
  const overlap = sentenceOverlap(nodes)

  it('scores one sentence printed by two outlets 1 and sentences sharing no word 0', () => {
    expect(overlap(main(nodes, 0, 0), main(nodes, 1, 0))).toBeCloseTo(1, 6)
    expect(overlap(main(nodes, 0, 1), main(nodes, 1, 1))).toBe(0)
    expect(overlap(main(nodes, 0, 0), main(nodes, 1, 1))).toBeGreaterThan(0)
  })

  it('counts nothing for a word every sentence of the story uses', () => {
    const everywhere = story(
      ['The council approved the harbour budget.', 'The council heard fishermen.'],
      ['The council met in March.'],
    )
    expect(sentenceOverlap(everywhere)(main(everywhere, 0, 1), main(everywhere, 1, 0))).toBe(0)
    expect(sentenceOverlap(everywhere)(main(everywhere, 0, 0), main(everywhere, 1, 0))).toBe(0)
  })

  it('gives every fact of a sentence its sentence’s overlap', () => {
    const facts = story(
      ['Mayor Ana Ruiz, who took office in May, approved the harbour budget on Monday.'],
      ['Mayor Ana Ruiz approved the harbour budget on Monday.'],
    )
    const relative = facts.find((n) => n.claim.fact === 'relative')!
    const other = main(facts, 1, 0)
    expect(sentenceOf(relative)).toBe(sentenceOf(main(facts, 0, 0)))
    expect(sentenceOverlap(facts)(relative, other)).toBe(
      sentenceOverlap(facts)(main(facts, 0, 0), other),
    )
  })

  it('scores 0 for a claim whose sentence it has no words for', () => {
    const empty = story(['Yes.'], ['The council approved the budget.'])
    expect(sentenceOverlap(empty)(empty[0]!, main(empty, 1, 0))).toBe(0)
  })
})
