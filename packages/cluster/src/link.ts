import { Heap } from './heap'

export interface Edge {
  a: number
  b: number
  sim: number
}

interface Merge {
  avg: number
  a: number
  b: number
  va: number
  vb: number
}

/**
 * Average-link clustering over a sparse similarity graph: the two groups whose articles are on
 * average most alike merge first, until no two groups reach `threshold`. A pair with no edge counts
 * as 0, so a group joins another only when most of their articles are alike, not through one
 * chain of near neighbours. Two groups of two or more merge only when their average is at least
 * `cohesion` times the average inside the looser of them. `groups` gives each item's starting group (copies of one text start
 * together). Ties break by the smaller item index; the result is each item's group, named by its
 * smallest item.
 */
export function averageLink(options: {
  n: number
  edges: readonly Edge[]
  groups: readonly number[]
  threshold: number
  cohesion: number
}): number[] {
  const { n, edges, groups, threshold, cohesion } = options
  const size = new Int32Array(n)
  for (const g of groups) size[g]!++
  const sums = new Map<number, Map<number, number>>()
  const sumsOf = (g: number) => {
    let m = sums.get(g)
    if (!m) sums.set(g, (m = new Map<number, number>()))
    return m
  }
  for (const { a, b, sim } of edges) {
    const ga = groups[a]!
    const gb = groups[b]!
    if (ga === gb) continue
    sumsOf(ga).set(gb, (sumsOf(ga).get(gb) ?? 0) + sim)
    sumsOf(gb).set(ga, (sumsOf(gb).get(ga) ?? 0) + sim)
  }
  const version = new Int32Array(n)
  const heap = new Heap<Merge>((x, y) =>
    x.avg !== y.avg ? x.avg > y.avg : x.a !== y.a ? x.a < y.a : x.b < y.b,
  )
  const offer = (a: number, b: number, sum: number) => {
    const avg = sum / (size[a]! * size[b]!)
    const [lo, hi] = a < b ? [a, b] : [b, a]
    if (avg >= threshold) heap.push({ avg, a: lo, b: hi, va: version[lo]!, vb: version[hi]! })
  }
  for (const [a, m] of sums) for (const [b, sum] of m) if (a < b) offer(a, b, sum)

  const internal = new Float64Array(n)
  for (const { a, b, sim } of edges) if (groups[a] === groups[b]) internal[groups[a]!]! += sim
  const tightness = (g: number) => internal[g]! / ((size[g]! * (size[g]! - 1)) / 2)
  const parent = Int32Array.from(groups)
  for (let merge = heap.pop(); merge; merge = heap.pop()) {
    const { a: keep, b: drop } = merge
    if (merge.va !== version[keep] || merge.vb !== version[drop]) continue
    // Two groups that each hold together are two events unless they are nearly as alike as
    // their own articles are: the same people in another fight share names, not the story.
    const apart = size[keep]! > 1 && size[drop]! > 1
    if (apart && merge.avg < cohesion * Math.min(tightness(keep), tightness(drop))) continue
    internal[keep]! += internal[drop]! + merge.avg * size[keep]! * size[drop]!
    parent[drop] = keep
    size[keep]! += size[drop]!
    size[drop] = 0
    version[keep]++
    version[drop]++
    const kept = sumsOf(keep)
    kept.delete(drop)
    for (const [c, sum] of sums.get(drop) ?? []) {
      if (c === keep) continue
      const other = sumsOf(c)
      other.delete(drop)
      const total = (kept.get(c) ?? 0) + sum
      kept.set(c, total)
      other.set(keep, total)
    }
    sums.delete(drop)
    for (const [c, sum] of kept) offer(keep, c, sum)
  }
  const root = (g: number): number => (parent[g] === g ? g : (parent[g] = root(parent[g]!)))
  return Array.from(groups, (g) => root(g))
}
