export type CompareErrorCode =
  'TOO_FEW_ARTICLES' | 'TOO_MANY_ARTICLES' | 'DUPLICATE_ARTICLE' | 'INVALID_CLAIMS'

/** The only error `compareArticles` throws: input it cannot compare, named in words a user understands. */
export class CompareError extends Error {
  override readonly name = 'CompareError'
  readonly code: CompareErrorCode

  constructor(code: CompareErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  toJSON(): { code: CompareErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
