export type ArticleErrorCode =
  'EMPTY_INPUT' | 'TOO_LARGE' | 'BINARY_INPUT' | 'BAD_ENCODING' | 'NOT_AN_ARTICLE' | 'INVALID_INPUT'

/** The only error `parseArticle` throws: bad input, named in words a user understands. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError'
  readonly code: ArticleErrorCode

  constructor(code: ArticleErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  toJSON(): { code: ArticleErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
