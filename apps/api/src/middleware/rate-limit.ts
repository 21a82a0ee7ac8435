import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter, type Store } from 'hono-rate-limiter'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

export interface RateLimitOptions {
  /** Requests that parse articles one client may make per window. */
  limit: number
  windowMs: number
  /** Where the counts live; default in this process's memory (see the api README for several). */
  store?: Store<AppEnv>
}

/** The requests that cost parser time: a comparison, and an article added to a story. */
const PARSING_ROUTE = /^\/api\/(?:compare|stories\/[^/]+\/articles)\/?$/

/** Whether a request (or an OpenAPI path, its parameters in braces) is one the rate limit counts. */
export function isParsingRequest(method: string, path: string): boolean {
  return method.toUpperCase() === 'POST' && PARSING_ROUTE.test(path)
}

/**
 * Who is asking, for the parser's turns and the rate limit: the connection's address, or, behind
 * a trusted proxy, the header it sets (`ipHeader`). The header's last entry is the one that proxy
 * added; the entries before it are the client's word. Without a connection (a test calling
 * `app.request`) every request is one client.
 */
export function clientOf(c: Context, ipHeader?: string): string {
  if (ipHeader !== undefined) {
    const forwarded = c.req.header(ipHeader)?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * Caps each client's parsing requests per window with hono-rate-limiter; over the cap the answer
 * is 429 with `Retry-After` and the API's JSON error body.
 */
export function parseRateLimit(
  options: RateLimitOptions,
  ipHeader?: string,
): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => clientOf(c, ipHeader),
    skip: (c) => !isParsingRequest(c.req.method, c.req.path),
    ...(options.store === undefined ? {} : { store: options.store }),
    handler: (c) => {
      // Thrown, so the error handler answers with the JSON error body and its Retry-After.
      const seconds = secondsUntil(
        (c.get('rateLimit' as never) as { resetTime?: Date } | undefined)?.resetTime,
        options.windowMs,
      )
      throw new ApiError(
        'RATE_LIMITED',
        429,
        `Too many requests that parse articles: at most ${options.limit} per ${options.windowMs / 1000} s; retry in ${seconds} s`,
        { retryAfter: seconds },
      )
    },
  })
}

function secondsUntil(reset: Date | undefined, windowMs: number): number {
  const ms = reset === undefined ? windowMs : reset.getTime() - Date.now()
  return Math.max(1, Math.ceil(ms / 1000))
}
