import { decodeCursor, encodeCursor } from './cursor'
import type { Queryable } from './drivers/driver'
import { ARTICLE_COLUMNS, STORY_COLUMNS, toStoredArticle, toStory } from './rows'
import type { ArticleRow, StoryRow } from './rows'
import { containsPattern, isUuid } from './sql'
import type { ListStoriesInput, Story, StoryDetail, StoryPage } from './types'
import { checkListInput, checkStoryTitle } from './validate'

export async function createStory(db: Queryable, input: { title: string }): Promise<Story> {
  const title = checkStoryTitle(input)
  const rows = await db.query<StoryRow>(
    `WITH s AS (INSERT INTO stories (title) VALUES ($1) RETURNING *)
     SELECT ${STORY_COLUMNS} FROM s`,
    [title],
  )
  return toStory(rows[0]!)
}

/** Newest first, by keyset: a story created while paging never shifts or repeats a page. */
export async function listStories(db: Queryable, input?: ListStoriesInput): Promise<StoryPage> {
  const { cursor, q, limit } = checkListInput(input)
  const after = cursor === undefined ? undefined : decodeCursor(cursor)
  const params: Array<string | number> = []
  const where: string[] = []
  if (after) {
    params.push(after.createdAt, after.seq)
    where.push(
      `(s.created_at, s.seq) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`,
    )
  }
  if (q !== undefined) {
    params.push(containsPattern(q))
    where.push(`s.title ILIKE $${params.length}`)
  }
  params.push(limit + 1)
  const rows = await db.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM stories s
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY s.created_at DESC, s.seq DESC
     LIMIT $${params.length}`,
    params,
  )
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  const stories = page.map(toStory)
  return rows.length > limit && last
    ? { stories, nextCursor: encodeCursor({ createdAt: last.created_at, seq: last.seq }) }
    : { stories }
}

export async function getStory(db: Queryable, id: string): Promise<StoryDetail | undefined> {
  if (!isUuid(id)) return undefined
  const [story] = await db.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = $1`,
    [id],
  )
  if (!story) return undefined
  const articles = await db.query<ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.story_id = $1 ORDER BY a.seq`,
    [id],
  )
  // Counted from the list itself, so the two agree even if an article lands between the queries.
  return {
    ...toStory(story),
    articleCount: articles.length,
    articles: articles.map(toStoredArticle),
  }
}

export async function deleteStory(db: Queryable, id: string): Promise<boolean> {
  if (!isUuid(id)) return false
  const rows = await db.query<{ id: string }>('DELETE FROM stories WHERE id = $1 RETURNING id', [
    id,
  ])
  return rows.length > 0
}
