import type {
  Attribution,
  Claim,
  DateMention,
  Entity,
  FactKind,
  Hedge,
  Negation,
  NumberMention,
} from '@parallax/claims'

export type FacetStatus = 'agree' | 'diverge' | 'single'

/** Why a facet diverges. Omission is not a kind: a fact only one outlet reports is a `single` facet. */
export type DivergenceKind = 'value' | 'negation' | 'hedge' | 'attribution'

export interface ComparisonSentence {
  index: number
  /** The index of the paragraph the sentence is in; absent in comparisons stored before 2.1.0. */
  paragraph?: number
  start: number
  end: number
  text: string
}

export interface ComparisonArticle {
  id: string
  /**
   * The outlet's name as every explanation gives it: unique within the comparison, numbered in
   * article order when articles share one (`Unknown outlet (1)`, `Unknown outlet (2)`).
   */
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
  /** The fact's extent in the article body; a sentence may state several facts. */
  span: { start: number; end: number }
  /**
   * What part of its sentence the fact is (`main` clause, `relative` clause, `appositive`,
   * `clause`, or a `quantity`: a day, time or age with what it dates or measures).
   */
  fact: FactKind
  /** The fact's words: `body.slice(span.start, span.end)`. */
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
  /**
   * How sure Parallax is of the status, 0 to 1: how closely the claims line up and, for a
   * divergence, how direct its evidence is (a conflicting figure more than a hedge word).
   */
  confidence: number
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

/** One direct quote as one article prints it. */
export interface QuoteMention {
  /** The article's id. */
  article: string
  /** The index of the sentence the quote is in (a quote over several sentences is one a sentence). */
  sentence: number
  /** The quoted words' extent in the body, quote marks excluded. */
  span: { start: number; end: number }
  /** `body.slice(span.start, span.end)`. */
  text: string
  /** The speaker's name as the article gives it; absent when the article names nobody. */
  speaker?: string
}

/**
 * `verbatim`: the same words (ignoring case, punctuation and quote-mark style; one outlet may
 * quote less); `altered`: the same quote with words changed; `different-speakers`: the same
 * words credited to speakers who are different people; `single`: printed once.
 */
export type QuoteStatus = 'verbatim' | 'altered' | 'different-speakers' | 'single'

/** The same quote across the story's articles. */
export interface QuoteGroup {
  /** `q-` and a hash of the quotes' positions: stable for the same articles. */
  id: string
  status: QuoteStatus
  /** Every occurrence, by article (in the order facets use) and then position. */
  quotes: QuoteMention[]
  /** For `altered`: the word diff from the first quote to the first one that changes its words. */
  diff?: WordChange[]
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
  /**
   * Every direct quote of every article, grouped with the same quote elsewhere. Always set by
   * `compareArticles`; absent in comparisons stored before compare 2.1.0 (read it as unknown).
   */
  quotes?: QuoteGroup[]
  coverage: Record<string, Coverage>
}

export interface CompareOptions {
  /**
   * Claims already extracted, by article id (for example read back from the store). Articles
   * missing here have their claims extracted.
   */
  claims?: Record<string, Claim[]>
}
