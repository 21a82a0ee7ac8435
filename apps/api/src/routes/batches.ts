import { createRoute, type z } from '@hono/zod-openapi'
import type { BatchItemInput } from '@parallax/store'
import { BatchIdParams, BatchRequestSchema, BatchSchema, BatchUploadSchema } from '../batch/schemas'
import type { AppDeps } from '../env'
import { ApiError, ArticleFailure } from '../errors'
import { prepareInput, type ArticleRequest } from '../ingest'
import { jsonError } from '../schemas'
import { createRouter } from './router'

const createBatchRoute = createRoute({
  method: 'post',
  path: '/api/batches',
  summary: 'Hand in many articles at once; they are parsed, grouped into stories and stored',
  description:
    'Answers at once with the batch; follow its progress at `/api/batches/{id}`. An item that ' +
    'cannot be used (not an article, a page that cannot be fetched) is listed among its failures.',
  request: {
    // Not `required`: with two content types, that makes each validator demand its own.
    body: {
      content: {
        'application/json': { schema: BatchRequestSchema },
        'multipart/form-data': { schema: BatchUploadSchema },
      },
    },
  },
  responses: {
    202: {
      description: 'The batch, queued; `Location` is where to follow it',
      content: { 'application/json': { schema: BatchSchema } },
    },
    400: jsonError('No items, too many, or an item that is not text, HTML or a URL'),
    413: jsonError('The request, or one item, is too large'),
    415: jsonError('Neither JSON nor a multipart upload, or an upload that is not HTML or text'),
    422: jsonError('An uploaded file is not readable text'),
    503: jsonError('The database cannot be reached'),
  },
})

const getBatchRoute = createRoute({
  method: 'get',
  path: '/api/batches/{id}',
  summary: "A batch's progress, its failures and, when done, its stories",
  request: { params: BatchIdParams },
  responses: {
    200: { description: 'The batch', content: { 'application/json': { schema: BatchSchema } } },
    400: jsonError('An id longer than 100 characters'),
    404: jsonError('No such batch'),
    503: jsonError('The database cannot be reached'),
  },
})

const encoder = new TextEncoder()
/** The parser's own cap: a larger item could never become an article. */
const MAX_ITEM_BYTES = 5 * 1024 * 1024

function checkSizes(items: BatchItemInput[]): void {
  for (const [index, item] of items.entries()) {
    const size = item.content?.byteLength ?? 0
    if (size > MAX_ITEM_BYTES) {
      throw new ArticleFailure(
        index,
        new ApiError(
          'TOO_LARGE',
          413,
          `The item is ${size} bytes, over the limit of ${MAX_ITEM_BYTES}`,
        ),
      )
    }
  }
}

export function batchRoutes({ store }: AppDeps) {
  return createRouter()
    .openapi(createBatchRoute, async (c) => {
      const type = c.req.header('content-type')?.toLowerCase() ?? ''
      let items: BatchItemInput[]
      if (type.startsWith('application/json')) {
        // Both body types share one validated union; the content type says which it is.
        const { items: given } = c.req.valid('json') as z.infer<typeof BatchRequestSchema>
        items = given.map(itemOf)
      } else if (type.startsWith('multipart/form-data')) {
        const { file } = c.req.valid('form') as z.infer<typeof BatchUploadSchema>
        const files = Array.isArray(file) ? file : [file]
        items = await Promise.all(files.map((upload, index) => uploadOf(upload, index)))
      } else {
        throw new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          415,
          'Send the items as application/json, or upload files as multipart/form-data',
        )
      }
      checkSizes(items)
      const batch = await store.createBatch(items)
      c.header('Location', `/api/batches/${batch.id}`)
      return c.json(batch, 202)
    })
    .openapi(getBatchRoute, async (c) => {
      const { id } = c.req.valid('param')
      const batch = await store.getBatch(id)
      if (batch === undefined) throw new ApiError('NOT_FOUND', 404, `No batch with id ${id}`)
      return c.json(batch, 200)
    })
}

function itemOf(request: Exclude<ArticleRequest, { file: File }>): BatchItemInput {
  const outlet = request.outlet === undefined ? {} : { outlet: request.outlet }
  if ('text' in request) {
    return { kind: 'text', content: encoder.encode(request.text), ...outlet, ...urlOf(request) }
  }
  if ('html' in request) {
    return { kind: 'html', content: encoder.encode(request.html), ...outlet, ...urlOf(request) }
  }
  return { kind: 'url', url: request.url, ...outlet }
}

function urlOf(request: { url?: string | undefined }) {
  return request.url === undefined ? {} : { url: request.url }
}

/** An upload's type and encoding are checked here, as for one article, so a bad file is a 4xx. */
async function uploadOf(file: File, index: number): Promise<BatchItemInput> {
  await prepareInput({ file }, {}).catch((error: unknown) => {
    throw new ArticleFailure(index, error)
  })
  return {
    kind: 'file',
    content: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    // A browser sends octet-stream for a type it does not know: the file name says more then.
    ...(file.type === '' || file.type === 'application/octet-stream'
      ? {}
      : { contentType: file.type }),
  }
}
