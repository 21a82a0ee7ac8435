// The two inputs of the score, typed loosely on purpose: the score reads only the fields of the
// JSON contract (shared/DESIGN.md) that score.mjs reads, so the engine can add or change anything
// else without this benchmark having to follow.

export type GoldStatus = 'agree' | 'diverge' | 'single'

/** One question the outlets answer: per article letter, a phrase of one of its sentences, or null. */
export interface GoldFacet {
  id: string
  question?: string
  status: GoldStatus
  divergence_kinds?: string[]
  note?: string
  [letter: string]: unknown
}

export interface GoldArticle {
  file: string
  outlet?: string
}

export interface GoldStory {
  id: string
  articles: Record<string, GoldArticle>
  facets: GoldFacet[]
}

export interface ScoredClaim {
  article: string
  sentence: number
  text?: string
}

export interface ScoredFacet {
  id?: string
  status: string
  kinds?: readonly string[]
  claims?: readonly ScoredClaim[]
}

export interface ScoredArticle {
  id: string
  sentences?: readonly { index: number; text: string }[]
}

/** The part of a Comparison the score reads. */
export interface ScoredComparison {
  articles?: readonly ScoredArticle[]
  facets?: readonly ScoredFacet[]
}
