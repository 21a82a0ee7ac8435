import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../env'
import { prepareInput } from '../ingest'
import { CompareRequestSchema, ComparisonSchema, jsonError } from '../schemas'
import { createRouter } from './router'

const compareRoute = createRoute({
  method: 'post',
  path: '/api/compare',
  summary: 'Compare articles without storing them',
  request: {
    body: { required: true, content: { 'application/json': { schema: CompareRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The comparison',
      content: { 'application/json': { schema: ComparisonSchema } },
    },
    400: jsonError('Invalid request'),
    422: jsonError('An input is not an article'),
    502: jsonError('A URL could not be fetched'),
  },
})

export function compareRoutes({ pool, fetchOptions }: AppDeps) {
  return createRouter().openapi(compareRoute, async (c) => {
    const { articles } = c.req.valid('json')
    const prepared = await Promise.all(
      articles.map((article) => prepareInput(article, fetchOptions)),
    )
    const analyses = await Promise.all(prepared.map(({ input }) => pool.parse(input)))
    return c.json(await pool.compare(analyses), 200)
  })
}
