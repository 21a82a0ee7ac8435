import { isParsingRequest } from './rate-limit'

type Operation = { requestBody?: unknown; responses?: Record<string, unknown> }

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const WRITES = new Set(['post', 'put', 'patch', 'delete'])

/**
 * Adds to every operation of the document the answers the app's middleware can give whatever the
 * route (see app.ts), so each operation lists every status it can return; a route's own entry for
 * a status, if it has one, is kept.
 */
export function withMiddlewareResponses<T extends { paths?: object }>(document: T): T {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      const operation = value as Operation
      const add = (status: number, description: string) => {
        operation.responses ??= {}
        operation.responses[status] ??= error(description)
      }
      if (operation.requestBody !== undefined) {
        add(400, 'A body that is not JSON, or JSON that is not UTF-8')
        add(413, 'A body larger than the limit (16 MB by default)')
        add(415, 'A body in a content type the operation does not take')
      }
      if (WRITES.has(method)) add(403, 'Sent by a browser from another origin')
      if (isParsingRequest(method, path)) {
        add(429, 'Too many requests that parse articles from this client: retry after Retry-After')
      }
      if (path.startsWith('/api/') && path !== '/api/openapi.json') {
        add(503, 'The database does not answer, or the parser is busy: retry later')
      }
      add(500, 'A failure on the server side; never a stack trace')
    }
  }
  return document
}
