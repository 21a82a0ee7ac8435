import { setTimeout as sleep } from 'node:timers/promises'
import type { Comparison } from '@parallax/compare'
import type { Batch, BatchHandlers, BatchItemInput, Store } from '../src/index'
import { sampleNewArticle } from './samples'

const decoder = new TextDecoder()

/** The text of a test item: `<topic> <anything>`; items of one topic make one story. */
export function itemText(topic: string, n: number): string {
  return `${topic} report number ${n} says the figure was revised again.`
}

/** The claims version test items are parsed under: kept with each article a batch stores. */
export const ITEM_CLAIMS_VERSION = 'items-1'

export const textItem = (text: string): BatchItemInput => ({
  kind: 'text',
  content: new TextEncoder().encode(text),
})

export interface TestHandlerOptions {
  /** How long each parse takes, so a worker can be killed mid-job. */
  delayMs?: number
  /** How long each comparison takes. */
  compareDelayMs?: number
  onStart?: (text: string) => void
  onCompare?: (storyId: string) => void
}

/**
 * Stand-ins for the parser, the grouping and the comparison: an item whose text starts with `bad`
 * is not an article, one starting with `crash` throws (the worker's fault, retried), and articles
 * are grouped by their first word. A story whose articles start with `unfit` cannot be compared
 * (its own failure), one starting with `wobbly` throws on every comparison.
 */
export function testHandlers(options: TestHandlerOptions = {}): BatchHandlers {
  return {
    async parseItem(item) {
      const text = decoder.decode(item.content)
      options.onStart?.(text)
      if (options.delayMs) await sleep(options.delayMs)
      if (text.startsWith('bad')) return { failure: { code: 'NOT_AN_ARTICLE', message: 'no' } }
      if (text.startsWith('crash')) throw new Error('the parser crashed')
      const { article, claims, source } = sampleNewArticle(text)
      return { article, claims, claimsVersion: ITEM_CLAIMS_VERSION, source }
    },
    groupArticles(articles) {
      const groups = new Map<string, number[]>()
      articles.forEach((article, index) => {
        const topic = article.body.split(' ')[0]!
        groups.set(topic, [...(groups.get(topic) ?? []), index])
      })
      return [...groups.values()].map((articles) => ({ articles }))
    },
    compareVersion: 'test-1',
    async compareStory(storyId, articles) {
      options.onCompare?.(storyId)
      if (options.compareDelayMs) await sleep(options.compareDelayMs)
      const topic = articles[0]!.article.body.split(' ')[0]
      if (topic === 'unfit') {
        return { failure: { code: 'TOO_MANY_ARTICLES', message: 'too many to compare' } }
      }
      if (topic === 'wobbly') throw new Error('the comparison crashed')
      return sampleComparison(articles.map(({ article }) => article.id))
    },
  }
}

/** A comparison of nothing but its articles' ids, in a stable order. */
export function sampleComparison(ids: string[]): Comparison {
  const sorted = [...ids].sort()
  return {
    version: 1,
    articles: [],
    facets: [],
    pairs: [],
    coverage: Object.fromEntries(sorted.map((id) => [id, { facets: 0, single: 0 }])),
  }
}

/** Polls until the batch is done; fails the test when it is not within `ms`. */
export async function whenDone(store: Store, id: string, ms = 30_000): Promise<Batch> {
  const deadline = Date.now() + ms
  for (;;) {
    const batch = await store.getBatch(id)
    if (batch?.status === 'done') return batch
    if (Date.now() > deadline) throw new Error(`batch ${id} not done: ${JSON.stringify(batch)}`)
    await sleep(50)
  }
}
