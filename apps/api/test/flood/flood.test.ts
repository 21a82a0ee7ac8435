import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHealthy, type ServerProcess } from '../faults/server-process'
import { runFlood } from './flood'

// The real server with its real deadline and two parser workers, on an in-memory store.
let server: ServerProcess
beforeAll(async () => {
  server = await startHealthy('memory://', {
    PARALLAX_PARSE_WORKERS: '2',
    // The machine running the suite may be busy: a seed article must not miss the base deadline.
    // The flood's articles still run under deadlines that grow with their size.
    PARALLAX_PARSE_TIMEOUT_MS: '5000',
    PARALLAX_RATE_LIMIT: '',
  })
})
afterAll(() => server?.kill())

describe('a parse flood', () => {
  it('leaves a fourth client its ordinary compare within 3 s', async () => {
    const run = await runFlood(server.origin)
    expect(run.bodyBytes).toBeGreaterThan(14_000_000)
    expect(run.bodyBytes).toBeLessThan(16 * 1024 * 1024)
    expect(run.quiet).toMatchObject({ status: 200 })
    expect(run.duringFlood).toMatchObject({ status: 200 })
    console.log(
      `two-article compare: ${run.quiet.ms.toFixed(0)} ms idle, ${run.duringFlood.ms.toFixed(0)} ms during the flood`,
    )
    // The target is 3 s; on a machine so busy that the same compare takes over 0.6 s when the
    // server is idle, five times that. Before fair turns it waited for the whole flood (54 s).
    expect(run.duringFlood.ms).toBeLessThan(Math.max(3000, 5 * run.quiet.ms))
  }, 120_000)
})
