import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './env'
import { ApiError, ArticleFailure } from './errors'
import type { Logger } from './middleware/logger'

type Status = ContentfulStatusCode

/** Status for each package error code; a code not listed is a bug, answered 500. */
const STATUS_BY_ERROR: Record<string, Record<string, Status>> = {
  ArticleError: {
    TOO_LARGE: 413,
    INVALID_INPUT: 400,
    EMPTY_INPUT: 422,
    BINARY_INPUT: 422,
    BAD_ENCODING: 422,
    NOT_AN_ARTICLE: 422,
  },
  FetchError: {
    INVALID_URL: 400,
    BLOCKED_ADDRESS: 400,
    TOO_LARGE: 413,
    UNSUPPORTED_TYPE: 422,
    TIMEOUT: 502,
    TOO_MANY_REDIRECTS: 502,
    HTTP_STATUS: 502,
    NETWORK: 502,
  },
  StoreError: {
    NOT_FOUND: 404,
    INVALID: 400,
    TOO_MANY_ARTICLES: 409,
    LOCKED: 503,
    UNAVAILABLE: 503,
  },
  CompareError: { TOO_FEW_ARTICLES: 409, TOO_MANY_ARTICLES: 400, DUPLICATE_ARTICLE: 400 },
}

const CODE_BY_HTTP_STATUS: Record<number, string> = {
  400: 'INVALID_INPUT',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
}

export interface ErrorReply {
  status: Status
  code: string
  message: string
  /** Which article of the request failed (its index, from 0), when the request had several. */
  article?: number
  /** Seconds to wait before trying again, sent as `Retry-After`. */
  retryAfter?: number
}

/** Maps any thrown value to what the client is told; never a stack trace. */
export function describeError(error: unknown): ErrorReply | undefined {
  if (error instanceof ArticleFailure) {
    const reply = describeError(error.cause)
    if (reply === undefined) return undefined
    const { article } = error
    return { ...reply, message: `Article ${article + 1}: ${reply.message}`, article }
  }
  if (error instanceof ApiError) {
    const { status, code, message, retryAfter } = error
    return { status, code, message, ...(retryAfter === undefined ? {} : { retryAfter }) }
  }
  if (error instanceof HTTPException) {
    const status = error.status
    return {
      status,
      code: CODE_BY_HTTP_STATUS[status] ?? 'HTTP_ERROR',
      message: error.message || 'Request refused',
    }
  }
  // Matched by name and code rather than class, because errors from worker threads arrive rebuilt.
  const { name, code, message } = (error ?? {}) as {
    name?: unknown
    code?: unknown
    message?: unknown
  }
  if (typeof name !== 'string' || typeof code !== 'string') return undefined
  const status = STATUS_BY_ERROR[name]?.[code]
  if (status === undefined) return undefined
  return { status, code, message: typeof message === 'string' ? message : code }
}

export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c: Context<AppEnv>) => {
    const reply = describeError(error) ?? {
      status: 500 as const,
      code: 'INTERNAL',
      message: 'Something went wrong on our side',
    }
    if (reply.status === 500) {
      const failure = error instanceof ArticleFailure ? error.cause : error
      logger.failure(c.get('requestId') ?? '-', failure)
    }
    const { code, message, article, retryAfter } = reply
    if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter))
    return c.json(
      { error: { code, message, ...(article === undefined ? {} : { article }) } },
      reply.status,
    )
  }
}
