import {
  addArticle,
  deleteArticle,
  getArticles,
  getSource,
  replaceClaims,
  setArticleOutlet,
} from './articles'
import { checkItems, createBatch, getBatch } from './batch/batches'
import { openQueue, type Queue } from './batch/queue'
import { workBatches } from './batch/work'
import { getComparison, type ComparisonMemory } from './comparisons'
import { CurrentComparisons } from './current-comparisons'
import type { Driver } from './drivers/driver'
import { StoreError } from './errors'
import { CallerFailure, toStoreError } from './failures'
import { migrate } from './migrate'
import { createStory, deleteStory, getStory, listStories } from './stories'
import { parseStoreUrl } from './store-url'
import { TextCache } from './text-cache'
import type { Store, StoreOptions } from './types'

/**
 * Opens the store at `url` and brings its schema up to date. PGlite for `memory://` and `file://`,
 * a connection pool for a PostgreSQL server; each driver module is loaded only when chosen.
 */
export async function createStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const location = parseStoreUrl(url)
  const { lockTimeoutMs } = options
  if (lockTimeoutMs !== undefined && !(Number.isFinite(lockTimeoutMs) && lockTimeoutMs >= 0)) {
    throw new StoreError(
      'INVALID',
      'store: lockTimeoutMs must be a number of milliseconds, 0 or more',
    )
  }
  let driver: Driver | undefined
  try {
    if (location.backend === 'pglite') {
      const { openPglite } = await import('./drivers/pglite')
      driver = await openPglite(location.dataDir, lockTimeoutMs ?? 0)
      await migrate(driver, lockTimeoutMs ?? 0)
    } else {
      const { openPg } = await import('./drivers/pg')
      // Idle connections the server drops are replaced on the next query; nothing to do here.
      driver = openPg(location.url, () => undefined)
      await migrate(driver, lockTimeoutMs ?? 15_000)
    }
  } catch (error) {
    await driver?.close().catch(() => undefined)
    throw toStoreError(error)
  }
  return storeOver(driver, options)
}

/** Room for a few hundred typical comparisons (80 KB for two articles) per process. */
const COMPARISON_TEXT_CHARS = 32 * 1024 * 1024

function storeOver(driver: Driver, options: StoreOptions): Store {
  let closing: Promise<void> | undefined
  const memory: ComparisonMemory = {
    inFlight: new Map(),
    texts: new TextCache(COMPARISON_TEXT_CHARS),
    // PGlite has one writer, this process (see CurrentComparisons).
    current: new CurrentComparisons(driver.backend === 'pglite'),
  }
  // The job queue starts with the first batch call, so a store without batches never runs it.
  let queue: Promise<Queue> | undefined
  const queued = () =>
    (queue ??= openQueue(driver, options.queue).catch((error: unknown) => {
      queue = undefined
      throw error
    }))
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    if (closing) throw new StoreError('UNAVAILABLE', 'store: the store is closed')
    try {
      return await work()
    } catch (error) {
      if (error instanceof CallerFailure) throw error.error
      throw toStoreError(error)
    }
  }
  /** Runs a write to a story's articles, then forgets its remembered comparison. */
  const changing = <T>(storyId: string, work: () => Promise<T>): Promise<T> =>
    run(work).finally(() => memory.current.forget(storyId))
  return {
    backend: driver.backend,
    createStory: (input) => run(() => createStory(driver, input)),
    listStories: (input) => run(() => listStories(driver, input)),
    getStory: (id) => run(() => getStory(driver, id)),
    deleteStory: (id) => changing(id, () => deleteStory(driver, id)),
    addArticle: (storyId, input) =>
      changing(storyId, () => driver.transaction((tx) => addArticle(tx, storyId, input))),
    getArticles: (storyId) => run(() => getArticles(driver, storyId)),
    getSource: (storyId, articleId) => run(() => getSource(driver, storyId, articleId)),
    deleteArticle: (storyId, articleId) =>
      changing(storyId, () => driver.transaction((tx) => deleteArticle(tx, storyId, articleId))),
    setArticleOutlet: (storyId, articleId, outlet) =>
      changing(storyId, () =>
        driver.transaction((tx) => setArticleOutlet(tx, storyId, articleId, outlet)),
      ),
    replaceClaims: (storyId, articleId, update) =>
      run(() => replaceClaims(driver, storyId, articleId, update)),
    getComparison: (storyId, input) => run(() => getComparison(driver, memory, storyId, input)),
    ping: () => run(async () => void (await driver.query('SELECT 1'))),
    createBatch: (items) =>
      run(async () => {
        checkItems(items)
        const jobs = await queued()
        const id = await driver.transaction((tx) => createBatch(tx, jobs, items))
        return (await getBatch(driver, id))!
      }),
    getBatch: (id) => run(() => getBatch(driver, id)),
    workBatches: (handlers, workOptions) =>
      run(async () => workBatches(driver, memory, await queued(), handlers, workOptions)),
    close: () =>
      (closing ??= (async () => {
        await (await queue?.catch(() => undefined))?.stop()
        await driver.close()
      })().catch((error: unknown) => Promise.reject(toStoreError(error)))),
  }
}
