import type { Comparison } from '@parallax/compare'
import { getArticles, sha256Hex } from './articles'
import type { Driver, Queryable } from './drivers/driver'
import { CallerFailure } from './failures'
import { isUuid } from './sql'
import type { CurrentComparisons } from './current-comparisons'
import type { TextCache } from './text-cache'
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

/** What one store keeps in memory between reads of comparisons. */
export interface ComparisonMemory {
  inFlight: InFlight
  /** Stored texts by their etag, so a hit never moves 80 KB out of the database again. */
  texts: TextCache
  current: CurrentComparisons
}

/**
 * Returns the cached comparison of the story's current articles at this algorithm version, or
 * computes and caches it. Callers asking for the same comparison while it is being computed share
 * that one computation (and see `cached: true`, as they did not run it).
 */
export async function getComparison(
  db: Driver,
  { inFlight, texts, current }: ComparisonMemory,
  storyId: string,
  input: ComparisonInput,
): Promise<CachedComparison | undefined> {
  const { version, compute } = checkComparisonInput(input)
  if (!isUuid(storyId)) return undefined
  const generation = current.generation()
  const known = current.get(storyId, version)
  const knownJson = known === undefined ? undefined : texts.get(known)
  if (known !== undefined && knownJson !== undefined) {
    return { json: knownJson, etag: known, cached: true }
  }
  // Asked of the database on every read, so a change made through another instance shows at once.
  // A row is only ever stored for the story's current articles and deleted when they change (see
  // `computeAndCache` and `touchStory`), so finding one is enough: no hash of the articles needed.
  const [row] = await db.query<{ etag: string | null; key: string | null }>(
    `SELECT c.etag, c.articles_hash AS key
     FROM stories s LEFT JOIN comparisons c ON c.story_id = s.id AND c.version = $2
     WHERE s.id = $1 LIMIT 1`,
    [storyId, version],
  )
  if (!row) return undefined
  const { etag } = row
  if (etag !== null && row.key !== null) {
    const json = texts.get(etag) ?? (await storedText(db, storyId, row.key, version))
    if (json !== undefined) {
      texts.set(etag, json)
      current.remember(storyId, version, etag, generation)
      return { json, etag, cached: true }
    }
  }

  const key = await currentKey(db, storyId)
  if (key === undefined) return undefined
  const flightKey = `${storyId} ${key} ${version}`
  const running = inFlight.get(flightKey)
  if (running) return running.then((result) => result && { ...result, cached: true })
  const computing = computeAndCache(db, storyId, version, compute).then((result) => {
    if (result) {
      texts.set(result.etag, result.json)
      // Not kept when the articles changed meanwhile: that change moved the generation on.
      current.remember(storyId, version, result.etag, generation)
    }
    return result
  })
  inFlight.set(flightKey, computing)
  try {
    return await computing
  } finally {
    inFlight.delete(flightKey)
  }
}

/** `articlesHash` of the story's articles now, or undefined when the story does not exist. */
async function currentKey(db: Queryable, storyId: string): Promise<string | undefined> {
  const [current] = await db.query<{ hashes: string[] | null }>(
    `SELECT (SELECT array_agg(content_hash || ' ' || outlet) FROM articles WHERE story_id = s.id)
       AS hashes
     FROM stories s WHERE s.id = $1`,
    [storyId],
  )
  return current && articlesHash(current.hashes ?? [])
}

/** `result::text` is the text as stored (a json column keeps it verbatim), never parsed here. */
async function storedText(
  db: Driver,
  storyId: string,
  key: string,
  version: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ json: string }>(
    `SELECT result::text AS json FROM comparisons
     WHERE story_id = $1 AND articles_hash = $2 AND version = $3`,
    [storyId, key, version],
  )
  return row?.json
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
    comparison = await compute(analyses)
  } catch (error) {
    throw new CallerFailure(error)
  }
  // Serialised once, here: every later read serves these bytes.
  const json = JSON.stringify(comparison)
  const etag = sha256Hex(json)
  const stored = await db.transaction(async (tx) => {
    // The share lock waits for, or holds off, any add or delete of an article (both update the
    // story row), so the check below and the insert see one set of articles.
    const story = await tx.query('SELECT 1 FROM stories WHERE id = $1 FOR SHARE', [storyId])
    if (story.length === 0) return false
    // Articles changed while computing: the result is still the right answer for the caller, who
    // asked before the change, but is not kept for a set of articles the story no longer has.
    if ((await currentKey(tx, storyId)) !== key) return true
    await tx.query(
      `INSERT INTO comparisons (story_id, articles_hash, version, result, etag)
       VALUES ($1, $2, $3, $4::json, $5) ON CONFLICT DO NOTHING`,
      [storyId, key, version, json, etag],
    )
    // Rows for other article sets can never match again.
    await tx.query('DELETE FROM comparisons WHERE story_id = $1 AND articles_hash <> $2', [
      storyId,
      key,
    ])
    return true
  })
  return stored ? { json, etag, cached: false } : undefined
}
