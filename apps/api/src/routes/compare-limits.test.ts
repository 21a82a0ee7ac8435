import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, errorOf, postJson, type Harness } from '../../test/harness'
import { createAnalysisPool } from '../analysis/pool'
import type { AnalysisPool } from '../analysis/types'

// The stand-in worker does what each article's text says (`fail`, `busy 100 …`), so these tests
// see the route's own behaviour under load apart from the real parser's speed.
const STAND_IN = new URL('../../test/stand-in-worker.ts', import.meta.url).href
const compare = (...texts: string[]) =>
  postJson('/api/compare', { articles: texts.map((text) => ({ text })) })

let pool: AnalysisPool
let h: Harness
/** What became of every parse the route asked for, by the article's text. */
const outcomes = new Map<string, string>()
beforeAll(async () => {
  pool = createAnalysisPool({ size: 1, entry: STAND_IN })
  await pool.parse({ text: 'warm up' })
  const recording: AnalysisPool = {
    ...pool,
    parse: (input, options) => {
      const name = 'text' in input ? input.text : 'html'
      return pool.parse(input, options).then(
        (value) => {
          outcomes.set(name, 'parsed')
          return value
        },
        (error: Error) => {
          outcomes.set(name, error.message)
          throw error
        },
      )
    },
  }
  h = await createHarness('memory://', recording)
})
afterAll(async () => {
  await h.close()
  await pool.close()
})

describe('POST /api/compare under load', () => {
  it('stops at its first failed article: the parses still waiting are called off', async () => {
    outcomes.clear()
    const response = await h.app.request(...compare('fail', 'second', 'third'))
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({
      error: {
        code: 'NOT_AN_ARTICLE',
        article: 0,
        message: expect.stringMatching(/^Article 1: /) as string,
      },
    })
    expect(Object.fromEntries(outcomes)).toEqual({
      fail: 'no prose',
      second: 'Article 1 failed',
      third: 'Article 1 failed',
    })
  })

  it('names the lowest failed article even when a later one fails first', async () => {
    outcomes.clear()
    const response = await h.app.request(...compare('busy 200 first', 'fail', 'third'))
    expect(await response.json()).toMatchObject({ error: { article: 1 } })
    expect(outcomes.get('busy 200 first')).toBe('parsed')
    expect(outcomes.get('third')).toBe('Article 2 failed')
  })

  it('answers 429 with Retry-After and the JSON error once a client is over its limit', async () => {
    const app = h.appWith({
      rateLimit: { limit: 1, windowMs: 60_000 },
      clientIpHeader: 'x-real-ip',
    })
    const from = (ip: string) => ({ 'x-real-ip': ip })
    const first = await app.request(
      ...postJson('/api/compare', { articles: [{ text: 'a' }, { text: 'b' }] }, from('192.0.2.1')),
    )
    expect(first.status).toBe(200)
    const second = await app.request(
      ...postJson('/api/compare', { articles: [{ text: 'a' }, { text: 'b' }] }, from('192.0.2.1')),
    )
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(59)
    expect(await errorOf(second)).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('at most 1 per 60 s') as string,
    })
    // Another client, and reads of the same client, are not held back.
    const other = await app.request(
      ...postJson('/api/compare', { articles: [{ text: 'a' }, { text: 'b' }] }, from('192.0.2.2')),
    )
    expect(other.status).toBe(200)
    expect((await app.request('/healthz', { headers: from('192.0.2.1') })).status).toBe(200)
  })

  it('answers 503 with Retry-After at once when the parser queue is full', async () => {
    const full = createAnalysisPool({ size: 1, maxQueue: 0, retryAfterS: 2, entry: STAND_IN })
    try {
      const app = (await createHarness('memory://', full)).app
      const started = performance.now()
      const response = await app.request(...compare('a', 'b'))
      expect(performance.now() - started).toBeLessThan(1000)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('2')
      expect(await errorOf(response)).toMatchObject({ code: 'BUSY' })
    } finally {
      await full.close()
    }
  })
})
