/** A value bound to a `$n` placeholder. */
export type SqlParam = string | number | boolean | null | Uint8Array

/** What store code needs from a connection: parameterised queries returning plain rows. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>
  /** Several statements without parameters, for migration files. */
  exec(sql: string): Promise<void>
}

/** One backend (PGlite or a PostgreSQL server) behind the few calls the store makes. */
export interface Driver extends Queryable {
  readonly backend: 'pglite' | 'postgres'
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /**
   * SQL as a library such as the job queue sends it: several statements when there are no
   * parameters, and array parameters.
   */
  sql(text: string, values?: readonly unknown[]): Promise<{ rows: unknown[] }>
  close(): Promise<void>
}
