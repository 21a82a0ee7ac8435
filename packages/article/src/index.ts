// Parsing
export { parseArticle } from './parse-article'

// Types
export type {
  Article,
  ArticleInput,
  HtmlInput,
  Paragraph,
  ParseOptions,
  Sentence,
  Span,
  TextInput,
} from './types'

// Errors
export { ArticleError } from './errors'
export type { ArticleErrorCode } from './errors'
