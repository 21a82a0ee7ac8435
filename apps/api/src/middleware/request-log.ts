import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import type { Logger } from './logger'

/** One entry per request, written when it ends: id, method, path, status and duration. */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    logger.request({
      requestId: c.get('requestId'),
      method: c.req.method,
      path: rawPath(c.req.url),
      status: c.res.status,
      ms: performance.now() - started,
    })
  }
}

/**
 * The path as the client sent it, still percent-encoded (`c.req.path` is decoded). The request
 * line cannot carry a raw space or control character, so neither can this.
 */
function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2)
  if (start < 0) return '/'
  const end = url.indexOf('?', start)
  return end < 0 ? url.slice(start) : url.slice(start, end)
}
