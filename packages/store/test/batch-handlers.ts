import { setTimeout as sleep } from 'node:timers/promises'
import type { Batch, BatchHandlers, BatchItemInput, Store } from '../src/index'
import { sampleNewArticle } from './samples'

const decoder = new TextDecoder()

/** The text of a test item: `<topic> <anything>`; items of one topic make one story. */
export function itemText(topic: string, n: number): string {
  return `${topic} report number ${n} says the figure was revised again.`
}

export const textItem = (text: string): BatchItemInput => ({
  kind: 'text',
  content: new TextEncoder().encode(text),
})

/**
 * Stand-ins for the parser and the grouping: an item whose text starts with `bad` is not an
 * article, one starting with `crash` throws (the worker's fault, retried), and articles are grouped
 * by their first word. `delayMs` makes each parse take a while, so a worker can be killed mid-job.
 */
export function testHandlers(
  options: { delayMs?: number; onStart?: (text: string) => void } = {},
): BatchHandlers {
  return {
    async parseItem(item) {
      const text = decoder.decode(item.content)
      options.onStart?.(text)
      if (options.delayMs) await sleep(options.delayMs)
      if (text.startsWith('bad')) return { failure: { code: 'NOT_AN_ARTICLE', message: 'no' } }
      if (text.startsWith('crash')) throw new Error('the parser crashed')
      const { article, claims, source } = sampleNewArticle(text)
      return { article, claims, source }
    },
    groupArticles(articles) {
      const groups = new Map<string, number[]>()
      articles.forEach((article, index) => {
        const topic = article.body.split(' ')[0]!
        groups.set(topic, [...(groups.get(topic) ?? []), index])
      })
      return [...groups.values()].map((articles) => ({ articles }))
    },
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
