import { setTimeout as sleep } from 'node:timers/promises'
import { createStore } from '@parallax/store'
import { describe, expect, it } from 'vitest'
import { errorOf } from '../../test/harness'
import { createAnalysisPool } from '../analysis/pool'
import { createApp } from '../app'

const STAND_IN = new URL('../../test/stand-in-worker.ts', import.meta.url).href

describe('/healthz and /readyz', () => {
  it('is alive at once, and ready only once a worker has loaded and while the store answers', async () => {
    const store = await createStore('memory://')
    const pool = createAnalysisPool({ size: 1, entry: STAND_IN })
    const app = createApp({ store, pool, fetchOptions: {}, log: () => {} })
    try {
      // The worker is still loading: alive, not ready.
      expect((await app.request('/healthz')).status).toBe(200)
      const early = await app.request('/readyz')
      expect(early.status).toBe(503)
      expect(await errorOf(early)).toMatchObject({ code: 'NOT_READY' })

      const deadline = Date.now() + 30_000
      while (!pool.ready() && Date.now() < deadline) await sleep(20)
      const ready = await app.request('/readyz')
      expect(ready.status).toBe(200)
      expect(await ready.json()).toEqual({ status: 'ok' })

      // Without its database the process is still alive (a restart would not help), but not ready.
      await store.close()
      expect((await app.request('/healthz')).status).toBe(200)
      const closed = await app.request('/readyz')
      expect(closed.status).toBe(503)
      expect(await errorOf(closed)).toMatchObject({ code: 'UNAVAILABLE' })
    } finally {
      await pool.close()
      await store.close()
    }
    expect(pool.ready()).toBe(false)
  })
})
