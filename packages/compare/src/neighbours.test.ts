import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { loadStory, storyNames } from '../test/stories'
import { buildClaimNodes, similarity, type ClaimNode } from './features'
import { ClaimIndex, firstOf } from './neighbours'

// Every fixture story's articles as one story: claims that share names and words across stories,
// as the facts of two long articles do.
function fixtureNodes(): ClaimNode[] {
  const articles = storyNames().flatMap((name) => loadStory(name).articles)
  return buildClaimNodes(articles.map((article) => ({ article, claims: extractClaims(article) })))
}

describe('ClaimIndex', () => {
  const nodes = fixtureNodes()
  const index = new ClaimIndex(nodes)

  it.each([0.2, 0.35, 0.5, 0.8])('finds every claim at least %d alike', (threshold) => {
    let found = 0
    let pruned = 0
    for (const node of nodes) {
      const candidates = index.candidates(node, threshold)
      const expected = nodes
        .filter((other) => other !== node && similarity(node, other) >= threshold)
        .map((other) => other.order)
      expect(candidates).toEqual(expect.arrayContaining(expected))
      expect(candidates).not.toContain(node.order)
      expect([...candidates].sort((x, y) => x - y)).toEqual(candidates)
      found += expected.length
      pruned += nodes.length - 1 - candidates.length
    }
    // The check means something only when claims are found, and the index only helps when it
    // leaves claims out.
    expect(found).toBeGreaterThan(0)
    expect(pruned).toBeGreaterThan(0)
  })

  it('leaves out more claims the higher the threshold', () => {
    const total = (threshold: number) =>
      nodes.reduce((sum, node) => sum + index.candidates(node, threshold).length, 0)
    expect(total(0.8)).toBeLessThan(total(0.2))
  })

  it('finds nothing for a claim with no keys, or in an empty index', () => {
    const empty = new ClaimIndex([])
    expect(empty.candidates(nodes[0]!, 0.5)).toEqual([])
    const bare = { ...nodes[0]!, ids: new Int32Array(), weights: new Float64Array(), norm: 1 }
    expect(index.candidates(bare, 0.5)).toEqual([])
  })
})

describe('firstOf', () => {
  const numbers = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1009)
  const ascending = (x: number, y: number) => x - y

  it('keeps the same items a full sort would', () => {
    for (const k of [1, 5, 64, 499]) {
      const sorted = [...numbers].sort(ascending)
      expect(firstOf(numbers, k, ascending).sort(ascending)).toEqual(sorted.slice(0, k))
    }
  })

  it('keeps everything when asked for more than there is, and nothing when asked for none', () => {
    expect(firstOf([3, 1, 2], 5, ascending).sort(ascending)).toEqual([1, 2, 3])
    expect(firstOf(numbers, 0, ascending)).toEqual([])
    expect(firstOf([], 3, ascending)).toEqual([])
  })
})
