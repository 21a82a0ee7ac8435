import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../env'
import { ApiError } from '../errors'
import { jsonError } from '../schemas'
import { createRouter } from './router'

const Ok = { 'application/json': { schema: z.object({ status: z.literal('ok') }) } }

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness: the process answers (no database round trip)',
  description:
    'For a supervisor deciding whether to restart the process. It does not ask the database or ' +
    'the parser, whose outages a restart would not cure; `/readyz` does.',
  responses: { 200: { description: 'Alive', content: Ok } },
})

const readyRoute = createRoute({
  method: 'get',
  path: '/readyz',
  summary: 'Readiness: the database answers and a parser worker can take work',
  description: 'For a load balancer deciding whether to send this instance requests.',
  responses: {
    200: { description: 'Ready', content: Ok },
    503: jsonError('The database does not answer, or no parser worker is ready yet'),
  },
})

export function systemRoutes({ store, pool }: AppDeps) {
  return createRouter()
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyRoute, async (c) => {
      if (!pool.ready()) {
        throw new ApiError('NOT_READY', 503, 'No parser worker is ready to take work yet')
      }
      await store.ping()
      return c.json({ status: 'ok' as const }, 200)
    })
}
