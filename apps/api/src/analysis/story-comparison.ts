import { CLAIMS_VERSION } from '@parallax/claims'
import { COMPARE_VERSION } from '@parallax/compare'
import type { ComparisonInput, Store } from '@parallax/store'
import { currentClaims } from './current-claims'
import type { AnalysisPool } from './types'

/**
 * The version stories' comparisons are stored under: the compare package's and the claims
 * package's, since a comparison changes when either does. Internal to the cache; the Comparison's
 * own `version` field stays the contract's.
 */
export const COMPARISON_VERSION = `${COMPARE_VERSION}+claims.${CLAIMS_VERSION}`

/**
 * How a story's comparison is computed and cached, for a read of it and for a batch's comparison
 * job alike, so both store the same bytes under the same version. Claims stored by an older
 * extraction are extracted again and saved first (`currentClaims`). Each article takes its stored
 * id before comparing, so the comparison's ids are the ones the API's article routes use.
 */
export function storyComparisonInput(store: Store, pool: AnalysisPool): ComparisonInput {
  return {
    version: COMPARISON_VERSION,
    compute: async (items) =>
      pool.compare(
        (await currentClaims(store, pool, items)).map(({ article, claims, stored: { id } }) => ({
          article: { ...article, id },
          claims: claims.map((claim) => ({ ...claim, article: id })),
        })),
      ),
  }
}
