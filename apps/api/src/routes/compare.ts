import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../env'
import { ArticleFailure } from '../errors'
import { prepareInput } from '../ingest'
import { clientOf } from '../middleware/rate-limit'
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
    429: jsonError('Too many requests from this client; see Retry-After'),
    502: jsonError('A URL could not be fetched'),
    503: jsonError('The parser is busy; see Retry-After'),
  },
})

export function compareRoutes({ pool, fetchOptions, clientIpHeader }: AppDeps) {
  const router = createRouter()
  return router.openapi(
    compareRoute,
    async (c) => {
      const { articles } = c.req.valid('json')
      const client = clientOf(c, clientIpHeader)
      const { signal } = c.req.raw
      const prepared = await eachArticle(
        articles,
        (article) => prepareInput(article, fetchOptions),
        signal,
      )
      const analyses = await eachArticle(
        prepared,
        ({ input }, stop) => pool.parse(input, { client, signal: stop }),
        signal,
      )
      return c.json(await pool.compare(analyses, { client, signal }), 200)
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

/**
 * Runs one step for every article at once and stops at the first failure: the steps of the
 * articles after a failed one are called off (their parses still waiting leave the queue), those
 * before it finish, and the lowest failed index is thrown, so one request always gets one reply.
 */
async function eachArticle<T, R>(
  items: readonly T[],
  step: (item: T, signal: AbortSignal) => Promise<R>,
  request: AbortSignal,
): Promise<R[]> {
  const controllers = items.map(() => new AbortController())
  const callOff = (from: number, reason: unknown) => {
    for (const controller of controllers.slice(from)) controller.abort(reason)
  }
  // A client that hangs up takes all of its waiting work with it.
  const hangUp = () => callOff(0, request.reason)
  request.addEventListener('abort', hangUp, { once: true })
  try {
    const settled = await Promise.allSettled(
      items.map(async (item, index) => {
        try {
          return await step(item, controllers[index]!.signal)
        } catch (error) {
          callOff(index + 1, new Error(`Article ${index + 1} failed`))
          throw error
        }
      }),
    )
    // Only articles after a failed one are called off, so the lowest failure is a real one.
    const values: R[] = []
    for (const [index, result] of settled.entries()) {
      if (result.status === 'rejected') throw new ArticleFailure(index, result.reason)
      values.push(result.value)
    }
    return values
  } finally {
    request.removeEventListener('abort', hangUp)
  }
}
