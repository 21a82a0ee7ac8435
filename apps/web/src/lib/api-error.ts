import { explainCode, type ErrorContext } from './error-messages'

/** What went wrong talking to the API, in the API's own words when it gave any. */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  /** Which article of a request with several failed: its index in the request, from 0. */
  readonly article: number | undefined

  constructor(
    message: string,
    options: { code: string; status: number; article?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause })
    this.name = 'ApiError'
    this.code = options.code
    this.status = options.status
    this.article = options.article
  }

  toJSON() {
    const { name, code, status, article, message } = this
    return { name, code, status, ...(article === undefined ? {} : { article }), message }
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; article?: unknown }
}

/** The part of a fetch or typed-client response that an error is read from. */
interface FailedResponse {
  status: number
  statusText: string
  json(): Promise<unknown>
}

/** Turns a failed response into an ApiError, reading the `{ error: { code, message } }` body. */
export async function errorFromResponse(response: FailedResponse): Promise<ApiError> {
  let body: ErrorBody = {}
  try {
    body = (await response.json()) as ErrorBody
  } catch {
    // A proxy or a crash can answer with HTML or nothing; the status still says enough.
  }
  const code = typeof body.error?.code === 'string' ? body.error.code : `HTTP_${response.status}`
  const message =
    typeof body.error?.message === 'string'
      ? body.error.message
      : `The server answered ${response.status} ${response.statusText}`.trim()
  const article = body.error?.article
  return new ApiError(message, {
    code,
    status: response.status,
    ...(Number.isInteger(article) && (article as number) >= 0
      ? { article: article as number }
      : {}),
  })
}

/**
 * The failing article's index and the reason to show beside its input, when the API named one.
 * The API's message starts "Article N: "; beside the input that says "Article N" it is dropped.
 */
export function articleFailure(
  error: unknown,
  contextOf: (article: number) => ErrorContext = () => ({}),
): { article: number; message: string } | undefined {
  if (!(error instanceof ApiError) || error.article === undefined) return undefined
  const prefix = `Article ${error.article + 1}: `
  const message = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message
  const explained = explainCode(error.code, message, contextOf(error.article))
  return { article: error.article, message: explained ?? message }
}

/**
 * A message fit to show a user for anything thrown by an API call: a plain sentence saying what to
 * do for the codes that have one, else the API's own words.
 */
export function describeError(error: unknown, context: ErrorContext = {}): string {
  if (error instanceof ApiError)
    return explainCode(error.code, error.message, context) ?? error.message
  if (error instanceof TypeError) return 'Could not reach the Parallax server. Is it running?'
  if (error instanceof Error) return error.message
  return 'Something went wrong.'
}
