export type ClusterErrorCode = 'DUPLICATE_ARTICLE' | 'INVALID_OPTIONS'

/** The only error `clusterArticles` throws: input it cannot group, named in words a user understands. */
export class ClusterError extends Error {
  override readonly name = 'ClusterError'
  readonly code: ClusterErrorCode

  constructor(code: ClusterErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  toJSON(): { code: ClusterErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
