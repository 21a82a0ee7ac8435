import type { Comparison } from '@parallax/compare'

/**
 * The name of each article's outlet. The comparison already numbers outlets that share a name
 * (`Reuters (1)`, `Reuters (2)`), so its explanations and this output name them alike.
 */
export function outletNames(comparison: Comparison): Map<string, string> {
  return new Map(comparison.articles.map((article) => [article.id, article.outlet]))
}
