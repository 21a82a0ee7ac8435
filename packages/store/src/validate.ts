import { StoreError } from './errors'
import type { ClaimsUpdate, ComparisonInput, ListStoriesInput, NewArticle } from './types'

export const LIMITS = {
  storyTitle: 500,
  query: 200,
  defaultPage: 20,
  maxPage: 100,
  outlet: 200,
  articleTitle: 1_000,
  url: 4_096,
  published: 64,
  byline: 500,
  contentType: 255,
  /** Twice what the article parser accepts, so the store never refuses what was parsed. */
  sourceBytes: 10 * 1024 * 1024,
  version: 64,
} as const

function invalid(message: string): never {
  throw new StoreError('INVALID', `store: ${message}`)
}

export function checkStoryTitle(input: unknown): string {
  const title = (input as { title?: unknown } | undefined)?.title
  if (typeof title !== 'string') invalid('a story needs a title')
  const trimmed = title.trim()
  if (trimmed === '') invalid('a story title cannot be empty')
  if (trimmed.length > LIMITS.storyTitle)
    invalid(`a story title is at most ${LIMITS.storyTitle} characters`)
  if (trimmed.includes('\0')) invalid('a story title contains a NUL character')
  return trimmed
}

export function checkListInput(input: ListStoriesInput = {}): {
  cursor?: string
  q?: string
  limit: number
} {
  const { cursor, q, limit = LIMITS.defaultPage } = input
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.maxPage) {
    invalid(`limit must be a whole number from 1 to ${LIMITS.maxPage}`)
  }
  if (cursor !== undefined && typeof cursor !== 'string') invalid('cursor must be a string')
  if (q !== undefined && typeof q !== 'string') invalid('the search text must be a string')
  const query = q?.trim()
  if (query?.includes('\0')) invalid('the search text contains a NUL character')
  if (query !== undefined && query.length > LIMITS.query) {
    invalid(`the search text is at most ${LIMITS.query} characters`)
  }
  return { cursor: cursor || undefined, q: query || undefined, limit }
}

function optionalText(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') invalid(`${field} must be a string`)
  if (value.length > max) invalid(`${field} is at most ${max} characters`)
  // PostgreSQL text cannot hold NUL; refusing it here gives a 400 instead of a failed insert.
  if (value.includes('\0')) invalid(`${field} contains a NUL character`)
  return value
}

function requiredText(value: unknown, field: string, max: number): string {
  const text = optionalText(value, field, max)
  if (text === undefined) invalid(`${field} is required`)
  return text
}

/** An outlet's name, trimmed: 1 to 200 characters. */
export function checkOutlet(input: unknown): string {
  const outlet = requiredText(input, 'outlet', Number.MAX_SAFE_INTEGER).trim()
  if (outlet === '') invalid('outlet cannot be empty')
  if (outlet.length > LIMITS.outlet) invalid(`outlet is at most ${LIMITS.outlet} characters`)
  return outlet
}

/** Checks what the types cannot promise at run time, so bad input never reaches SQL. */
export function checkNewArticle(input: NewArticle): NewArticle {
  if (typeof input !== 'object' || input === null) invalid('an article is required')
  const outlet = requiredText(input.outlet, 'outlet', LIMITS.outlet)
  if (outlet.trim() === '') invalid('outlet cannot be empty')
  requiredText(input.title, 'title', LIMITS.articleTitle)
  optionalText(input.url, 'url', LIMITS.url)
  optionalText(input.published, 'published', LIMITS.published)
  optionalText(input.byline, 'byline', LIMITS.byline)
  const fetchedAt = optionalText(input.fetchedAt, 'fetchedAt', LIMITS.published)
  if (fetchedAt !== undefined && Number.isNaN(Date.parse(fetchedAt))) {
    invalid('fetchedAt must be an ISO 8601 timestamp')
  }
  const { source } = input
  if (typeof source !== 'object' || source === null) invalid('source is required')
  if (source.kind !== 'text' && source.kind !== 'html') invalid('source.kind must be text or html')
  if (!(source.content instanceof Uint8Array)) invalid('source.content must be bytes')
  if (source.content.byteLength === 0) invalid('source.content is empty')
  if (source.content.byteLength > LIMITS.sourceBytes) {
    invalid(`source.content is larger than ${LIMITS.sourceBytes / 1024 / 1024} MB`)
  }
  const contentType = requiredText(source.contentType, 'source.contentType', LIMITS.contentType)
  if (contentType.trim() === '') invalid('source.contentType cannot be empty')
  const { article, claims } = input
  if (typeof article !== 'object' || article === null || typeof article.id !== 'string') {
    invalid('article must be a parsed Article')
  }
  if (typeof article.body !== 'string') invalid('article must be a parsed Article')
  checkClaims({ claims, claimsVersion: input.claimsVersion })
  return input
}

/** Claims as extraction gives them, with the version that gave them ('' for one not known). */
export function checkClaims(input: ClaimsUpdate): ClaimsUpdate {
  if (typeof input !== 'object' || input === null) invalid('claims and their version are required')
  const { claims, claimsVersion } = input
  if (!Array.isArray(claims)) invalid('claims must be an array')
  if (claims.some((claim) => typeof claim !== 'object' || claim === null || Array.isArray(claim))) {
    invalid('claims must each be an object')
  }
  if (typeof claimsVersion !== 'string') invalid('claimsVersion must be a string')
  optionalText(claimsVersion, 'claimsVersion', LIMITS.version)
  return input
}

export function checkComparisonInput(input: ComparisonInput): ComparisonInput {
  if (typeof input !== 'object' || input === null)
    invalid('a comparison needs a version and compute')
  const version = requiredText(input.version, 'version', LIMITS.version)
  if (version === '') invalid('version cannot be empty')
  if (typeof input.compute !== 'function') invalid('compute must be a function')
  return input
}
