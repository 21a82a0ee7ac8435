/** What a caller hands to `parseArticle`: pasted text, or an HTML page (string or raw bytes). */
export type ArticleInput = TextInput | HtmlInput

export interface TextInput {
  text: string
  /** The outlet's name when the caller knows it better than the text does. */
  outlet?: string
  url?: string
}

export interface HtmlInput {
  /** A decoded string, or the raw bytes as fetched (decoded by BOM, then `contentType`, then `<meta charset>`). */
  html: string | Uint8Array
  /** The page's address; resolves relative links and names the outlet when the page does not. */
  url?: string
  /** The HTTP `Content-Type` header, for its charset. */
  contentType?: string
  outlet?: string
}

export interface ParseOptions {
  /** Largest input accepted, in bytes (UTF-8 for strings). Default 5 MB. */
  maxBytes?: number
  /**
   * The outlet's name when neither the input, the page nor its address gives one: a file name
   * tells a reader more than a placeholder. Default `Unknown outlet`.
   */
  fallbackOutlet?: string
}

/** A span of the body: `body.slice(start, end)`. */
export interface Span {
  start: number
  end: number
}

export interface Paragraph extends Span {
  index: number
}

export interface Sentence extends Span {
  index: number
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number
  /** Always `body.slice(start, end)`. */
  text: string
}

/** One outlet's piece, parsed: the body held once, with paragraphs and sentences as offsets into it. */
export interface Article {
  /** Stable id derived from the content: the same input always gives the same id. */
  id: string
  outlet: string
  title: string
  url?: string
  /** ISO 8601: `YYYY-MM-DD` when only the day is known, a full timestamp when the page gives one. */
  published?: string
  byline?: string
  lang?: string
  body: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
}
