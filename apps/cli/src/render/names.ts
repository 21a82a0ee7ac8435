import type { Comparison } from '@parallax/compare'

/** A name per article that tells outlets apart even when two share one (`Reuters`, `Reuters (2)`). */
export function outletNames(comparison: Comparison): Map<string, string> {
  const seen = new Map<string, number>()
  return new Map(
    comparison.articles.map((article) => {
      const n = (seen.get(article.outlet) ?? 0) + 1
      seen.set(article.outlet, n)
      return [article.id, n === 1 ? article.outlet : `${article.outlet} (${n})`]
    }),
  )
}
