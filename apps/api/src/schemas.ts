import { z } from '@hono/zod-openapi'
import type { Comparison } from '@parallax/compare'

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'NOT_FOUND' }),
      message: z.string().openapi({ example: 'No story with id 3f2a…' }),
      article: z
        .number()
        .int()
        .min(0)
        .optional()
        .openapi({
          description:
            'When a request with several articles failed on one of them: its index in `articles`, ' +
            'from 0. The message then starts with "Article N: ", N counting from 1.',
          example: 1,
        }),
    }),
  })
  .openapi('Error')

const outlet = z.string().trim().min(1).max(200).optional()
const url = z.string().trim().min(1).max(4096)

export const ArticleInputSchema = z
  .union([
    z.strictObject({ text: z.string().min(1), outlet, url: url.optional() }),
    z.strictObject({ html: z.string().min(1), outlet, url: url.optional() }),
    z.strictObject({ url, outlet }),
  ])
  .openapi('ArticleInput', {
    description: 'Pasted text, an HTML page, or the address of a page to fetch.',
  })

export const CompareRequestSchema = z
  .object({
    articles: z.array(ArticleInputSchema).min(2).max(10),
  })
  .openapi('CompareRequest')

export const UploadSchema = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, { message: 'Expected a file' })
      .openapi({ type: 'string', format: 'binary' }),
    outlet: outlet,
    url: url.optional(),
  })
  .openapi('ArticleUpload')

export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    articleCount: z.number().int(),
  })
  .openapi('Story')

export const StoredArticleSchema = z
  .object({
    id: z.string(),
    storyId: z.string(),
    outlet: z.string(),
    title: z.string(),
    url: z.string().optional(),
    published: z.string().optional(),
    byline: z.string().optional(),
    sourceKind: z.enum(['text', 'html']),
    contentType: z.string(),
    sourceBytes: z.number().int(),
    contentHash: z.string(),
    fetchedAt: z.string().optional(),
    createdAt: z.string(),
  })
  .openapi('StoredArticle')

export const StoryDetailSchema = StorySchema.extend({
  articles: z.array(StoredArticleSchema),
}).openapi('StoryDetail')

export const StoryPageSchema = z
  .object({ stories: z.array(StorySchema), nextCursor: z.string().optional() })
  .openapi('StoryPage')

export const NewStorySchema = z
  .strictObject({ title: z.string().trim().min(1).max(500) })
  .openapi('NewStory')

export const AddedArticleSchema = z.object({ article: StoredArticleSchema }).openapi('AddedArticle')

export const ArticleEditSchema = z
  .strictObject({ outlet: z.string().trim().min(1).max(200) })
  .openapi('ArticleEdit')

/**
 * The comparison contract of DESIGN.md. Its TypeScript type comes from @parallax/compare, so typed
 * clients see the real shape; the document describes its top level.
 */
export const ComparisonSchema = z
  .custom<Comparison>((value) => typeof value === 'object' && value !== null)
  .openapi('Comparison', {
    type: 'object',
    required: ['version', 'articles', 'facets', 'pairs', 'quotes', 'coverage'],
    properties: {
      version: { type: 'integer', enum: [1] },
      articles: { type: 'array', items: { type: 'object' } },
      facets: { type: 'array', items: { type: 'object' } },
      pairs: { type: 'array', items: { type: 'object' } },
      quotes: {
        type: 'array',
        description:
          'Every direct quote, grouped with the same quote in other outlets: `verbatim`, `altered` (with `diff`), `different-speakers` or `single`',
        items: { type: 'object' },
      },
      coverage: { type: 'object', additionalProperties: { type: 'object' } },
    },
  })

export const StoryIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const ArticleIdParams = StoryIdParams.extend({
  articleId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'articleId', in: 'path' } }),
})

export const jsonError = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
})
