// Scoring exactly as the benchmark's SOURCE.md describes, so figures compare with its table.

export interface PageCounts {
  tp: number
  fp: number
  fn: number
}

export interface Score {
  precision: number
  recall: number
  f1: number
}

const SHINGLE_SIZE = 4

/** Multiset of 4-token shingles of the `\w+` (Unicode) tokens; under 4 tokens is one shingle. */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? []
  const counts = new Map<string, number>()
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1)
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join('\u0000')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** tp, fp, fn for one page, divided by their sum so that long pages weigh no more than short ones. */
export function countPage(truth: string, predicted: string): PageCounts {
  const expected = shingles(truth)
  const actual = shingles(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, n] of actual) {
    const m = expected.get(key) ?? 0
    tp += Math.min(n, m)
    fp += Math.max(0, n - m)
  }
  for (const [key, m] of expected) fn += Math.max(0, m - (actual.get(key) ?? 0))
  const sum = tp + fp + fn
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum }
}

export function scorePages(pages: readonly PageCounts[]): Score {
  const precision = mean(
    pages.filter((p) => p.tp + p.fp > 0),
    (p) => ratio(p.tp, p.fp, p),
  )
  const recall = mean(
    pages.filter((p) => p.tp + p.fn > 0),
    (p) => ratio(p.tp, p.fn, p),
  )
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

function ratio(tp: number, wrong: number, page: PageCounts): number {
  return page.fp === 0 && page.fn === 0 ? 1 : tp / (tp + wrong)
}

function mean<T>(items: readonly T[], value: (item: T) => number): number {
  if (items.length === 0) return 0
  return items.reduce((sum, item) => sum + value(item), 0) / items.length
}
