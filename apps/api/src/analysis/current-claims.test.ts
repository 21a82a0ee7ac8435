import { CLAIMS_VERSION, extractClaims } from '@parallax/claims'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BACKENDS,
  createHarness,
  postJson,
  SEED_TEXTS,
  suitePool,
  type Harness,
} from '../../test/harness'
import { ApiError } from '../errors'
import { currentClaims } from './current-claims'
import type { AnalysisPool } from './types'

// A story stored before an upgrade of the claims extraction must compare exactly as the same
// story stored after it: its stale claims are extracted again from the stored article, and saved.

const real = suitePool()
let extracted = 0
const pool: AnalysisPool = {
  ...real,
  extractClaims: (article, options) => {
    extracted++
    return real.extractClaims(article, options)
  },
}

describe.each(BACKENDS)('stored claims of an older extraction on $name', ({ url }) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(await url(), pool)
  })
  afterAll(() => h.close())

  /** A story of the seed articles, added now: its ids in the order added. */
  async function storyOf(texts: readonly string[]): Promise<{ storyId: string; ids: string[] }> {
    const story = await h.app.request(...postJson('/api/stories', { title: 'Before and after' }))
    const storyId = ((await story.json()) as { id: string }).id
    const ids: string[] = []
    for (const text of texts) {
      const added = await h.app.request(...postJson(`/api/stories/${storyId}/articles`, { text }))
      expect(added.status).toBe(201)
      ids.push(((await added.json()) as { article: { id: string } }).article.id)
    }
    return { storyId, ids }
  }

  /**
   * Turns the first article's claims into what an older extraction stored: fewer of them, under
   * '' (the version migration 012 gives every row stored before it).
   */
  async function makeStale(storyId: string): Promise<void> {
    const [first] = await h.store.getArticles(storyId)
    expect(first!.claimsVersion).toBe(CLAIMS_VERSION)
    expect(first!.claims.length).toBeGreaterThan(2)
    await h.store.replaceClaims(storyId, first!.stored.id, {
      claims: first!.claims.slice(0, 2),
      claimsVersion: '',
    })
  }

  /**
   * A comparison with its story's own ids taken out: article ids by the order added, and facet and
   * quote ids (hashes that take in the article ids) blanked, so two stories of the same articles
   * can be compared byte for byte.
   */
  function withoutIds(text: string, ids: string[]): string {
    return ids
      .reduce((named, id, i) => named.replaceAll(id, `article-${i}`), text)
      .replace(/"[fq]-[0-9a-f]{12}"/g, '"id"')
  }

  it('extracts them again for the comparison, saves them, and never again', async () => {
    const fresh = await storyOf(SEED_TEXTS)
    const stale = await storyOf(SEED_TEXTS)
    await makeStale(stale.storyId)
    const expected = await (await h.app.request(`/api/stories/${fresh.storyId}/comparison`)).text()

    const before = extracted
    const first = await h.app.request(`/api/stories/${stale.storyId}/comparison`)
    expect(first.status).toBe(200)
    expect(withoutIds(await first.text(), stale.ids)).toBe(withoutIds(expected, fresh.ids))
    expect(extracted).toBe(before + 1)

    const [renewed, other] = await h.store.getArticles(stale.storyId)
    expect(renewed!.claimsVersion).toBe(CLAIMS_VERSION)
    expect(JSON.stringify(renewed!.claims)).toBe(JSON.stringify(extractClaims(renewed!.article)))
    expect(other!.claimsVersion).toBe(CLAIMS_VERSION)

    const cached = await h.app.request(`/api/stories/${stale.storyId}/comparison`)
    expect(cached.headers.get('x-parallax-cache')).toBe('hit')
    // A change to the story computes its comparison again, from the claims saved the first time.
    await h.app.request(
      ...postJson(`/api/stories/${stale.storyId}/articles`, {
        text: 'A third outlet says the hearing was closed to the public on Monday.',
      }),
    )
    const recomputed = await h.app.request(`/api/stories/${stale.storyId}/comparison`)
    expect(recomputed.status).toBe(200)
    expect(recomputed.headers.get('x-parallax-cache')).toBe('miss')
    expect(extracted).toBe(before + 1)
  })

  it('extracts them again for an export too', async () => {
    const fresh = await storyOf(SEED_TEXTS)
    const stale = await storyOf(SEED_TEXTS)
    await makeStale(stale.storyId)
    const exportOf = async (storyId: string) =>
      (await h.app.request(`/api/stories/${storyId}/export?format=json`)).text()
    const expected = await exportOf(fresh.storyId)
    expect(withoutIds(await exportOf(stale.storyId), stale.ids)).toBe(
      withoutIds(expected, fresh.ids),
    )
    const [renewed] = await h.store.getArticles(stale.storyId)
    expect(renewed!.claimsVersion).toBe(CLAIMS_VERSION)
  })

  it('keeps stale claims when extraction fails, and a later read extracts them again', async () => {
    const { storyId } = await storyOf(SEED_TEXTS)
    await makeStale(storyId)
    const timedOut = new ApiError('PARSE_TIMEOUT', 422, 'too slow')
    const failing: AnalysisPool = { ...pool, extractClaims: () => Promise.reject(timedOut) }
    await expect(currentClaims(h.store, failing, await h.store.getArticles(storyId))).rejects.toBe(
      timedOut,
    )
    const [kept] = await h.store.getArticles(storyId)
    expect(kept!.claimsVersion).toBe('')
    expect(kept!.claims).toHaveLength(2)
    const read = await h.app.request(`/api/stories/${storyId}/comparison`)
    expect(read.status).toBe(200)
    expect((await h.store.getArticles(storyId))[0]!.claimsVersion).toBe(CLAIMS_VERSION)
  })

  it('still answers when the article is removed while its claims are extracted', async () => {
    const { storyId, ids } = await storyOf(SEED_TEXTS)
    await makeStale(storyId)
    const removing: AnalysisPool = {
      ...pool,
      extractClaims: async (article, options) => {
        await h.store.deleteArticle(storyId, ids[0]!)
        return pool.extractClaims(article, options)
      },
    }
    const current = await currentClaims(h.store, removing, await h.store.getArticles(storyId))
    expect(current.map(({ claimsVersion }) => claimsVersion)).toEqual([
      CLAIMS_VERSION,
      CLAIMS_VERSION,
    ])
    expect((await h.store.getArticles(storyId)).map(({ stored }) => stored.id)).toEqual([ids[1]])
  })
})
