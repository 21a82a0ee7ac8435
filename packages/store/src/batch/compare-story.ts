import { getComparison, type ComparisonMemory } from '../comparisons'
import type { Driver, Queryable } from '../drivers/driver'
import { CallerFailure } from '../failures'
import type { BatchHandlers, ItemFailure } from '../types'

export interface StoryJob {
  batchId: string
  storyId: string
}

/** A story's own failure, carried out of `compute` past the comparison cache. */
class StoryFailure extends Error {
  constructor(readonly failure: ItemFailure) {
    super(failure.message)
  }
}

/**
 * One story's comparison job: computed and stored through the same cache reads use, so a read
 * after the batch is done serves the stored bytes. A job taken again finds the story no longer
 * pending and does nothing.
 */
export async function compareStory(
  driver: Driver,
  memory: ComparisonMemory,
  handlers: BatchHandlers,
  job: StoryJob,
): Promise<void> {
  const [row] = await driver.query<{ comparison: string }>(
    'SELECT comparison FROM batch_stories WHERE batch_id = $1 AND story_id = $2',
    [job.batchId, job.storyId],
  )
  // Gone (its story deleted meanwhile): the batch may be finished by its absence.
  if (row === undefined) return driver.transaction((tx) => recordComparison(tx, job))
  if (row.comparison !== 'pending') return
  const failure = await storeComparison(driver, memory, handlers, job.storyId)
  await driver.transaction((tx) => recordComparison(tx, job, failure))
}

async function storeComparison(
  driver: Driver,
  memory: ComparisonMemory,
  handlers: BatchHandlers,
  storyId: string,
): Promise<ItemFailure | undefined> {
  try {
    await getComparison(driver, memory, storyId, {
      version: handlers.compareVersion,
      compute: async (articles) => {
        const outcome = await handlers.compareStory(storyId, articles)
        if ('failure' in outcome) throw new StoryFailure(outcome.failure)
        return outcome
      },
    })
    return undefined
  } catch (error) {
    const cause = error instanceof CallerFailure ? error.error : error
    if (cause instanceof StoryFailure) return cause.failure
    throw cause
  }
}

/**
 * Records one story's outcome once, then finishes the batch when no comparison is pending. The
 * batch row is locked first, so of two comparisons ending together the later one sees the other's.
 */
export async function recordComparison(
  tx: Queryable,
  { batchId, storyId }: StoryJob,
  failure?: ItemFailure,
): Promise<void> {
  const [batch] = await tx.query('SELECT 1 FROM batches WHERE id = $1 FOR UPDATE', [batchId])
  if (!batch) return
  await tx.query(
    `UPDATE batch_stories SET comparison = $3, error_code = $4, error_message = $5
     WHERE batch_id = $1 AND story_id = $2 AND comparison = 'pending'`,
    [
      batchId,
      storyId,
      failure ? 'failed' : 'stored',
      failure?.code ?? null,
      failure?.message.slice(0, 2_000) ?? null,
    ],
  )
  await finishIfCompared(tx, batchId)
}

/** Marks the batch done once its stories are stored and none waits for its comparison. */
export async function finishIfCompared(tx: Queryable, batchId: string): Promise<void> {
  await tx.query(
    `UPDATE batches SET done_at = now()
     WHERE id = $1 AND grouped_at IS NOT NULL AND done_at IS NULL
       AND NOT EXISTS (
         SELECT 1 FROM batch_stories WHERE batch_id = $1 AND comparison = 'pending')`,
    [batchId],
  )
}
