import type { Span } from '@parallax/article'

// Every mention's `start`/`end` is an offset into the article body, like the sentence it sits in.

export type EntityType = 'person' | 'organisation' | 'place' | 'law' | 'court' | 'product' | 'other'

export interface Entity extends Span {
  /** The words as written (`the ministry`, `MoD`, `Israeli`). */
  text: string
  /** Canonical key shared by every alias of the same thing in and across articles (`ministry-of-defense`). */
  key: string
  /** The canonical name the key is made from, for display (`Ministry of Defense` for `MoD`). */
  name?: string
  type: EntityType
  /** A title or role that was written with the name but is not part of it (`Judge`, `CEO`). */
  role?: string
}

export type NumberPrecision = 'exact' | 'approximate' | 'at-least' | 'at-most' | 'range'

/**
 * What kind of quantity a number is: two numbers are worth comparing only when their types match.
 * `tally` is a vote count or score (`310-95`), `duration` a span of time (`six weeks`), `year` a
 * calendar year left over by the dates (`her 1998 race`), `other` a measurement (`40 miles`).
 */
export type QuantityType =
  'money' | 'count' | 'percent' | 'age' | 'tally' | 'duration' | 'ordinal' | 'year' | 'other'

export interface NumberMention extends Span {
  text: string
  /**
   * Normalized value (`$250,000`, `250,000 dollars`, `a quarter of a million dollars` → 250000), in
   * the unit as written for durations (`six weeks` → 6) and the first part for tallies.
   */
  value: number
  /** For ranges, bounds where one side is open, and the span a vague quantity allows (`dozens`). */
  low?: number
  high?: number
  /** Currency code, `percent`, or the counted noun's lemma (`user`, `official`, `week`). */
  unit?: string
  precision: NumberPrecision
  type: QuantityType
  /**
   * Lemmas of what the number measures, from the words around it: `$12,500 in private donations` →
   * `private donation`, `a tax rate of 31%` → `tax rate`, `six weeks without pay` → `without pay`.
   */
  measure?: string
  /** Whose quantity it is, when the sentence shows it (`Smith, 56,`, `Lee's rate`): an entity key or a lemma. */
  subject?: string
  /** Words that name no figure (`dozens`, `hundreds of thousands`, `several`); `low`/`high` hold their span. */
  vague?: true
  /** The parts of a tally, in the order written (`310-95` → [310, 95]). */
  parts?: number[]
  /** A duration's value in days (`six weeks` → 42). */
  days?: number
}

export type DateGranularity = 'year' | 'month' | 'week' | 'day' | 'time'

export interface DateMention extends Span {
  text: string
  /** ISO prefix at the mention's granularity (`2020`, `2020-01`, `2020-01-16`); absent when unresolved. */
  value?: string
  granularity: DateGranularity
  /** Resolved against the article's published date (`on Thursday`, `last year`). */
  relative: boolean
}

export type HedgeKind =
  'estimate' | 'allegation' | 'report' | 'possibility' | 'belief' | 'implicature'

export interface Hedge extends Span {
  text: string
  kind: HedgeKind
}

export type NegationKind = 'not' | 'never' | 'neither-nor' | 'denial' | 'refusal' | 'no-comment'

export interface Negation extends Span {
  /** The cue (`did not`, `neither … nor`, `declined to comment`). */
  text: string
  kind: NegationKind
  /** The words the cue negates. */
  scope: Span
}

export type AttributionKind = 'outlet' | 'quote' | 'reported' | 'according-to' | 'anonymous'

export interface Attribution {
  kind: AttributionKind
  /**
   * Who asserts it, by name: as the article names them (`Mr. Trump`, `A spokeswoman for the
   * F.B.I.`), or the name of whom a pronoun or description points to (`he` → `Donald Trump`,
   * `his lawyer` → `Tom Hale’s lawyer`). Absent for the outlet's own voice and when the article
   * names nobody (`aides`, `their`).
   */
  speaker?: {
    text: string
    key?: string
    /** True when the name is the one a pronoun or description points to, not the words written. */
    resolved?: true
  }
  /** The cue words (`said`, `according to`, `sources told`). */
  cue?: string
  /** For direct quotes, the quoted words. */
  quote?: Span
}

/** What part of its sentence a claim is: the main clause, or a fact the sentence adds to it. */
export type FactKind = 'main' | 'relative' | 'appositive' | 'clause' | 'quantity'

/**
 * One fact an article states. A sentence states one or more (a name, an age and a home town; a
 * vote and its date): `start`/`end` and `span` are this fact's extent in the body, `text` its
 * words, and `sentence` the index of the sentence it belongs to.
 */
export interface Claim extends Span {
  article: string
  sentence: number
  /** The fact's extent in the body, the same as `start`/`end`: `body.slice(span.start, span.end)`. */
  span: Span
  fact: FactKind
  text: string
  entities: Entity[]
  numbers: NumberMention[]
  dates: DateMention[]
  attribution: Attribution
  hedges: Hedge[]
  negations: Negation[]
  /** True when a negation scopes over the claim's main assertion (not over an unrelated clause). */
  negated: boolean
  /** Lemmas of the content words, lower case, in order of appearance, for alignment. */
  terms: string[]
  /** Lemma of the main verb when one is found (`revoke`, `dismiss`). */
  predicate?: string
}
