import type { VectorSet } from './vectors'

/** Terms held by more articles than this are not used to find candidates: too common to block on. */
const MAX_POSTING = 64
/** Each article looks for partners through this many of its heaviest shared terms… */
const QUERY_TERMS = 24
/** …and keeps the partners sharing most with it, scored in full afterwards. */
const PARTNERS = 48

/**
 * Pairs worth scoring, found through an inverted index of each article's heaviest terms that few
 * articles share, never by trying all pairs: n × QUERY_TERMS × MAX_POSTING steps at most.
 * Returned as `i * n + j` with i < j, sorted, so the order of work never depends on the input's.
 */
export function candidatePairs({ vectors, df }: VectorSet): number[] {
  const n = vectors.length
  const postings = new Map<number, number[]>()
  const queries = vectors.map((v, i) => {
    const usable: number[] = []
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!
      if (df[t]! >= 2 && df[t]! <= MAX_POSTING) usable.push(k)
    }
    usable.sort((a, b) => v.weights[b]! - v.weights[a]! || v.terms[a]! - v.terms[b]!)
    const top = usable.slice(0, QUERY_TERMS).map((k) => [v.terms[k]!, v.weights[k]!] as const)
    for (const [t] of top) {
      let list = postings.get(t)
      if (!list) postings.set(t, (list = []))
      list.push(i)
    }
    return top
  })
  const pairs = new Set<number>()
  queries.forEach((top, i) => {
    const score = new Map<number, number>()
    for (const [t, w] of top) {
      for (const j of postings.get(t)!) if (j !== i) score.set(j, (score.get(j) ?? 0) + w)
    }
    const best = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, PARTNERS)
    for (const [j] of best) pairs.add(i < j ? i * n + j : j * n + i)
  })
  return [...pairs].sort((a, b) => a - b)
}
