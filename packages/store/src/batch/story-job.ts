import type { Article } from '@parallax/article'
import type { Claim } from '@parallax/claims'
import { addArticle } from '../articles'
import { getComparison, type ComparisonMemory } from '../comparisons'
import type { Driver, Queryable } from '../drivers/driver'
import { CallerFailure } from '../failures'
import { toBytes } from '../rows'
import type { ArticleSource, BatchComparison, BatchHandlers, ItemFailure } from '../types'

export interface StoryJob {
  batchId: string
  storyId: string
}

/** A parsed item kept until its story's job stores it; its source bytes stay in `content`. */
export interface ItemResult {
  article: Article
  claims: Claim[]
  /** Absent in items parsed before versions were kept: '' (unknown) once stored. */
  claimsVersion?: string
  sourceKind: ArticleSource['kind']
  contentType: string
  fetchedAt?: string
}

/** Where a story's job ends. */
type Outcome = Exclude<BatchComparison, { status: 'pending' }>

/** A story's own failure, carried out of `compute` past the comparison cache. */
class StoryFailure extends Error {
  constructor(readonly failure: ItemFailure) {
    super(failure.message)
  }
}

/**
 * One story of a batch: stores its articles (one transaction), then computes and stores its
 * comparison through the same cache reads use, so a read after the batch is done serves the stored
 * bytes. Both the storing and the comparing of a batch's stories are shared by every worker.
 */
export async function runStoryJob(
  driver: Driver,
  memory: ComparisonMemory,
  handlers: BatchHandlers,
  job: StoryJob,
): Promise<void> {
  const articles = await driver.transaction((tx) => storeArticles(tx, job))
  // Already recorded by an earlier run of this job.
  if (articles === 'recorded') return
  const outcome: Outcome =
    articles < 2 ? { status: 'none' } : await compareStory(driver, memory, handlers, job.storyId)
  await driver.transaction((tx) => recordComparison(tx, job, outcome))
}

/**
 * Adds the story's items as articles, once: the story's row in the batch is locked, so a second
 * run of the job waits, then finds each item's article recorded. Returns how many articles the
 * story holds (the same text twice is one), or `recorded` when its outcome already is.
 */
async function storeArticles(tx: Queryable, { batchId, storyId }: StoryJob) {
  const [story] = await tx.query<{ comparison: string }>(
    'SELECT comparison FROM batch_stories WHERE batch_id = $1 AND story_id = $2 FOR UPDATE',
    [batchId, storyId],
  )
  // Gone (its story deleted meanwhile): counts as none, so the batch can still finish.
  if (story === undefined) return 0
  if (story.comparison !== 'pending') return 'recorded' as const
  const items = await tx.query<{ position: number; result: ItemResult; content: Uint8Array }>(
    `SELECT position, result, content FROM batch_items
     WHERE batch_id = $1 AND story_id = $2 AND state = 'parsed' AND article_id IS NULL
     ORDER BY position`,
    [batchId, storyId],
  )
  for (const { position, result, content } of items) {
    const { article } = await addArticle(tx, storyId, newArticleOf(result, content))
    // The article now holds what the item kept.
    await tx.query(
      `UPDATE batch_items SET article_id = $3, result = NULL, content = NULL
       WHERE batch_id = $1 AND position = $2`,
      [batchId, position, article.id],
    )
  }
  const [count] = await tx.query<{ articles: number }>(
    'SELECT count(*)::int AS articles FROM articles WHERE story_id = $1',
    [storyId],
  )
  return count!.articles
}

async function compareStory(
  driver: Driver,
  memory: ComparisonMemory,
  handlers: BatchHandlers,
  storyId: string,
): Promise<Outcome> {
  try {
    await getComparison(driver, memory, storyId, {
      version: handlers.compareVersion,
      compute: async (articles) => {
        const outcome = await handlers.compareStory(storyId, articles)
        if ('failure' in outcome) throw new StoryFailure(outcome.failure)
        return outcome
      },
    })
    return { status: 'stored' }
  } catch (error) {
    const cause = error instanceof CallerFailure ? error.error : error
    if (cause instanceof StoryFailure) return { status: 'failed', ...cause.failure }
    throw cause
  }
}

/**
 * Records one story's outcome once, then finishes the batch when none is pending. The batch row is
 * locked first, so of two stories ending together the later one sees the other's outcome.
 */
export async function recordComparison(
  tx: Queryable,
  { batchId, storyId }: StoryJob,
  outcome: Outcome,
): Promise<void> {
  const [batch] = await tx.query('SELECT 1 FROM batches WHERE id = $1 FOR UPDATE', [batchId])
  if (!batch) return
  const failure = outcome.status === 'failed' ? outcome : undefined
  await tx.query(
    `UPDATE batch_stories SET comparison = $3, error_code = $4, error_message = $5
     WHERE batch_id = $1 AND story_id = $2 AND comparison = 'pending'`,
    [
      batchId,
      storyId,
      outcome.status,
      failure?.code ?? null,
      failure?.message.slice(0, 2_000) ?? null,
    ],
  )
  await finishIfCompared(tx, batchId)
}

/** Marks the batch done once its stories are stored and none waits for its job. */
export async function finishIfCompared(tx: Queryable, batchId: string): Promise<void> {
  await tx.query(
    `UPDATE batches SET done_at = now()
     WHERE id = $1 AND grouped_at IS NOT NULL AND done_at IS NULL
       AND NOT EXISTS (
         SELECT 1 FROM batch_stories WHERE batch_id = $1 AND comparison = 'pending')`,
    [batchId],
  )
}

function newArticleOf(result: ItemResult, content: Uint8Array) {
  const { article, claims, claimsVersion = '', fetchedAt } = result
  return {
    outlet: article.outlet,
    title: article.title,
    ...(article.url !== undefined && { url: article.url }),
    ...(article.published !== undefined && { published: article.published }),
    ...(article.byline !== undefined && { byline: article.byline }),
    source: { kind: result.sourceKind, content: toBytes(content), contentType: result.contentType },
    ...(fetchedAt !== undefined && { fetchedAt }),
    article,
    claims,
    claimsVersion,
  }
}
