import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../errors'
import { createAnalysisPool } from './pool'
import type { AnalysisPool } from './types'

const STAND_IN = new URL('../../test/stand-in-worker.ts', import.meta.url).href

describe('createAnalysisPool', () => {
  it('turns work away with 503 once its queue is full, and fails queued work on close', async () => {
    const pool = createAnalysisPool({ size: 1, maxQueue: 1, entry: STAND_IN })
    // The worker is still starting, so the first task waits in the queue and fills it.
    const queued = pool.parse({ text: 'first' }).catch((error: unknown) => error)
    const refused = await pool.parse({ text: 'second' }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({ code: 'BUSY', status: 503 })

    await pool.close()
    expect(await queued).toMatchObject({ code: 'BUSY' })
    await expect(pool.parse({ text: 'after close' })).rejects.toMatchObject({ code: 'BUSY' })
  })

  it('stops respawning a worker that cannot start, and says so with 503', async () => {
    const missing = new URL('../../test/no-such-worker.ts', import.meta.url).href
    const pool = createAnalysisPool({ size: 1, entry: missing })
    try {
      await expect(pool.parse({ text: 'anything' })).rejects.toMatchObject({
        code: 'BUSY',
        status: 503,
        message: expect.stringMatching(/^The parser could not start: /) as string,
      })
      await expect(pool.parse({ text: 'again' })).rejects.toMatchObject({ status: 503 })
    } finally {
      await pool.close()
    }
  })

  describe('with a worker that does as it is told', () => {
    let pool: AnalysisPool
    beforeAll(() => {
      pool = createAnalysisPool({ size: 2, timeoutMs: 2000, maxMemoryMb: 64, entry: STAND_IN })
    })
    afterAll(() => pool.close())

    it('returns results and rebuilds package errors by name and code', async () => {
      expect((await pool.parse({ text: 'hello' })).article.body).toBe('hello')
      await expect(pool.parse({ text: 'fail' })).rejects.toMatchObject({
        name: 'ArticleError',
        code: 'NOT_AN_ARTICLE',
      })
    })

    it('kills a task at the deadline, answers 422, and keeps serving with a fresh worker', async () => {
      const started = performance.now()
      await expect(pool.parse({ text: 'spin' })).rejects.toMatchObject({
        code: 'PARSE_TIMEOUT',
        status: 422,
      })
      expect(performance.now() - started).toBeLessThan(4000)
      // Both workers may have to be replaced in turn; the pool must come back either way.
      await expect(pool.parse({ text: 'spin' })).rejects.toMatchObject({ code: 'PARSE_TIMEOUT' })
      expect((await pool.parse({ text: 'after' })).article.body).toBe('after')
    })

    it('kills a task that exhausts its memory cap with 422', async () => {
      await expect(pool.parse({ text: 'grow' })).rejects.toMatchObject({
        code: 'PARSE_FAILED',
        status: 422,
      })
      expect((await pool.parse({ text: 'again' })).article.body).toBe('again')
    })
  })
})
