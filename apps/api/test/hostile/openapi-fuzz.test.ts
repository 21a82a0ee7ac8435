import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalysisPool } from '../../src/analysis/pool'
import type { AnalysisPool } from '../../src/analysis/types'
import { BACKENDS, createHarness, postJson, SEED_TEXTS, type Harness } from '../harness'
import {
  invalidQueryValues,
  invalidValues,
  operationKey,
  operationsOf,
  validValue,
  withEachString,
  type OpenApiDocument,
  type Operation,
} from './openapi-walk'

// Every route in the OpenAPI document, fed what its schemas forbid and what no schema foresees:
// always a 4xx with `{ error: { code, message } }`, never a 500, never a stack trace.
const SEED = Number(process.env.PARALLAX_SEED ?? Date.now() % 2_147_483_647)
console.info(`openapi fuzz: seed ${SEED} (replay with PARALLAX_SEED=${SEED})`)

const STACK_TRACE = /\n\s+at |node_modules|\/work\/|\.ts:\d+|\.js:\d+/

/** Text that is not JSON, or JSON that parsers choke on. */
const MALFORMED_JSON = [
  '',
  '{',
  '{"title": ',
  "{'title': 'single quotes'}",
  '{"title": "trailing comma",}',
  '{"a": NaN}',
  'undefined',
  '\u0000',
  '[' + '['.repeat(100_000) + ']'.repeat(100_000) + ']',
  '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
  '"' + '\\ud800'.repeat(1_000) + '"',
]

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=nothing',
  'application/json; charset=utf-16',
]

// URL ingestion must never leave the machine: every host resolves to loopback, which is refused.
const fetchOptions = {
  lookup: () => Promise.resolve([{ address: '127.0.0.1', family: 4 as const }]),
  timeoutMs: 1_000,
}

let pool: AnalysisPool
beforeAll(() => {
  pool = createAnalysisPool({ size: 1, timeoutMs: 1_500 })
})
afterAll(() => pool.close())

describe.each(BACKENDS)('every route in the OpenAPI document on $name', ({ url }) => {
  let h: Harness
  let operations: Operation[]
  let storyId: string
  let comparedStoryId: string
  let articleId: string
  const exercised = new Set<string>()

  beforeAll(async () => {
    h = await createHarness(await url(), pool, { fetchOptions })
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as OpenApiDocument
    operations = operationsOf(doc)
    storyId = (await h.store.createStory({ title: 'Fuzzed' })).id
    comparedStoryId = (await h.store.createStory({ title: 'Fuzzed, with articles' })).id
    for (const text of SEED_TEXTS) {
      const added = await h.app.request(
        ...postJson(`/api/stories/${comparedStoryId}/articles`, { text }),
      )
      expect(added.status).toBe(201)
      articleId = ((await added.json()) as { article: { id: string } }).article.id
    }
  }, 60_000)
  afterAll(() => h.close())

  /** Sends one request and checks the answer is a clean refusal (or, if allowed, a success). */
  async function expectRefusal(
    op: Operation,
    init: { path?: string; query?: string; body?: string; type?: string },
    mustRefuse = true,
  ): Promise<number> {
    exercised.add(operationKey(op))
    const path = init.path ?? fillPath(op, { id: comparedStoryId, articleId })
    const response = await h.app.request(`${path}${init.query ?? ''}`, {
      method: op.method,
      ...(init.body === undefined ? {} : { body: init.body }),
      ...(init.type === undefined ? {} : { headers: { 'content-type': init.type } }),
    })
    const text = await response.text()
    const what = `${op.method} ${path}${init.query ?? ''} ${init.body?.slice(0, 120) ?? ''}`
    expect(response.status, `${what} → ${text.slice(0, 300)}`).toBeLessThan(500)
    if (mustRefuse)
      expect(response.status, `${what} → ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
    if (response.status >= 400) {
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const body = JSON.parse(text) as { error: { code: unknown; message: unknown } }
      expect(Object.keys(body)).toEqual(['error'])
      expect(typeof body.error.code).toBe('string')
      expect(typeof body.error.message).toBe('string')
      expect(String(body.error.message)).not.toBe('')
    }
    expect(text).not.toMatch(STACK_TRACE)
    return response.status
  }

  it('reads a document with every route the API serves', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10)
    expect(operations.map(operationKey)).toContain('POST /api/compare')
  })

  it('refuses a body that breaks the schema: wrong types, missing, extra and oversized fields', async () => {
    for (const op of operations) {
      const json = op.bodies['application/json']
      if (json === undefined) continue
      for (const mutation of invalidValues(json)) {
        await expectRefusal(op, {
          path: fillPath(op, { id: storyId, articleId }),
          body: JSON.stringify(mutation.value),
          type: 'application/json',
        })
      }
    }
  })

  it('refuses text that is not JSON, and bodies in the wrong content type', async () => {
    for (const op of operations.filter((o) => Object.keys(o.bodies).length > 0)) {
      const path = fillPath(op, { id: storyId, articleId })
      const valid = JSON.stringify(validValue(op.bodies['application/json'] ?? {}))
      for (const body of MALFORMED_JSON) {
        await expectRefusal(op, { path, body, type: 'application/json' })
      }
      for (const type of WRONG_CONTENT_TYPES) {
        if (op.bodies[type.split(';')[0]!] !== undefined) continue
        await expectRefusal(op, { path, body: valid, type })
      }
      await expectRefusal(op, { path, body: valid })
    }
  })

  it('refuses a body over the size limit with 413, whatever the limit is set to', async () => {
    const limit = 64 * 1024
    const small = h.appWith({ maxBodyBytes: limit })
    const huge = JSON.stringify({ text: 'z'.repeat(limit * 2) })
    for (const op of operations.filter((o) => Object.keys(o.bodies).length > 0)) {
      exercised.add(operationKey(op))
      for (const headers of [{}, { 'content-length': String(huge.length) }] as Record<
        string,
        string
      >[]) {
        const response = await small.request(fillPath(op, { id: storyId, articleId }), {
          method: op.method,
          body: huge,
          headers: { 'content-type': 'application/json', ...headers },
        })
        expect(response.status).toBe(413)
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'TOO_LARGE',
        )
      }
    }
  })

  it('refuses strings far longer than any field needs, within the body limit', async () => {
    for (const op of operations) {
      const json = op.bodies['application/json']
      if (json === undefined) continue
      const huge = 'h'.repeat(6 * 1024 * 1024)
      for (const mutation of withEachString(json, huge, 'a 6 MB string')) {
        await expectRefusal(op, {
          path: fillPath(op, { id: storyId, articleId }),
          body: JSON.stringify(mutation.value),
          type: 'application/json',
        })
      }
    }
  })

  it('takes or refuses text that databases and terminals trip on, but never fails on it', async () => {
    const tricky: [string, string][] = [
      ['a lone surrogate', 'Court \ud800 ruling \udfff'],
      ['a NUL character', 'Court\u0000ruling'],
      ['bidirectional overrides', 'Court \u202eruling\u202c \u200b\ufeff'],
      ['a header injection', 'Court\r\nSet-Cookie: x=1'],
      ['SQL', "Court'); DROP TABLE stories; --"],
      ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ]
    for (const op of operations) {
      const json = op.bodies['application/json']
      if (json === undefined) continue
      for (const [label, text] of tricky) {
        for (const mutation of withEachString(json, text, label)) {
          await expectRefusal(
            op,
            {
              path: fillPath(op, { id: storyId, articleId }),
              body: JSON.stringify(mutation.value),
              type: 'application/json',
            },
            false,
          )
        }
      }
    }
  })

  it('refuses uploads that break the multipart schema', async () => {
    for (const op of operations) {
      const upload = op.bodies['multipart/form-data']
      if (upload === undefined) continue
      const path = fillPath(op, { id: storyId, articleId })
      const file = () => new File(['<p>An article page.</p>'], 'page.html', { type: 'text/html' })
      const forms: [string, FormData][] = []
      for (const key of upload.required ?? []) {
        const form = new FormData()
        for (const other of Object.keys(upload.properties ?? {})) {
          if (other !== key) form.set(other, other === 'file' ? file() : 'Outlet')
        }
        forms.push([`without ${key}`, form])
      }
      for (const [key, property] of Object.entries(upload.properties ?? {})) {
        const form = new FormData()
        form.set('file', file())
        if (property.format === 'binary') form.set(key, 'a field, not a file')
        else if (property.maxLength !== undefined) form.set(key, 'y'.repeat(property.maxLength + 1))
        else continue
        forms.push([`${key} broken`, form])
      }
      const image = new FormData()
      image.set(
        'file',
        new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'a.png', { type: 'image/png' }),
      )
      forms.push(['an image', image])
      const empty = new FormData()
      empty.set('file', new File([], 'empty.html', { type: 'text/html' }))
      forms.push(['an empty file', empty])
      for (const [, form] of forms) {
        const encoded = new Response(form)
        await expectRefusal(op, {
          path,
          body: await encoded.text(),
          type: encoded.headers.get('content-type')!,
        })
      }
      const garbage = '--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end'
      await expectRefusal(op, { path, body: garbage, type: 'multipart/form-data; boundary=b' })
      await expectRefusal(op, { path, body: garbage, type: 'multipart/form-data' })
    }
  })

  it('refuses path parameters that name nothing, or could not name anything', async () => {
    const ids = [
      randomUUID(),
      '0',
      'x'.repeat(101),
      '%00',
      '..%2F..%2Fetc%2Fpasswd',
      encodeURIComponent("' OR 1=1 --"),
      encodeURIComponent('ü🙂'),
      '%ff',
    ]
    for (const op of operations.filter((o) => o.pathParams.length > 0)) {
      for (const id of ids) {
        const values = Object.fromEntries(op.pathParams.map((p) => [p.name, id]))
        const json = op.bodies['application/json']
        await expectRefusal(op, {
          path: fillPath(op, values, false),
          ...(json === undefined
            ? {}
            : { body: JSON.stringify(validValue(json)), type: 'application/json' }),
        })
      }
      // A real story with an article id it does not have.
      if (op.pathParams.some((p) => p.name === 'articleId')) {
        await expectRefusal(op, { path: fillPath(op, { id: storyId, articleId }) })
      }
    }
  })

  it('refuses query values outside their schema', async () => {
    for (const op of operations) {
      for (const param of op.queryParams) {
        for (const value of invalidQueryValues(param.schema)) {
          await expectRefusal(op, { query: `?${param.name}=${encodeURIComponent(value)}` })
        }
      }
    }
  })

  it('answers random JSON and random text on every route without a 500', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .dictionary(
          fc.constantFrom('text', 'html', 'url', 'outlet', 'title', 'articles'),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map((value) => JSON.stringify(value)),
    )
    const query = fc.dictionary(
      fc.constantFrom('cursor', 'q', 'limit', 'format', 'other'),
      fc.string({ maxLength: 30 }),
    )
    for (const op of operations) {
      const hasBody = Object.keys(op.bodies).length > 0
      await fc.assert(
        fc.asyncProperty(body, query, async (text, params) => {
          // Random input may happen to be valid (a title, a query filter): only 5xx is wrong.
          await expectRefusal(
            op,
            {
              path: fillPath(op, { id: storyId, articleId }),
              query: `?${new URLSearchParams(params).toString()}`,
              ...(hasBody ? { body: text, type: 'application/json' } : {}),
            },
            false,
          )
        }),
        { seed: SEED, numRuns: hasBody ? 40 : 15 },
      )
    }
  })

  it('exercised every route in the document', () => {
    expect([...exercised].sort()).toEqual(operations.map(operationKey).sort())
    console.info(`openapi fuzz: ${exercised.size} of ${operations.length} routes exercised`)
  })
})

/** The path with its parameters filled in (encoded unless they already are). */
function fillPath(op: Operation, values: Record<string, string>, encode = true): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name] ?? 'missing'
    return encode ? encodeURIComponent(value) : value
  })
}
