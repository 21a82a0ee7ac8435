// Types
export type {
  Comparison,
  ComparisonArticle,
  ComparisonSentence,
  Coverage,
  DivergenceKind,
  Facet,
  FacetClaim,
  FacetStatus,
  SentencePair,
  SentenceRef,
  WordChange,
} from './types'
