// Comparing
export { compareArticles, COMPARE_VERSION, MAX_ARTICLES, MIN_ARTICLES } from './compare-articles'
export { diffSentenceWords } from './word-diff'

// Errors
export { CompareError } from './errors'
export type { CompareErrorCode } from './errors'

// Types
export type {
  CompareOptions,
  Comparison,
  ComparisonArticle,
  ComparisonSentence,
  Coverage,
  DivergenceKind,
  Facet,
  FacetClaim,
  FacetStatus,
  QuoteGroup,
  QuoteMention,
  QuoteStatus,
  SentencePair,
  SentenceRef,
  WordChange,
} from './types'
