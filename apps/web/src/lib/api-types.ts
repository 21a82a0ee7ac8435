import type { Comparison as EngineComparison, WordChange } from '@parallax/compare'

// The shapes the screens read. Comparison comes from the compare package; the story shapes are
// what the screens use of the API's responses (the typed client checks the API gives at least this).

/** One direct quote in one article, with who it is attributed to when the article says. */
export interface QuoteMention {
  article: string
  sentence: number
  span: { start: number; end: number }
  text: string
  speaker?: string
}

export type QuoteStatus = 'verbatim' | 'altered' | 'different-speakers' | 'single'

/** The same quote across outlets; `diff` tells the words of an altered quote apart. */
export interface QuoteGroup {
  id: string
  status: QuoteStatus
  quotes: QuoteMention[]
  diff?: WordChange[]
}

/** A comparison as the API sends it; servers before quotes were compared send none. */
export type Comparison = EngineComparison & { quotes?: QuoteGroup[] }

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
