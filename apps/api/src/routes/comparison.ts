import { createRoute, z } from '@hono/zod-openapi'
import type { Comparison } from '@parallax/compare'
import type { CachedComparison, Store } from '@parallax/store'
import { storyComparisonInput } from '../analysis/story-comparison'
import type { AnalysisPool } from '../analysis/types'
import type { AppDeps } from '../env'
import { comparisonToCsv } from '../export/csv'
import { comparisonToMarkdown } from '../export/markdown'
import { ComparisonSchema, jsonError, StoryIdParams } from '../schemas'
import { createRouter } from './router'
import { notFoundStory } from './stories'

const comparisonRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}/comparison',
  summary: "The story's comparison, cached until its articles change",
  request: { params: StoryIdParams },
  responses: {
    200: {
      description:
        'The comparison, as the bytes stored when it was computed; `ETag` is their sha256, ' +
        '`X-Parallax-Cache` says whether it was cached',
      content: { 'application/json': { schema: ComparisonSchema } },
    },
    304: { description: 'Not modified: `If-None-Match` names the current `ETag`' },
    400: jsonError('An id longer than 100 characters, or a story of more than 100 articles'),
    404: jsonError('No such story'),
    409: jsonError('Fewer than two articles to compare'),
    422: jsonError('The comparison ran past its deadline or memory cap'),
  },
})

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  md: { type: 'text/markdown; charset=utf-8', extension: 'md' },
} as const

const exportRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}/export',
  summary: 'The comparison as a file: JSON, CSV (one row per claim) or Markdown',
  request: {
    params: StoryIdParams,
    query: z.object({ format: z.enum(['json', 'csv', 'md']).default('json') }),
  },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: {
        'application/json': { schema: ComparisonSchema },
        'text/csv': { schema: z.string() },
        'text/markdown': { schema: z.string() },
      },
    },
    400: jsonError('Unknown format, an id longer than 100 characters, or more than 100 articles'),
    404: jsonError('No such story'),
    409: jsonError('Fewer than two articles to compare'),
    422: jsonError('The comparison ran past its deadline or memory cap'),
  },
})

export function comparisonRoutes({ store, pool }: AppDeps) {
  return createRouter()
    .openapi(comparisonRoute, async (c) => {
      const { id } = c.req.valid('param')
      const result = await storyComparison(store, pool, id)
      const etag = `"${result.etag}"`
      c.header('ETag', etag)
      c.header('Cache-Control', CACHE_CONTROL)
      c.header('X-Parallax-Cache', result.cached ? 'hit' : 'miss')
      if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304)
      c.header('Content-Type', 'application/json')
      // The stored text is the JSON the route declares; clients type it from the route's schema.
      return c.body(result.json, 200)
    })
    .openapi(exportRoute, async (c) => {
      const { id } = c.req.valid('param')
      const { format } = c.req.valid('query')
      const story = await store.getStory(id)
      if (story === undefined) throw notFoundStory(id)
      const comparison = JSON.parse((await storyComparison(store, pool, id)).json) as Comparison
      const body =
        format === 'csv'
          ? comparisonToCsv(comparison)
          : format === 'md'
            ? comparisonToMarkdown(comparison, story.title)
            : JSON.stringify(comparison, null, 2) + '\n'
      const { type, extension } = FORMATS[format]
      c.header('Content-Type', type)
      c.header('Content-Disposition', attachment(`${slug(story.title)}-${id}.${extension}`))
      return c.body(body, 200)
    })
}

/**
 * Any cache may keep the comparison, but must ask again before each use (`no-cache`): another
 * client can add an article at any moment, and asking costs one 304 when nothing changed, while a
 * `max-age` would show a stale comparison for that long. Nothing in it is private to one user.
 */
const CACHE_CONTROL = 'public, no-cache'

/** `If-None-Match` against the current ETag: `*`, or a list compared weakly (RFC 9110 13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)
}

async function storyComparison(
  store: Store,
  pool: AnalysisPool,
  id: string,
): Promise<CachedComparison> {
  const result = await store.getComparison(id, storyComparisonInput(store, pool))
  if (result === undefined) throw notFoundStory(id)
  return result
}

function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'story'
  )
}

/** `filename` in ASCII for old clients and `filename*` for the rest (RFC 6266). */
function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
