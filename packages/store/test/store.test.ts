import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Comparison } from '@parallax/compare'
import { StoreError, type Store } from '../src/index'
import { BACKENDS, openFresh } from './backends'
import { sampleNewArticle } from './samples'

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

function comparisonOf(
  articles: Array<{ article: { id: string; outlet: string; title: string } }>,
): Comparison {
  return {
    version: 1,
    articles: articles.map(({ article }) => ({ ...article, sentences: [] })),
    facets: [],
    pairs: [],
    coverage: Object.fromEntries(
      articles.map(({ article }) => [article.id, { facets: 0, single: 0 }]),
    ),
  }
}

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(StoreError)
  return error as StoreError
}

describe.each(BACKENDS)('store on $name', (backend) => {
  let store: Store
  beforeAll(async () => {
    store = await openFresh(backend)
  })
  afterAll(async () => {
    await store?.close()
    await backend.cleanUp()
  })

  describe('stories', () => {
    it('creates a story with a trimmed title and database timestamps', async () => {
      const story = await store.createStory({ title: '  Court hears export case  ' })
      expect(story.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(story.title).toBe('Court hears export case')
      expect(story.createdAt).toMatch(ISO)
      expect(story.updatedAt).toBe(story.createdAt)
      expect(story.articleCount).toBe(0)
      expect(await store.getStory(story.id)).toEqual({ ...story, articles: [] })
    })

    it.each([[''], ['   '], ['x'.repeat(501)], [42], [undefined]])(
      'refuses the title %j',
      async (title) => {
        const error = await storeError(store.createStory({ title } as { title: string }))
        expect(error.code).toBe('INVALID')
        expect(error.toJSON()).toEqual({ code: 'INVALID', message: error.message })
      },
    )

    it('pages newest first without repeats or gaps', async () => {
      const tag = randomUUID()
      const created: string[] = []
      for (let i = 0; i < 5; i++)
        created.push((await store.createStory({ title: `${tag} ${i}` })).id)
      const seen: string[] = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page = await store.listStories({ q: tag, limit: 2, cursor })
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
      const percent = await store.createStory({ title: `${tag} Rates up 100% in MAY` })
      const plain = await store.createStory({ title: `${tag} Rates up 100 in may` })
      const underscore = await store.createStory({ title: `${tag} snake_case story` })
      const ids = async (q: string) => (await store.listStories({ q })).stories.map((s) => s.id)
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
      ]) {
        expect((await storeError(store.listStories(input))).code).toBe('INVALID')
      }
      const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')
      expect((await storeError(store.listStories({ cursor: forged }))).code).toBe('INVALID')
    })

    it('reports unknown and malformed ids as nothing found', async () => {
      expect(await store.getStory(randomUUID())).toBeUndefined()
      expect(await store.getStory('not-a-uuid')).toBeUndefined()
      expect(await store.deleteStory(randomUUID())).toBe(false)
      expect(await store.deleteStory("'; DROP TABLE stories; --")).toBe(false)
      expect(await store.getArticles(randomUUID())).toEqual([])
    })

    it('deletes a story with its articles and comparisons', async () => {
      const story = await store.createStory({ title: 'Short-lived' })
      const { article } = await store.addArticle(
        story.id,
        sampleNewArticle('Deleted with its story.'),
      )
      await store.getComparison(story.id, { version: 'v1', compute: comparisonOf })
      expect(await store.deleteStory(story.id)).toBe(true)
      expect(await store.getStory(story.id)).toBeUndefined()
      expect(await store.getArticles(story.id)).toEqual([])
      expect(await store.getSource(story.id, article.id)).toBeUndefined()
      expect(await store.deleteStory(story.id)).toBe(false)
      const compute = vi.fn(comparisonOf)
      expect(await store.getComparison(story.id, { version: 'v1', compute })).toBeUndefined()
      expect(compute).not.toHaveBeenCalled()
    })
  })

  describe('articles', () => {
    it('keeps the input, the parsed article and its claims exactly as given', async () => {
      const story = await store.createStory({ title: 'Round trip' })
      const input = sampleNewArticle('The ministry did not comment on the license.', {
        byline: 'A. Reporter',
        fetchedAt: '2024-05-01T10:00:00+02:00',
        source: {
          kind: 'html',
          // Bytes that are not valid UTF-8 must come back untouched.
          content: new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x00, 0xe9, 0x3c]),
          contentType: 'text/html; charset=iso-8859-1',
        },
      })
      const { article: stored, duplicate } = await store.addArticle(story.id, input)
      expect(duplicate).toBe(false)
      expect(stored).toMatchObject({
        storyId: story.id,
        outlet: input.outlet,
        title: input.title,
        url: input.url,
        published: '2024-05-01',
        byline: 'A. Reporter',
        sourceKind: 'html',
        contentType: 'text/html; charset=iso-8859-1',
        sourceBytes: 7,
        fetchedAt: '2024-05-01T08:00:00.000000Z',
      })
      expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(stored.createdAt).toMatch(ISO)

      const [analysis, ...rest] = await store.getArticles(story.id)
      expect(rest).toEqual([])
      expect(analysis!.stored).toEqual(stored)
      // Same bytes, not merely equal values: key order survives the round trip.
      expect(JSON.stringify(analysis!.article)).toBe(JSON.stringify(input.article))
      expect(JSON.stringify(analysis!.claims)).toBe(JSON.stringify(input.claims))
      const source = await store.getSource(story.id, stored.id)
      expect(source).toEqual({ ...input.source, content: input.source.content })
      expect(source!.content).toBeInstanceOf(Uint8Array)

      const detail = await store.getStory(story.id)
      expect(detail!.articles).toEqual([stored])
      expect(detail!.articleCount).toBe(1)
      expect(detail!.updatedAt >= detail!.createdAt).toBe(true)
    })

    it('omits optional fields that were not given', async () => {
      const story = await store.createStory({ title: 'Bare article' })
      const input = sampleNewArticle('Only the essentials.')
      delete input.url
      delete input.published
      const { article } = await store.addArticle(story.id, input)
      expect(Object.keys(article).sort()).toEqual(
        [
          'contentHash',
          'contentType',
          'createdAt',
          'id',
          'outlet',
          'sourceBytes',
          'sourceKind',
          'storyId',
          'title',
        ].sort(),
      )
    })

    it('reports the same input twice in a story as a duplicate, not a second article', async () => {
      const story = await store.createStory({ title: 'Duplicates' })
      const first = await store.addArticle(story.id, sampleNewArticle('Same words.'))
      const again = await store.addArticle(
        story.id,
        sampleNewArticle('Same words.', { outlet: 'Other' }),
      )
      expect(again).toEqual({ article: first.article, duplicate: true })
      expect((await store.getStory(story.id))!.articleCount).toBe(1)

      const elsewhere = await store.createStory({ title: 'Another story' })
      const there = await store.addArticle(elsewhere.id, sampleNewArticle('Same words.'))
      expect(there.duplicate).toBe(false)
      expect(there.article.id).not.toBe(first.article.id)
      expect(there.article.contentHash).toBe(first.article.contentHash)
    })

    it('refuses an article for a story that does not exist', async () => {
      for (const id of [randomUUID(), 'nope']) {
        const error = await storeError(store.addArticle(id, sampleNewArticle('Orphan.')))
        expect(error.code).toBe('NOT_FOUND')
      }
    })

    it('refuses malformed articles and writes nothing', async () => {
      const story = await store.createStory({ title: 'Bad input' })
      const good = sampleNewArticle('Valid text.')
      const bad: unknown[] = [
        { ...good, source: { ...good.source, content: new Uint8Array() } },
        { ...good, source: { ...good.source, content: 'text, not bytes' } },
        { ...good, source: { ...good.source, kind: 'pdf' } },
        { ...good, source: { ...good.source, contentType: ' ' } },
        { ...good, source: { ...good.source, content: new Uint8Array(10 * 1024 * 1024 + 1) } },
        { ...good, outlet: '' },
        { ...good, title: undefined },
        { ...good, url: 7 },
        { ...good, fetchedAt: 'last Tuesday' },
        { ...good, article: undefined },
        { ...good, claims: 'none' },
        null,
      ]
      for (const input of bad) {
        const error = await storeError(store.addArticle(story.id, input as typeof good))
        expect(error.code).toBe('INVALID')
      }
      expect(await store.getArticles(story.id)).toEqual([])
    })

    it('deletes an article only from its own story', async () => {
      const story = await store.createStory({ title: 'Removals' })
      const other = await store.createStory({ title: 'Bystander' })
      const { article } = await store.addArticle(story.id, sampleNewArticle('To be removed.'))
      expect(await store.deleteArticle(other.id, article.id)).toBe(false)
      expect(await store.deleteArticle(story.id, randomUUID())).toBe(false)
      expect(await store.deleteArticle(story.id, 'bad')).toBe(false)
      expect(await store.deleteArticle(story.id, article.id)).toBe(true)
      expect(await store.deleteArticle(story.id, article.id)).toBe(false)
      expect(await store.getSource(story.id, article.id)).toBeUndefined()
      expect((await store.getStory(story.id))!.articles).toEqual([])
    })
  })

  describe('comparisons', () => {
    it('computes once per set of articles and version, then serves the cache', async () => {
      const story = await store.createStory({ title: 'Cached comparison' })
      await store.addArticle(story.id, sampleNewArticle('First outlet says A.', { outlet: 'One' }))
      await store.addArticle(story.id, sampleNewArticle('Second outlet says B.', { outlet: 'Two' }))
      const compute = vi.fn(comparisonOf)

      const first = await store.getComparison(story.id, { version: 'v1', compute })
      expect(first!.cached).toBe(false)
      expect(compute).toHaveBeenCalledTimes(1)
      expect(compute.mock.calls[0]![0].map(({ article }) => article.outlet)).toEqual(['One', 'Two'])
      const second = await store.getComparison(story.id, { version: 'v1', compute })
      expect(second!.cached).toBe(true)
      expect(compute).toHaveBeenCalledTimes(1)
      expect(JSON.stringify(second!.comparison)).toBe(JSON.stringify(first!.comparison))

      const newer = await store.getComparison(story.id, { version: 'v2', compute })
      expect(newer!.cached).toBe(false)
      expect(compute).toHaveBeenCalledTimes(2)
    })

    it('recomputes whenever the articles change, even back to an earlier set', async () => {
      const story = await store.createStory({ title: 'Changing story' })
      await store.addArticle(story.id, sampleNewArticle('Base article.'))
      const compute = vi.fn(comparisonOf)
      const get = () => store.getComparison(story.id, { version: 'v1', compute })

      expect((await get())!.cached).toBe(false)
      const { article } = await store.addArticle(story.id, sampleNewArticle('Late article.'))
      const grown = await get()
      expect(grown!.cached).toBe(false)
      expect(grown!.comparison.articles).toHaveLength(2)
      expect((await get())!.cached).toBe(true)

      await store.deleteArticle(story.id, article.id)
      const shrunk = await get()
      expect(shrunk!.cached).toBe(false)
      expect(shrunk!.comparison.articles).toHaveLength(1)
      expect(compute).toHaveBeenCalledTimes(3)
    })

    it('shares one computation among callers asking at the same time', async () => {
      const story = await store.createStory({ title: 'Popular comparison' })
      await store.addArticle(story.id, sampleNewArticle('Everyone wants this one.'))
      const compute = vi.fn(async (articles: Parameters<typeof comparisonOf>[0]) => {
        await new Promise((resolve) => setTimeout(resolve, 50))
        return comparisonOf(articles)
      })
      const results = await Promise.all(
        Array.from({ length: 5 }, () => store.getComparison(story.id, { version: 'v1', compute })),
      )
      expect(compute).toHaveBeenCalledTimes(1)
      expect(results.filter((result) => !result!.cached)).toHaveLength(1)
      for (const result of results) expect(result!.comparison).toEqual(results[0]!.comparison)
    })

    it('compares a story with no articles as an empty set', async () => {
      const story = await store.createStory({ title: 'Empty story' })
      const result = await store.getComparison(story.id, { version: 'v1', compute: comparisonOf })
      expect(result).toEqual({ comparison: comparisonOf([]), cached: false })
    })

    it('passes a failing compute error through and caches nothing', async () => {
      const story = await store.createStory({ title: 'Failing comparison' })
      const failure = new Error('compare failed')
      await expect(
        store.getComparison(story.id, { version: 'v1', compute: () => Promise.reject(failure) }),
      ).rejects.toBe(failure)
      const retry = await store.getComparison(story.id, { version: 'v1', compute: comparisonOf })
      expect(retry!.cached).toBe(false)
    })

    it('refuses a comparison without a version or compute', async () => {
      const story = await store.createStory({ title: 'Bad comparison input' })
      for (const input of [{ version: '', compute: comparisonOf }, { version: 'v1' }, undefined]) {
        const error = await storeError(store.getComparison(story.id, input as never))
        expect(error.code).toBe('INVALID')
      }
    })
  })

  describe('concurrency', () => {
    it('lands 50 concurrent articles in one story and 50 concurrent stories', async () => {
      const story = await store.createStory({ title: 'Busy story' })
      const added = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.addArticle(story.id, sampleNewArticle(`Concurrent article number ${i}.`)),
        ),
      )
      expect(added.every((result) => !result.duplicate)).toBe(true)
      expect(new Set(added.map((result) => result.article.id)).size).toBe(50)
      const detail = await store.getStory(story.id)
      expect(detail!.articleCount).toBe(50)
      expect(new Set(detail!.articles.map((a) => a.id))).toEqual(
        new Set(added.map((r) => r.article.id)),
      )

      const tag = randomUUID()
      const stories = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.createStory({ title: `${tag} ${i}` })),
      )
      const listed = await store.listStories({ q: tag, limit: 100 })
      expect(new Set(listed.stories.map((s) => s.id))).toEqual(new Set(stories.map((s) => s.id)))
    })

    it('keeps one article when the same input arrives concurrently', async () => {
      const story = await store.createStory({ title: 'Racing duplicates' })
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.addArticle(story.id, sampleNewArticle('Racing words.')),
        ),
      )
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1)
      expect(new Set(results.map((result) => result.article.id)).size).toBe(1)
      expect((await store.getStory(story.id))!.articleCount).toBe(1)
    })
  })

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined()
  })
})
