import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../src/index'
import { BACKENDS, openFresh } from './backends'
import { describeArticles } from './contract/articles'
import { describeComparisons } from './contract/comparisons'
import { describeConcurrency } from './contract/concurrency'
import { describeStories } from './contract/stories'

// The same contract on every backend: PGlite in memory, PGlite in a folder, a PostgreSQL server.
describe.each(BACKENDS)('store on $name', (backend) => {
  let opened: Store | undefined
  const store = () => opened!
  beforeAll(async () => {
    opened = await openFresh(backend)
  })
  afterAll(async () => {
    await opened?.close()
    await backend.cleanUp()
  })

  describeStories(store)
  describeArticles(store)
  describeComparisons(store)
  describeConcurrency(store)

  it('answers ping', async () => {
    await expect(store().ping()).resolves.toBeUndefined()
  })
})
