import { mkdir } from 'node:fs/promises'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { StoreError } from '../errors'
import type { Driver, Queryable, SqlParam } from './driver'
import { lockFolder, type FolderLock } from './lock-file'
import { createSerialQueue } from './serial-queue'

/**
 * PGlite in this process: `dataDir` undefined keeps everything in memory. PGlite is imported here
 * and only here, so a store on a PostgreSQL server never loads the WASM build.
 */
export async function openPglite(
  dataDir: string | undefined,
  lockTimeoutMs: number,
): Promise<Driver> {
  let lock: FolderLock | undefined
  if (dataDir !== undefined) {
    await mkdir(dataDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new StoreError(
        'UNAVAILABLE',
        `store: cannot use ${dataDir} as the data folder (${error.code ?? error.message})`,
        { cause: error },
      )
    })
    lock = await lockFolder(dataDir, lockTimeoutMs)
  }
  let db: PGlite
  try {
    const { PGlite } = await import('@electric-sql/pglite')
    db = await PGlite.create(dataDir ?? 'memory://')
  } catch (error) {
    await lock?.release()
    throw error
  }
  const serially = createSerialQueue()

  return {
    backend: 'pglite',
    query: (sql, params) => serially(() => rowsOf(db, sql, params)),
    exec: (sql) => serially(() => db.exec(sql).then(() => undefined)),
    transaction: (work) => serially(() => db.transaction((tx) => work(wrap(tx)))),
    sql: (text, values = []) =>
      serially(async () => {
        if (values.length > 0) return db.query(text, values.map(arrayLiteral))
        // The extended protocol takes one statement; exec takes a script and answers per statement.
        const results = await db.exec(text)
        return { rows: results.at(-1)?.rows ?? [] }
      }),
    close: () =>
      serially(async () => {
        try {
          // Flushes the WAL into the data files, so the next open has nothing to replay.
          if (dataDir !== undefined) await db.exec('CHECKPOINT')
          await db.close()
        } finally {
          await lock?.release()
        }
      }),
  }
}

function wrap(tx: Transaction): Queryable {
  return {
    query: (sql, params) => rowsOf(tx, sql, params),
    exec: (sql) => tx.exec(sql).then(() => undefined),
  }
}

async function rowsOf<Row>(
  db: PGlite | Transaction,
  sql: string,
  params: readonly SqlParam[] = [],
): Promise<Row[]> {
  const result = await db.query<Row>(sql, [...params])
  return result.rows
}

/** PGlite sends a JavaScript array as JSON; PostgreSQL wants an array literal (`{"a","b"}`). */
function arrayLiteral(value: unknown): unknown {
  if (!Array.isArray(value)) return value
  const items = value.map((item: unknown) =>
    item === null || item === undefined
      ? 'NULL'
      : `"${String(item as string | number).replace(/["\\]/g, (char) => `\\${char}`)}"`,
  )
  return `{${items.join(',')}}`
}
