import type { Article } from '@parallax/article'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../errors'
import { createAnalysisPool } from './pool'
import type { Analysis, AnalysisPool } from './types'

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

describe('createAnalysisPool, shared between clients', () => {
  const text = (command: string) => ({ text: command })
  const finished: string[] = []
  const track = (name: string, work: Promise<unknown>) =>
    work.then(
      () => finished.push(name),
      () => finished.push(`${name} failed`),
    )

  it('takes clients in turn rather than first come, first served', async () => {
    finished.length = 0
    const pool = createAnalysisPool({ size: 1, entry: STAND_IN })
    try {
      const flood = ['a1', 'a2', 'a3', 'a4'].map((name) =>
        track(name, pool.parse(text(`busy 100 ${name}`), { client: 'flood' })),
      )
      const other = track('b1', pool.parse(text('b1'), { client: 'other' }))
      await Promise.all([...flood, other])
      // The other client's task comes second: after one flood task, not after all four.
      expect(finished).toEqual(['a1', 'b1', 'a2', 'a3', 'a4'])
    } finally {
      await pool.close()
    }
  })

  it('keeps one worker for small tasks while large ones wait', async () => {
    finished.length = 0
    const pool = createAnalysisPool({ size: 2, largeBytes: 20, entry: STAND_IN })
    try {
      await Promise.all([pool.parse(text('warm')), pool.parse(text('up'))])
      // Long enough that the small task, on the other worker, is done first on a loaded machine.
      const large = `busy 1200 ${'x'.repeat(40)}`
      const flood = [1, 2].map((n) =>
        track(`large ${n}`, pool.parse(text(large), { client: 'flood' })),
      )
      // Both workers are free; the second large task must still leave one of them alone.
      const small = track('small', pool.parse(text('small'), { client: 'other' }))
      await Promise.all([...flood, small])
      expect(finished).toEqual(['small', 'large 1', 'large 2'])
    } finally {
      await pool.close()
    }
  })

  it('gives a parse time in proportion to its text, and its claims time in proportion to the body', async () => {
    const pool = createAnalysisPool({ size: 1, timeoutMs: 300, msPerMb: 3000, entry: STAND_IN })
    try {
      const mb = 1024 * 1024
      // 1 MB of text: 300 + 3000 ms to parse.
      const long = `busy 700 ${'x'.repeat(mb)}`
      expect((await pool.parse(text(long))).article.body).toBe(long)
      // Claims of a 1 MB body: the clock restarts at 300 + 3000 ms when the article is parsed.
      expect((await pool.parse(text(`parsed ${mb} busy 700`))).article.body).toMatch(/^parsed/)
      await expect(pool.parse(text('busy 700'))).rejects.toMatchObject({
        code: 'PARSE_TIMEOUT',
        message: expect.stringMatching(/longer than 30\d ms/) as string,
      })
    } finally {
      await pool.close()
    }
  })

  it('gives a comparison time in proportion to the bodies it compares', async () => {
    const pool = createAnalysisPool({
      size: 1,
      timeoutMs: 300,
      compareMsPerMb: 3000,
      entry: STAND_IN,
    })
    const item = (body: string) =>
      ({ article: { id: body.slice(0, 8), body }, claims: [] }) as unknown as Analysis
    try {
      const mb = 1024 * 1024
      // Two bodies of half a MB: 300 + 3000 ms to compare.
      const half = 'x'.repeat(mb / 2)
      await expect(pool.compare([item(`busy 700 ${half}`), item(half)])).resolves.toBeDefined()
      await expect(pool.compare([item('busy 700'), item('short')])).rejects.toMatchObject({
        code: 'PARSE_TIMEOUT',
        message: expect.stringMatching(
          /^Comparing the articles took longer than 30\d ms/,
        ) as string,
      })
    } finally {
      await pool.close()
    }
  })

  it('extracts stored claims again in a worker, with time in proportion to the body', async () => {
    const pool = createAnalysisPool({ size: 1, timeoutMs: 300, msPerMb: 3000, entry: STAND_IN })
    const stored = (body: string) => ({ id: 'a', body }) as unknown as Article
    try {
      const mb = 1024 * 1024
      // A body of 1 MB: 300 + 3000 ms.
      const long = `busy 700 ${'x'.repeat(mb)}`
      expect(await pool.extractClaims(stored(long))).toEqual([{ text: long }])
      await expect(pool.extractClaims(stored('busy 700'))).rejects.toMatchObject({
        code: 'PARSE_TIMEOUT',
        status: 422,
        message: expect.stringMatching(
          /^Extracting the claims of a stored article took longer than 30\d ms/,
        ) as string,
      })
      expect(await pool.extractClaims(stored('short'))).toEqual([{ text: 'short' }])
    } finally {
      await pool.close()
    }
  })

  it('answers 503 with a Retry-After once one client has too much waiting, and serves others', async () => {
    const pool = createAnalysisPool({ size: 1, maxClientQueue: 1, retryAfterS: 3, entry: STAND_IN })
    try {
      // The worker is still starting, so every task waits.
      const waiting = pool.parse(text('first'), { client: 'a' })
      await expect(pool.parse(text('second'), { client: 'a' })).rejects.toMatchObject({
        code: 'BUSY',
        status: 503,
        retryAfter: 3,
      })
      expect((await pool.parse(text('other'), { client: 'b' })).article.body).toBe('other')
      expect((await waiting).article.body).toBe('first')
    } finally {
      await pool.close()
    }
  })

  it('drops a waiting task whose request was called off, with the reason given', async () => {
    const pool = createAnalysisPool({ size: 1, entry: STAND_IN })
    try {
      const running = pool.parse(text('busy 200 running'))
      const controller = new AbortController()
      const called = pool.parse(text('never'), { signal: controller.signal })
      const reason = new Error('called off')
      controller.abort(reason)
      await expect(called).rejects.toBe(reason)
      await expect(pool.parse(text('late'), { signal: controller.signal })).rejects.toBe(reason)
      expect((await running).article.body).toBe('busy 200 running')
    } finally {
      await pool.close()
    }
  })
})
