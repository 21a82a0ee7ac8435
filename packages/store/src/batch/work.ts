import type { Article } from '@parallax/article'
import type { ComparisonMemory } from '../comparisons'
import type { Driver, Queryable } from '../drivers/driver'
import { createStory } from '../stories'
import type {
  BatchHandlers,
  BatchItemInput,
  BatchWorker,
  BatchWorkOptions,
  ItemFailure,
  ParsedItem,
  StoryGroup,
} from '../types'
import { LIMITS } from '../validate'
import { getItem } from './batches'
import {
  finishIfCompared,
  recordComparison,
  runStoryJob,
  type ItemResult,
  type StoryJob,
} from './story-job'
import { QUEUES, type NewJob, type Queue } from './queue'

interface ItemJob {
  batchId: string
  position: number
}

/**
 * Runs the kinds of batch job: one per item (parse), one per batch (group into stories), one per
 * story (store its articles, compare them), and the dead letters of the first and last. Each job's
 * effect is guarded by state, so a job taken again changes nothing twice.
 */
export function workBatches(
  driver: Driver,
  memory: ComparisonMemory,
  queue: Queue,
  handlers: BatchHandlers,
  options: BatchWorkOptions = {},
): BatchWorker {
  const work = { concurrency: options.concurrency ?? 1, onError: options.onError ?? (() => {}) }
  const stops = [
    queue.work<ItemJob>(QUEUES.item, work, async ({ batchId, position }) => {
      const item = await getItem(driver, batchId, position)
      if (item?.state !== 'pending') return
      const input: BatchItemInput = {
        ...item.input,
        ...(item.content !== null && { content: item.content }),
      }
      const outcome = await handlers.parseItem(input)
      await driver.transaction((tx) => recordItem(tx, queue, { batchId, position }, outcome))
    }),
    queue.work<ItemJob>(QUEUES.deadItem, work, ({ batchId, position }) =>
      driver.transaction((tx) =>
        recordItem(
          tx,
          queue,
          { batchId, position },
          {
            failure: {
              code: 'INTERNAL',
              message: 'The item could not be processed; every attempt failed',
            },
          },
        ),
      ),
    ),
    queue.work<{ batchId: string }>(QUEUES.stories, work, ({ batchId }) =>
      saveStories(driver, queue, batchId, handlers),
    ),
    queue.work<StoryJob>(QUEUES.story, work, (job) => runStoryJob(driver, memory, handlers, job)),
    queue.work<StoryJob>(QUEUES.deadStory, work, (job) =>
      driver.transaction((tx) =>
        recordComparison(tx, job, {
          status: 'failed',
          code: 'INTERNAL',
          message: 'The story could not be stored and compared; every attempt failed',
        }),
      ),
    ),
  ]
  return { stop: async () => void (await Promise.all(stops.map((stop) => stop()))) }
}

/**
 * Records one item's outcome once: a retried job finds it no longer pending and changes nothing.
 * The batch row is locked first, so of two items finishing together exactly one sees the count
 * reach the total, and it queues the grouping job in the same transaction.
 */
async function recordItem(
  tx: Queryable,
  queue: Queue,
  { batchId, position }: ItemJob,
  outcome: ParsedItem | { failure: ItemFailure },
): Promise<void> {
  const [batch] = await tx.query('SELECT 1 FROM batches WHERE id = $1 FOR UPDATE', [batchId])
  if (!batch) return
  const updated =
    'failure' in outcome
      ? await tx.query(
          `UPDATE batch_items SET state = 'failed', error_code = $3, error_message = $4
           WHERE batch_id = $1 AND position = $2 AND state = 'pending' RETURNING position`,
          [batchId, position, outcome.failure.code, outcome.failure.message.slice(0, 2_000)],
        )
      : await tx.query(
          `UPDATE batch_items SET state = 'parsed', result = $3::json, content = $4
           WHERE batch_id = $1 AND position = $2 AND state = 'pending' RETURNING position`,
          [batchId, position, JSON.stringify(resultOf(outcome)), outcome.source.content],
        )
  if (updated.length === 0) return
  const [count] = await tx.query<{ finished: number; total: number }>(
    'UPDATE batches SET finished = finished + 1 WHERE id = $1 RETURNING finished, total',
    [batchId],
  )
  if (count!.finished === count!.total) {
    // The batch id as the job id: should this ever run twice, the second job is not queued.
    await queue.insert(tx, [{ name: QUEUES.stories, data: { batchId }, id: batchId }])
  }
}

function resultOf({ article, claims, claimsVersion, source, fetchedAt }: ParsedItem): ItemResult {
  return {
    article,
    claims,
    claimsVersion,
    sourceKind: source.kind,
    contentType: source.contentType,
    ...(fetchedAt !== undefined && { fetchedAt }),
  }
}

/**
 * Groups the parsed items and stores each group as a story, its items pointing at it, with one job
 * per story queued to store its articles and compare them; all in one transaction that first checks
 * the batch is not grouped: a retried job either finds it grouped or does the whole thing. Only
 * this step sees the whole batch, so it reads no more than clustering needs.
 */
async function saveStories(driver: Driver, queue: Queue, batchId: string, handlers: BatchHandlers) {
  const items = await driver.query<{ position: number; article: Article }>(
    `SELECT position, result->'article' AS article FROM batch_items
     WHERE batch_id = $1 AND state = 'parsed' ORDER BY position`,
    [batchId],
  )
  const groups = checkGroups(
    await handlers.groupArticles(items.map((item) => item.article)),
    items.length,
  )
  await driver.transaction(async (tx) => {
    const [batch] = await tx.query<{ grouped: boolean }>(
      'SELECT grouped_at IS NOT NULL AS grouped FROM batches WHERE id = $1 FOR UPDATE',
      [batchId],
    )
    if (!batch || batch.grouped) return
    const jobs: NewJob[] = []
    for (const [index, group] of groups.entries()) {
      const members = group.articles.map((i) => items[i]!)
      const title = (group.title ?? members[0]!.article.title).trim().slice(0, LIMITS.storyTitle)
      const story = await createStory(tx, { title: title || 'Untitled story' })
      await tx.query(
        `INSERT INTO batch_stories (batch_id, position, story_id, comparison)
         VALUES ($1, $2, $3, 'pending')`,
        [batchId, index, story.id],
      )
      await tx.query(
        `UPDATE batch_items SET story_id = $2
         WHERE batch_id = $1 AND position IN (SELECT json_array_elements_text($3::json)::int)`,
        [batchId, story.id, JSON.stringify(members.map((member) => member.position))],
      )
      // The story id as the job id, as the batch id is for the grouping job.
      const data: StoryJob = { batchId, storyId: story.id }
      jobs.push({ name: QUEUES.story, data, id: story.id })
    }
    if (jobs.length > 0) await queue.insert(tx, jobs)
    await tx.query('UPDATE batches SET grouped_at = now() WHERE id = $1', [batchId])
    // A batch with no article at all is done here.
    await finishIfCompared(tx, batchId)
  })
}

/** Stories in a stable order (by their first item), each item in exactly one of them. */
function checkGroups(groups: StoryGroup[], count: number): StoryGroup[] {
  const sorted = groups
    .map((group) => ({ ...group, articles: [...group.articles].sort((a, b) => a - b) }))
    .filter((group) => group.articles.length > 0)
    .sort((a, b) => a.articles[0]! - b.articles[0]!)
  const seen = sorted.flatMap((group) => group.articles)
  if (seen.length !== count || new Set(seen).size !== count || seen.some((i) => !(i < count))) {
    throw new Error(`store: grouping must place each of the ${count} articles in one story`)
  }
  return sorted
}
