import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Env, Hono } from 'hono'

/**
 * Serves the built web app from `root`, and its index.html for any other non-API path so the
 * app's own routes survive a reload. Returns false when the app has not been built.
 */
export function serveWebApp<E extends Env>(app: Hono<E>, root: string): boolean {
  const indexPath = join(root, 'index.html')
  if (!existsSync(indexPath)) return false
  const index = readFileSync(indexPath, 'utf8')
  const files = serveStatic<E>({ root })
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next()
    return files(c, next)
  })
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next()
    return c.html(index)
  })
  return true
}
