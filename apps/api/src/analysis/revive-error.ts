import { ArticleError, type ArticleErrorCode } from '@parallax/article'

/** An error raised by a package inside a worker, carried across with its name and code. */
export class WorkerTaskError extends Error {
  readonly code?: string

  constructor(name: string, message: string, code?: string) {
    super(message)
    this.name = name
    if (code !== undefined) this.code = code
  }
}

/** Rebuilds a worker's error on this side, as the package's own class where that is exported. */
export function reviveError(error: { name: string; code?: string; message: string }): Error {
  if (error.name === 'ArticleError' && error.code !== undefined) {
    return new ArticleError(error.code as ArticleErrorCode, error.message)
  }
  return new WorkerTaskError(error.name, error.message, error.code)
}
