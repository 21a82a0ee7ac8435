import { z } from '@hono/zod-openapi'
import { MAX_BATCH_ITEMS } from '@parallax/store'
import { ArticleInputSchema, StoryIdParams, UploadSchema } from '../schemas'

export const BatchRequestSchema = z
  .object({ items: z.array(ArticleInputSchema).min(1).max(MAX_BATCH_ITEMS) })
  .openapi('BatchRequest', {
    description: `1 to ${MAX_BATCH_ITEMS} articles, each pasted text, an HTML page or a URL.`,
  })

const file = UploadSchema.shape.file

export const BatchUploadSchema = z
  .object({
    file: z.union([file, z.array(file).min(1).max(MAX_BATCH_ITEMS)]),
  })
  .openapi('BatchUpload', {
    description: `1 to ${MAX_BATCH_ITEMS} HTML or text files, each in a \`file\` field.`,
  })

const BatchComparisonSchema = z
  .object({
    status: z.enum(['pending', 'stored', 'failed', 'none']),
    code: z.string().optional(),
    message: z.string().optional(),
  })
  .openapi('BatchComparison', {
    description:
      "The story's comparison, computed as a job: `pending` until it runs, `stored` once kept " +
      '(its route serves the stored bytes), `failed` with the `code` and `message` its route ' +
      'would have answered, `none` for a story of one article. Absent for batches handed in ' +
      'before comparisons were jobs.',
  })

export const BatchSchema = z
  .object({
    id: z.string(),
    status: z.enum(['running', 'grouping', 'done']).openapi({
      description:
        '`running` while items are parsed, `grouping` until its stories are stored and each ' +
        "one's comparison is stored or has failed",
    }),
    total: z.number().int(),
    done: z.number().int().openapi({ description: 'Items parsed or failed' }),
    failures: z.array(
      z.object({
        item: z.number().int().openapi({ description: 'Its index in the request, from 0' }),
        code: z.string(),
        message: z.string(),
      }),
    ),
    stories: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          items: z.array(z.number().int()),
          comparison: BatchComparisonSchema.optional(),
        }),
      )
      .openapi({
        description:
          'Once grouped: each a stored story (`/api/stories/{id}`, its comparison at ' +
          '`/api/stories/{id}/comparison`) with the items it holds',
      }),
    createdAt: z.string(),
    doneAt: z.string().optional(),
  })
  .openapi('Batch')

/** A batch id in the path: the same rules as any other id. */
export const BatchIdParams = StoryIdParams
