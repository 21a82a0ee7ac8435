import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BACKENDS, createHarness, errorOf, postJson, type Harness } from '../../test/harness'
import type { AnalysisPool } from '../analysis/types'

// Story routes never parse, so a pool that refuses proves they do not.
const noParsing: AnalysisPool = {
  parse: () => Promise.reject(new Error('stories must not parse')),
  compare: () => Promise.reject(new Error('stories must not compare')),
  extractClaims: () => Promise.reject(new Error('stories must not extract claims')),
  ready: () => true,
  close: () => Promise.resolve(),
}

describe.each(BACKENDS)('story routes on $name', ({ url }) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(await url(), noParsing)
  })
  afterAll(() => h.close())

  async function createStory(title: string) {
    const response = await h.app.request(...postJson('/api/stories', { title }))
    expect(response.status).toBe(201)
    return (await response.json()) as { id: string; title: string; articleCount: number }
  }

  it('creates, reads and deletes a story', async () => {
    const story = await createStory('  Amnesty v. NSO  ')
    expect(story).toMatchObject({ title: 'Amnesty v. NSO', articleCount: 0 })

    const detail = await h.app.request(`/api/stories/${story.id}`)
    expect(detail.status).toBe(200)
    expect(await detail.json()).toMatchObject({ id: story.id, articles: [] })

    const deleted = await h.app.request(`/api/stories/${story.id}`, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    const again = await h.app.request(`/api/stories/${story.id}`, { method: 'DELETE' })
    expect(again.status).toBe(404)
    expect((await errorOf(again)).code).toBe('NOT_FOUND')
    expect((await h.app.request(`/api/stories/${story.id}`)).status).toBe(404)
  })

  it('lists stories newest first, filtered and paged by cursor', async () => {
    const titles = ['Election night', 'Flood warning', 'Election recount']
    for (const title of titles) await createStory(title)

    const filtered = await h.app.request('/api/stories?q=election')
    const page = (await filtered.json()) as { stories: { title: string }[] }
    expect(page.stories.map((story) => story.title)).toEqual(['Election recount', 'Election night'])

    const first = (await (await h.app.request('/api/stories?limit=2')).json()) as {
      stories: { title: string }[]
      nextCursor?: string
    }
    expect(first.stories).toHaveLength(2)
    expect(first.nextCursor).toBeDefined()
    const second = (await (
      await h.app.request(
        `/api/stories?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      )
    ).json()) as { stories: { title: string }[] }
    const seen = [...first.stories, ...second.stories].map((story) => story.title)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toEqual(expect.arrayContaining(titles))
  })

  it('refuses bad input with a JSON error', async () => {
    const cases: [Response, number, string][] = [
      [await h.app.request(...postJson('/api/stories', { title: '   ' })), 400, 'INVALID_INPUT'],
      [
        await h.app.request(...postJson('/api/stories', { title: 'x', extra: 1 })),
        400,
        'INVALID_INPUT',
      ],
      [await h.app.request(...postJson('/api/stories', [])), 400, 'INVALID_INPUT'],
      [await h.app.request('/api/stories?limit=0'), 400, 'INVALID_INPUT'],
      [await h.app.request('/api/stories?cursor=not-a-cursor'), 400, 'INVALID'],
      [await h.app.request('/api/stories/not-a-uuid'), 404, 'NOT_FOUND'],
      [
        await h.app.request('/api/stories', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"title": ',
        }),
        400,
        'INVALID_INPUT',
      ],
      [
        await h.app.request('/api/stories', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'title',
        }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ]
    for (const [response, status, code] of cases) {
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const error = await errorOf(response)
      expect(error.code).toBe(code)
      expect(error.message).not.toMatch(/\n\s+at /)
    }
  })
})
