// Pairwise and B-cubed precision, recall and F1, as ../shared/eval/cluster/score.mjs computes them.

export interface ClusterScore {
  pairwise: { precision: number; recall: number; f1: number }
  bcubed: { precision: number; recall: number; f1: number }
  found: number
  events: number
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0)

/**
 * Scores a clustering: `truth` and `got` give each item's gold event and found story. With `only`,
 * B-cubed is averaged over those items alone and pairwise counts only pairs touching one of them
 * (every item still counts in the clusters it shares), so a held-out event is scored inside the
 * whole set.
 */
export function scoreClusters(
  truth: readonly string[],
  got: readonly string[],
  only?: ReadonlySet<number>,
): ClusterScore {
  const members = (keys: readonly string[]) => {
    const m = new Map<string, number[]>()
    keys.forEach((k, i) => m.set(k, [...(m.get(k) ?? []), i]))
    return m
  }
  const T = members(truth)
  const G = members(got)
  const counted = (i: number) => only === undefined || only.has(i)
  let bp = 0
  let br = 0
  let items = 0
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < truth.length; i++) {
    if (!counted(i)) continue
    const g = G.get(got[i]!)!
    const both = g.filter((x) => truth[x] === truth[i]).length
    bp += both / g.length
    br += both / T.get(truth[i]!)!.length
    items++
  }
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      if (!counted(i) && !counted(j)) continue
      const same = truth[i] === truth[j]
      const said = got[i] === got[j]
      if (same && said) tp++
      else if (said) fp++
      else if (same) fn++
    }
  }
  const P = bp / Math.max(1, items)
  const R = br / Math.max(1, items)
  const pp = tp / Math.max(1, tp + fp)
  const pr = tp / Math.max(1, tp + fn)
  return {
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    bcubed: { precision: P, recall: R, f1: f1(P, R) },
    found: G.size,
    events: T.size,
  }
}
