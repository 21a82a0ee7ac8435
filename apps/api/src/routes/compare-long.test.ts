import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coverageText } from '../../test/flood/long-text'
import { createHarness, postJson, SEED_TEXTS, type Harness } from '../../test/harness'
import { createAnalysisPool } from '../analysis/pool'
import type { AnalysisPool } from '../analysis/types'

interface Comparison {
  articles: { id: string }[]
  facets: unknown[]
}

// The default allowance per MB for a comparison. The parse allowance and the base deadline are
// raised, as in the flood test: the machine running the suite may be busy, and a long text must not
// miss its parse deadline before its comparison, what is tested here, starts.
let pool: AnalysisPool
let h: Harness
beforeAll(async () => {
  pool = createAnalysisPool({ size: 2, timeoutMs: 5000, msPerMb: 20_000 })
  h = await createHarness('memory://', pool)
  await Promise.all(SEED_TEXTS.map((text) => pool.parse({ text })))
})
afterAll(async () => {
  await h.close()
  await pool.close()
})

describe('POST /api/compare on long articles', () => {
  it('compares two articles of over 300 kB each, of different stories', async () => {
    // Two outlets' coverage of the same 66 events laid end to end: their comparison takes
    // seconds, within a deadline that grows with their size.
    const texts = ([0, 1] as const).map((side) => coverageText(320 * 1024, side))
    const response = await h.app.request(
      ...postJson('/api/compare', { articles: texts.map((text) => ({ text })) }),
    )
    const body = (await response.json()) as Comparison
    expect(response.status, JSON.stringify(body).slice(0, 200)).toBe(200)
    expect(body.articles).toHaveLength(2)
    expect(body.facets.length).toBeGreaterThan(1000)
  }, 120_000)
})
