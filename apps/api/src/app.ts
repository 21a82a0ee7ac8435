import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import type { AppDeps } from './env'
import { ApiError } from './errors'
import { parseRateLimit, type RateLimitOptions } from './middleware/rate-limit'
import { createLogger, type LogFormat } from './middleware/logger'
import { requestLog } from './middleware/request-log'
import { withMiddlewareResponses } from './middleware/responses'
import { sameOriginWrites, securityHeaders, utf8JsonBodies } from './middleware/security'
import { createErrorHandler } from './on-error'
import { articleRoutes } from './routes/articles'
import { batchRoutes } from './routes/batches'
import { compareRoutes } from './routes/compare'
import { comparisonRoutes } from './routes/comparison'
import { createRouter } from './routes/router'
import { storyRoutes } from './routes/stories'
import { systemRoutes } from './routes/system'

export interface AppOptions extends AppDeps {
  /** Where the one line per request goes; default stderr. */
  log?: (line: string) => void
  /** `text` (default): a readable line per request; `json`: one JSON object per line. */
  logFormat?: LogFormat
  /**
   * Largest request body; default 16 MB. The parser caps each article at 5 MB of content; the body
   * needs more room, because JSON escaping can grow a page several times (`\u0000` is six bytes)
   * and a comparison carries several articles.
   */
  maxBodyBytes?: number
  /** Caps each client's parsing requests; off when not given. */
  rateLimit?: RateLimitOptions
  /**
   * Origins besides the request's own whose pages may change things (POST, PUT, PATCH, DELETE):
   * needed behind a proxy that changes the scheme or host the browser sees.
   */
  origins?: readonly string[]
}

const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024

export function createApp(options: AppOptions) {
  const logger = createLogger(
    options.logFormat ?? 'text',
    options.log ?? ((line: string) => process.stderr.write(`${line}\n`)),
  )
  const maxSize = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const app = createRouter()
  app.use(requestId())
  app.use(requestLog(logger))
  app.use(securityHeaders())
  app.use(sameOriginWrites(options.origins))
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError('TOO_LARGE', 413, `The request body is larger than ${maxSize} bytes`)
      },
    }),
  )
  if (options.rateLimit)
    app.use('/api/*', parseRateLimit(options.rateLimit, options.clientIpHeader))
  app.use('/api/*', utf8JsonBodies())
  app.onError(createErrorHandler(logger))
  app.notFound((c) =>
    c.json({ error: { code: 'NOT_FOUND', message: `No route for ${c.req.path}` } }, 404),
  )

  const routes = app
    .route('/', systemRoutes(options))
    .route('/', compareRoutes(options))
    .route('/', storyRoutes(options))
    .route('/', articleRoutes(options))
    .route('/', comparisonRoutes(options))
    .route('/', batchRoutes(options))

  let document: object | undefined
  routes.get('/api/openapi.json', (c) => {
    document ??= withMiddlewareResponses(
      routes.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Parallax API',
          version: '1.0.0',
          description: 'Compare how news outlets cover the same story.',
        },
      }),
    )
    return c.json(document)
  })
  return routes
}

export type AppType = ReturnType<typeof createApp>
export type { AppDeps } from './env'
