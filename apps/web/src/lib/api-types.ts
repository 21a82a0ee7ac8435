// The shapes the screens read. Comparison and its quotes come from the compare package (`quotes`
// is optional there: comparisons stored before quotes were compared have none); the story shapes
// are what the screens use of the API's responses (the typed client checks the API gives at least
// this).
export type { Comparison, QuoteGroup, QuoteMention, QuoteStatus } from '@parallax/compare'

export interface StorySummary {
  id: string
  title: string
  createdAt: string
  updatedAt: string
  articleCount: number
}

export interface StoryPage {
  stories: StorySummary[]
  nextCursor?: string
}

export interface StoryArticle {
  id: string
  outlet: string
  title: string
  url?: string
  published?: string
  byline?: string
}

export interface Story extends StorySummary {
  articles: StoryArticle[]
}

/** One article as the user hands it over: pasted text, an uploaded HTML file, or an address. */
export type ArticleSource =
  | { kind: 'text'; text: string; outlet?: string }
  | { kind: 'file'; file: File; outlet?: string }
  | { kind: 'url'; url: string; outlet?: string }

export type ExportFormat = 'json' | 'csv' | 'md'

/** A batch of many articles as `GET /api/batches/{id}` gives it. */
/** A batch story's comparison, computed as a job; absent for batches from before that. */
export interface BatchComparison {
  status: 'pending' | 'stored' | 'failed' | 'none'
  /** When failed: what the comparison route would have answered. */
  code?: string
  message?: string
}

export interface Batch {
  id: string
  status: 'running' | 'grouping' | 'done'
  total: number
  done: number
  /** Items that could not be used; `item` is the index in the request, from 0. */
  failures: { item: number; code: string; message: string }[]
  /** Once grouped: each a stored story with the items it holds and how its comparison went. */
  stories: { id: string; title: string; items: number[]; comparison?: BatchComparison }[]
  createdAt: string
  doneAt?: string
}
