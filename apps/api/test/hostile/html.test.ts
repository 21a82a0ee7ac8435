import { isUtf8 } from 'node:buffer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED_TEXTS } from '../harness'
import {
  articlePage,
  bytesOf,
  hugeAttribute,
  nested,
  nulFilled,
  page,
  rawJsonBody,
  siblings,
  truncatedAtEnd,
  truncatedEverywhere,
  utf7Markup,
} from './hostile-pages'
import { multipart, send, type Answer } from './http-client'
import { startServer, type RunningServer } from './server-process'
import { whileWatchingHealth } from './watch-health'

// What issue 9 asks of hostile HTML: a clear 413 or 422 within 2 s, on the JSON and the upload
// paths, while /healthz keeps answering. Each case is measured on an otherwise idle server.
const REFUSAL_BOUND_MS = 2_000
// A request thread blocked by parsing would keep /healthz waiting for the whole parse deadline
// (1.5 s); this bound leaves room for a machine shared with other work and still tells them apart.
const HEALTH_BOUND_MS = 1_000

const JSON_TYPE = 'application/json'
const seed = SEED_TEXTS[0]!
// Short enough that no worker could time out on it, long enough to be an article.
const SMALL = [
  'The court said on Thursday that the export license would be reviewed again next month.',
  'The ministry declined to comment on the ruling when reached by telephone on Friday evening.',
]

type Expected =
  | { refused: readonly (413 | 422)[]; codes: readonly string[] }
  | { accepted: true; title?: string; why: string }

interface HostileCase {
  name: string
  html: () => Uint8Array
  expected: Expected
}

/** Builds a page once, however many transports send it (the 50 MB one takes a while). */
function once(build: () => Uint8Array): () => Uint8Array {
  let built: Uint8Array | undefined
  return () => (built ??= build())
}

const fiftyMegabytes = once(() => hugeAttribute(50 * 1024 * 1024))

const PARSER_GAVE_UP = ['NOT_AN_ARTICLE', 'PARSE_TIMEOUT', 'PARSE_FAILED']

const HOSTILE: HostileCase[] = [
  {
    name: 'nesting 1,000 deep',
    html: () => nested(1_000),
    expected: { refused: [422], codes: PARSER_GAVE_UP },
  },
  {
    name: 'nesting 10,000 deep',
    html: () => nested(10_000),
    expected: { refused: [422], codes: PARSER_GAVE_UP },
  },
  {
    name: 'nesting 100,000 deep',
    html: () => nested(100_000),
    expected: { refused: [422], codes: PARSER_GAVE_UP },
  },
  {
    name: '200,000 siblings',
    html: () => siblings(200_000),
    expected: { refused: [413, 422], codes: ['TOO_LARGE', ...PARSER_GAVE_UP] },
  },
  {
    name: 'a 4 MB attribute (under the size limit, so the parser sees it)',
    html: once(() => hugeAttribute(4 * 1024 * 1024)),
    expected: { refused: [422], codes: PARSER_GAVE_UP },
  },
  {
    name: 'a 50 MB attribute',
    html: fiftyMegabytes,
    expected: { refused: [413], codes: ['TOO_LARGE'] },
  },
  {
    name: 'a NUL-filled body',
    html: () => nulFilled(512 * 1024),
    expected: { refused: [422], codes: ['BINARY_INPUT'] },
  },
  {
    name: 'UTF-7 markup under <meta charset="utf-7">',
    html: () => utf7Markup(2_000),
    expected: { refused: [422], codes: ['NOT_AN_ARTICLE'] },
  },
  {
    name: 'every multi-byte character truncated',
    html: () =>
      truncatedEverywhere(
        articlePage(
          'Café résumé été déjà vu naïve Zürich Ångström.\n'.repeat(200),
          '<meta charset="utf-8">',
        ),
      ),
    expected: { refused: [422], codes: ['BAD_ENCODING'] },
  },
  {
    name: 'a real article under <meta charset="x-evil">',
    html: () => bytesOf(articlePage(seed, '<meta charset="x-evil">')),
    expected: {
      accepted: true,
      title: 'Zürich court — “ruling” on €5m',
      why: 'an unknown charset label is ignored and the page read as UTF-8, as browsers do',
    },
  },
  {
    name: 'a real article under <meta charset="utf-7">',
    html: () =>
      bytesOf(articlePage(seed, '<meta charset="utf-7">', 'Ruling +ADw-b+AD4-today+ADw-/b+AD4-')),
    expected: {
      accepted: true,
      title: 'Ruling +ADw-b+AD4-today+ADw-/b+AD4-',
      why: 'UTF-7 is never decoded (the HTML standard forbids it), so its escapes stay literal text',
    },
  },
  {
    name: 'a real article cut inside its last character',
    html: () => truncatedAtEnd(articlePage(seed, '<meta charset="utf-8">')),
    expected: {
      accepted: true,
      why: 'one broken character at the very end is a dropped connection, not a reason to refuse',
    },
  },
]

/** Test names say what is expected, and for an accepted page why accepting it is right. */
const CASES = HOSTILE.map((entry) => ({
  ...entry,
  title:
    'refused' in entry.expected
      ? `${entry.name}: refused with ${entry.expected.refused.join(' or ')}`
      : `${entry.name}: accepted, because ${entry.expected.why}`,
}))

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
}, 90_000)
afterAll(() => server?.stop())

const post = (path: string, body: Uint8Array | string, type: string, chunked = false) =>
  send(`${server.origin}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': type },
    chunked,
  })

async function newStory(): Promise<string> {
  const answer = await post('/api/stories', JSON.stringify({ title: 'Hostile input' }), JSON_TYPE)
  return (JSON.parse(answer.body) as { id: string }).id
}

// Set when an answer says a worker was killed (deadline or memory) and is being replaced.
let workerLost = true

/**
 * Waits until a worker parses again. A refused page may have cost a worker (killed at the deadline
 * and replaced), and the bound is for an otherwise idle server, not one still starting a worker.
 */
async function untilParsing(): Promise<void> {
  if (!workerLost) return
  const deadline = Date.now() + 60_000
  const body = JSON.stringify({ articles: SMALL.map((text) => ({ text })) })
  for (;;) {
    const { status } = await post('/api/compare', body, JSON_TYPE)
    if (status === 200) break
    if (Date.now() > deadline) throw new Error(`the server does not parse: ${status}`)
  }
  workerLost = false
}

function noteLostWorker(answer: Answer): void {
  if (/"code":"(PARSE_TIMEOUT|PARSE_FAILED)"/.test(answer.body)) workerLost = true
}

interface Prepared {
  path: string
  body: Uint8Array
  type: string
  chunked?: boolean
}

/**
 * Sends a prepared request, again if the connection was reset before any answer could be read.
 * A server that answers 413 early drains the rest of a huge body for only 500 ms
 * (@hono/node-server) and then closes; a client too starved of CPU to read the answer by then
 * gets a reset that discards it. Each reset is logged, and three in a row fail the test.
 */
async function sendPrepared(request: Prepared): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post(request.path, request.body, request.type, request.chunked)
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt === 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error
      console.warn(`${request.path}: connection ${code} before the answer; sending again`)
    }
  }
}

/** The three ways an HTML page reaches the parser, each prepared before the clock starts. */
const TRANSPORTS = [
  {
    name: 'POST /api/compare, JSON',
    prepare: (html: Uint8Array): Promise<Prepared> =>
      Promise.resolve({
        path: '/api/compare',
        body: rawJsonBody(
          '{"articles":[{"html":"',
          html,
          `"},{"text":${JSON.stringify(SMALL.join(' '))}}]}`,
        ),
        type: JSON_TYPE,
      }),
    created: 200,
    json: true,
  },
  {
    name: 'POST /api/stories/{id}/articles, JSON',
    prepare: async (html: Uint8Array): Promise<Prepared> => ({
      path: `/api/stories/${await newStory()}/articles`,
      body: rawJsonBody('{"html":"', html, '"}'),
      type: JSON_TYPE,
    }),
    created: 201,
    json: true,
  },
  {
    name: 'POST /api/stories/{id}/articles, upload',
    prepare: async (html: Uint8Array): Promise<Prepared> => {
      const form = new FormData()
      form.set('file', new Blob([html], { type: 'text/html' }), 'page.html')
      return { path: `/api/stories/${await newStory()}/articles`, ...(await multipart(form)) }
    },
    created: 201,
    json: false,
  },
] as const

/** JSON must be UTF-8: bytes that are not never reach the parser's charset handling. */
const NOT_UTF8 = { refused: [400], codes: ['INVALID_INPUT'] }

describe.each(TRANSPORTS)('hostile HTML through $name', ({ prepare, created, json }) => {
  it.each(CASES)('$title', async ({ name, html, expected: asUpload }) => {
    const page = html()
    const expected = json && !isUtf8(page) ? NOT_UTF8 : asUpload
    const request = await prepare(page)
    await untilParsing()
    const answer = await whileWatchingHealth(server.origin, () => sendPrepared(request))
    noteLostWorker(answer)
    const slowestHealth = Math.max(...answer.healthMs)
    console.info(
      `${name}: ${answer.status} in ${answer.ms.toFixed(0)} ms; /healthz asked ${answer.healthMs.length} times, slowest ${slowestHealth.toFixed(0)} ms`,
    )
    const parsed = JSON.parse(answer.body) as Record<string, unknown>

    if ('refused' in expected) {
      expect(expected.refused, answer.body).toContain(answer.status)
      const error = parsed.error as { code: string; message: string }
      expect(expected.codes).toContain(error.code)
      expect(error.message.length).toBeGreaterThan(10)
      expect(answer.ms).toBeLessThan(REFUSAL_BOUND_MS)
    } else {
      expect(answer.status, answer.body).toBe(created)
      if (expected.title !== undefined) {
        const title =
          created === 201 ? (parsed.article as { title: string }).title : titleOf(parsed)
        expect(title).toBe(expected.title)
      }
    }
    expect(answer.healthMs.length).toBeGreaterThan(0)
    expect(slowestHealth).toBeLessThan(HEALTH_BOUND_MS)
  })
})

/** The hostile page's title: a comparison lists its articles in the order they were sent. */
function titleOf(comparison: Record<string, unknown>): string | undefined {
  return (comparison.articles as { title: string }[])[0]?.title
}

describe('a 50 MB body sent without Content-Length', () => {
  it('is cut off at the body limit and answered 413 within 2 s', async () => {
    const body = rawJsonBody('{"articles":[{"html":"', fiftyMegabytes(), '"}]}')
    await untilParsing()
    const answer = await whileWatchingHealth(server.origin, () =>
      sendPrepared({ path: '/api/compare', body, type: JSON_TYPE, chunked: true }),
    )
    expect(answer.status).toBe(413)
    expect((JSON.parse(answer.body) as { error: { code: string } }).error.code).toBe('TOO_LARGE')
    expect(answer.ms).toBeLessThan(REFUSAL_BOUND_MS)
    expect(Math.max(...answer.healthMs)).toBeLessThan(HEALTH_BOUND_MS)
  })
})

// The same page made of real article text so a refusal above is about hostility, not content.
describe('the control', () => {
  it('accepts a plain page of the same article on every path', async () => {
    const html = bytesOf(
      page(
        `<article>${seed
          .split('\n')
          .map((p) => `<p>${p}</p>`)
          .join('')}</article>`,
      ),
    )
    for (const { prepare, created } of TRANSPORTS) {
      const request = await prepare(html)
      await untilParsing()
      const answer = await sendPrepared(request)
      expect(answer.status, answer.body).toBe(created)
    }
  })
})
