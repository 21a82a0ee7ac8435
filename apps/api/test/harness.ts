import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createStore, type Store } from '@parallax/store'
import { afterAll, inject } from 'vitest'
import { createDatabase } from '../../../packages/store/test/pg-server'
import { createAnalysisPool } from '../src/analysis/pool'
import type { AnalysisPool } from '../src/analysis/types'
import { createApp, type AppOptions } from '../src/app'

/** The two backends every route suite runs on. */
export const BACKENDS = [
  { name: 'pglite', url: () => Promise.resolve('memory://') },
  {
    name: 'postgres',
    url: () => createDatabase(inject('postgresUrl'), `api_${randomUUID().replaceAll('-', '')}`),
  },
] as const

export interface Harness {
  app: ReturnType<typeof createApp>
  store: Store
  logs: string[]
  /** Another app on the same store, with different options (a store takes seconds to create). */
  appWith(options: Partial<AppOptions>): ReturnType<typeof createApp>
  close(): Promise<void>
}

/** A real parser pool for one test file, closed when its tests are done. */
export function suitePool(): AnalysisPool {
  const pool = createAnalysisPool({ size: 1, timeoutMs: 5000 })
  afterAll(() => pool.close())
  return pool
}

export async function createHarness(
  storeUrl: string,
  pool: AnalysisPool,
  options: Partial<AppOptions> = {},
): Promise<Harness> {
  const store = await createStore(storeUrl)
  const logs: string[] = []
  const appWith = (overrides: Partial<AppOptions>) =>
    createApp({
      store,
      pool,
      fetchOptions: {},
      log: (line) => logs.push(line),
      ...options,
      ...overrides,
    })
  return { app: appWith({}), store, logs, appWith, close: () => store.close() }
}

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url)

/** The two real articles on one story that ship with the project. */
export const SEED_TEXTS = ['000_666e79362ecab168.txt', '004_81cbc7f277f12237.txt'].map((name) =>
  readFileSync(new URL(name, SEEDS), 'utf8'),
)

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return [
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    },
  ] as const
}

export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } }
  return body.error
}
