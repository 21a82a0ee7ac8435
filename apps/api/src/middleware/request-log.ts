import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'

/** One line per request, written when it ends: id, method, path, status and duration. */
export function requestLog(log: (line: string) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = (performance.now() - started).toFixed(1)
    log(`${c.get('requestId')} ${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`)
  }
}
