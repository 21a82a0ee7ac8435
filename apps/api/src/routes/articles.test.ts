import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BACKENDS,
  createHarness,
  errorOf,
  postJson,
  SEED_TEXTS,
  suitePool,
  type Harness,
} from '../../test/harness'

interface StoredArticle {
  id: string
  outlet: string
  sourceKind: string
}
interface Comparison {
  articles: { id: string; outlet: string }[]
  facets: { claims: { article: string }[]; explanation: string }[]
  coverage: Record<string, unknown>
}

const [seedA = '', seedB = ''] = SEED_TEXTS
const HTML_PAGE = `<!doctype html><html><head><title>Court closes hearing</title>
<meta property="og:site_name" content="Example Daily"></head><body><article><h1>Court closes hearing</h1>
${seedB
  .split(/(?<=\.)\s+/)
  .map((sentence) => `<p>${sentence}</p>`)
  .join('\n')}</article></body></html>`

const pool = suitePool()

describe.each(BACKENDS)('article and comparison routes on $name', ({ url }) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(await url(), pool)
  })
  afterAll(() => h.close())

  async function newStory(): Promise<string> {
    const response = await h.app.request(...postJson('/api/stories', { title: 'Amnesty v. NSO' }))
    return ((await response.json()) as { id: string }).id
  }

  async function addText(storyId: string, text: string, outlet?: string): Promise<Response> {
    return h.app.request(...postJson(`/api/stories/${storyId}/articles`, { text, outlet }))
  }

  it('stores pasted text, refuses it twice, and deletes it', async () => {
    const storyId = await newStory()
    const added = await addText(storyId, seedA, 'The Jerusalem Post')
    expect(added.status).toBe(201)
    const { article } = (await added.json()) as { article: StoredArticle }
    expect(article).toMatchObject({ outlet: 'The Jerusalem Post', sourceKind: 'text' })

    const again = await addText(storyId, seedA, 'The Jerusalem Post')
    expect(again.status).toBe(409)
    expect((await errorOf(again)).code).toBe('DUPLICATE')

    const story = (await (await h.app.request(`/api/stories/${storyId}`)).json()) as {
      articles: StoredArticle[]
    }
    expect(story.articles.map((a) => a.id)).toEqual([article.id])

    const path = `/api/stories/${storyId}/articles/${article.id}`
    expect((await h.app.request(path, { method: 'DELETE' })).status).toBe(204)
    expect((await h.app.request(path, { method: 'DELETE' })).status).toBe(404)
  })

  it('renames an outlet, numbers shared names in the comparison, and refuses bad names', async () => {
    const storyId = await newStory()
    const a = (await (await addText(storyId, seedA)).json()) as { article: StoredArticle }
    const b = (await (await addText(storyId, seedB)).json()) as { article: StoredArticle }
    const comparisonPath = `/api/stories/${storyId}/comparison`
    const before = (await (await h.app.request(comparisonPath)).json()) as Comparison
    // Both pasted without an outlet: one name, numbered in the order the articles were added.
    expect(before.articles.map((x) => x.outlet)).toEqual([
      'Unknown outlet (1)',
      'Unknown outlet (2)',
    ])

    const path = `/api/stories/${storyId}/articles/${b.article.id}`
    const patch = (body: unknown, headers = { 'content-type': 'application/json' }) =>
      h.app.request(path, { method: 'PATCH', headers, body: JSON.stringify(body) })
    const renamed = await patch({ outlet: '  Haaretz ' })
    expect(renamed.status).toBe(200)
    expect(await renamed.json()).toEqual({ article: { ...b.article, outlet: 'Haaretz' } })

    const after = await h.app.request(comparisonPath)
    expect(after.headers.get('X-Parallax-Cache')).toBe('miss')
    const comparison = (await after.json()) as Comparison
    expect(comparison.articles.map((x) => x.outlet)).toEqual(['Unknown outlet', 'Haaretz'])
    expect(comparison.facets.some((f) => f.explanation.includes('Haaretz'))).toBe(true)
    expect(comparison.facets.some((f) => /Unknown outlet \(/.test(f.explanation))).toBe(false)

    for (const bad of [{ outlet: '' }, { outlet: '   ' }, { outlet: 'x'.repeat(201) }, {}, []]) {
      const response = await patch(bad)
      expect(response.status, JSON.stringify(bad)).toBe(400)
      expect((await errorOf(response)).code).toBe('INVALID_INPUT')
    }
    expect((await patch({ outlet: 'X', extra: 1 })).status).toBe(400)
    const missing = `/api/stories/${storyId}/articles/00000000-0000-4000-8000-000000000000`
    const gone = await h.app.request(missing, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outlet: 'X' }),
    })
    expect(gone.status).toBe(404)
    expect((await errorOf(gone)).code).toBe('NOT_FOUND')
    const notJson = await patch({ outlet: 'X' }, { 'content-type': 'text/plain' })
    expect(notJson.status).toBe(415)
    expect((await errorOf(notJson)).code).toBe('UNSUPPORTED_MEDIA_TYPE')
    const detail = (await (await h.app.request(`/api/stories/${storyId}`)).json()) as {
      articles: StoredArticle[]
    }
    expect(detail.articles.map((x) => x.outlet)).toEqual([a.article.outlet, 'Haaretz'])
  })

  it('stores pasted HTML and uploaded files', async () => {
    const storyId = await newStory()
    const html = await h.app.request(
      ...postJson(`/api/stories/${storyId}/articles`, {
        html: HTML_PAGE,
        url: 'https://example.com/a',
      }),
    )
    expect(html.status).toBe(201)
    expect(((await html.json()) as { article: StoredArticle }).article.sourceKind).toBe('html')

    const form = new FormData()
    form.set('file', new File([seedA], 'article.txt', { type: 'text/plain' }))
    form.set('outlet', 'Uploaded Outlet')
    const upload = await h.app.request(`/api/stories/${storyId}/articles`, {
      method: 'POST',
      body: form,
    })
    expect(upload.status).toBe(201)
    expect(((await upload.json()) as { article: StoredArticle }).article).toMatchObject({
      outlet: 'Uploaded Outlet',
      sourceKind: 'text',
    })

    // With no outlet given and none in the text, the file's name is the outlet.
    const unnamed = new FormData()
    unnamed.set('file', new File([seedB], 'Evening Ledger.txt', { type: 'text/plain' }))
    const named = await h.app.request(`/api/stories/${storyId}/articles`, {
      method: 'POST',
      body: unnamed,
    })
    expect(named.status).toBe(201)
    expect(((await named.json()) as { article: StoredArticle }).article.outlet).toBe(
      'Evening Ledger',
    )

    const wrong = new FormData()
    wrong.set(
      'file',
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'a.png', { type: 'image/png' }),
    )
    const refused = await h.app.request(`/api/stories/${storyId}/articles`, {
      method: 'POST',
      body: wrong,
    })
    expect(refused.status).toBe(415)

    const missing = new FormData()
    missing.set('outlet', 'No file')
    const noFile = await h.app.request(`/api/stories/${storyId}/articles`, {
      method: 'POST',
      body: missing,
    })
    expect(noFile.status).toBe(400)
  })

  it('refuses what it cannot use, with the right status', async () => {
    const storyId = await newStory()
    const unknownStory = await addText('00000000-0000-4000-8000-000000000000', seedA)
    expect(unknownStory.status).toBe(404)

    const cases: [Response, number, string][] = [
      [await addText(storyId, '   \n  '), 422, 'EMPTY_INPUT'],
      [await addText(storyId, ''), 400, 'INVALID_INPUT'],
      [
        await h.app.request(
          ...postJson(`/api/stories/${storyId}/articles`, { text: 'a', html: 'b' }),
        ),
        400,
        'INVALID_INPUT',
      ],
      [
        await h.app.request(`/api/stories/${storyId}/articles`, {
          method: 'POST',
          body: 'just text',
        }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        await h.app.request(
          ...postJson(`/api/stories/${storyId}/articles`, { url: 'file:///etc/passwd' }),
        ),
        400,
        'INVALID_URL',
      ],
      [
        await h.app.request(
          ...postJson(`/api/stories/${storyId}/articles`, {
            url: 'http://169.254.169.254/latest/',
          }),
        ),
        400,
        'BLOCKED_ADDRESS',
      ],
    ]
    for (const [response, status, code] of cases) {
      expect({ status: response.status, code: (await errorOf(response)).code }).toEqual({
        status,
        code,
      })
    }
  })

  it('compares a story with stored ids, caches it, and recomputes when articles change', async () => {
    const storyId = await newStory()
    const tooFew = await h.app.request(`/api/stories/${storyId}/comparison`)
    expect(tooFew.status).toBe(409)

    const ids: string[] = []
    for (const [text, outlet] of [
      [seedA, 'Outlet A'],
      [seedB, 'Outlet B'],
    ] as const) {
      const response = await addText(storyId, text, outlet)
      ids.push(((await response.json()) as { article: StoredArticle }).article.id)
    }

    const first = await h.app.request(`/api/stories/${storyId}/comparison`)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-parallax-cache')).toBe('miss')
    const comparison = (await first.json()) as Comparison
    expect(comparison.articles.map((a) => a.id).sort()).toEqual([...ids].sort())
    expect(Object.keys(comparison.coverage).sort()).toEqual([...ids].sort())
    const claimArticles = new Set(comparison.facets.flatMap((f) => f.claims.map((c) => c.article)))
    for (const id of claimArticles) expect(ids).toContain(id)
    expect(comparison.facets.length).toBeGreaterThan(0)

    const second = await h.app.request(`/api/stories/${storyId}/comparison`)
    expect(second.headers.get('x-parallax-cache')).toBe('hit')
    expect(await second.text()).toBe(JSON.stringify(comparison))

    const form = new FormData()
    form.set('file', new File([HTML_PAGE], 'page.html', { type: 'text/html' }))
    await h.app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: form })
    const third = await h.app.request(`/api/stories/${storyId}/comparison`)
    expect(third.headers.get('x-parallax-cache')).toBe('miss')
    expect(((await third.json()) as Comparison).articles).toHaveLength(3)
  })

  it('exports the comparison as JSON, CSV and Markdown files', async () => {
    const storyId = await newStory()
    await addText(storyId, seedA, 'Outlet "A", Ltd')
    await addText(storyId, seedB, 'Outlet B')

    const json = await h.app.request(`/api/stories/${storyId}/export?format=json`)
    expect(json.status).toBe(200)
    expect(json.headers.get('content-disposition')).toBe(
      `attachment; filename="amnesty-v-nso-${storyId}.json"; filename*=UTF-8''amnesty-v-nso-${storyId}.json`,
    )
    const parsed = JSON.parse(await json.text()) as Comparison
    expect(parsed.articles).toHaveLength(2)

    const csv = await h.app.request(`/api/stories/${storyId}/export?format=csv`)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(csv.headers.get('content-disposition')).toMatch(/filename=".*\.csv"/)
    const text = await csv.text()
    expect(text.split('\r\n')[0]).toBe(
      '"facet_id","facet_label","status","kinds","confidence","outlet","article_id","sentence","claim","negated","hedges","attribution","explanation"',
    )
    expect(text).toContain('"Outlet ""A"", Ltd"')

    const md = await h.app.request(`/api/stories/${storyId}/export?format=md`)
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/)
    const markdown = await md.text()
    expect(markdown.startsWith('# Amnesty v. NSO\n')).toBe(true)
    expect(markdown).toContain('## Articles')

    expect((await h.app.request(`/api/stories/${storyId}/export?format=xml`)).status).toBe(400)
    const missing = await h.app.request('/api/stories/00000000-0000-4000-8000-000000000000/export')
    expect(missing.status).toBe(404)
  })
})
