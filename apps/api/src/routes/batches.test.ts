import { setTimeout as sleep } from 'node:timers/promises'
import { CLAIMS_VERSION } from '@parallax/claims'
import type { BatchWorker } from '@parallax/store'
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
import type { AnalysisPool } from '../analysis/types'
import { groupArticles } from '../batch/group'
import { batchHandlers } from '../batch/handlers'
import { ApiError } from '../errors'

interface Batch {
  id: string
  status: string
  total: number
  done: number
  failures: { item: number; code: string; message: string }[]
  stories: {
    id: string
    title: string
    items: number[]
    comparison?: { status: string; code?: string; message?: string }
  }[]
}

const pool = suitePool()

describe.each(BACKENDS)('batch routes on $name', ({ url }) => {
  let h: Harness
  let worker: BatchWorker
  beforeAll(async () => {
    h = await createHarness(await url(), pool)
    worker = await h.store.workBatches(
      batchHandlers({ store: h.store, pool, fetchOptions: {}, groupArticles }),
    )
  })
  afterAll(async () => {
    await worker?.stop()
    await h?.close()
  })

  async function finished(response: Response): Promise<Batch> {
    expect(response.status).toBe(202)
    const created = (await response.json()) as Batch
    expect(response.headers.get('location')).toBe(`/api/batches/${created.id}`)
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(100)) {
      const batch = (await (await h.app.request(`/api/batches/${created.id}`)).json()) as Batch
      if (batch.status === 'done') return batch
    }
    throw new Error(`batch ${created.id} did not finish`)
  }

  it('parses every item, names the failures and stores the stories', async () => {
    const items = [{ text: SEED_TEXTS[0] }, { text: 'Too short.' }, { text: SEED_TEXTS[1] }]
    const batch = await finished(await h.app.request(...postJson('/api/batches', { items })))
    expect(batch).toMatchObject({ total: 3, done: 3 })
    expect(batch.failures).toEqual([
      { item: 1, code: expect.any(String), message: expect.any(String) },
    ])
    expect(batch.stories.flatMap((story) => story.items).sort()).toEqual([0, 2])
    for (const story of batch.stories) {
      const stored = await h.app.request(`/api/stories/${story.id}`)
      expect(stored.status).toBe(200)
      expect(((await stored.json()) as { articleCount: number }).articleCount).toBe(
        story.items.length,
      )
      // Stored with the version that extracted their claims, so no read extracts them again.
      for (const { claimsVersion } of await h.store.getArticles(story.id)) {
        expect(claimsVersion).toBe(CLAIMS_VERSION)
      }
      // Compared before the batch was done: the first read serves the stored comparison.
      const compared = story.items.length >= 2
      expect(story.comparison).toEqual({ status: compared ? 'stored' : 'none' })
      const comparison = await h.app.request(`/api/stories/${story.id}/comparison`)
      expect(comparison.status).toBe(compared ? 200 : 409)
      if (compared) expect(comparison.headers.get('x-parallax-cache')).toBe('hit')
    }
  })

  it('takes uploaded files', async () => {
    const form = new FormData()
    form.append('file', new File([SEED_TEXTS[0]!], 'a.txt', { type: 'text/plain' }))
    form.append('file', new File([`<p>${SEED_TEXTS[1]!}</p>`], 'b.html'))
    const batch = await finished(
      await h.app.request('/api/batches', { method: 'POST', body: form }),
    )
    expect(batch.failures).toEqual([])
    expect(batch.stories.flatMap((story) => story.items).sort()).toEqual([0, 1])
  })

  it('refuses no items, too many, a bad item and an unknown body type', async () => {
    const tooMany = Array.from({ length: 1001 }, () => ({ text: 'x' }))
    for (const body of [{ items: [] }, { items: tooMany }, { items: [{ bad: 1 }] }, {}]) {
      const response = await h.app.request(...postJson('/api/batches', body))
      expect(response.status).toBe(400)
      expect((await errorOf(response)).code).toBe('INVALID_INPUT')
    }
    const plain = await h.app.request('/api/batches', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    })
    expect(plain.status).toBe(415)
    expect((await errorOf(plain)).code).toBe('UNSUPPORTED_MEDIA_TYPE')
    const huge = { items: [{ text: 'ok' }, { text: 'h'.repeat(6 * 1024 * 1024) }] }
    const tooLarge = await h.app.request(...postJson('/api/batches', huge))
    expect(tooLarge.status).toBe(413)
    expect(await errorOf(tooLarge)).toMatchObject({ code: 'TOO_LARGE', article: 1 })
    const form = new FormData()
    form.append('file', new File(['<p>A page.</p>'], 'a.html', { type: 'text/html' }))
    form.append('file', new File([new Uint8Array([0x89, 0x50])], 'b.png', { type: 'image/png' }))
    const image = await h.app.request('/api/batches', { method: 'POST', body: form })
    expect(image.status).toBe(415)
    expect(await errorOf(image)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', article: 1 })
  })

  it('answers 404 for a batch that does not exist', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const response = await h.app.request(`/api/batches/${id}`)
      expect(response.status).toBe(404)
      expect((await errorOf(response)).code).toBe('NOT_FOUND')
    }
  })
})

it('finishes a batch whose story cannot be compared, naming the reason', async () => {
  const h = await createHarness('memory://', pool)
  const timedOut = new ApiError('PARSE_TIMEOUT', 422, 'The comparison ran past its deadline')
  const failing: AnalysisPool = { ...pool, compare: () => Promise.reject(timedOut) }
  const deps = { store: h.store, pool: failing, fetchOptions: {}, groupArticles }
  const worker = await h.store.workBatches(batchHandlers(deps))
  try {
    const items = SEED_TEXTS.map((text) => ({ text }))
    const response = await h.app.request(...postJson('/api/batches', { items }))
    const { id } = (await response.json()) as Batch
    let batch: Batch | undefined
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(100)) {
      batch = (await (await h.app.request(`/api/batches/${id}`)).json()) as Batch
      if (batch.status === 'done') break
    }
    expect(batch?.status).toBe('done')
    expect(batch?.stories).toEqual([
      {
        id: expect.any(String) as string,
        title: expect.any(String) as string,
        items: [0, 1],
        comparison: { status: 'failed', code: 'PARSE_TIMEOUT', message: timedOut.message },
      },
    ])
    // Nothing was stored: a read computes it, with the app's own pool.
    const comparison = await h.app.request(`/api/stories/${batch!.stories[0]!.id}/comparison`)
    expect(comparison.status).toBe(200)
    expect(comparison.headers.get('x-parallax-cache')).toBe('miss')
  } finally {
    await worker.stop()
    await h.close()
  }
})

it('documents every status of the batch routes', async () => {
  const h = await createHarness('memory://', pool)
  try {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
    }
    // The routes' own statuses, then those every route's middleware can give (responses.ts).
    expect(Object.keys(doc.paths['/api/batches']!.post!.responses).sort()).toEqual(
      ['202', '400', '403', '413', '415', '422', '500', '503'].sort(),
    )
    expect(Object.keys(doc.paths['/api/batches/{id}']!.get!.responses).sort()).toEqual(
      ['200', '400', '404', '500', '503'].sort(),
    )
  } finally {
    await h.close()
  }
})
