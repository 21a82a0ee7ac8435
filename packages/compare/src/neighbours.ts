import TinyQueue from 'tinyqueue'
import type { ClaimNode } from './features'

// Rounding in the sums of the bound below must not drop a claim that reaches the threshold.
const SLACK = 1e-9

/**
 * An inverted index of claims by key, answering "which claims can be at least this similar to
 * this one" without scoring it against every claim. Exact, by the prefix filter of all-pairs
 * similarity search: the similarity of two claims is the cosine of their weighted keys, so what a
 * claim shares with another through a set of its keys is at most the length of its weights on
 * those keys over its own length. Its most common keys, as long as their length stays below the
 * threshold, need not be looked up: a claim sharing nothing else with it cannot reach the
 * threshold. In long articles those are the keys found everywhere (a name, `said`), whose lists
 * are what would make the lookup grow with the square of the claims.
 */
export class ClaimIndex {
  private readonly postings = new Map<number, number[]>()
  private readonly removed = new Set<number>()

  constructor(nodes: readonly ClaimNode[] = []) {
    for (const node of nodes) this.add(node)
  }

  add(node: ClaimNode): void {
    for (const id of node.ids) {
      const posting = this.postings.get(id)
      if (posting) posting.push(node.order)
      else this.postings.set(id, [node.order])
    }
  }

  /** Leaves a claim out of every later answer: its lists drop it the next time they are read. */
  remove(order: number): void {
    this.removed.add(order)
  }

  /**
   * The orders of the indexed claims, other than `node`, ascending, that may have a similarity of
   * `threshold` or more with it: every one that does is among them.
   */
  candidates(node: ClaimNode, threshold: number): number[] {
    const keys = Array.from(node.ids, (id, i) => ({
      weight: node.weights[i]!,
      posting: this.postings.get(id) ?? [],
    })).sort((x, y) => y.posting.length - x.posting.length)
    const limit = (threshold - SLACK) * node.norm
    let skipped = 0
    let first = 0
    while (first < keys.length) {
      const next = skipped + keys[first]!.weight ** 2
      if (Math.sqrt(next) >= limit) break
      skipped = next
      first++
    }
    const found = new Set<number>()
    for (const { posting } of keys.slice(first)) {
      let kept = 0
      for (const order of posting) {
        if (this.removed.has(order)) continue
        posting[kept++] = order
        if (order !== node.order) found.add(order)
      }
      posting.length = kept
    }
    return [...found].sort((x, y) => x - y)
  }
}

/**
 * The first `k` of `items` in the order `compare` gives (a total order), in no particular order:
 * a bounded heap instead of a sort, since a claim of a long article touches hundreds of others and
 * scores only the first few.
 */
export function firstOf<T>(items: readonly T[], k: number, compare: (x: T, y: T) => number): T[] {
  if (items.length <= k) return [...items]
  // Its root is the last of the first k seen so far.
  const kept = new TinyQueue<T>([], (x, y) => compare(y, x))
  for (const item of items) {
    if (kept.length < k) kept.push(item)
    else if (k > 0 && compare(item, kept.peek()!) < 0) {
      kept.pop()
      kept.push(item)
    }
  }
  return kept.data.slice(0, kept.length)
}
