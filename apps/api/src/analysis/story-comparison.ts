import { COMPARE_VERSION } from '@parallax/compare'
import type { ComparisonInput } from '@parallax/store'
import type { AnalysisPool } from './types'

/** The version stories' comparisons are stored under: the compare package's. */
export const COMPARISON_VERSION = String(COMPARE_VERSION)

/**
 * How a story's comparison is computed and cached, for a read of it and for a batch's comparison
 * job alike, so both store the same bytes under the same version. Each article takes its stored id
 * before comparing, so the comparison's ids are the ones the API's article routes use.
 */
export function storyComparisonInput(pool: AnalysisPool): ComparisonInput {
  return {
    version: COMPARISON_VERSION,
    compute: (items) =>
      pool.compare(
        items.map(({ article, claims, stored: { id } }) => ({
          article: { ...article, id },
          claims: claims.map((claim) => ({ ...claim, article: id })),
        })),
      ),
  }
}
