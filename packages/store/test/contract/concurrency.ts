import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MAX_ARTICLES } from '@parallax/compare'
import type { Store } from '../../src/index'
import { sampleNewArticle } from '../samples'

export function describeConcurrency(store: () => Store): void {
  describe('concurrency', () => {
    it('lands 50 concurrent articles in one story and 50 concurrent stories', async () => {
      const story = await store().createStory({ title: 'Busy story' })
      const added = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store().addArticle(story.id, sampleNewArticle(`Concurrent article number ${i}.`)),
        ),
      )
      expect(added.every((result) => !result.duplicate)).toBe(true)
      expect(new Set(added.map((result) => result.article.id)).size).toBe(50)
      const detail = await store().getStory(story.id)
      expect(detail!.articleCount).toBe(50)
      expect(new Set(detail!.articles.map((a) => a.id))).toEqual(
        new Set(added.map((r) => r.article.id)),
      )

      const tag = randomUUID()
      const stories = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store().createStory({ title: `${tag} ${i}` })),
      )
      const listed = await store().listStories({ q: tag, limit: 100 })
      expect(new Set(listed.stories.map((s) => s.id))).toEqual(new Set(stories.map((s) => s.id)))
    })

    it(`never lets concurrent adds take a story past ${MAX_ARTICLES} articles`, async () => {
      const story = await store().createStory({ title: 'Nearly full' })
      for (let i = 0; i < MAX_ARTICLES - 2; i++) {
        await store().addArticle(story.id, sampleNewArticle(`Earlier article ${i}.`))
      }
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          store().addArticle(story.id, sampleNewArticle(`Racing article ${i}.`)),
        ),
      )
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2)
      for (const result of results) {
        if (result.status === 'rejected') {
          expect(result.reason).toMatchObject({ name: 'StoreError', code: 'TOO_MANY_ARTICLES' })
        }
      }
      expect((await store().getStory(story.id))!.articleCount).toBe(MAX_ARTICLES)
    })

    it('keeps one article when the same input arrives concurrently', async () => {
      const story = await store().createStory({ title: 'Racing duplicates' })
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          store().addArticle(story.id, sampleNewArticle('Racing words.')),
        ),
      )
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1)
      expect(new Set(results.map((result) => result.article.id)).size).toBe(1)
      expect((await store().getStory(story.id))!.articleCount).toBe(1)
    })
  })
}
