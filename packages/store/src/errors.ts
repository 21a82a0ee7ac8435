export type StoreErrorCode =
  /** A story or article the caller named does not exist (where "nothing found" cannot be a value). */
  | 'NOT_FOUND'
  /** The caller's input breaks a rule of the store: empty title, oversized source, bad cursor. */
  | 'INVALID'
  /** The story already holds as many articles as one comparison takes (`MAX_ARTICLES`). */
  | 'TOO_MANY_ARTICLES'
  /** Another process holds the data folder, or another instance holds the migration lock too long. */
  | 'LOCKED'
  /** The database cannot be reached or is shutting down: worth retrying later. */
  | 'UNAVAILABLE'
  /** The database refused something the store did not expect: a bug, or a schema changed by hand. */
  | 'INTERNAL'

/** The only error the store throws, with a code the API maps to an HTTP status. */
export class StoreError extends Error {
  override readonly name = 'StoreError'
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  toJSON(): { code: StoreErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
