// SIGTERM while comparisons are being computed: the server stops taking connections, answers
// every request it had already received, and exits 0.
import { request } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SEED_TEXTS } from '../harness'
import { startHealthy, type ServerProcess } from './server-process'

/** More comparisons than the server has parse workers, so some wait in its queue at the signal. */
const IN_FLIGHT = 6

interface Answer {
  status: number
  body: string
  at: number
}

/**
 * POSTs on a connection of its own (no keep-alive, which would hold the server open) and calls
 * `sent` once the whole request has been handed to the socket.
 */
function postCompare(origin: string, sent: () => void): Promise<Answer> {
  const body = JSON.stringify({ articles: SEED_TEXTS.map((text) => ({ text })) })
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/api/compare`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text, at: Date.now() }),
        )
        response.on('error', reject)
      },
    )
    req.on('error', reject)
    req.on('finish', sent)
    req.end(body)
  })
}

function statusOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

function connectError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(undefined)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
  })
}

let server: ServerProcess
beforeAll(async () => {
  server = await startHealthy('memory://', { PARALLAX_PARSE_WORKERS: '2' })
}, 120_000)
afterAll(() => server.kill())

it('answers in-flight requests after SIGTERM, refuses new connections, exits 0', async () => {
  // One comparison first, so the parse workers are warm and the signal lands mid-computation.
  const warm = await postCompare(server.origin, () => undefined)
  expect(warm.status).toBe(200)

  let received = 0
  let allSent!: () => void
  const sentAll = new Promise<void>((resolve) => (allSent = resolve))
  const answers = Array.from({ length: IN_FLIGHT }, () =>
    postCompare(server.origin, () => {
      if (++received === IN_FLIGHT) allSent()
    }),
  )
  await sentAll
  // A connection still in the listen backlog at the signal was never received; the kernel resets
  // it when the server stops listening. A request on a new connection answered means the earlier
  // connections were accepted (one backlog, accepted in order). fetch() would reuse the pooled
  // connection from start-up and prove nothing.
  expect(await statusOnNewConnection(`${server.origin}/healthz`)).toBe(200)
  server.child.kill('SIGTERM')
  await server.waitForOutput(/SIGTERM, finishing in-flight requests/, 30_000)
  const signalled = Date.now()

  const port = Number(new URL(server.origin).port)
  expect(await connectError(port)).toBe('ECONNREFUSED')

  const results = await Promise.all(answers.map((answer) => answer.catch((error: Error) => error)))
  for (const result of results) {
    if (result instanceof Error) throw result
    expect(result.status).toBe(200)
    expect((JSON.parse(result.body) as { version: number }).version).toBe(1)
  }
  // The signal really did land while requests were open: some were answered after it.
  expect(results.some((result) => !(result instanceof Error) && result.at > signalled)).toBe(true)
  expect(await server.exited).toEqual({ code: 0, signal: null })
  expect(server.output()).toContain('parallax: stopped')
  expect(server.output()).not.toContain('requests still open after')
}, 180_000)
