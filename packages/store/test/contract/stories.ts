import { randomUUID } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import type { Store } from '../../src/index'
import { ISO, comparisonOf, storeError } from './helpers'
import { sampleNewArticle } from '../samples'

export function describeStories(store: () => Store): void {
  describe('stories', () => {
    it('creates a story with a trimmed title and database timestamps', async () => {
      const story = await store().createStory({ title: '  Court hears export case  ' })
      expect(story.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(story.title).toBe('Court hears export case')
      expect(story.createdAt).toMatch(ISO)
      expect(story.updatedAt).toBe(story.createdAt)
      expect(story.articleCount).toBe(0)
      expect(await store().getStory(story.id)).toEqual({ ...story, articles: [] })
    })

    it.each([[''], ['   '], ['x'.repeat(501)], ['nul\u0000byte'], [42], [undefined]])(
      'refuses the title %j',
      async (title) => {
        const error = await storeError(store().createStory({ title } as { title: string }))
        expect(error.code).toBe('INVALID')
        expect(error.toJSON()).toEqual({ code: 'INVALID', message: error.message })
      },
    )

    it('pages newest first without repeats or gaps', async () => {
      const tag = randomUUID()
      const created: string[] = []
      for (let i = 0; i < 5; i++)
        created.push((await store().createStory({ title: `${tag} ${i}` })).id)
      const seen: string[] = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page = await store().listStories({ q: tag, limit: 2, cursor })
        expect(page.stories.length).toBeLessThanOrEqual(2)
        seen.push(...page.stories.map((story) => story.id))
        cursor = page.nextCursor
        pages++
      } while (cursor !== undefined)
      expect(pages).toBe(3)
      expect(seen).toEqual([...created].reverse())
    })

    it('searches titles ignoring case, with % and _ taken literally', async () => {
      const tag = randomUUID().slice(0, 8)
      const percent = await store().createStory({ title: `${tag} Rates up 100% in MAY` })
      const plain = await store().createStory({ title: `${tag} Rates up 100 in may` })
      const underscore = await store().createStory({ title: `${tag} snake_case story` })
      const ids = async (q: string) => (await store().listStories({ q })).stories.map((s) => s.id)
      expect(await ids(`${tag} rates up 100`)).toEqual([plain.id, percent.id])
      expect(await ids(`100%`)).toEqual([percent.id])
      expect(await ids(`${tag} snake_`)).toEqual([underscore.id])
      expect(await ids(`${tag.toUpperCase()} RATES UP 100% in may`)).toEqual([percent.id])
      expect(await ids(`${tag}_`)).toEqual([])
      expect(await ids(`${tag} nothing like this`)).toEqual([])
    })

    it('refuses bad paging input', async () => {
      for (const input of [
        { limit: 0 },
        { limit: 101 },
        { limit: 1.5 },
        { cursor: 'not-a-cursor' },
        { q: 'nul\u0000' },
      ]) {
        expect((await storeError(store().listStories(input))).code).toBe('INVALID')
      }
      const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')
      expect((await storeError(store().listStories({ cursor: forged }))).code).toBe('INVALID')
    })

    it('reports unknown and malformed ids as nothing found', async () => {
      expect(await store().getStory(randomUUID())).toBeUndefined()
      expect(await store().getStory('not-a-uuid')).toBeUndefined()
      expect(await store().deleteStory(randomUUID())).toBe(false)
      expect(await store().deleteStory("'; DROP TABLE stories; --")).toBe(false)
      expect(await store().getArticles(randomUUID())).toEqual([])
    })

    it('deletes a story with its articles and comparisons', async () => {
      const story = await store().createStory({ title: 'Short-lived' })
      const { article } = await store().addArticle(
        story.id,
        sampleNewArticle('Deleted with its story.'),
      )
      await store().getComparison(story.id, { version: 'v1', compute: comparisonOf })
      expect(await store().deleteStory(story.id)).toBe(true)
      expect(await store().getStory(story.id)).toBeUndefined()
      expect(await store().getArticles(story.id)).toEqual([])
      expect(await store().getSource(story.id, article.id)).toBeUndefined()
      expect(await store().deleteStory(story.id)).toBe(false)
      const compute = vi.fn(comparisonOf)
      expect(await store().getComparison(story.id, { version: 'v1', compute })).toBeUndefined()
      expect(compute).not.toHaveBeenCalled()
    })
  })
}
