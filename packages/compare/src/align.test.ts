import { describe, expect, it } from 'vitest'
import { makeArticle, makeClaim } from '../test/build'
import {
  ALIGN_THRESHOLD,
  MUTUAL_THRESHOLD,
  groupClaims,
  keepLinks,
  matchPair,
  type Link,
} from './align'
import { buildClaimNodes, similarity, type ClaimNode } from './features'

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

  it('keeps, as loose, a weak link that is each claim’s best once their sentences count', () => {
    const kept = keepLinks([
      { ...link(a1, b1, weak), rank: weak + 0.5 },
      { ...link(a2, b1, weak + 0.01), rank: weak + 0.01 },
    ])
    expect(pairs(kept)).toEqual(['0-2', '1-2'])
    expect(kept.find((l) => l.a === a1)?.loose).toBe(true)
    expect(kept.find((l) => l.a === a2)?.loose).toBeUndefined()
  })

  it('keeps a link under the mutual threshold only as loose, and only when best by rank', () => {
    const faint = MUTUAL_THRESHOLD / 2
    expect(keepLinks([{ ...link(a1, b1, faint), rank: faint }])).toEqual([
      { ...link(a1, b1, faint), rank: faint, loose: true },
    ])
    const outranked = keepLinks([
      { ...link(a1, b1, faint), rank: faint + 0.2 },
      { ...link(a2, b1, weak), rank: weak + 0.3 },
    ])
    expect(pairs(outranked)).toEqual(['1-2'])
  })

  it('drops a weak link that is best neither by score nor by rank', () => {
    const kept = keepLinks([
      { ...link(a1, b1, weak), rank: weak },
      { ...link(a2, b1, weak + 0.01), rank: weak + 0.3 },
    ])
    expect(pairs(kept)).toEqual(['1-2'])
  })
})

describe('groupClaims', () => {
  it('matches a claim again when the claim it was most like only names the same things', () => {
    const names = [
      ['Kestrel Aeronautics', 'org:kestrel', 'organisation'],
      ['Vantor', 'other:vantor', 'other'],
      ['Peru', 'place:peru', 'place'],
    ] as [string, string, 'organisation' | 'other' | 'place'][]
    const a = makeArticle('a', 'A', [
      'Kestrel Aeronautics flew its Vantor drone to map the coast of Peru.',
    ])
    // Two facts of one sentence: the second cannot join the facet of the first as a repeat.
    const b = makeArticle('b', 'B', [
      'A lawsuit says Kestrel Aeronautics used the Vantor drone to follow a journalist across Peru, where geologists say a drone was flown to map the coast.',
    ])
    const sued = makeClaim(b, 0, {
      entities: names,
      terms: ['lawsuit', 'use', 'drone', 'follow', 'journalist'],
    })
    const geologists = {
      ...makeClaim(b, 0, { terms: ['drone', 'fly', 'map', 'coast'] }),
      fact: 'relative' as const,
    }
    const nodes = buildClaimNodes([
      {
        article: a,
        claims: [makeClaim(a, 0, { entities: names, terms: ['fly', 'drone', 'map', 'coast'] })],
      },
      { article: b, claims: [sued, geologists] },
    ])
    const [mapped, lawsuit, mappedToo] = nodes
    // The names make the lawsuit the closer fact, but only the other says what A says.
    expect(similarity(mapped!, lawsuit!)).toBeGreaterThan(similarity(mapped!, mappedToo!))
    const shared = groupClaims(nodes).filter((g) => g.perArticle.size > 1)
    expect(shared.map((g) => g.members.map((m) => m.claim.terms[0]))).toEqual([['fly', 'drone']])
  })
})
