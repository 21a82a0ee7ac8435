import { readdir, readFile } from 'node:fs/promises'
import type { Driver } from './drivers/driver'

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url)

/** Any constant works: every Parallax instance must take the same key. */
const MIGRATION_LOCK_KEY = 7_424_518_301

export interface Migration {
  version: number
  name: string
  sql: string
}

/** The SQL files in `migrations/`, named `NNN_name.sql`, in version order. */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith('.sql'))
  const migrations = await Promise.all(
    files.map(async (file) => {
      const match = /^(\d+)_([\w-]+)\.sql$/.exec(file)
      if (!match) throw new Error(`store: migration file ${file} is not named NNN_name.sql`)
      const sql = await readFile(new URL(file, MIGRATIONS_DIR), 'utf8')
      return { version: Number(match[1]), name: match[2]!, sql }
    }),
  )
  return migrations.sort((a, b) => a.version - b.version)
}

/**
 * Applies the migrations the database has not seen, all in one transaction. The advisory lock makes
 * a second instance starting at the same moment wait, then find nothing left to do; `lock_timeout`
 * bounds that wait (it fails with SQLSTATE 55P03).
 */
export async function migrate(
  driver: Driver,
  lockTimeoutMs: number,
  migrations?: readonly Migration[],
): Promise<number[]> {
  const all = migrations ?? (await loadMigrations())
  return driver.transaction(async (tx) => {
    // A lock_timeout of 0 would mean no limit at all.
    const timeout = `${Math.max(1, Math.round(lockTimeoutMs))}ms`
    await tx.query(`SELECT set_config('lock_timeout', $1, true)`, [timeout])
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`)
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(rows.map((row) => row.version))
    const pending = all.filter((migration) => !applied.has(migration.version))
    for (const migration of pending) {
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
    }
    return pending.map((migration) => migration.version)
  })
}
