import { createHash } from 'node:crypto'
import type { Comparison } from '@parallax/compare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleNewArticle } from '../../../../packages/store/test/samples'
import { BACKENDS, createHarness, type Harness } from '../../test/harness'
import type { AnalysisPool } from '../analysis/types'

// A stand-in comparison: enough to tell one set of articles from another, with no parser to wait on.
let computed = 0
const pool: AnalysisPool = {
  parse: () => Promise.reject(new Error('not used')),
  compare: (items) => {
    computed++
    return Promise.resolve({
      version: 1,
      articles: items.map(({ article }) => ({ ...article, sentences: [] })),
      facets: [],
      quotes: [],
      pairs: [],
      coverage: {},
    } as unknown as Comparison)
  },
  extractClaims: () => Promise.reject(new Error('stored claims are current')),
  ready: () => true,
  close: () => Promise.resolve(),
}

describe.each(BACKENDS)('the cached comparison on $name', ({ url }) => {
  let h: Harness
  let storyId: string
  const path = () => `/api/stories/${storyId}/comparison`
  beforeAll(async () => {
    h = await createHarness(await url(), pool)
    storyId = (await h.store.createStory({ title: 'Cached reads' })).id
    for (const text of ['One outlet says A.', 'Another says B.']) {
      await h.store.addArticle(storyId, sampleNewArticle(text))
    }
  })
  afterAll(() => h.close())

  it('serves the stored bytes with a strong ETag, and 304 when the client has them', async () => {
    const before = computed
    const first = await h.app.request(path())
    expect(first.status).toBe(200)
    expect(first.headers.get('x-parallax-cache')).toBe('miss')
    expect(first.headers.get('content-type')).toMatch(/^application\/json/)
    expect(first.headers.get('cache-control')).toBe('public, no-cache')
    const body = await first.text()
    const etag = first.headers.get('etag')
    expect(etag).toBe(`"${createHash('sha256').update(body).digest('hex')}"`)
    expect((JSON.parse(body) as Comparison).articles).toHaveLength(2)

    const second = await h.app.request(path())
    expect(second.headers.get('x-parallax-cache')).toBe('hit')
    expect(await second.text()).toBe(body)
    expect(second.headers.get('etag')).toBe(etag)
    expect(computed).toBe(before + 1)

    for (const header of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await h.app.request(path(), { headers: { 'if-none-match': header } })
      expect(again.status, header).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
    }
    const stale = await h.app.request(path(), { headers: { 'if-none-match': '"other"' } })
    expect(stale.status).toBe(200)
    expect(await stale.text()).toBe(body)
  })

  it('gives new bytes and a new ETag once the articles change, and the old ETag no longer matches', async () => {
    const old = await h.app.request(path())
    const oldTag = old.headers.get('etag')!
    const { article } = await h.store.addArticle(storyId, sampleNewArticle('A third says C.'))
    const grown = await h.app.request(path(), { headers: { 'if-none-match': oldTag } })
    expect(grown.status).toBe(200)
    expect(grown.headers.get('x-parallax-cache')).toBe('miss')
    expect(grown.headers.get('etag')).not.toBe(oldTag)
    expect(((await grown.json()) as Comparison).articles).toHaveLength(3)

    await h.store.deleteArticle(storyId, article.id)
    const shrunk = await h.app.request(path())
    expect(shrunk.headers.get('etag')).not.toBe(grown.headers.get('etag'))
    expect(((await shrunk.json()) as Comparison).articles).toHaveLength(2)
  })

  it('exports the same comparison it serves', async () => {
    const served = (await (await h.app.request(path())).json()) as Comparison
    const exported = await h.app.request(`/api/stories/${storyId}/export?format=json`)
    expect(exported.status).toBe(200)
    expect(await exported.json()).toEqual(served)
  })
})
