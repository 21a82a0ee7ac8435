import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../env'
import { ApiError } from '../errors'
import {
  jsonError,
  NewStorySchema,
  StoryDetailSchema,
  StoryIdParams,
  StoryPageSchema,
  StorySchema,
} from '../schemas'
import { createRouter } from './router'

const createStoryRoute = createRoute({
  method: 'post',
  path: '/api/stories',
  summary: 'Start a story',
  request: {
    body: { required: true, content: { 'application/json': { schema: NewStorySchema } } },
  },
  responses: {
    201: { description: 'The new story', content: { 'application/json': { schema: StorySchema } } },
    400: jsonError('Invalid title'),
  },
})

const listStoriesRoute = createRoute({
  method: 'get',
  path: '/api/stories',
  summary: 'List stories, newest first',
  request: {
    query: z.object({
      cursor: z.string().max(500).optional(),
      q: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(100).optional(),
    }),
  },
  responses: {
    200: {
      description: 'One page of stories',
      content: { 'application/json': { schema: StoryPageSchema } },
    },
    400: jsonError('Invalid cursor or limit'),
  },
})

const getStoryRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}',
  summary: 'A story with its articles',
  request: { params: StoryIdParams },
  responses: {
    200: {
      description: 'The story',
      content: { 'application/json': { schema: StoryDetailSchema } },
    },
    400: jsonError('An id longer than 100 characters'),
    404: jsonError('No such story'),
  },
})

const deleteStoryRoute = createRoute({
  method: 'delete',
  path: '/api/stories/{id}',
  summary: 'Delete a story and its articles',
  request: { params: StoryIdParams },
  responses: {
    204: { description: 'Deleted' },
    400: jsonError('An id longer than 100 characters'),
    404: jsonError('No such story'),
  },
})

export function notFoundStory(id: string): ApiError {
  return new ApiError('NOT_FOUND', 404, `No story with id ${id}`)
}

export function storyRoutes({ store }: AppDeps) {
  return createRouter()
    .openapi(createStoryRoute, async (c) => {
      const story = await store.createStory(c.req.valid('json'))
      return c.json(story, 201)
    })
    .openapi(listStoriesRoute, async (c) => {
      const { cursor, q, limit } = c.req.valid('query')
      const page = await store.listStories({
        ...(cursor === undefined ? {} : { cursor }),
        ...(q === undefined || q.trim() === '' ? {} : { q: q.trim() }),
        ...(limit === undefined ? {} : { limit }),
      })
      return c.json(page, 200)
    })
    .openapi(getStoryRoute, async (c) => {
      const { id } = c.req.valid('param')
      const story = await store.getStory(id)
      if (story === undefined) throw notFoundStory(id)
      return c.json(story, 200)
    })
    .openapi(deleteStoryRoute, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await store.deleteStory(id))) throw notFoundStory(id)
      return c.body(null, 204)
    })
}
