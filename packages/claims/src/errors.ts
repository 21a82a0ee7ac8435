export type ClaimsErrorCode = 'INVALID_ARTICLE'

/** The only error `extractClaims` throws: an article whose sentences do not fit its body. */
export class ClaimsError extends Error {
  override readonly name = 'ClaimsError'
  readonly code: ClaimsErrorCode

  constructor(code: ClaimsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  toJSON(): { code: ClaimsErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
