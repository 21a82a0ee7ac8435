import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import pg from 'pg'
import { createStore, StoreError } from '../src/index'
import type { Driver, Queryable } from '../src/drivers/driver'
import { openPg } from '../src/drivers/pg'
import { openPglite } from '../src/drivers/pglite'
import { loadMigrations, migrate } from '../src/migrate'
import { createDatabase, startPostgres } from './pg-server'
import { sampleNewArticle } from './samples'

/** Tables, columns, constraints and indexes of the public schema, in a backend-neutral form. */
async function describeSchema(db: Queryable): Promise<unknown> {
  const columns = await db.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
     FROM information_schema.columns WHERE table_schema = 'public'
     ORDER BY table_name, column_name`,
  )
  const constraints = await db.query(
    `SELECT rel.relname AS table_name, con.conname, con.contype::text AS type,
            pg_get_constraintdef(con.oid) AS definition
     FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
     JOIN pg_namespace ns ON ns.oid = rel.relnamespace
     -- PostgreSQL 18 (PGlite) also lists NOT NULL as constraints; nullability is compared above.
     WHERE ns.nspname = 'public' AND con.contype <> 'n' ORDER BY rel.relname, con.conname`,
  )
  const indexes = await db.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'public' ORDER BY tablename, indexname`,
  )
  return { columns, constraints, indexes }
}

const serverUrl = () => inject('postgresUrl')
const freshDatabase = () => createDatabase(serverUrl(), `s_${randomUUID().replaceAll('-', '')}`)

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(StoreError)
  return (error as StoreError).code
}

describe('migrations', () => {
  let pglite: Driver
  let server: Driver
  beforeAll(async () => {
    ;[pglite, server] = await Promise.all([
      openPglite(undefined, 0),
      freshDatabase().then((url) => openPg(url, () => undefined)),
    ])
  })
  afterAll(async () => {
    await Promise.all([pglite?.close(), server?.close()])
  })

  it('gives both backends the same tables, columns, constraints and indexes', async () => {
    const all = (await loadMigrations()).map((migration) => migration.version)
    expect(await migrate(pglite, 0)).toEqual(all)
    expect(await migrate(server, 1000)).toEqual(all)
    const embedded = await describeSchema(pglite)
    const tables = await pglite.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' ORDER BY table_name`,
    )
    expect(tables.map((table) => table.name)).toEqual([
      'articles',
      'batch_items',
      'batch_stories',
      'batches',
      'comparisons',
      'schema_migrations',
      'stories',
    ])
    expect(await describeSchema(server)).toEqual(embedded)
  })

  it('leaves nothing of a failed run behind, on either backend', async () => {
    const broken = [
      { version: 9001, name: 'adds_table', sql: 'CREATE TABLE half_done (id int)' },
      { version: 9002, name: 'fails', sql: 'ALTER TABLE no_such_table ADD COLUMN x int' },
    ]
    for (const driver of [pglite, server]) {
      await expect(migrate(driver, 1000, broken)).rejects.toThrow(/no_such_table/)
      const tables = await driver.query(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`,
      )
      expect(tables).toEqual([])
      const recorded = await driver.query('SELECT 1 FROM schema_migrations WHERE version > 9000')
      expect(recorded).toEqual([])
    }
  })

  it('applies nothing the second time', async () => {
    expect(await migrate(pglite, 0)).toEqual([])
    expect(await migrate(server, 1000)).toEqual([])
    const versions = await server.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    )
    expect(versions.map((row) => row.version)).toEqual(
      (await loadMigrations()).map((m) => m.version),
    )
  })
})

describe('claims_version (012)', () => {
  it('marks claims stored before it as of no known version, on either backend', async () => {
    const all = await loadMigrations()
    const before = all.filter((migration) => migration.version < 12)
    expect(all.map((migration) => migration.name)).toContain('claims_version')
    const drivers = await Promise.all([
      openPglite(undefined, 0),
      freshDatabase().then((url) => openPg(url, () => undefined)),
    ])
    try {
      for (const driver of drivers) {
        await migrate(driver, 1000, before)
        const [story] = await driver.query<{ id: string }>(
          `INSERT INTO stories (title) VALUES ('Older') RETURNING id`,
        )
        await driver.query(
          `INSERT INTO articles (story_id, outlet, title, source_kind, source_content,
             content_type, content_hash, parsed, claims)
           VALUES ($1, 'Outlet', 'Title', 'text', $2, 'text/plain', $3, '{}', '[{"sentence":0}]')`,
          [story!.id, new TextEncoder().encode('Older.'), 'a'.repeat(64)],
        )
        expect(await migrate(driver, 1000)).toEqual([12])
        const rows = await driver.query<{ claims: unknown; claims_version: string }>(
          'SELECT claims, claims_version FROM articles',
        )
        expect(rows).toEqual([{ claims: [{ sentence: 0 }], claims_version: '' }])
      }
    } finally {
      await Promise.all(drivers.map((driver) => driver.close()))
    }
  })
})

describe('on a server', () => {
  it('keeps one cached comparison per story: rows for older article sets are removed', async () => {
    const url = await freshDatabase()
    const store = await createStore(url)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const story = await store.createStory({ title: 'Cache rows' })
      const compute = () => ({
        version: 1 as const,
        articles: [],
        facets: [],
        pairs: [],
        coverage: {},
      })
      const rows = async () =>
        (await client.query<{ h: string }>('SELECT articles_hash AS h FROM comparisons')).rows.map(
          (row) => row.h,
        )
      await store.addArticle(story.id, sampleNewArticle('First.'))
      await store.getComparison(story.id, { version: 'v1', compute })
      const [first] = await rows()
      await store.addArticle(story.id, sampleNewArticle('Second.'))
      expect(await rows()).toEqual([])
      await store.getComparison(story.id, { version: 'v1', compute })
      const after = await rows()
      expect(after).toHaveLength(1)
      expect(after[0]).not.toBe(first)
      expect(await store.deleteStory(story.id)).toBe(true)
      expect(await rows()).toEqual([])
    } finally {
      await client.end()
      await store.close()
    }
  })

  it('lets instances that start together migrate once', async () => {
    const url = await freshDatabase()
    const stores = await Promise.all(Array.from({ length: 4 }, () => createStore(url)))
    const story = await stores[0]!.createStory({ title: 'Seen by all' })
    for (const store of stores) expect((await store.getStory(story.id))?.title).toBe('Seen by all')
    await Promise.all(stores.map((store) => store.close()))
  })

  it('fails with LOCKED when another instance holds the migration lock too long', async () => {
    const url = await freshDatabase()
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    try {
      await holder.query('SELECT pg_advisory_lock(7424518301)')
      const started = Date.now()
      expect(await codeOf(createStore(url, { lockTimeoutMs: 200 }))).toBe('LOCKED')
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      await holder.end()
    }
    const store = await createStore(url, { lockTimeoutMs: 200 })
    await store.close()
  })

  it('fails with UNAVAILABLE when the server or database is not there', async () => {
    const closedPort = new URL(serverUrl())
    closedPort.port = '1'
    expect(await codeOf(createStore(closedPort.toString()))).toBe('UNAVAILABLE')
    const missing = new URL(serverUrl())
    missing.pathname = '/no_such_database'
    expect(await codeOf(createStore(missing.toString()))).toBe('UNAVAILABLE')
  })
})

describe('when the server goes away', () => {
  it('answers UNAVAILABLE instead of crashing, so the API can say 503', async () => {
    const server = await startPostgres()
    try {
      const store = await createStore(server.url)
      await store.createStory({ title: 'Before the outage' })
      await server.stop()
      for (const call of [
        store.ping(),
        store.createStory({ title: 'During' }),
        store.listStories(),
      ]) {
        const error = await call.then(
          () => undefined,
          (reason: unknown) => reason,
        )
        expect(error).toBeInstanceOf(StoreError)
        expect((error as StoreError).toJSON().code).toBe('UNAVAILABLE')
      }
      await store.close()
    } finally {
      await server.stop()
    }
  })
})

describe('opening and closing', () => {
  it.each([
    '',
    'mysql://localhost/db',
    'file://',
    'file://%zz',
    'memory',
    '/var/data',
    'postgres://',
  ])('refuses the URL %j', async (url) => {
    expect(await codeOf(createStore(url))).toBe('INVALID')
  })

  it.each([-1, Number.NaN, Infinity])('refuses lockTimeoutMs %j', async (lockTimeoutMs) => {
    expect(await codeOf(createStore('memory://', { lockTimeoutMs }))).toBe('INVALID')
  })

  it('refuses calls after close, and closes twice without harm', async () => {
    const store = await createStore(await freshDatabase())
    await store.ping()
    await store.close()
    await store.close()
    expect(await codeOf(store.ping())).toBe('UNAVAILABLE')
    expect(await codeOf(store.createStory({ title: 'Too late' }))).toBe('UNAVAILABLE')
  })
})
