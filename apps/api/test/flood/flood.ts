// A parse flood against a running server: three clients each send ten long articles in one
// compare (a body near the 16 MB limit) while a fourth asks for an ordinary two-article compare.
// Each client comes from its own loopback address (127.0.0.2, …), as separate machines would, so
// the server tells them apart by the connection alone. Shared by the test and bench/flood.
import http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { longText, seedTexts } from './long-text'

export const FLOOD_CLIENTS = 3
export const FLOOD_ARTICLES = 10
/** Characters of each flood article: ten of them stay under the 16 MB request body limit. */
export const FLOOD_ARTICLE_CHARS = 1_470_000

export interface Answer {
  status: number
  ms: number
  retryAfter?: string
  code?: string
}

export interface Sent {
  /** Resolves once the whole body has left this process. */
  sent: Promise<void>
  answer: Promise<Answer>
}

/** POSTs a JSON body from one local address, on a connection of its own. */
export function postFrom(origin: string, path: string, body: string, from: string): Sent {
  const started = performance.now()
  let sent!: () => void
  const sentPromise = new Promise<void>((resolve) => (sent = resolve))
  const answer = new Promise<Answer>((resolve) => {
    const request = http.request(
      `${origin}${path}`,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString()
          const code = /"code":"([A-Z_]+)"/.exec(text)?.[1]
          const retryAfter = response.headers['retry-after']
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            ...(code === undefined ? {} : { code }),
            ...(retryAfter === undefined ? {} : { retryAfter }),
          })
        })
      },
    )
    // A connection closed before an answer (the server stopped) is an answer of its own kind.
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, ms: performance.now() - started, code: error.code ?? 'NO_ANSWER' }),
    )
    request.on('finish', sent)
    request.end(body)
  })
  return { sent: sentPromise, answer }
}

export const ordinaryCompare = JSON.stringify({
  articles: seedTexts().map((text, i) => ({ text, outlet: `Outlet ${i + 1}` })),
})

export function floodBody(): string {
  const articles = Array.from({ length: FLOOD_ARTICLES }, (_, i) => ({
    text: longText(FLOOD_ARTICLE_CHARS, i * 3),
    outlet: `Flood ${i + 1}`,
  }))
  return JSON.stringify({ articles })
}

export interface FloodRun {
  bodyBytes: number
  /** The ordinary compare from the fourth client on the idle server. */
  quiet: Answer
  /** The same compare from the same client while the floods are in. */
  duringFlood: Answer
  /** The flood requests themselves; they may still be running when the run ends. */
  floods: Promise<Answer>[]
}

/** Runs the flood; the caller decides whether to wait for the floods' own answers. */
export async function runFlood(origin: string): Promise<FloodRun> {
  const body = floodBody()
  const ordinary = '127.0.0.5'
  // Twice: the first ordinary compare also warms the server's code paths.
  await postFrom(origin, '/api/compare', ordinaryCompare, ordinary).answer
  const quiet = await postFrom(origin, '/api/compare', ordinaryCompare, ordinary).answer
  const floods = Array.from({ length: FLOOD_CLIENTS }, (_, i) =>
    postFrom(origin, '/api/compare', body, `127.0.0.${i + 2}`),
  )
  await Promise.all(floods.map((flood) => flood.sent))
  // Time for the server to read the bodies and queue their articles.
  await sleep(1000)
  const duringFlood = await postFrom(origin, '/api/compare', ordinaryCompare, ordinary).answer
  return {
    bodyBytes: Buffer.byteLength(body),
    quiet,
    duringFlood,
    floods: floods.map((flood) => flood.answer),
  }
}
