/** An article as TF-IDF weights over the input set, unit length, terms sorted by id. */
export interface TermVector {
  terms: Int32Array
  weights: Float64Array
}

/** Only the heaviest terms of an article take part: the rest add cost and little evidence. */
const MAX_TERMS = 250
/**
 * Terms of one article alone link nothing; left out of the length entirely, a short article
 * sharing one common word with another would look identical to it, so they count at this part.
 */
const SOLO = 0.2

export interface VectorSet {
  vectors: TermVector[]
  /** How many articles each term id is in. */
  df: Int32Array
}

/**
 * TF-IDF over the input set: a term's weight grows with the log of its count in the article and
 * with how few articles of the set hold it. A term of one article alone links nothing and counts
 * only a fifth in the length: at full weight a long article would need to share far more to seem
 * as close.
 */
export function buildVectors(termCounts: readonly Map<string, number>[]): VectorSet {
  const ids = new Map<string, number>()
  const dfList: number[] = []
  const perArticle = termCounts.map((counts) =>
    [...counts].map(([term, count]) => {
      let id = ids.get(term)
      if (id === undefined) {
        id = dfList.length
        ids.set(term, id)
        dfList.push(0)
      }
      dfList[id]!++
      return [id, count] as const
    }),
  )
  const n = termCounts.length
  const vectors = perArticle.map((entries) => {
    const all = entries.map(
      ([id, count]) => [id, (1 + Math.log(count)) * Math.log((n + 1) / dfList[id]!)] as const,
    )
    const weighted = all
      .filter(([id]) => dfList[id]! > 1)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_TERMS)
      .sort((a, b) => a[0] - b[0])
    const solo = all.reduce((s, [id, w]) => (dfList[id] === 1 ? s + w * w : s), 0)
    const norm = Math.sqrt(weighted.reduce((s, [, w]) => s + w * w, 0) + SOLO * SOLO * solo) || 1
    return {
      terms: Int32Array.from(weighted, ([id]) => id),
      weights: Float64Array.from(weighted, ([, w]) => w / norm),
    }
  })
  return { vectors, df: Int32Array.from(dfList) }
}

/** Cosine of two unit vectors: a merge of their sorted terms. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!
    const y = b.terms[j]!
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!
    else if (x < y) i++
    else j++
  }
  return sum
}
