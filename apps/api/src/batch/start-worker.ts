import { setTimeout as sleep } from 'node:timers/promises'
import { createStore, type BatchQueueOptions } from '@parallax/store'
import { createAnalysisPool } from '../analysis/pool'
import type { AnalysisPool } from '../analysis/types'
import { groupArticles } from './group'
import { batchHandlers } from './handlers'

export interface BatchWorkerOptions {
  /** The PostgreSQL server the API queues batches on. */
  databaseUrl: string
  /** Jobs at once, each with its own parser thread. */
  concurrency: number
  /** Private hosts a URL item may be fetched from (PARALLAX_ALLOW_HOSTS). */
  allowHosts: string[]
  parseTimeoutMs?: number
  /** Extra parse time per MB of input, as the API's PARALLAX_PARSE_MS_PER_MB. */
  parseMsPerMb?: number
  /** Extra compare time per MB of article text, as the API's PARALLAX_COMPARE_MS_PER_MB. */
  compareMsPerMb?: number
  queue?: BatchQueueOptions
  log: (line: string) => void
}

/** A process's share of the batch queue: the same parse path and grouping as the API's. */
export async function startBatchWorker(
  options: BatchWorkerOptions,
): Promise<{ stop(): Promise<void> }> {
  const store = await createStore(options.databaseUrl, {
    ...(options.queue && { queue: options.queue }),
  })
  const pool = createAnalysisPool({
    size: options.concurrency,
    ...(options.parseTimeoutMs !== undefined && { timeoutMs: options.parseTimeoutMs }),
    ...(options.parseMsPerMb !== undefined && { msPerMb: options.parseMsPerMb }),
    ...(options.compareMsPerMb !== undefined && { compareMsPerMb: options.compareMsPerMb }),
  })
  const fetchOptions = { allowHosts: options.allowHosts }
  const worker = await parserReady(pool)
    .then(() =>
      store.workBatches(batchHandlers({ store, pool, fetchOptions, groupArticles }), {
        concurrency: options.concurrency,
        onError: (error) =>
          options.log(
            `batch job failed, to be retried: ${error instanceof Error ? error.message : String(error)}`,
          ),
      }),
    )
    .catch(async (error: unknown) => {
      await pool.close()
      await store.close()
      throw error
    })
  return {
    async stop() {
      await worker.stop()
      await pool.close()
      await store.close()
    },
  }
}

/**
 * Loading the parser takes a thread seconds; a job taken before then would sit on its lease while
 * another worker, already loaded, could run it.
 */
async function parserReady(pool: AnalysisPool, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !pool.ready(); await sleep(25)) {
    if (Date.now() > deadline) throw new Error(`the parser did not load within ${timeoutMs} ms`)
  }
}
