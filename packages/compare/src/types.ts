import type {
  Attribution,
  Claim,
  DateMention,
  Entity,
  Hedge,
  Negation,
  NumberMention,
} from '@parallax/claims'

export type FacetStatus = 'agree' | 'diverge' | 'single'

/** Why a facet diverges. Omission is not a kind: a fact only one outlet reports is a `single` facet. */
export type DivergenceKind = 'value' | 'negation' | 'hedge' | 'attribution'

export interface ComparisonSentence {
  index: number
  start: number
  end: number
  text: string
}

export interface ComparisonArticle {
  id: string
  outlet: string
  title: string
  url?: string
  published?: string
  byline?: string
  sentences: ComparisonSentence[]
}

export interface FacetClaim {
  article: string
  sentence: number
  text: string
  entities: Entity[]
  numbers: NumberMention[]
  dates: DateMention[]
  hedges: Hedge[]
  negated: boolean
  attribution: Attribution
  /** The negation cues and their scopes, so a reader can see what is negated. */
  negations: Negation[]
}

export interface Facet {
  id: string
  /** A short human label: the question, or its key entities and predicate. */
  label: string
  status: FacetStatus
  kinds: DivergenceKind[]
  claims: FacetClaim[]
  /** Which outlet says what, quoting the words, so a reader can check it. */
  explanation: string
}

export interface WordChange {
  value: string
  type: 'same' | 'added' | 'removed'
}

export interface SentenceRef {
  article: string
  sentence: number
}

export interface SentencePair {
  a: SentenceRef
  b: SentenceRef
  score: number
  /** The facet the pair was grouped into. */
  facet: string
  diff: WordChange[]
}

export interface Coverage {
  facets: number
  single: number
}

export interface Comparison {
  version: 1
  articles: ComparisonArticle[]
  facets: Facet[]
  pairs: SentencePair[]
  coverage: Record<string, Coverage>
}

export interface CompareOptions {
  /**
   * Claims already extracted, by article id (for example read back from the store). Articles
   * missing here have their claims extracted.
   */
  claims?: Record<string, Claim[]>
}
