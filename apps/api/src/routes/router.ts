import { OpenAPIHono } from '@hono/zod-openapi'
import { ApiError } from '../errors'
import type { AppEnv } from '../env'

/** A router whose validation failures become the API's 400 error instead of zod's raw report. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
        throw new ApiError(
          'INVALID_INPUT',
          400,
          `Invalid ${result.target}: ${where}${issue?.message ?? 'invalid'}`,
        )
      }
    },
  })
}
