import { COMPARE_VERSION } from '@parallax/compare'
import type { ComparisonInput, Store } from '@parallax/store'
import type { Analysis, AnalysisPool } from './types'

/** The version stories' comparisons are stored under: the compare package's. */
export const COMPARISON_VERSION = String(COMPARE_VERSION)

/**
 * How a story's comparison is computed and cached, for a read of it and for a batch's comparison
 * job alike, so both store the same bytes under the same version.
 */
export function storyComparisonInput(
  store: Store,
  pool: AnalysisPool,
  storyId: string,
): ComparisonInput {
  return {
    version: COMPARISON_VERSION,
    compute: async (items) => pool.compare(await withStoredIds(store, storyId, items)),
  }
}

/**
 * Gives each article its stored id before comparing, so the comparison's ids are the ones the
 * API's article routes use. Parsed ids are derived from content, which the store keeps unique per
 * story, so they map one to one.
 */
async function withStoredIds(
  store: Store,
  storyId: string,
  items: Analysis[],
): Promise<Analysis[]> {
  const stored = await store.getArticles(storyId)
  const storedIds = new Map(stored.map((entry) => [entry.article.id, entry.stored.id]))
  return items.map(({ article, claims }) => {
    const id = storedIds.get(article.id) ?? article.id
    return {
      article: { ...article, id },
      claims: claims.map((claim) => ({ ...claim, article: id })),
    }
  })
}
