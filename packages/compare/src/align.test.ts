import { describe, expect, it } from 'vitest'
import { ALIGN_THRESHOLD, MUTUAL_THRESHOLD, keepLinks, matchPair, type Link } from './align'
import type { ClaimNode } from './features'

// Only the fields the matching reads: a claim's place in the story and its article.
const node = (order: number, articleIndex: number) => ({ order, articleIndex }) as ClaimNode
const a1 = node(0, 0)
const a2 = node(1, 0)
const b1 = node(2, 1)
const b2 = node(3, 1)
const link = (a: ClaimNode, b: ClaimNode, score: number): Link => ({ a, b, score })
const pairs = (links: Link[]) => links.map((l) => `${l.a.order}-${l.b.order}`).sort()

describe('matchPair', () => {
  it('pairs claims one to one for the greatest total, not greedily', () => {
    // Greedy would take a1-b1 (0.9) and leave a2 with only b2 (0.1).
    const links = [link(a1, b1, 0.9), link(a1, b2, 0.85), link(a2, b1, 0.8), link(a2, b2, 0.1)]
    expect(pairs(matchPair(links))).toEqual(['0-3', '1-2'])
  })

  it('keeps a sure pair rather than trade it for two middling ones that add up to more', () => {
    const links = [link(a1, b1, 0.93), link(a1, b2, 0.41), link(a2, b1, 0.54)]
    expect(pairs(matchPair(links))).toEqual(['0-2'])
  })

  it('gives the same pairs whatever order the links come in', () => {
    const links = [link(a1, b1, 0.5), link(a2, b1, 0.6), link(a2, b2, 0.4)]
    expect(pairs(matchPair([...links].reverse()))).toEqual(pairs(matchPair(links)))
    expect(pairs(matchPair(links))).toEqual(['0-2', '1-3'])
  })

  it('leaves a claim unpaired rather than pair it twice', () => {
    expect(pairs(matchPair([link(a1, b1, 0.7), link(a2, b1, 0.6)]))).toEqual(['0-2'])
    expect(matchPair([])).toEqual([])
  })
})

describe('keepLinks', () => {
  const weak = (ALIGN_THRESHOLD + MUTUAL_THRESHOLD) / 2

  it('keeps a strong link, and a weaker one only when each claim is the other’s best', () => {
    expect(pairs(keepLinks([link(a1, b1, ALIGN_THRESHOLD)]))).toEqual(['0-2'])
    expect(pairs(keepLinks([link(a1, b1, weak)]))).toEqual(['0-2'])
    // b1 has a better match in a2's article (the same article as a1), so a1-b1 is not mutual.
    expect(pairs(keepLinks([link(a1, b1, weak), link(a2, b1, weak + 0.01)]))).toEqual(['1-2'])
  })
})
