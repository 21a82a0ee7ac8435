import { describe, expect, it, vi } from 'vitest'
import type { Store } from '../../src/index'
import { comparisonOf, storeError } from './helpers'
import { sampleNewArticle } from '../samples'

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
      expect(JSON.stringify(second!.comparison)).toBe(JSON.stringify(first!.comparison))

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
      expect(grown!.comparison.articles).toHaveLength(2)
      expect((await get())!.cached).toBe(true)

      await store().setArticleOutlet(story.id, article.id, 'Renamed Outlet')
      const renamed = await get()
      expect(renamed!.cached).toBe(false)
      expect(renamed!.comparison.articles.map((a) => a.outlet)).toContain('Renamed Outlet')
      expect((await get())!.cached).toBe(true)

      await store().deleteArticle(story.id, article.id)
      const shrunk = await get()
      expect(shrunk!.cached).toBe(false)
      expect(shrunk!.comparison.articles).toHaveLength(1)
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
      for (const result of results) expect(result!.comparison).toEqual(results[0]!.comparison)
    })

    it('compares a story with no articles as an empty set', async () => {
      const story = await store().createStory({ title: 'Empty story' })
      const result = await store().getComparison(story.id, { version: 'v1', compute: comparisonOf })
      expect(result).toEqual({ comparison: comparisonOf([]), cached: false })
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
