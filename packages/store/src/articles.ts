import { createHash } from 'node:crypto'
import { MAX_ARTICLES } from '@parallax/compare'
import type { Queryable } from './drivers/driver'
import { StoreError } from './errors'
import { ARTICLE_COLUMNS, toBytes, toStoredArticle } from './rows'
import type { AnalysisRow, ArticleRow } from './rows'
import { isUuid } from './sql'
import type {
  ArticleSource,
  ClaimsUpdate,
  NewArticle,
  StoredAnalysis,
  StoredArticle,
} from './types'
import { checkClaims, checkNewArticle, checkOutlet } from './validate'

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Call inside a transaction: the insert, the story's timestamp and the cache reset land together. */
export async function addArticle(
  tx: Queryable,
  storyId: string,
  input: NewArticle,
): Promise<{ article: StoredArticle; duplicate: boolean }> {
  checkNewArticle(input)
  const missing = new StoreError(
    'NOT_FOUND',
    // An id that is not a uuid is not echoed: it may be anything a client sent.
    isUuid(storyId)
      ? `store: there is no story ${storyId}`
      : 'store: there is no story with that id',
  )
  if (!isUuid(storyId)) throw missing
  // Locks the story row, so a concurrent delete of the story waits for this insert or wins outright.
  // Also serialises adds to one story, so the count below cannot be raced past the limit.
  const story = await tx.query('SELECT 1 FROM stories WHERE id = $1 FOR UPDATE', [storyId])
  if (story.length === 0) throw missing
  const hash = sha256Hex(input.source.content)
  await checkRoom(tx, storyId, hash)
  const inserted = await tx.query<ArticleRow>(
    `WITH a AS (
       INSERT INTO articles (story_id, outlet, title, url, published, byline, source_kind,
         source_content, content_type, content_hash, fetched_at, parsed, claims, claims_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::timestamptz, $12::json, $13::json,
         $14)
       ON CONFLICT (story_id, content_hash) DO NOTHING
       RETURNING *)
     SELECT ${ARTICLE_COLUMNS} FROM a`,
    [
      storyId,
      input.outlet,
      input.title,
      input.url ?? null,
      input.published ?? null,
      input.byline ?? null,
      input.source.kind,
      input.source.content,
      input.source.contentType,
      hash,
      input.fetchedAt ?? null,
      JSON.stringify(input.article),
      JSON.stringify(input.claims),
      input.claimsVersion,
    ],
  )
  const row = inserted[0]
  if (row) {
    await touchStory(tx, storyId)
    return { article: toStoredArticle(row), duplicate: false }
  }
  const [existing] = await tx.query<ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.story_id = $1 AND a.content_hash = $2`,
    [storyId, hash],
  )
  return { article: toStoredArticle(existing!), duplicate: true }
}

/**
 * A story holds at most as many articles as one comparison takes: one more would make its
 * comparison and exports fail for good. Adding one it already holds stays a duplicate, not an error.
 */
async function checkRoom(tx: Queryable, storyId: string, hash: string): Promise<void> {
  const [held] = await tx.query<{ count: number; present: boolean | null }>(
    `SELECT count(*)::int AS count, bool_or(content_hash = $2) AS present
     FROM articles WHERE story_id = $1`,
    [storyId, hash],
  )
  if (held!.count >= MAX_ARTICLES && held!.present !== true) {
    throw new StoreError(
      'TOO_MANY_ARTICLES',
      `store: story ${storyId} already holds ${held!.count} articles, the most one comparison ` +
        `takes (${MAX_ARTICLES}); remove one or start another story`,
    )
  }
}

export async function getArticles(db: Queryable, storyId: string): Promise<StoredAnalysis[]> {
  if (!isUuid(storyId)) return []
  const rows = await db.query<AnalysisRow>(
    `SELECT ${ARTICLE_COLUMNS}, a.parsed, a.claims, a.claims_version
     FROM articles a WHERE a.story_id = $1 ORDER BY a.seq`,
    [storyId],
  )
  return rows.map((row) => ({
    article: row.parsed,
    claims: row.claims,
    claimsVersion: row.claims_version,
    stored: toStoredArticle(row),
  }))
}

/**
 * Replaces one article's claims and their version, for claims extracted again by a newer
 * extraction. The story's cached comparisons stay: they are stored under a version that names the
 * claims' version too, so none computed from the old claims is asked for again.
 */
export async function replaceClaims(
  db: Queryable,
  storyId: string,
  articleId: string,
  update: ClaimsUpdate,
): Promise<void> {
  const { claims, claimsVersion } = checkClaims(update)
  const missing = new StoreError(
    'NOT_FOUND',
    // Ids that are not uuids are not echoed: they may be anything a client sent.
    isUuid(storyId) && isUuid(articleId)
      ? `store: story ${storyId} has no article ${articleId}`
      : 'store: the story has no article with that id',
  )
  if (!isUuid(storyId) || !isUuid(articleId)) throw missing
  const updated = await db.query(
    `UPDATE articles SET claims = $3::json, claims_version = $4
     WHERE id = $1 AND story_id = $2 RETURNING id`,
    [articleId, storyId, JSON.stringify(claims), claimsVersion],
  )
  if (updated.length === 0) throw missing
}

export async function getSource(
  db: Queryable,
  storyId: string,
  articleId: string,
): Promise<ArticleSource | undefined> {
  if (!isUuid(storyId) || !isUuid(articleId)) return undefined
  const [row] = await db.query<{ kind: ArticleSource['kind']; content: Uint8Array; type: string }>(
    `SELECT source_kind AS kind, source_content AS content, content_type AS type
     FROM articles WHERE id = $1 AND story_id = $2`,
    [articleId, storyId],
  )
  return row && { kind: row.kind, content: toBytes(row.content), contentType: row.type }
}

/** Call inside a transaction, like `addArticle`. */
export async function deleteArticle(
  tx: Queryable,
  storyId: string,
  articleId: string,
): Promise<boolean> {
  if (!isUuid(storyId) || !isUuid(articleId)) return false
  const rows = await tx.query('DELETE FROM articles WHERE id = $1 AND story_id = $2 RETURNING id', [
    articleId,
    storyId,
  ])
  if (rows.length === 0) return false
  await touchStory(tx, storyId)
  return true
}

/**
 * Renames an article's outlet, in its row and in its parsed article (which comparisons read), and
 * drops the story's cached comparisons. Call inside a transaction, like `addArticle`.
 */
export async function setArticleOutlet(
  tx: Queryable,
  storyId: string,
  articleId: string,
  outlet: string,
): Promise<StoredArticle | undefined> {
  const name = checkOutlet(outlet)
  if (!isUuid(storyId) || !isUuid(articleId)) return undefined
  const [row] = await tx.query<{ parsed: Record<string, unknown> }>(
    'SELECT parsed FROM articles WHERE id = $1 AND story_id = $2 FOR UPDATE',
    [articleId, storyId],
  )
  if (!row) return undefined
  const [updated] = await tx.query<ArticleRow>(
    `WITH a AS (
       UPDATE articles SET outlet = $3, parsed = $4::json WHERE id = $1 AND story_id = $2
       RETURNING *)
     SELECT ${ARTICLE_COLUMNS} FROM a`,
    [articleId, storyId, name, JSON.stringify({ ...row.parsed, outlet: name })],
  )
  await touchStory(tx, storyId)
  return toStoredArticle(updated!)
}

/** Marks the story changed; its cached comparisons describe another set of articles now. */
async function touchStory(tx: Queryable, storyId: string): Promise<void> {
  await tx.query('UPDATE stories SET updated_at = now() WHERE id = $1', [storyId])
  await tx.query('DELETE FROM comparisons WHERE story_id = $1', [storyId])
}
