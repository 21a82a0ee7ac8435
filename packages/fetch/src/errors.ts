export type FetchErrorCode =
  | 'INVALID_URL'
  | 'BLOCKED_ADDRESS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'NETWORK'
  /** The caller's options are wrong (an `allowHosts` entry that cannot be read): a setup mistake. */
  | 'INVALID_OPTIONS'

/** The only error `fetchUrl` throws: why a page could not be fetched, in words a user understands. */
export class FetchError extends Error {
  override readonly name = 'FetchError'
  readonly code: FetchErrorCode
  /** The HTTP status, for `HTTP_STATUS`. */
  readonly status?: number

  constructor(
    code: FetchErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options)
    this.code = code
    if (options?.status !== undefined) this.status = options.status
  }

  toJSON(): { code: FetchErrorCode; message: string; status?: number } {
    return this.status === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, status: this.status }
  }
}
