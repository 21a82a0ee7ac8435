import { describe, expect, it } from 'vitest'
import { ApiError } from '../errors'
import { createAnalysisPool } from './pool'

describe('createAnalysisPool', () => {
  it('turns work away with 503 once its queue is full, and fails queued work on close', async () => {
    const pool = createAnalysisPool({ size: 1, maxQueue: 1 })
    // The worker is still starting, so the first task waits in the queue and fills it.
    const queued = pool
      .parse({ text: 'A sentence of an article.' })
      .catch((error: unknown) => error)
    const refused = await pool.parse({ text: 'Another one.' }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({ code: 'BUSY', status: 503 })

    await pool.close()
    expect(await queued).toMatchObject({ code: 'BUSY' })
    await expect(pool.parse({ text: 'After close.' })).rejects.toMatchObject({ code: 'BUSY' })
  })
})
