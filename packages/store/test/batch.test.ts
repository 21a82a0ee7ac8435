import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStore, MAX_BATCH_ITEMS, StoreError, type Store } from '../src/index'
import { BACKENDS } from './backends'
import { ITEM_CLAIMS_VERSION, itemText, testHandlers, textItem, whenDone } from './batch-handlers'

const QUICK = { leaseSeconds: 2, maintenanceSeconds: 1, pollMs: 50, retryLimit: 1 }

const never = (): never => {
  throw new Error('computed again')
}

const backends = BACKENDS.filter((backend) => backend.name !== 'pglite file://')

describe.each(backends)('batches on $name', (backend) => {
  let store: Store
  beforeAll(async () => {
    store = await createStore(await backend.freshUrl(), { queue: QUICK })
  })
  afterAll(() => store?.close())

  it('parses every item, records failures and stores one story per group', async () => {
    const worker = await store.workBatches(testHandlers(), { concurrency: 2 })
    try {
      const texts = [
        itemText('budget', 1),
        itemText('storm', 1),
        'bad input',
        itemText('budget', 2),
        itemText('storm', 2),
        itemText('budget', 3),
      ]
      const created = await store.createBatch(texts.map(textItem))
      expect(created).toMatchObject({ status: 'running', total: 6, done: 0, stories: [] })
      const batch = await whenDone(store, created.id)
      expect(batch.done).toBe(6)
      expect(batch.failures).toEqual([{ item: 2, code: 'NOT_AN_ARTICLE', message: 'no' }])
      expect(batch.stories.map((story) => story.items)).toEqual([
        [0, 3, 5],
        [1, 4],
      ])
      // Each a normal story, its articles in item order.
      const first = await store.getStory(batch.stories[0]!.id)
      expect(first?.articles.map((article) => article.title)).toEqual(
        [1, 2, 3].map((n) => `Report: ${itemText('budget', n).slice(0, 20)}`),
      )
      const second = await store.getArticles(batch.stories[1]!.id)
      expect(second.map((analysis) => analysis.claimsVersion)).toEqual([
        ITEM_CLAIMS_VERSION,
        ITEM_CLAIMS_VERSION,
      ])
      // Done means compared: a read finds each comparison stored and never computes it.
      expect(batch.stories.map((story) => story.comparison)).toEqual([
        { status: 'stored' },
        { status: 'stored' },
      ])
      for (const story of batch.stories) {
        const stored = await store.getComparison(story.id, { version: 'test-1', compute: never })
        expect(stored?.cached).toBe(true)
      }
    } finally {
      await worker.stop()
    }
  })

  it('retries a job whose handler throws, then records the item as failed', async () => {
    const worker = await store.workBatches(testHandlers())
    try {
      const created = await store.createBatch([textItem('crash now'), textItem(itemText('x', 1))])
      const batch = await whenDone(store, created.id)
      expect(batch.failures).toEqual([
        { item: 0, code: 'INTERNAL', message: expect.stringContaining('every attempt') },
      ])
      expect(batch.stories.map((story) => story.items)).toEqual([[1]])
      // One article: nothing to compare, and no job for it.
      expect(batch.stories[0]!.comparison).toEqual({ status: 'none' })
    } finally {
      await worker.stop()
    }
  })

  it('finishes a batch whose comparisons fail, reporting each failure with its reason', async () => {
    const worker = await store.workBatches(testHandlers(), { concurrency: 2 })
    try {
      const texts = [
        itemText('unfit', 1),
        itemText('wobbly', 1),
        itemText('fine', 1),
        itemText('unfit', 2),
        itemText('wobbly', 2),
        itemText('fine', 2),
        itemText('twin', 1),
        itemText('twin', 1),
      ]
      const batch = await whenDone(store, (await store.createBatch(texts.map(textItem))).id)
      expect(batch.failures).toEqual([])
      expect(batch.stories.map(({ items, comparison }) => ({ items, comparison }))).toEqual([
        {
          items: [0, 3],
          comparison: {
            status: 'failed',
            code: 'TOO_MANY_ARTICLES',
            message: 'too many to compare',
          },
        },
        {
          items: [1, 4],
          comparison: {
            status: 'failed',
            code: 'INTERNAL',
            message: expect.stringContaining('every attempt') as string,
          },
        },
        { items: [2, 5], comparison: { status: 'stored' } },
        // The same text twice is one article.
        { items: [6, 7], comparison: { status: 'none' } },
      ])
    } finally {
      await worker.stop()
    }
  })

  it('refuses an empty batch, one too many items and a bad item, storing nothing', async () => {
    const tooMany = Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => textItem('a'))
    for (const items of [[], tooMany, [{ kind: 'text' as const }], [{ kind: 'url' as const }]]) {
      const error: unknown = await store.createBatch(items).catch((reason: unknown) => reason)
      expect(error).toBeInstanceOf(StoreError)
      expect((error as StoreError).code).toBe('INVALID')
    }
    expect(await store.getBatch('00000000-0000-4000-8000-000000000000')).toBeUndefined()
    expect(await store.getBatch('not-an-id')).toBeUndefined()
  })
})
