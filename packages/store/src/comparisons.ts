import type { Comparison } from '@parallax/compare'
import { getArticles, sha256Hex } from './articles'
import type { Driver } from './drivers/driver'
import { CallerFailure } from './failures'
import { isUuid } from './sql'
import type { CachedComparison, ComparisonInput } from './types'
import { checkComparisonInput } from './validate'

/**
 * The cache key of a set of articles, from each one's content hash and outlet (a renamed outlet
 * changes the comparison's words): order-free, so adding order never matters.
 */
export function articlesHash(articles: readonly string[]): string {
  return sha256Hex([...articles].sort().join('\n'))
}

/** Computations under way in this process, by story, articles hash and version. */
export type InFlight = Map<string, Promise<CachedComparison | undefined>>

/**
 * Returns the cached comparison of the story's current articles at this algorithm version, or
 * computes and caches it. Callers asking for the same comparison while it is being computed share
 * that one computation (and see `cached: true`, as they did not run it).
 */
export async function getComparison(
  db: Driver,
  inFlight: InFlight,
  storyId: string,
  input: ComparisonInput,
): Promise<CachedComparison | undefined> {
  const { version, compute } = checkComparisonInput(input)
  if (!isUuid(storyId)) return undefined
  const [current] = await db.query<{ hashes: string[] | null }>(
    `SELECT (SELECT array_agg(content_hash || ' ' || outlet) FROM articles WHERE story_id = s.id)
       AS hashes
     FROM stories s WHERE s.id = $1`,
    [storyId],
  )
  if (!current) return undefined
  const key = articlesHash(current.hashes ?? [])
  const [hit] = await db.query<{ result: Comparison }>(
    'SELECT result FROM comparisons WHERE story_id = $1 AND articles_hash = $2 AND version = $3',
    [storyId, key, version],
  )
  if (hit) return { comparison: hit.result, cached: true }

  const flightKey = `${storyId} ${key} ${version}`
  const running = inFlight.get(flightKey)
  if (running) return running.then((result) => result && { ...result, cached: true })
  const computing = computeAndCache(db, storyId, version, compute)
  inFlight.set(flightKey, computing)
  try {
    return await computing
  } finally {
    inFlight.delete(flightKey)
  }
}

/**
 * `compute` runs outside any transaction: a slow comparison never holds the database. If the
 * articles change meanwhile, the result is stored under the hash of the set it was computed from,
 * which the changed story no longer matches.
 */
async function computeAndCache(
  db: Driver,
  storyId: string,
  version: string,
  compute: ComparisonInput['compute'],
): Promise<CachedComparison | undefined> {
  const analyses = await getArticles(db, storyId)
  const key = articlesHash(analyses.map(({ stored }) => `${stored.contentHash} ${stored.outlet}`))
  let comparison: Comparison
  try {
    comparison = await compute(analyses.map(({ article, claims }) => ({ article, claims })))
  } catch (error) {
    throw new CallerFailure(error)
  }
  const stored = await db.transaction(async (tx) => {
    const story = await tx.query('SELECT 1 FROM stories WHERE id = $1 FOR SHARE', [storyId])
    if (story.length === 0) return false
    await tx.query(
      `INSERT INTO comparisons (story_id, articles_hash, version, result)
       VALUES ($1, $2, $3, $4::json) ON CONFLICT DO NOTHING`,
      [storyId, key, version, JSON.stringify(comparison)],
    )
    // Rows for other article sets can never match again.
    await tx.query('DELETE FROM comparisons WHERE story_id = $1 AND articles_hash <> $2', [
      storyId,
      key,
    ])
    return true
  })
  return stored ? { comparison, cached: false } : undefined
}
