// Quality of clusterArticles on the real-news set: in-sample at the defaults, and held out, each
// event scored under the thresholds that do best on the other 65.
import { clusterArticles, DEFAULT_COHESION, DEFAULT_THRESHOLD } from '@parallax/cluster'
import type { EvalArticle } from './eval-set'
import { scoreClusters, type ClusterScore } from './score'

export interface Setting {
  threshold: number
  cohesion: number
}

/** Each article's story id under one setting, in the set's order. */
export function storiesOf(set: readonly EvalArticle[], setting: Setting): string[] {
  const { stories } = clusterArticles(
    set.map((e) => e.article),
    setting,
  )
  const of = new Map<string, string>()
  for (const s of stories) for (const a of s.articles) of.set(a.article, s.id)
  return set.map((e) => of.get(e.article.id)!)
}

export function scoreDefaults(set: readonly EvalArticle[]): { got: string[]; score: ClusterScore } {
  const got = storiesOf(set, { threshold: DEFAULT_THRESHOLD, cohesion: DEFAULT_COHESION })
  return {
    got,
    score: scoreClusters(
      set.map((e) => e.event),
      got,
    ),
  }
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) =>
    Number((from + i * step).toFixed(2)),
  )

/** The grid searched for each held-out event. */
export const GRID: Setting[] = range(0.06, 0.3, 0.02).flatMap((threshold) =>
  range(0.4, 0.8, 0.1).map((cohesion) => ({ threshold, cohesion })),
)

export interface HeldOut {
  score: ClusterScore
  /** How often each setting was the one chosen, as `threshold/cohesion`. */
  chosen: Map<string, number>
}

/**
 * Leave one event out: for each event, the grid setting with the best B-cubed F1 on the other
 * events' articles (ties to the higher threshold, then the higher cohesion: the stricter), then
 * that event's articles scored under it. Pairwise counts a pair of two events half under each.
 */
export function scoreHeldOut(set: readonly EvalArticle[]): HeldOut {
  const truth = set.map((e) => e.event)
  const events = [...new Set(truth)].sort()
  const runs = GRID.map((setting) => ({ setting, got: storiesOf(set, setting) }))
  const chosen = new Map<string, number>()
  const pick = new Map<string, string[]>()
  for (const event of events) {
    const others = new Set(truth.flatMap((t, i) => (t === event ? [] : [i])))
    let best: { f1: number; setting: Setting; got: string[] } | undefined
    for (const { setting, got } of runs) {
      const f1 = scoreClusters(truth, got, others).bcubed.f1
      if (
        !best ||
        f1 > best.f1 + 1e-12 ||
        (Math.abs(f1 - best.f1) <= 1e-12 && stricter(setting, best.setting))
      ) {
        best = { f1, setting, got }
      }
    }
    const key = `${best!.setting.threshold}/${best!.setting.cohesion}`
    chosen.set(key, (chosen.get(key) ?? 0) + 1)
    pick.set(event, best!.got)
  }
  // Per item under its own event's choice: B-cubed from each item's cluster, pairs half per end.
  let bp = 0
  let br = 0
  let tp = 0
  let fp = 0
  let fn = 0
  const n = set.length
  for (let i = 0; i < n; i++) {
    const got = pick.get(truth[i]!)!
    const mine = got.flatMap((g, j) => (g === got[i] ? [j] : []))
    const both = mine.filter((j) => truth[j] === truth[i]).length
    bp += both / mine.length
    br += both / truth.filter((t) => t === truth[i]).length
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      const same = truth[i] === truth[j]
      const said = got[i] === got[j]
      if (same && said) tp += 0.5
      else if (said) fp += 0.5
      else if (same) fn += 0.5
    }
  }
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0)
  const [P, R, pp, pr] = [bp / n, br / n, tp / (tp + fp), tp / (tp + fn)]
  return {
    score: {
      pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
      bcubed: { precision: P, recall: R, f1: f1(P, R) },
      found: NaN,
      events: events.length,
    },
    chosen,
  }
}

function stricter(a: Setting, b: Setting): boolean {
  return a.threshold !== b.threshold ? a.threshold > b.threshold : a.cohesion > b.cohesion
}
