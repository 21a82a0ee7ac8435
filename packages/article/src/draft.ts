/** What a parser finds before the body is laid out: metadata and the article's paragraphs in order. */
export interface ArticleDraft {
  paragraphs: string[]
  title?: string
  outlet?: string
  byline?: string
  published?: string
  url?: string
  lang?: string
}
