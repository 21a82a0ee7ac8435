import { ArticleError } from '@parallax/article'
import fc from 'fast-check'
import { hc } from 'hono/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, errorOf, postJson, type Harness } from '../test/harness'
import type { AnalysisPool } from './analysis/types'
import type { AppType } from './app'

// Whatever reaches the parser is refused the way the parser refuses a non-article.
const refusingPool: AnalysisPool = {
  parse: () => Promise.reject(new ArticleError('NOT_AN_ARTICLE', 'no article prose')),
  compare: () => Promise.reject(new ArticleError('NOT_AN_ARTICLE', 'no article prose')),
  extractClaims: () => Promise.reject(new ArticleError('NOT_AN_ARTICLE', 'no article prose')),
  ready: () => true,
  close: () => Promise.resolve(),
}

// A pool failing the way a bug would: with a plain Error.
const brokenPool: AnalysisPool = {
  parse: () => Promise.reject(new Error('not used')),
  compare: () => Promise.reject(new Error('not used')),
  extractClaims: () => Promise.reject(new Error('not used')),
  ready: () => true,
  close: () => Promise.resolve(),
}

let h: Harness
beforeAll(async () => {
  h = await createHarness('memory://', refusingPool, { maxBodyBytes: 1024 })
})
afterAll(() => h.close())

describe('the app around the routes', () => {
  it('answers /healthz and logs one line with the request id', async () => {
    h.logs.length = 0
    const response = await h.app.request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[\w-]{8,}$/)
    expect(h.logs).toHaveLength(1)
    expect(h.logs[0]).toMatch(new RegExp(`^${id} GET /healthz 200 \\d+\\.\\dms$`))
  })

  it('cannot be made to write a line of its own into the request log', async () => {
    h.logs.length = 0
    const forged = '00000000-fake-line%20POST%20/api/stories%20201%201.0ms'
    for (const path of [`/api/stories/x%0a${forged}`, `/api/stories/x%0d%0a${forged}`]) {
      await h.app.request(path)
    }
    await h.app.request('/api/stories/x%00y%1b%5b2J%e2%80%a8')
    expect(h.logs).toHaveLength(3)
    for (const line of h.logs) {
      expect(line).toMatch(/^[\w-]+ GET \/api\/stories\/\S+ 404 \d+\.\dms$/)
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    }
    expect(h.logs[0]).toContain(`/api/stories/x%0a${forged} 404`)
  })

  it('writes JSON lines when asked to', async () => {
    h.logs.length = 0
    const response = await h.appWith({ logFormat: 'json' }).request('/api/stories/x%0ay')
    expect(response.status).toBe(404)
    expect(h.logs).toHaveLength(1)
    expect(JSON.parse(h.logs[0]!)).toMatchObject({
      msg: 'request',
      requestId: response.headers.get('x-request-id'),
      method: 'GET',
      path: '/api/stories/x%0ay',
      status: 404,
    })
  })

  it('serves its OpenAPI document with every route', async () => {
    const response = await h.app.request('/api/openapi.json')
    expect(response.status).toBe(200)
    const doc = (await response.json()) as { openapi: string; paths: Record<string, object> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/batches',
      '/api/batches/{id}',
      '/api/compare',
      '/api/stories',
      '/api/stories/{id}',
      '/api/stories/{id}/articles',
      '/api/stories/{id}/articles/{articleId}',
      '/api/stories/{id}/comparison',
      '/api/stories/{id}/export',
      '/healthz',
      '/readyz',
    ])
  })

  it('sends a strict Content-Security-Policy and other security headers', async () => {
    const response = await h.app.request('/healthz')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(csp).toContain("frame-ancestors 'none'")
    // The same rule for browsers without CSP: no page may frame the app, not even its own.
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers unknown routes with a JSON 404', async () => {
    const response = await h.app.request('/api/nothing-here')
    expect(response.status).toBe(404)
    expect((await errorOf(response)).code).toBe('NOT_FOUND')
  })

  it('refuses bodies over the limit with 413', async () => {
    const response = await h.app.request(...postJson('/api/stories', { title: 'x'.repeat(2000) }))
    expect(response.status).toBe(413)
    expect((await errorOf(response)).code).toBe('TOO_LARGE')
  })

  it('refuses a cross-site form post from a browser, but not a same-origin one or a script', async () => {
    const form = new FormData()
    form.set('file', new File(['hello'], 'a.txt', { type: 'text/plain' }))
    const forged = await h.app.request('http://localhost/api/stories/x/articles', {
      method: 'POST',
      body: form,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(forged.status).toBe(403)
    expect((await errorOf(forged)).code).toBe('FORBIDDEN')

    const deleteForged = await h.app.request('http://localhost/api/stories/x', {
      method: 'DELETE',
      headers: { origin: 'https://evil.example' },
    })
    expect(deleteForged.status).toBe(403)

    const sameOrigin = await h.app.request('http://localhost/api/stories/x', {
      method: 'DELETE',
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    })
    expect(sameOrigin.status).toBe(404)
    const script = await h.app.request('http://localhost/api/stories/x', { method: 'DELETE' })
    expect(script.status).toBe(404)
  })

  it('refuses a JSON write from a foreign origin, and takes it from its own, a listed one or curl', async () => {
    const titles = (headers: Record<string, string>) =>
      h.app.request('http://localhost/api/stories', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ title: 'Origin check' }),
      })
    for (const origin of [
      'https://evil.example',
      'null',
      'http://localhost:8080',
      'https://localhost',
    ]) {
      const forged = await titles({ origin })
      expect(forged.status, origin).toBe(403)
      expect(await errorOf(forged)).toMatchObject({ code: 'FORBIDDEN' })
    }
    expect((await titles({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await titles({ origin: 'http://localhost' })).status).toBe(201)
    expect((await titles({})).status).toBe(201)
    const behindProxy = h.appWith({ origins: ['https://parallax.example'] })
    const proxied = await behindProxy.request('http://localhost/api/stories', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://parallax.example' },
      body: JSON.stringify({ title: 'Through a proxy' }),
    })
    expect(proxied.status).toBe(201)
    // Reads are not writes: a foreign page may not read the answer anyway (no CORS headers).
    expect(
      (await h.app.request('/healthz', { headers: { origin: 'https://evil.example' } })).status,
    ).toBe(200)
  })

  it('refuses a JSON body that is not UTF-8, naming the first bad byte, and stores nothing', async () => {
    const before = (await h.store.listStories({ limit: 100 })).stories.length
    const prefix = new TextEncoder().encode('{"title":"caf')
    for (const tail of [[0xe9], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const body = new Uint8Array([...prefix, ...tail, ...new TextEncoder().encode('"}')])
      const response = await h.app.request('/api/stories', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect(response.status).toBe(400)
      const error = await errorOf(response)
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toContain(`not valid UTF-8 (byte ${prefix.length} of ${body.length})`)
    }
    expect((await h.store.listStories({ limit: 100 })).stories).toHaveLength(before)
    const fine = await h.app.request(...postJson('/api/stories', { title: 'café 新闻 \u{1f4f0}' }))
    expect(fine.status).toBe(201)
    expect(((await fine.json()) as { title: string }).title).toBe('café 新闻 \u{1f4f0}')
  })

  it('never leaks a stack trace from an unexpected failure', async () => {
    const response = await h
      .appWith({ pool: brokenPool })
      .request(...postJson('/api/compare', { articles: [{ text: 'One.' }, { text: 'Two.' }] }))
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL', message: 'Something went wrong on our side' },
    })
    expect(h.logs.some((line) => line.includes('not used'))).toBe(true)
  })
})

// The web app talks to the API through this typed client; if the route chain lost its types,
// this file would stop compiling.
describe('the typed client', () => {
  it('creates, lists and reads stories with typed responses', async () => {
    const client = hc<AppType>('http://localhost', {
      fetch: (input: string | URL | Request, init?: RequestInit) => h.app.request(input, init),
    })
    const created = await client.api.stories.$post({ json: { title: 'Typed' } })
    expect(created.status).toBe(201)
    if (created.status !== 201) return
    const story = await created.json()
    const title: string = story.title
    expect(title).toBe('Typed')

    const listed = await client.api.stories.$get({ query: { q: 'typed' } })
    expect(listed.status).toBe(200)
    if (listed.status !== 200) return
    const page = await listed.json()
    expect(page.stories.map((s) => s.id)).toEqual([story.id])

    const detail = await client.api.stories[':id'].$get({ param: { id: story.id } })
    expect(detail.status).toBe(200)
    if (detail.status === 200) expect((await detail.json()).articles).toEqual([])
  })
})

const json = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc
    .record({
      articles: fc.array(
        fc.dictionary(fc.constantFrom('text', 'html', 'url', 'outlet', 'x'), fc.jsonValue()),
        { maxLength: 4 },
      ),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .dictionary(
      fc.constantFrom('text', 'html', 'url', 'outlet', 'title'),
      fc.oneof(fc.string(), fc.jsonValue()),
    )
    .map((value) => JSON.stringify(value)),
)

describe('random and malformed JSON bodies', () => {
  it.each(['/api/compare', '/api/stories', '/api/stories/{id}/articles'])(
    'POST %s answers 4xx with a JSON error, never 500',
    async (template) => {
      const story = await h.store.createStory({ title: 'Fuzz target' })
      const path = template.replace('{id}', story.id)
      await fc.assert(
        fc.asyncProperty(json, async (body) => {
          const response = await h.app.request(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          })
          if (response.status < 300) return
          expect(response.status).toBeGreaterThanOrEqual(400)
          expect(response.status).toBeLessThan(500)
          const error = ((await response.json()) as { error: { code: string; message: string } })
            .error
          expect(typeof error.code).toBe('string')
          expect(typeof error.message).toBe('string')
        }),
        { numRuns: 150, verbose: true },
      )
    },
  )
})
