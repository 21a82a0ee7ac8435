import { setTimeout as sleep } from 'node:timers/promises'
import PgBoss from 'pg-boss'
import type { Driver, Queryable, SqlParam } from '../drivers/driver'
import type { BatchQueueOptions } from '../types'

export const QUEUES = {
  item: 'parallax-batch-item',
  stories: 'parallax-batch-stories',
  /** Items whose job failed every attempt: recorded as failed, so their batch still finishes. */
  deadItem: 'parallax-batch-item-dead',
  /** One comparison of a story a batch stored. */
  story: 'parallax-batch-story',
  /** Comparisons whose job failed every attempt: recorded as failed, as for items. */
  deadStory: 'parallax-batch-story-dead',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export interface NewJob {
  name: QueueName
  data: object
  /** A job with the id of one already queued is not queued again. */
  id?: string
}

/** pg-boss wrapped once: the store sees queues, jobs and loops, not the library. */
export interface Queue {
  /** Queues jobs inside the caller's transaction: they exist exactly when its writes do. */
  insert(tx: Queryable, jobs: NewJob[]): Promise<void>
  /** Runs `concurrency` loops that take one job at a time; the returned function stops them. */
  work<T>(
    name: QueueName,
    options: { concurrency: number; onError: (error: unknown) => void },
    handler: (data: T) => Promise<void>,
  ): () => Promise<void>
  stop(): Promise<void>
}

/** Any constant works, as long as every process takes the same one. */
const START_LOCK_KEY = 7_424_518_302

/**
 * pg-boss's own lock does not stop two processes that start on a fresh database at once from both
 * creating its schema (one fails with a duplicate key in `pg_namespace`), so on a server the
 * set-up runs under an advisory lock held by a transaction of its own. PGlite has one process.
 */
async function oneAtATime(driver: Driver, setUp: () => Promise<void>): Promise<void> {
  if (driver.backend === 'pglite') return setUp()
  await driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [START_LOCK_KEY])
    await setUp()
  })
}

const DEFAULTS = { leaseSeconds: 120, maintenanceSeconds: 10, pollMs: 500, retryLimit: 3 }

/** Starts pg-boss on the store's own connection (PGlite or the server pool) and makes the queues. */
export async function openQueue(driver: Driver, options: BatchQueueOptions = {}): Promise<Queue> {
  const settings = { ...DEFAULTS, ...options }
  const boss = new PgBoss({
    db: { executeSql: (text, values) => driver.sql(text, values) },
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    // No cron schedules here.
    schedule: false,
  })
  // pg-boss reports maintenance failures as events; each working loop's `onError` hears them.
  const listeners = new Set<(error: unknown) => void>()
  boss.on('error', (error) => listeners.forEach((listener) => listener(error)))
  await oneAtATime(driver, async () => {
    await boss.start()
    const retries = { retryLimit: settings.retryLimit, retryDelay: 1 }
    for (const name of [QUEUES.deadItem, QUEUES.deadStory]) {
      await boss.createQueue(name, { name, ...retries })
    }
    const deadLetters = { [QUEUES.item]: QUEUES.deadItem, [QUEUES.story]: QUEUES.deadStory }
    for (const name of [QUEUES.item, QUEUES.stories, QUEUES.story]) {
      const deadLetter = deadLetters[name as keyof typeof deadLetters]
      await boss.createQueue(name, {
        name,
        ...retries,
        expireInSeconds: settings.leaseSeconds,
        ...(deadLetter !== undefined && { deadLetter }),
      })
    }
  })
  const loops = new Set<() => Promise<void>>()

  return {
    insert: async (tx, jobs) => {
      const db = {
        executeSql: async (text: string, values: SqlParam[]) => ({
          rows: await tx.query(text, values),
        }),
      }
      // Each job carries the lease and retries of the process that queues it.
      const stamped = jobs.map((job) => ({
        ...job,
        expireInSeconds: settings.leaseSeconds,
        retryLimit: settings.retryLimit,
      }))
      await boss.insert(stamped, { db })
    },
    work(name, { concurrency, onError }, handler) {
      const stopping = new AbortController()
      // pg-boss's own `work` waits out the polling interval after every job, even with more
      // waiting; this loop asks again at once and waits only when the queue is empty.
      const loop = async () => {
        while (!stopping.signal.aborted) {
          const [job] = await boss.fetch<never>(name).catch((error: unknown) => {
            onError(error)
            return []
          })
          if (job === undefined) {
            await sleep(settings.pollMs, undefined, { signal: stopping.signal }).catch(() => {})
            continue
          }
          try {
            await handler(job.data)
            await boss.complete(name, job.id)
          } catch (error) {
            onError(error)
            const message = error instanceof Error ? error.message : String(error)
            await boss.fail(name, job.id, { message }).catch(onError)
          }
        }
      }
      listeners.add(onError)
      const running = Array.from({ length: concurrency }, loop)
      const stop = async () => {
        stopping.abort()
        loops.delete(stop)
        await Promise.all(running)
        listeners.delete(onError)
      }
      loops.add(stop)
      return stop
    },
    stop: async () => {
      await Promise.all([...loops].map((stop) => stop()))
      await boss.stop({ graceful: false, close: false })
    },
  }
}
