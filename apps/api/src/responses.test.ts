import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleArticle, sampleClaims, sampleNewArticle } from '../../../packages/store/test/samples'
import { createHarness, type Harness } from '../test/harness'
import { operationsOf, validValue, type OpenApiDocument } from '../test/hostile/openapi-walk'
import type { AnalysisPool } from './analysis/types'
import { ApiError } from './errors'

// Every status a route answers must be one its OpenAPI operation lists. Each operation is sent
// what provokes the failures the app can give: unknown and overlong ids, bodies that are not JSON,
// not UTF-8 or too large, a foreign Origin, a parser that is busy, past its deadline or broken, a
// full story, and a database that is gone.

type Doc = OpenApiDocument & {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>
}

const failingPool = (error: Error): AnalysisPool => ({
  parse: () => Promise.reject(error),
  compare: () => Promise.reject(error),
  extractClaims: () => Promise.reject(error),
  ready: () => false,
  close: () => Promise.resolve(),
})

const POOLS = [
  new ApiError('BUSY', 503, 'busy'),
  new ApiError('PARSE_TIMEOUT', 422, 'too slow'),
  new Error('a bug'),
].map(failingPool)

// A parser that takes anything, so requests get as far as the store (a full story: 409).
const parsingPool: AnalysisPool = {
  parse: (input) => {
    const article = sampleArticle('text' in input ? input.text : 'Some words.')
    return Promise.resolve({ article, claims: sampleClaims(article) })
  },
  compare: () => Promise.reject(new ApiError('PARSE_TIMEOUT', 422, 'too slow')),
  extractClaims: () => Promise.reject(new ApiError('PARSE_TIMEOUT', 422, 'too slow')),
  ready: () => true,
  close: () => Promise.resolve(),
}

let h: Harness
let doc: Doc
let fullStory: string
let smallStory: string
let articleId: string
beforeAll(async () => {
  h = await createHarness('memory://', POOLS[0]!, { maxBodyBytes: 4096 })
  doc = (await (await h.app.request('/api/openapi.json')).json()) as Doc
  smallStory = (await h.store.createStory({ title: 'Two articles' })).id
  for (const text of ['One says A.', 'Two says B.']) {
    articleId = (await h.store.addArticle(smallStory, sampleNewArticle(text))).article.id
  }
  fullStory = (await h.store.createStory({ title: 'Full' })).id
  for (let i = 0; i < 100; i++) await h.store.addArticle(fullStory, sampleNewArticle(`No. ${i}.`))
}, 60_000)
afterAll(() => h.close())

describe('the OpenAPI document lists every status each route returns', () => {
  it('for each provocation of each operation', async () => {
    const seen: string[] = []
    // Deletions last, so the stories the other operations are sent to are still there.
    const operations = operationsOf(doc).sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    )
    expect(operations.length).toBeGreaterThanOrEqual(10)
    const ids = [
      { id: smallStory, articleId },
      { id: fullStory, articleId },
      { id: randomUUID(), articleId: randomUUID() },
      { id: 'x'.repeat(101), articleId: 'y'.repeat(101) },
    ]
    const apps = [h.app, ...[...POOLS.slice(1), parsingPool].map((pool) => h.appWith({ pool }))]
    for (const op of operations) {
      const declared = Object.keys(doc.paths[op.path]![op.method.toLowerCase()]!.responses ?? {})
      const json = op.bodies['application/json']
      const valid = json === undefined ? undefined : JSON.stringify(validValue(json))
      const bodies: Array<{ body?: string | Uint8Array; type?: string; origin?: string }> = [{}]
      if (valid !== undefined) {
        bodies.push(
          { body: valid, type: 'application/json' },
          // Pasted text, which the stand-in parser takes: the request reaches the store.
          { body: JSON.stringify({ text: 'One more article.' }), type: 'application/json' },
          { body: valid, type: 'application/json', origin: 'https://evil.example' },
          { body: '{"title": ', type: 'application/json' },
          { body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), type: 'application/json' },
          { body: 'x'.repeat(5000), type: 'application/json' },
          { body: valid, type: 'text/plain' },
        )
      }
      if (op.method !== 'GET') bodies.push({ origin: 'https://evil.example' })
      for (const app of apps) {
        for (const params of ids) {
          const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
            String(params[name as keyof typeof params]),
          )
          for (const { body, type, origin } of bodies) {
            const headers: Record<string, string> = {}
            if (type !== undefined) headers['content-type'] = type
            if (origin !== undefined) headers.origin = origin
            const response = await app.request(`http://localhost${path}`, {
              method: op.method,
              headers,
              ...(body === undefined ? {} : { body }),
            })
            const status = String(response.status)
            seen.push(`${op.method} ${op.path} ${status}`)
            expect(declared, `${op.method} ${path} answered ${status}`).toContain(status)
          }
        }
      }
    }
    // The walk reached the failures that matter, not only successes.
    for (const status of ['400', '403', '404', '409', '413', '422', '500', '503']) {
      expect(
        seen.some((entry) => entry.endsWith(` ${status}`)),
        status,
      ).toBe(true)
    }
  }, 120_000)

  it('lists 503 for routes that need the database, and answers it when the database is gone', async () => {
    const closed = await createHarness('memory://', POOLS[0]!)
    await closed.close()
    for (const op of operationsOf(doc).filter((o) => o.path.startsWith('/api/stories'))) {
      const path = op.path.replace(/\{\w+\}/g, randomUUID())
      const response = await closed.app.request(path, { method: op.method })
      const declared = Object.keys(doc.paths[op.path]![op.method.toLowerCase()]!.responses ?? {})
      expect(declared, `${op.method} ${op.path}`).toContain(String(response.status))
    }
  })
})
