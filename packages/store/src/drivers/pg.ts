import pg from 'pg'
import type { Driver, Queryable, SqlParam } from './driver'

/** A pool of connections to a PostgreSQL server; `pg` is imported only when one is configured. */
export function openPg(url: string, onIdleError: (error: Error) => void): Driver {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 })
  // An idle connection the server drops would otherwise crash the process with an unhandled error.
  pool.on('error', onIdleError)

  return {
    backend: 'postgres',
    query: (sql, params) => rowsOf(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql)
    },
    transaction: async (work) => {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollbackError: Error) => rollbackError,
        )
        throw error
      } finally {
        // A connection whose rollback failed is in an unknown state: destroy it instead of reusing.
        client.release(broken)
      }
    },
    sql: (text, values) => pool.query(text, values === undefined ? [] : [...values]),
    close: () => pool.end(),
  }
}

function wrap(client: pg.PoolClient): Queryable {
  return {
    query: (sql, params) => rowsOf(client, sql, params),
    exec: async (sql) => {
      await client.query(sql)
    },
  }
}

async function rowsOf<Row>(
  db: pg.Pool | pg.PoolClient,
  sql: string,
  params: readonly SqlParam[] = [],
): Promise<Row[]> {
  const result = await db.query(sql, [...params])
  return result.rows as Row[]
}
