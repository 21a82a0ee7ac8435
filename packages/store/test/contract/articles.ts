import { randomUUID } from 'node:crypto'
import { MAX_ARTICLES } from '@parallax/compare'
import { describe, expect, it } from 'vitest'
import type { Store } from '../../src/index'
import { ISO, storeError } from './helpers'
import { sampleNewArticle } from '../samples'

export function describeArticles(store: () => Store): void {
  describe('articles', () => {
    it('keeps the input, the parsed article and its claims exactly as given', async () => {
      const story = await store().createStory({ title: 'Round trip' })
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
      const { article: stored, duplicate } = await store().addArticle(story.id, input)
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

      const [analysis, ...rest] = await store().getArticles(story.id)
      expect(rest).toEqual([])
      expect(analysis!.stored).toEqual(stored)
      // Same bytes, not merely equal values: key order survives the round trip.
      expect(JSON.stringify(analysis!.article)).toBe(JSON.stringify(input.article))
      expect(JSON.stringify(analysis!.claims)).toBe(JSON.stringify(input.claims))
      expect(analysis!.claimsVersion).toBe(input.claimsVersion)
      const source = await store().getSource(story.id, stored.id)
      expect(source).toEqual({ ...input.source, content: input.source.content })
      expect(source!.content).toBeInstanceOf(Uint8Array)

      const detail = await store().getStory(story.id)
      expect(detail!.articles).toEqual([stored])
      expect(detail!.articleCount).toBe(1)
      expect(detail!.updatedAt >= detail!.createdAt).toBe(true)
    })

    it('keeps control characters inside the parsed article and claims', async () => {
      const story = await store().createStory({ title: 'Control characters' })
      const input = sampleNewArticle(
        'Odd\u0000bytes\u0007 and \u2028 separators "quoted" \\ back.',
        { title: 'Columns stay plain text' },
      )
      await store().addArticle(story.id, input)
      const [analysis] = await store().getArticles(story.id)
      expect(analysis!.article).toEqual(input.article)
      expect(analysis!.claims).toEqual(input.claims)
    })

    it('omits optional fields that were not given', async () => {
      const story = await store().createStory({ title: 'Bare article' })
      const input = sampleNewArticle('Only the essentials.')
      delete input.url
      delete input.published
      const { article } = await store().addArticle(story.id, input)
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
      const story = await store().createStory({ title: 'Duplicates' })
      const first = await store().addArticle(story.id, sampleNewArticle('Same words.'))
      const again = await store().addArticle(
        story.id,
        sampleNewArticle('Same words.', { outlet: 'Other' }),
      )
      expect(again).toEqual({ article: first.article, duplicate: true })
      expect((await store().getStory(story.id))!.articleCount).toBe(1)

      const elsewhere = await store().createStory({ title: 'Another story' })
      const there = await store().addArticle(elsewhere.id, sampleNewArticle('Same words.'))
      expect(there.duplicate).toBe(false)
      expect(there.article.id).not.toBe(first.article.id)
      expect(there.article.contentHash).toBe(first.article.contentHash)
    })

    it(`refuses article ${MAX_ARTICLES + 1}, the first a comparison cannot take`, async () => {
      const story = await store().createStory({ title: 'Full story' })
      for (let i = 0; i < MAX_ARTICLES; i++) {
        await store().addArticle(story.id, sampleNewArticle(`Article number ${i}.`))
      }
      const error = await storeError(
        store().addArticle(story.id, sampleNewArticle('One article too many.')),
      )
      expect(error.code).toBe('TOO_MANY_ARTICLES')
      expect(error.message).toContain(`already holds ${MAX_ARTICLES} articles`)
      expect((await store().getStory(story.id))!.articleCount).toBe(MAX_ARTICLES)
      // One it already holds is still a duplicate, and a removal makes room again.
      const again = await store().addArticle(story.id, sampleNewArticle('Article number 7.'))
      expect(again.duplicate).toBe(true)
      await store().deleteArticle(story.id, again.article.id)
      const added = await store().addArticle(story.id, sampleNewArticle('One article too many.'))
      expect(added.duplicate).toBe(false)
    })

    it('refuses an article for a story that does not exist', async () => {
      for (const id of [randomUUID(), 'nope']) {
        const error = await storeError(store().addArticle(id, sampleNewArticle('Orphan.')))
        expect(error.code).toBe('NOT_FOUND')
      }
    })

    it('refuses malformed articles and writes nothing', async () => {
      const story = await store().createStory({ title: 'Bad input' })
      const good = sampleNewArticle('Valid text.')
      const bad: unknown[] = [
        { ...good, source: { ...good.source, content: new Uint8Array() } },
        { ...good, source: { ...good.source, content: 'text, not bytes' } },
        { ...good, source: { ...good.source, kind: 'pdf' } },
        { ...good, source: { ...good.source, contentType: ' ' } },
        { ...good, source: { ...good.source, content: new Uint8Array(10 * 1024 * 1024 + 1) } },
        { ...good, outlet: '' },
        { ...good, byline: 'A\u0000B' },
        { ...good, title: undefined },
        { ...good, url: 7 },
        { ...good, fetchedAt: 'last Tuesday' },
        { ...good, article: undefined },
        { ...good, claims: 'none' },
        { ...good, claims: [null] },
        { ...good, claimsVersion: undefined },
        { ...good, claimsVersion: 'v'.repeat(65) },
        null,
      ]
      for (const input of bad) {
        const error = await storeError(store().addArticle(story.id, input as typeof good))
        expect(error.code).toBe('INVALID')
      }
      expect(await store().getArticles(story.id)).toEqual([])
    })

    it('renames an outlet, in the article and in its parsed form, and drops the cache', async () => {
      const story = await store().createStory({ title: 'Renames' })
      const other = await store().createStory({ title: 'Bystander' })
      const { article } = await store().addArticle(story.id, sampleNewArticle('To be renamed.'))
      const renamed = await store().setArticleOutlet(story.id, article.id, '  Harbour Times ')
      expect(renamed).toEqual({ ...article, outlet: 'Harbour Times' })
      const [stored] = await store().getArticles(story.id)
      expect(stored!.article.outlet).toBe('Harbour Times')
      expect(stored!.stored.outlet).toBe('Harbour Times')
      expect(await store().setArticleOutlet(other.id, article.id, 'X')).toBeUndefined()
      expect(await store().setArticleOutlet(story.id, randomUUID(), 'X')).toBeUndefined()
      expect(await store().setArticleOutlet(story.id, 'bad', 'X')).toBeUndefined()
      for (const bad of ['', '   ', 'x'.repeat(201), 'A\u0000B', 7]) {
        const error = await storeError(
          store().setArticleOutlet(story.id, article.id, bad as unknown as string),
        )
        expect(error.code).toBe('INVALID')
      }
      expect((await store().getStory(story.id))!.articles[0]!.outlet).toBe('Harbour Times')
    })

    it("replaces one article's claims and their version, and nothing else", async () => {
      const story = await store().createStory({ title: 'Claims again' })
      const other = await store().createStory({ title: 'Bystander' })
      const input = sampleNewArticle('The minister said the plan was dropped.')
      const { article } = await store().addArticle(story.id, input)
      await store().addArticle(story.id, sampleNewArticle('A second outlet agrees.'))
      await store().addArticle(other.id, input)
      const before = await store().getArticles(story.id)
      const source = await store().getSource(story.id, article.id)
      const fresh = [{ ...input.claims[0]!, terms: ['minister', 'plan', 'drop'] }]

      await store().replaceClaims(story.id, article.id, { claims: fresh, claimsVersion: '9.9.9' })
      const [replaced, untouched] = await store().getArticles(story.id)
      expect(JSON.stringify(replaced!.claims)).toBe(JSON.stringify(fresh))
      expect(replaced!.claimsVersion).toBe('9.9.9')
      expect(JSON.stringify(replaced!.article)).toBe(JSON.stringify(before[0]!.article))
      expect(replaced!.stored).toEqual(before[0]!.stored)
      expect(untouched).toEqual(before[1])
      expect(await store().getSource(story.id, article.id)).toEqual(source)
      const [elsewhere] = await store().getArticles(other.id)
      expect(elsewhere!.claims).toEqual(input.claims)
      expect(elsewhere!.claimsVersion).toBe(input.claimsVersion)
    })

    it('refuses to replace claims of an article the story lacks, or with bad claims, and keeps them', async () => {
      const story = await store().createStory({ title: 'Claims refused' })
      const other = await store().createStory({ title: 'Bystander' })
      const input = sampleNewArticle('The court did not rule on Monday.')
      const { article } = await store().addArticle(story.id, input)
      const good = { claims: input.claims, claimsVersion: '9.9.9' }
      for (const [storyId, articleId] of [
        [other.id, article.id],
        [story.id, randomUUID()],
        [story.id, 'bad'],
        ['bad', article.id],
      ] as const) {
        const error = await storeError(store().replaceClaims(storyId, articleId, good))
        expect(error.code).toBe('NOT_FOUND')
        expect(error.message).toMatch(/no article/)
      }
      const bad: unknown[] = [
        { ...good, claims: 'none' },
        { ...good, claims: [null] },
        { ...good, claims: [['not', 'a', 'claim']] },
        { ...good, claimsVersion: 7 },
        { ...good, claimsVersion: 'v'.repeat(65) },
        { ...good, claimsVersion: 'A\u0000B' },
        { claims: input.claims },
        null,
      ]
      for (const update of bad) {
        const error = await storeError(
          store().replaceClaims(story.id, article.id, update as typeof good),
        )
        expect(error.code).toBe('INVALID')
        expect(error.message).toMatch(/^store: claims/)
      }
      const [kept] = await store().getArticles(story.id)
      expect(JSON.stringify(kept!.claims)).toBe(JSON.stringify(input.claims))
      expect(kept!.claimsVersion).toBe(input.claimsVersion)
    })

    it('deletes an article only from its own story', async () => {
      const story = await store().createStory({ title: 'Removals' })
      const other = await store().createStory({ title: 'Bystander' })
      const { article } = await store().addArticle(story.id, sampleNewArticle('To be removed.'))
      expect(await store().deleteArticle(other.id, article.id)).toBe(false)
      expect(await store().deleteArticle(story.id, randomUUID())).toBe(false)
      expect(await store().deleteArticle(story.id, 'bad')).toBe(false)
      expect(await store().deleteArticle(story.id, article.id)).toBe(true)
      expect(await store().deleteArticle(story.id, article.id)).toBe(false)
      expect(await store().getSource(story.id, article.id)).toBeUndefined()
      expect((await store().getStory(story.id))!.articles).toEqual([])
    })
  })
}
