import { StoreError } from './errors'

// Socket errors, and SQLSTATEs that mean "the server is not there for you right now": class 08
// (connection exception), 57P01-57P03 (shutting down, cannot connect now), 53300 (too many
// connections), 3D000 (no such database: a deployment that is not ready).
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
])
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000'])
const LOCK_NOT_AVAILABLE = '55P03'

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isUnavailable)
  const code = codeOf(error)
  if (code !== undefined && (SOCKET_CODES.has(code) || UNAVAILABLE_STATES.has(code))) return true
  if (code?.startsWith('08')) return true
  // node-postgres reports a dropped or timed-out connection by message only.
  const message = error instanceof Error ? error.message : ''
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  )
}

/** Carries an error thrown by the caller's own code (a comparison's `compute`) out unchanged. */
export class CallerFailure extends Error {
  constructor(readonly error: unknown) {
    super('the caller failed', { cause: error })
  }
}

/** Every failure leaves the store as a StoreError, so callers handle one class. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error
  if (isUnavailable(error)) {
    return new StoreError('UNAVAILABLE', 'store: the database cannot be reached', { cause: error })
  }
  if (codeOf(error) === LOCK_NOT_AVAILABLE) {
    return new StoreError(
      'LOCKED',
      'store: another instance held the database lock for too long; try again',
      { cause: error },
    )
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new StoreError('INTERNAL', `store: the database failed: ${detail}`, { cause: error })
}
