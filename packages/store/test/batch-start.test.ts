import { randomUUID } from 'node:crypto'
import { expect, inject, it } from 'vitest'
import { createStore } from '../src/index'
import { testHandlers } from './batch-handlers'
import { createDatabase } from './pg-server'

it('lets several processes start working the queue of a fresh database at once', async () => {
  const url = await createDatabase(inject('postgresUrl'), `s_${randomUUID().replaceAll('-', '')}`)
  // Separate stores have separate connection pools, as separate worker processes do.
  const stores = await Promise.all([1, 2, 3].map(() => createStore(url)))
  try {
    const started = await Promise.allSettled(
      stores.map((store) => store.workBatches(testHandlers())),
    )
    expect(started.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled'])
  } finally {
    await Promise.all(stores.map((store) => store.close()))
  }
})
