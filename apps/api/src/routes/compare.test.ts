import type { LookupFn } from '@parallax/fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articlePage, startArticleServer, type ArticleServer } from '../../test/article-server'
import { createHarness, errorOf, postJson, SEED_TEXTS, type Harness } from '../../test/harness'
import { createAnalysisPool } from '../analysis/pool'
import type { AnalysisPool } from '../analysis/types'

interface Comparison {
  version: number
  articles: { id: string; outlet: string; url?: string }[]
  facets: unknown[]
}

const [seedA = '', seedB = ''] = SEED_TEXTS

// Inputs that keep an HTML extractor busy for many seconds, or would, without guards.
const siblings = (count: number) => `<html><body>${'<p>a b c.</p>'.repeat(count)}</body></html>`
// Under the parser's element cap, so it reaches extraction, which takes seconds on it.
const MANY_SIBLINGS = siblings(50_000)
const TOO_MANY_SIBLINGS = siblings(200_000)
const DEEP = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`

// One store for the file: compare stores nothing, and a store takes seconds to create.
let pool: AnalysisPool
let site: ArticleServer
let h: Harness
beforeAll(async () => {
  pool = createAnalysisPool({ size: 2, timeoutMs: 1500 })
  h = await createHarness('memory://', pool)
  // Boots both workers, so the timings below measure parsing, not start-up.
  await Promise.all(SEED_TEXTS.map((text) => pool.parse({ text })))
  site = await startArticleServer({
    '/a': articlePage('Court shuts doors on Amnesty', 'Outlet A', seedA),
    '/b': articlePage('NSO license hearing', 'Outlet B', seedB),
  })
})
afterAll(async () => {
  await h.close()
  await site.close()
  await pool.close()
})

/** The error body, with the index of the article that failed when the API names one. */
async function articleError(response: Response) {
  return (await errorOf(response)) as { code: string; message: string; article?: number }
}

/** Made-up host names that resolve to the test site, as an intranet's DNS would. */
const intranetLookup: LookupFn = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }])

describe('POST /api/compare', () => {
  it('compares pasted articles without storing anything', async () => {
    const response = await h.app.request(
      ...postJson('/api/compare', {
        articles: [
          { text: seedA, outlet: 'Outlet A' },
          { text: seedB, outlet: 'Outlet B' },
        ],
      }),
    )
    expect(response.status).toBe(200)
    const comparison = (await response.json()) as Comparison
    expect(comparison.version).toBe(1)
    expect(comparison.articles.map((a) => a.outlet)).toEqual(['Outlet A', 'Outlet B'])
    expect(comparison.facets.length).toBeGreaterThan(0)
    const stories = (await (await h.app.request('/api/stories')).json()) as { stories: unknown[] }
    expect(stories.stories).toEqual([])
  })

  it('gives the same bytes for the same articles', async () => {
    const body = { articles: [{ text: seedA }, { text: seedB }] }
    const first = await (await h.app.request(...postJson('/api/compare', body))).text()
    const second = await (await h.app.request(...postJson('/api/compare', body))).text()
    expect(second).toBe(first)
  })

  it('refuses fewer than two articles, unknown fields and the same article twice', async () => {
    const one = await h.app.request(...postJson('/api/compare', { articles: [{ text: seedA }] }))
    expect(one.status).toBe(400)
    const odd = await h.app.request(
      ...postJson('/api/compare', { articles: [{ pdf: 'x' }, { text: seedA }] }),
    )
    expect(odd.status).toBe(400)
    const twice = await h.app.request(
      ...postJson('/api/compare', { articles: [{ text: seedA }, { text: seedA }] }),
    )
    expect(twice.status).toBe(400)
    expect((await errorOf(twice)).code).toBe('DUPLICATE_ARTICLE')
    const notJson = await h.app.request('/api/compare', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'articles=1',
    })
    expect(notJson.status).toBe(415)
  })

  it('names the article that failed by its index, for an empty or blank second article', async () => {
    const empty = await h.app.request(
      ...postJson('/api/compare', { articles: [{ text: seedA }, { text: '' }, { text: seedB }] }),
    )
    expect(empty.status).toBe(400)
    const emptyError = await articleError(empty)
    expect(emptyError).toMatchObject({ code: 'INVALID_INPUT', article: 1 })
    expect(emptyError.message).toMatch(/^Article 2: /)

    const blank = await h.app.request(
      ...postJson('/api/compare', { articles: [{ text: seedA }, { text: ' \n\t ' }] }),
    )
    expect(blank.status).toBe(422)
    expect(await articleError(blank)).toEqual({
      code: 'EMPTY_INPUT',
      message: 'Article 2: article: the input is empty',
      article: 1,
    })
  })

  it('documents the failing article in the OpenAPI error schema', async () => {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as {
      components: { schemas: { Error: { properties: { error: { properties: object } } } } }
    }
    const fields = doc.components.schemas.Error.properties.error.properties
    expect(fields).toHaveProperty('article.type', 'integer')
  })

  it('names the lowest failing article when several fail, and none for request-wide errors', async () => {
    const body = { articles: [{ text: seedA }, { html: '<p>' }, { text: '   ' }] }
    const first = await h.app.request(...postJson('/api/compare', body))
    expect(first.status).toBe(422)
    expect((await articleError(first)).article).toBe(1)

    const few = await articleError(
      await h.app.request(...postJson('/api/compare', { articles: [{ text: seedA }] })),
    )
    expect(few.code).toBe('INVALID_INPUT')
    expect(few).not.toHaveProperty('article')
    const twice = await articleError(
      await h.app.request(
        ...postJson('/api/compare', { articles: [{ text: seedA }, { text: seedA }] }),
      ),
    )
    expect(twice).not.toHaveProperty('article')
  })
})

describe('URL ingestion', () => {
  it('fetches pages from a host the operator allowed', async () => {
    const app = h.appWith({ fetchOptions: { allowHosts: [`127.0.0.1:${site.port}`] } })
    const response = await app.request(
      ...postJson('/api/compare', {
        articles: [{ url: `${site.origin}/a` }, { url: `${site.origin}/b` }],
      }),
    )
    expect(response.status).toBe(200)
    const comparison = (await response.json()) as Comparison
    expect(comparison.articles.map((a) => a.url)).toEqual([`${site.origin}/a`, `${site.origin}/b`])

    const created = await app.request(...postJson('/api/stories', { title: 'T' }))
    const story = (await created.json()) as { id: string }
    const added = await app.request(
      ...postJson(`/api/stories/${story.id}/articles`, { url: `${site.origin}/a` }),
    )
    expect(added.status).toBe(201)
    expect((await added.json()) as object).toMatchObject({
      article: {
        url: `${site.origin}/a`,
        sourceKind: 'html',
        contentType: 'text/html; charset=utf-8',
      },
    })
    const missing = await app.request(
      ...postJson(`/api/stories/${story.id}/articles`, { url: `${site.origin}/missing` }),
    )
    expect(missing.status).toBe(502)
    expect((await errorOf(missing)).code).toBe('HTTP_STATUS')
  })

  it('refuses the same URLs without the allowance', async () => {
    const urls = [
      `${site.origin}/a`,
      `http://localhost:${site.port}/a`,
      `http://2130706433:${site.port}/a`,
    ]
    for (const url of urls) {
      const response = await h.app.request(
        ...postJson('/api/compare', { articles: [{ url }, { text: seedB }] }),
      )
      expect(response.status).toBe(400)
      expect((await errorOf(response)).code).toBe('BLOCKED_ADDRESS')
    }
  })

  it('refuses a redirect from an allowed host to loopback', async () => {
    const allowHosts = [`news.test:${site.port}`, `127.0.0.1:${site.port}`]
    const app = h.appWith({ fetchOptions: { allowHosts, lookup: intranetLookup } })
    const direct = await app.request(
      ...postJson('/api/compare', {
        articles: [{ url: `http://news.test:${site.port}/a` }, { text: seedB }],
      }),
    )
    expect(direct.status).toBe(200)
    const hop = encodeURIComponent(`http://[::1]:${site.port}/a`)
    const redirected = await app.request(
      ...postJson('/api/compare', {
        articles: [{ url: `http://news.test:${site.port}/redirect?to=${hop}` }, { text: seedB }],
      }),
    )
    expect(redirected.status).toBe(400)
    expect((await errorOf(redirected)).code).toBe('BLOCKED_ADDRESS')
  })
})

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

describe('hostile HTML', () => {
  it.each([
    ['50,000 siblings', MANY_SIBLINGS],
    ['200,000 siblings', TOO_MANY_SIBLINGS],
    ['nesting 100,000 deep', DEEP],
  ])('answers %s with 413 or 422 within 2 s while /healthz keeps answering', async (_, html) => {
    const health: number[] = []
    let done = false
    const probe = (async () => {
      while (!done) {
        const { value, ms } = await timed(async () => h.app.request('/healthz'))
        expect(value.status).toBe(200)
        health.push(ms)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })()
    const { value: response, ms } = await timed(async () =>
      h.app.request(...postJson('/api/compare', { articles: [{ html }, { text: SEED_TEXTS[0] }] })),
    )
    done = true
    await probe
    expect([413, 422]).toContain(response.status)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(['PARSE_TIMEOUT', 'NOT_AN_ARTICLE', 'TOO_LARGE']).toContain(body.error.code)
    expect(ms).toBeLessThan(2500)
    expect(health.length).toBeGreaterThan(0)
    // Blocked by a parse, /healthz would wait out the 1.5 s deadline; a busy machine adds some.
    expect(Math.max(...health)).toBeLessThan(1000)
  })

  it('keeps parsing good articles after a worker was killed', async () => {
    const killed = await h.app.request(
      ...postJson('/api/compare', { articles: [{ html: MANY_SIBLINGS }, { text: SEED_TEXTS[1] }] }),
    )
    expect(killed.status).toBe(422)
    const response = await h.app.request(
      ...postJson('/api/compare', { articles: [{ text: SEED_TEXTS[0] }, { text: SEED_TEXTS[1] }] }),
    )
    expect(response.status).toBe(200)
  })
})
