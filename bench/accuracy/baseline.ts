// The row to beat: every sentence a facet candidate, sentences of two outlets matched by TF-IDF
// cosine of stemmed content words, matches joined into facets of at most one sentence per outlet.
// It knows nothing of claims, so any status but agree/single is beyond it.
import type { Article } from '@parallax/article'
import { stemmer } from 'stemmer'
import type { ScoredComparison, ScoredFacet } from './types'

/** The best of 0.1 to 0.5 in steps of 0.05 on the dev set: the baseline at its strongest. */
export const BASELINE_THRESHOLD = 0.15
const STOP_WORDS =
  'a an and are as at be been but by for from had has have he her his i in is it its not of on or our said says she that the their they this to was we were which who will with would'
const STOP = new Set(STOP_WORDS.split(' '))

function vectorOf(text: string): Map<string, number> {
  const tf = new Map<string, number>()
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length > 1 && !STOP.has(word)) tf.set(stemmer(word), (tf.get(stemmer(word)) ?? 0) + 1)
  }
  return tf
}

export function compareBaseline(
  articles: Article[],
  threshold = BASELINE_THRESHOLD,
): ScoredComparison {
  const sentences = articles.flatMap((a, outlet) =>
    a.sentences.map((s) => ({ outlet, s, tf: vectorOf(s.text) })),
  )
  const df = new Map<string, number>()
  for (const { tf } of sentences) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const vectors = sentences.map(({ tf }) => {
    const w = [...tf].map(([t, n]) => [t, n * Math.log(sentences.length / df.get(t)!)] as const)
    const length = Math.hypot(...w.map(([, x]) => x)) || 1
    return new Map(w.map(([t, x]) => [t, x / length]))
  })
  const cosine = (a: Map<string, number>, b: Map<string, number>) =>
    [...a].reduce((sum, [t, x]) => sum + x * (b.get(t) ?? 0), 0)
  const matches: [number, number, number][] = []
  sentences.forEach((a, i) =>
    sentences.forEach((b, j) => {
      const score = a.outlet < b.outlet ? cosine(vectors[i]!, vectors[j]!) : 0
      if (score >= threshold) matches.push([score, i, j])
    }),
  )
  // Strongest matches join first; a join that would put two sentences of one outlet together is refused.
  const group = sentences.map((_, i) => [i])
  for (const [, i, j] of matches.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2])) {
    const [a, b] = [group[i]!, group[j]!]
    if (a === b || a.some((x) => b.some((y) => sentences[x]!.outlet === sentences[y]!.outlet)))
      continue
    a.push(...b)
    for (const x of b) group[x] = a
  }
  const facets: ScoredFacet[] = [...new Set(group)].map((members, n) => ({
    id: `tfidf-${n}`,
    status: members.length >= 2 ? 'agree' : 'single',
    kinds: [],
    claims: members
      .sort((x, y) => x - y)
      .map((x) => ({
        article: articles[sentences[x]!.outlet]!.id,
        sentence: sentences[x]!.s.index,
        text: sentences[x]!.s.text,
      })),
  }))
  return {
    articles: articles.map((a) => ({
      id: a.id,
      sentences: a.sentences.map(({ index, text }) => ({ index, text })),
    })),
    facets,
  }
}
