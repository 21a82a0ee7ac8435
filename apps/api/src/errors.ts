export type ApiErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PARSE_TIMEOUT'
  | 'PARSE_FAILED'
  | 'TOO_FEW_ARTICLES'
  | 'BUSY'
  | 'RATE_LIMITED'
  | 'FORBIDDEN'
  | 'NOT_READY'

/** An error the API raises itself (as opposed to one a package raised), with its HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly code: ApiErrorCode
  readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503
  /** Seconds the client should wait before trying again (`Retry-After`). */
  readonly retryAfter: number | undefined

  constructor(
    code: ApiErrorCode,
    status: ApiError['status'],
    message: string,
    options?: { cause?: unknown; retryAfter?: number },
  ) {
    super(message, options)
    this.code = code
    this.status = status
    this.retryAfter = options?.retryAfter
  }

  toJSON(): { code: ApiErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}

/**
 * Marks an error raised while reading one article of a request that carries several, so the reply
 * can say which one failed. Not an error kind of its own: the reply's code and status are those of
 * the error it wraps.
 */
export class ArticleFailure extends Error {
  override readonly name = 'ArticleFailure'
  /** The article's index in the request's `articles` array, from 0. */
  readonly article: number

  constructor(article: number, cause: unknown) {
    super(`Article ${article + 1} failed`, { cause })
    this.article = article
  }
}
