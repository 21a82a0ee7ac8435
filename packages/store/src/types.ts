import type { Article } from '@parallax/article'
import type { Claim } from '@parallax/claims'
import type { Comparison } from '@parallax/compare'

// Timestamps are ISO 8601 strings in UTC with microseconds, exactly as the database holds them.

export interface Story {
  id: string
  title: string
  createdAt: string
  /** Moves when an article is added to, changed in or removed from the story. */
  updatedAt: string
  articleCount: number
}

/** One article as the store holds it, without its source bytes or parsed body. */
export interface StoredArticle {
  id: string
  storyId: string
  outlet: string
  title: string
  url?: string
  published?: string
  byline?: string
  sourceKind: SourceKind
  contentType: string
  /** Size of the original input in bytes. */
  sourceBytes: number
  /** sha256 of the original input bytes, lower-case hex. */
  contentHash: string
  fetchedAt?: string
  createdAt: string
}

export interface StoryDetail extends Story {
  /** In the order they were added. */
  articles: StoredArticle[]
}

export type SourceKind = 'text' | 'html'

/** The input exactly as it was given: pasted text, or HTML bytes as uploaded or fetched. */
export interface ArticleSource {
  kind: SourceKind
  content: Uint8Array
  contentType: string
}

export interface NewArticle {
  outlet: string
  title: string
  url?: string
  published?: string
  byline?: string
  source: ArticleSource
  /** ISO 8601; when the page was fetched from its URL. */
  fetchedAt?: string
  article: Article
  claims: Claim[]
}

export interface ListStoriesInput {
  /** From a previous page's `nextCursor`. */
  cursor?: string
  /** Matches anywhere in the title, ignoring case. */
  q?: string
  /** 1 to 100; default 20. */
  limit?: number
}

export interface StoryPage {
  stories: Story[]
  /** Absent on the last page. */
  nextCursor?: string
}

export interface StoredAnalysis {
  article: Article
  claims: Claim[]
  stored: StoredArticle
}

export interface ComparisonInput {
  /** The comparison algorithm's version: a new version never reuses an older one's cached result. */
  version: string
  compute: (
    articles: Array<{ article: Article; claims: Claim[] }>,
  ) => Comparison | Promise<Comparison>
}

export interface CachedComparison {
  /**
   * The comparison as JSON text: the bytes stored when it was computed, served as they are
   * (`JSON.parse` it for the object).
   */
  json: string
  /** sha256 of `json`, lower-case hex: a strong validator, new whenever the bytes change. */
  etag: string
  /** True when the result came from the cache and `compute` was not called. */
  cached: boolean
}

export interface StoreOptions {
  /**
   * How long to wait for a lock another process holds before failing with `LOCKED`: the data folder
   * (PGlite, default 0: fail at once) or the migration lock (server, default 15 000 ms).
   */
  lockTimeoutMs?: number
}

export type Backend = 'pglite' | 'postgres'

export interface Store {
  readonly backend: Backend
  createStory(input: { title: string }): Promise<Story>
  listStories(input?: ListStoriesInput): Promise<StoryPage>
  getStory(id: string): Promise<StoryDetail | undefined>
  deleteStory(id: string): Promise<boolean>
  /** Throws `NOT_FOUND` when the story does not exist. */
  addArticle(
    storyId: string,
    input: NewArticle,
  ): Promise<{ article: StoredArticle; duplicate: boolean }>
  /** Empty when the story does not exist or has no articles. */
  getArticles(storyId: string): Promise<StoredAnalysis[]>
  /** The original input, for re-parsing or showing the page as it was. */
  getSource(storyId: string, articleId: string): Promise<ArticleSource | undefined>
  deleteArticle(storyId: string, articleId: string): Promise<boolean>
  /**
   * Renames an article's outlet (trimmed; `INVALID` when empty or over 200 characters) and drops
   * the story's cached comparisons. Undefined when the story has no such article.
   */
  setArticleOutlet(
    storyId: string,
    articleId: string,
    outlet: string,
  ): Promise<StoredArticle | undefined>
  /** Undefined when the story does not exist. */
  getComparison(storyId: string, input: ComparisonInput): Promise<CachedComparison | undefined>
  /** Resolves when the database answers; throws `UNAVAILABLE` when it does not. */
  ping(): Promise<void>
  close(): Promise<void>
}
