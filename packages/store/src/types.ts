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
  /** The extraction's version that gave `claims` (`CLAIMS_VERSION` of @parallax/claims). */
  claimsVersion: string
}

/** An article's claims extracted anew, and the extraction's version that gave them. */
export interface ClaimsUpdate {
  claims: Claim[]
  claimsVersion: string
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
  /** The extraction's version that gave `claims`; '' for claims stored before versions were kept. */
  claimsVersion: string
  stored: StoredArticle
}

export interface ComparisonInput {
  /** The comparison algorithm's version: a new version never reuses an older one's cached result. */
  version: string
  /** Given the story's articles as `getArticles` returns them, with their stored ids. */
  compute: (articles: StoredAnalysis[]) => Comparison | Promise<Comparison>
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
  /** How batch jobs are leased and retried (see `BatchQueueOptions`). */
  queue?: BatchQueueOptions
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
  /**
   * Replaces one article's claims and their version, nothing else: for claims extracted again from
   * the stored article by a newer extraction. `NOT_FOUND` when the story has no such article,
   * `INVALID` when the claims are not an array of objects or the version not a string of at most
   * 64 characters.
   */
  replaceClaims(storyId: string, articleId: string, update: ClaimsUpdate): Promise<void>
  /** Undefined when the story does not exist. */
  getComparison(storyId: string, input: ComparisonInput): Promise<CachedComparison | undefined>
  /** Resolves when the database answers; throws `UNAVAILABLE` when it does not. */
  ping(): Promise<void>
  /** Stores a batch's items and queues one job per item, in one transaction. */
  createBatch(items: BatchItemInput[]): Promise<Batch>
  /** Undefined when there is no such batch. */
  getBatch(id: string): Promise<Batch | undefined>
  /** Takes batch jobs from the queue until the returned worker is stopped or the store closed. */
  workBatches(handlers: BatchHandlers, options?: BatchWorkOptions): Promise<BatchWorker>
  close(): Promise<void>
}

// Batches: many articles handed in at once, parsed as jobs, then grouped into stories.

export type BatchItemKind = 'text' | 'html' | 'url' | 'file'

/** One item as handed in. Text, HTML and uploads carry their bytes; a URL is fetched by a worker. */
export interface BatchItemInput {
  kind: BatchItemKind
  /** The text, HTML or file as given; absent for `url`. */
  content?: Uint8Array
  /** For `url` the page to fetch; for the others where the article was published, if known. */
  url?: string
  outlet?: string
  /** An uploaded file's name and declared type. */
  name?: string
  contentType?: string
}

/** What a worker made of one item: the parsed article and the bytes it was parsed from. */
export interface ParsedItem {
  article: Article
  claims: Claim[]
  /** The extraction's version that gave `claims`, stored with the article. */
  claimsVersion: string
  source: ArticleSource
  fetchedAt?: string
}

/** Why an item gave no article; `code` is the parser's or fetcher's error code. */
export interface ItemFailure {
  code: string
  message: string
}

export interface BatchHandlers {
  /**
   * Fetches and parses one item. A returned failure is the item's own (not an article, a page that
   * cannot be fetched) and is final; a throw is the worker's and the job is retried.
   */
  parseItem(item: BatchItemInput): Promise<ParsedItem | { failure: ItemFailure }>
  /** Groups parsed articles into stories: indices into `articles`, each index exactly once. */
  groupArticles(articles: Article[]): StoryGroup[] | Promise<StoryGroup[]>
  /** The version comparisons are stored under: the one reads of them ask for. */
  compareVersion: string
  /**
   * Compares one stored story's articles, as a read of its comparison would; the store keeps the
   * result. A returned failure is the story's own (too many articles, past the deadline) and is
   * final; a throw is the worker's and the job is retried.
   */
  compareStory(
    storyId: string,
    articles: StoredAnalysis[],
  ): Promise<Comparison | { failure: ItemFailure }>
}

/** One story found in a batch: its articles by index, and a title (else its first headline). */
export interface StoryGroup {
  articles: number[]
  title?: string
}

export interface BatchWorkOptions {
  /** Jobs this process runs at once; default 1. */
  concurrency?: number
  /** Told of a job that failed and will be retried, and of queue errors; default: nothing. */
  onError?: (error: unknown) => void
}

export interface BatchWorker {
  /** Finishes the jobs in hand, then stops taking new ones. */
  stop(): Promise<void>
}

export interface BatchQueueOptions {
  /**
   * How long a worker holds a job before it is given to another (the lease; pg-boss's expiry):
   * a worker killed mid-job delays its job this long. Default 120 s.
   */
  leaseSeconds?: number
  /** How often expired leases are looked for; default 10 s. */
  maintenanceSeconds?: number
  /** How often an idle worker asks for jobs; default 500 ms. */
  pollMs?: number
  /** Attempts after the first before an item is recorded as failed; default 3. */
  retryLimit?: number
}

export type BatchStatus = 'running' | 'grouping' | 'done'

/**
 * A batch's story's comparison: `pending` while its job waits or runs, `stored` once kept (reads
 * serve it as stored), `failed` with the reason, `none` for a story of fewer than two articles.
 */
export type BatchComparison =
  { status: 'pending' | 'stored' | 'none' } | ({ status: 'failed' } & ItemFailure)

export interface BatchStory {
  id: string
  title: string
  items: number[]
  /** Absent for batches stored before comparisons were jobs: theirs is computed on first read. */
  comparison?: BatchComparison
}

export interface Batch {
  id: string
  /**
   * `running` while items are parsed, `grouping` until its stories are stored and each one's
   * comparison is stored or has failed, then `done`.
   */
  status: BatchStatus
  total: number
  /** Items parsed or failed. */
  done: number
  /** Items that gave no article, in item order. */
  failures: Array<{ item: number } & ItemFailure>
  /**
   * Filled once grouped: each a stored story, with the items (by position) it holds and where its
   * comparison stands.
   */
  stories: BatchStory[]
  createdAt: string
  doneAt?: string
}
