import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../env'
import { jsonError } from '../schemas'
import { createRouter } from './router'

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Whether the API and its database answer',
  responses: {
    200: {
      description: 'Healthy',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
    503: jsonError('The database does not answer'),
  },
})

export function systemRoutes({ store }: AppDeps) {
  return createRouter().openapi(healthRoute, async (c) => {
    await store.ping()
    return c.json({ status: 'ok' as const }, 200)
  })
}
