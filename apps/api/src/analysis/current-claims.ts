import { CLAIMS_VERSION } from '@parallax/claims'
import { StoreError, type StoredAnalysis, type Store } from '@parallax/store'
import type { AnalysisPool, RunOptions } from './types'

/**
 * The story's articles with claims of the current extraction: an article whose claims were stored
 * by another version (or by none known, '') has them extracted again from its stored article, in
 * the analysis pool, and saved, so the next read finds them current. One article at a time: a story
 * of a hundred stale articles must not fill the pool's queue and turn itself away as busy.
 */
export async function currentClaims(
  store: Store,
  pool: AnalysisPool,
  analyses: StoredAnalysis[],
  options?: RunOptions,
): Promise<StoredAnalysis[]> {
  const current: StoredAnalysis[] = []
  for (const analysis of analyses) {
    if (analysis.claimsVersion === CLAIMS_VERSION) {
      current.push(analysis)
      continue
    }
    const claims = await pool.extractClaims(analysis.article, options)
    const { storyId, id } = analysis.stored
    await store
      .replaceClaims(storyId, id, { claims, claimsVersion: CLAIMS_VERSION })
      .catch((error: unknown) => {
        // Removed meanwhile: this comparison is still the caller's answer, and is not kept.
        if (!(error instanceof StoreError && error.code === 'NOT_FOUND')) throw error
      })
    current.push({ ...analysis, claims, claimsVersion: CLAIMS_VERSION })
  }
  return current
}
