import { createRoute } from '@hono/zod-openapi'
import { CLAIMS_VERSION } from '@parallax/claims'
import type { StoredArticle } from '@parallax/store'
import type { AppDeps } from '../env'
import { ApiError } from '../errors'
import { prepareInput, type ArticleRequest } from '../ingest'
import { clientOf } from '../middleware/rate-limit'
import {
  AddedArticleSchema,
  ArticleEditSchema,
  ArticleIdParams,
  ArticleInputSchema,
  jsonError,
  StoryIdParams,
  UploadSchema,
} from '../schemas'
import { createRouter } from './router'
import { notFoundStory } from './stories'

const addArticleRoute = createRoute({
  method: 'post',
  path: '/api/stories/{id}/articles',
  summary: 'Add an article to a story: pasted text, HTML, a URL to fetch, or an uploaded file',
  request: {
    params: StoryIdParams,
    body: {
      content: {
        'application/json': { schema: ArticleInputSchema },
        'multipart/form-data': { schema: UploadSchema },
      },
    },
  },
  responses: {
    201: {
      description: 'The stored article',
      content: { 'application/json': { schema: AddedArticleSchema } },
    },
    400: jsonError('Invalid input'),
    404: jsonError('No such story'),
    409: jsonError('The story already has this article, or already holds 100 articles'),
    413: jsonError('Too large'),
    415: jsonError('Not JSON, or an upload that is not HTML or text'),
    422: jsonError('Not an article'),
    502: jsonError('The URL could not be fetched'),
  },
})

const deleteArticleRoute = createRoute({
  method: 'delete',
  path: '/api/stories/{id}/articles/{articleId}',
  summary: 'Remove an article from a story',
  request: { params: ArticleIdParams },
  responses: {
    204: { description: 'Removed' },
    400: jsonError('An id longer than 100 characters'),
    404: jsonError('No such article'),
  },
})

const editArticleRoute = createRoute({
  method: 'patch',
  path: '/api/stories/{id}/articles/{articleId}',
  summary: "Rename an article's outlet; the story's comparison is computed anew",
  request: {
    params: ArticleIdParams,
    body: { content: { 'application/json': { schema: ArticleEditSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The article, renamed',
      content: { 'application/json': { schema: AddedArticleSchema } },
    },
    400: jsonError('Not an outlet name of 1 to 200 characters'),
    404: jsonError('No such story or article'),
    415: jsonError('Not JSON'),
  },
})

export function articleRoutes({ store, pool, fetchOptions, clientIpHeader }: AppDeps) {
  return createRouter()
    .openapi(addArticleRoute, async (c) => {
      const { id } = c.req.valid('param')
      const request = readArticleRequest(c.req.header('content-type'), {
        json: () => c.req.valid('json'),
        form: () => c.req.valid('form'),
      })
      // Checked first so a missing story costs no fetch and no parse.
      if ((await store.getStory(id)) === undefined) throw notFoundStory(id)
      const { input, source, fetchedAt, fallbackOutlet } = await prepareInput(request, fetchOptions)
      const { article, claims } = await pool.parse(input, {
        client: clientOf(c, clientIpHeader),
        signal: c.req.raw.signal,
        ...(fallbackOutlet === undefined ? {} : { fallbackOutlet }),
      })
      const added = await store.addArticle(id, {
        outlet: article.outlet,
        title: article.title,
        ...optionalFields(article),
        source,
        ...(fetchedAt === undefined ? {} : { fetchedAt }),
        article,
        claims,
        claimsVersion: CLAIMS_VERSION,
      })
      if (added.duplicate) throw duplicate(added.article)
      return c.json({ article: added.article }, 201)
    })
    .openapi(editArticleRoute, async (c) => {
      const { id, articleId } = c.req.valid('param')
      const { outlet } = c.req.valid('json')
      const article = await store.setArticleOutlet(id, articleId, outlet)
      if (article === undefined) {
        throw new ApiError('NOT_FOUND', 404, `Story ${id} has no article with id ${articleId}`)
      }
      return c.json({ article }, 200)
    })
    .openapi(deleteArticleRoute, async (c) => {
      const { id, articleId } = c.req.valid('param')
      if (!(await store.deleteArticle(id, articleId))) {
        throw new ApiError('NOT_FOUND', 404, `Story ${id} has no article with id ${articleId}`)
      }
      return c.body(null, 204)
    })
}

function readArticleRequest(
  contentType: string | undefined,
  valid: { json: () => ArticleRequest; form: () => ArticleRequest },
): ArticleRequest {
  const type = contentType?.toLowerCase() ?? ''
  if (type.startsWith('application/json')) return valid.json()
  if (type.startsWith('multipart/form-data')) return valid.form()
  throw new ApiError(
    'UNSUPPORTED_MEDIA_TYPE',
    415,
    'Send the article as application/json, or upload a file as multipart/form-data',
  )
}

function optionalFields(article: { url?: string; published?: string; byline?: string }) {
  return {
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.published === undefined ? {} : { published: article.published }),
    ...(article.byline === undefined ? {} : { byline: article.byline }),
  }
}

function duplicate(existing: StoredArticle): ApiError {
  return new ApiError(
    'DUPLICATE',
    409,
    `The story already has this article (id ${existing.id}, from ${existing.outlet})`,
  )
}
