import { createHash } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import type { Store } from '../../src/index'
import { comparisonOf, storeError } from './helpers'
import { sampleNewArticle } from '../samples'

const articlesIn = (json: string) => (JSON.parse(json) as { articles: unknown[] }).articles

export function describeComparisons(store: () => Store): void {
  describe('comparisons', () => {
    it('computes once per set of articles and version, then serves the cache', async () => {
      const story = await store().createStory({ title: 'Cached comparison' })
      await store().addArticle(
        story.id,
        sampleNewArticle('First outlet says A.', { outlet: 'One' }),
      )
      await store().addArticle(
        story.id,
        sampleNewArticle('Second outlet says B.', { outlet: 'Two' }),
      )
      const compute = vi.fn(comparisonOf)

      const first = await store().getComparison(story.id, { version: 'v1', compute })
      expect(first!.cached).toBe(false)
      expect(compute).toHaveBeenCalledTimes(1)
      expect(compute.mock.calls[0]![0].map(({ article }) => article.outlet)).toEqual(['One', 'Two'])
      const second = await store().getComparison(story.id, { version: 'v1', compute })
      expect(second!.cached).toBe(true)
      expect(compute).toHaveBeenCalledTimes(1)
      // The very bytes computed, with the sha256 of those bytes as their validator.
      expect(first!.json).toBe(JSON.stringify(comparisonOf(compute.mock.calls[0]![0])))
      expect(second!.json).toBe(first!.json)
      expect(first!.etag).toBe(createHash('sha256').update(first!.json).digest('hex'))
      expect(second!.etag).toBe(first!.etag)

      const newer = await store().getComparison(story.id, { version: 'v2', compute })
      expect(newer!.cached).toBe(false)
      expect(compute).toHaveBeenCalledTimes(2)
    })

    it('recomputes whenever the articles change, even back to an earlier set', async () => {
      const story = await store().createStory({ title: 'Changing story' })
      await store().addArticle(story.id, sampleNewArticle('Base article.'))
      const compute = vi.fn(comparisonOf)
      const get = () => store().getComparison(story.id, { version: 'v1', compute })

      expect((await get())!.cached).toBe(false)
      const { article } = await store().addArticle(story.id, sampleNewArticle('Late article.'))
      const grown = await get()
      expect(grown!.cached).toBe(false)
      expect(articlesIn(grown!.json)).toHaveLength(2)
      expect((await get())!.cached).toBe(true)

      await store().setArticleOutlet(story.id, article.id, 'Renamed Outlet')
      const renamed = await get()
      expect(renamed!.cached).toBe(false)
      expect(JSON.stringify(articlesIn(renamed!.json))).toContain('Renamed Outlet')
      expect((await get())!.cached).toBe(true)

      await store().deleteArticle(story.id, article.id)
      const shrunk = await get()
      expect(shrunk!.cached).toBe(false)
      expect(articlesIn(shrunk!.json)).toHaveLength(1)
      expect(shrunk!.etag).not.toBe(grown!.etag)
      expect(compute).toHaveBeenCalledTimes(4)
    })

    it('shares one computation among callers asking at the same time', async () => {
      const story = await store().createStory({ title: 'Popular comparison' })
      await store().addArticle(story.id, sampleNewArticle('Everyone wants this one.'))
      const compute = vi.fn(async (articles: Parameters<typeof comparisonOf>[0]) => {
        await new Promise((resolve) => setTimeout(resolve, 50))
        return comparisonOf(articles)
      })
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          store().getComparison(story.id, { version: 'v1', compute }),
        ),
      )
      expect(compute).toHaveBeenCalledTimes(1)
      expect(results.filter((result) => !result!.cached)).toHaveLength(1)
      for (const result of results) expect(result!.json).toBe(results[0]!.json)
    })

    it('serves the stored text byte for byte, whatever key order or spacing it was computed with', async () => {
      const story = await store().createStory({ title: 'Odd bytes' })
      await store().addArticle(story.id, sampleNewArticle('Only one.'))
      // Keys out of order and a string with escapes: a parse and re-serialise would change neither
      // of these back, but jsonb or a parsing driver would reorder the keys.
      const compute = () =>
        ({
          version: 1,
          pairs: [],
          facets: [],
          articles: [],
          coverage: { z: 1, a: 'é\u2028"' },
        }) as never
      const first = await store().getComparison(story.id, { version: 'bytes', compute })
      const again = await store().getComparison(story.id, { version: 'bytes', compute })
      expect(again!.cached).toBe(true)
      expect(again!.json).toBe(JSON.stringify(compute()))
      expect(again!.json).toBe(first!.json)
    })

    it('compares a story with no articles as an empty set', async () => {
      const story = await store().createStory({ title: 'Empty story' })
      const result = await store().getComparison(story.id, { version: 'v1', compute: comparisonOf })
      const json = JSON.stringify(comparisonOf([]))
      expect(result).toEqual({
        json,
        etag: createHash('sha256').update(json).digest('hex'),
        cached: false,
      })
    })

    it('passes a failing compute error through and caches nothing', async () => {
      const story = await store().createStory({ title: 'Failing comparison' })
      const failure = new Error('compare failed')
      await expect(
        store().getComparison(story.id, { version: 'v1', compute: () => Promise.reject(failure) }),
      ).rejects.toBe(failure)
      const retry = await store().getComparison(story.id, { version: 'v1', compute: comparisonOf })
      expect(retry!.cached).toBe(false)
    })

    it('refuses a comparison without a version or compute', async () => {
      const story = await store().createStory({ title: 'Bad comparison input' })
      for (const input of [{ version: '', compute: comparisonOf }, { version: 'v1' }, undefined]) {
        const error = await storeError(store().getComparison(story.id, input as never))
        expect(error.code).toBe('INVALID')
      }
    })
  })
}
