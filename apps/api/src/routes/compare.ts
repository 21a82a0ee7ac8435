import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../env'
import { ArticleFailure } from '../errors'
import { prepareInput } from '../ingest'
import { CompareRequestSchema, ComparisonSchema, jsonError } from '../schemas'
import { createRouter } from './router'

const compareRoute = createRoute({
  method: 'post',
  path: '/api/compare',
  summary: 'Compare articles without storing them',
  description:
    'When one article cannot be used, the error names it: `error.article` is its index in ' +
    '`articles` and the message starts with "Article N: ".',
  request: {
    body: { required: true, content: { 'application/json': { schema: CompareRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The comparison',
      content: { 'application/json': { schema: ComparisonSchema } },
    },
    400: jsonError('Invalid request'),
    413: jsonError('An article is too large'),
    422: jsonError('An input is not an article'),
    502: jsonError('A URL could not be fetched'),
  },
})

export function compareRoutes({ pool, fetchOptions }: AppDeps) {
  const router = createRouter()
  return router.openapi(
    compareRoute,
    async (c) => {
      const { articles } = c.req.valid('json')
      const prepared = await eachArticle(articles, (article) => prepareInput(article, fetchOptions))
      const analyses = await eachArticle(prepared, ({ input }) => pool.parse(input))
      return c.json(await pool.compare(analyses), 200)
    },
    (result, c) => {
      try {
        // The default hook throws the API's 400 for any validation failure; here it gains the index.
        router.defaultHook?.(result, c)
        return undefined
      } catch (error) {
        if (result.success) throw error
        const [field, index] = result.error.issues[0]?.path ?? []
        if (field === 'articles' && typeof index === 'number')
          throw new ArticleFailure(index, error)
        throw error
      }
    },
  )
}

/** Runs one step for every article, then throws the failure of the first that failed, if any. */
async function eachArticle<T, R>(items: readonly T[], step: (item: T) => Promise<R>): Promise<R[]> {
  const settled = await Promise.allSettled(items.map(step))
  // The lowest index rather than the first to fail in time, so one request always gets one reply.
  const values: R[] = []
  for (const [index, result] of settled.entries()) {
    if (result.status === 'rejected') throw new ArticleFailure(index, result.reason)
    values.push(result.value)
  }
  return values
}
