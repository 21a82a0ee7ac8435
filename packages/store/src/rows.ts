import type { Article } from '@parallax/article'
import type { Claim } from '@parallax/claims'
import { isoOf } from './sql'
import type { SourceKind, Story, StoredArticle } from './types'

// Column lists and row mappers shared by every query, so each domain type is read one way only.

export const STORY_COLUMNS = `
  s.id, s.title, ${isoOf('s.created_at')} AS created_at, ${isoOf('s.updated_at')} AS updated_at,
  (SELECT count(*) FROM articles a WHERE a.story_id = s.id)::int AS article_count, s.seq::float8 AS seq`

export interface StoryRow {
  id: string
  title: string
  created_at: string
  updated_at: string
  article_count: number
  /** Only for paging; not part of a Story. */
  seq: number
}

export function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    articleCount: row.article_count,
  }
}

export const ARTICLE_COLUMNS = `
  a.id, a.story_id, a.outlet, a.title, a.url, a.published, a.byline, a.source_kind,
  a.content_type, octet_length(a.source_content)::int AS source_bytes, a.content_hash,
  ${isoOf('a.fetched_at')} AS fetched_at, ${isoOf('a.created_at')} AS created_at`

export interface ArticleRow {
  id: string
  story_id: string
  outlet: string
  title: string
  url: string | null
  published: string | null
  byline: string | null
  source_kind: SourceKind
  content_type: string
  source_bytes: number
  content_hash: string
  fetched_at: string | null
  created_at: string
}

export interface AnalysisRow extends ArticleRow {
  parsed: Article
  claims: Claim[]
  claims_version: string
}

export function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    storyId: row.story_id,
    outlet: row.outlet,
    title: row.title,
    ...(row.url !== null && { url: row.url }),
    ...(row.published !== null && { published: row.published }),
    ...(row.byline !== null && { byline: row.byline }),
    sourceKind: row.source_kind,
    contentType: row.content_type,
    sourceBytes: row.source_bytes,
    contentHash: row.content_hash,
    ...(row.fetched_at !== null && { fetchedAt: row.fetched_at }),
    createdAt: row.created_at,
  }
}

/** node-postgres returns a Buffer, PGlite a Uint8Array: callers get a plain Uint8Array from both. */
export function toBytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength))
}
