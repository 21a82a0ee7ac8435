import { ArticleError, type ArticleInput } from '@parallax/article'
import { fetchUrl, type FetchOptions } from '@parallax/fetch'
import type { ArticleSource } from '@parallax/store'
import { ApiError } from './errors'

/** What a caller may hand over as one article. */
export type ArticleRequest =
  | { text: string; outlet?: string; url?: string }
  | { html: string; outlet?: string; url?: string }
  | { url: string; outlet?: string }
  | { file: File; outlet?: string; url?: string }

/** An article's input made ready to parse, with the original bytes kept for the store. */
export interface PreparedInput {
  input: ArticleInput
  source: ArticleSource
  fetchedAt?: string
  /** The outlet when the article names none: an uploaded file's name without its extension. */
  fallbackOutlet?: string
}

const TEXT_TYPE = 'text/plain; charset=utf-8'
const HTML_TYPE = 'text/html; charset=utf-8'
const encoder = new TextEncoder()

/** Turns a request's article into parser input: fetches URLs, reads uploads. */
export async function prepareInput(
  request: ArticleRequest,
  fetchOptions: FetchOptions,
): Promise<PreparedInput> {
  const outlet = request.outlet
  if ('file' in request) return prepareUpload(request.file, { outlet, url: request.url })
  if ('text' in request) {
    return {
      input: { text: request.text, ...optional({ outlet, url: request.url }) },
      source: { kind: 'text', content: encoder.encode(request.text), contentType: TEXT_TYPE },
    }
  }
  if ('html' in request) {
    return {
      input: { html: request.html, ...optional({ outlet, url: request.url }) },
      source: { kind: 'html', content: encoder.encode(request.html), contentType: HTML_TYPE },
    }
  }
  const page = await fetchUrl(request.url, fetchOptions)
  const fetchedAt = new Date().toISOString()
  const base = { ...optional({ outlet }), url: page.url }
  if (essence(page.contentType) === 'text/plain') {
    return {
      input: { text: decodeText(page.body, page.contentType), ...base },
      source: { kind: 'text', content: page.body, contentType: page.contentType },
      fetchedAt,
    }
  }
  return {
    input: { html: page.body, contentType: page.contentType, ...base },
    source: { kind: 'html', content: page.body, contentType: page.contentType },
    fetchedAt,
  }
}

async function prepareUpload(
  file: File,
  extra: { outlet?: string | undefined; url?: string | undefined },
): Promise<PreparedInput> {
  const content = new Uint8Array(await file.arrayBuffer())
  const kind = uploadKind(file)
  const contentType = file.type || (kind === 'html' ? HTML_TYPE : TEXT_TYPE)
  const named = fileStem(file.name)
  const fallback = named === '' ? {} : { fallbackOutlet: named }
  if (kind === 'text') {
    return {
      input: { text: decodeText(content, contentType), ...optional(extra) },
      source: { kind, content, contentType },
      ...fallback,
    }
  }
  return {
    input: { html: content, contentType, ...optional(extra) },
    source: { kind, content, contentType },
    ...fallback,
  }
}

/** `Fox News.txt` → `Fox News`; a path's folders and control characters never reach the outlet. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? ''
  return base
    .replace(/\.[^.]*$/, '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 200)
}

function uploadKind(file: File): 'text' | 'html' {
  const type = essence(file.type)
  const name = file.name.toLowerCase()
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type === 'text/plain') return 'text'
  if (type === '' || type === 'application/octet-stream') {
    if (/\.(html?|xhtml)$/.test(name)) return 'html'
    if (/\.(txt|text|md)$/.test(name)) return 'text'
  }
  throw new ApiError(
    'UNSUPPORTED_MEDIA_TYPE',
    415,
    `Upload an HTML or plain text file, not ${file.type || `"${file.name}"`}`,
  )
}

function essence(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? ''
}

/** Plain text in its declared charset; bytes that do not decode are refused rather than guessed. */
function decodeText(bytes: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? 'utf-8'
  let decoder
  try {
    decoder = new TextDecoder(charset, { fatal: true })
  } catch {
    throw new ArticleError('BAD_ENCODING', `Unknown character set "${charset}"`)
  }
  try {
    return decoder.decode(bytes)
  } catch (cause) {
    throw new ArticleError('BAD_ENCODING', `The text is not valid ${charset}`, { cause })
  }
}

/** Drops undefined fields, which exactOptionalPropertyTypes-style inputs would otherwise carry. */
function optional<T extends Record<string, string | undefined>>(
  fields: T,
): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {}
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key]
    if (value !== undefined) out[key] = value
  }
  return out
}
