// What a divergence is, and the readings of two claims' words that every kind of divergence uses.
import { sameEntity } from '@parallax/claims'
import { words, type ClaimNode } from './features'
import type { DivergenceKind } from './types'

/** One reason a facet diverges, with the two claims and the words a reader can check. */
export interface Divergence {
  kind: DivergenceKind
  a: ClaimNode
  b: ClaimNode
  aWords: string
  bWords: string
  /** Set when the value in conflict is whether the event has happened: `a` done, `b` still to come. */
  status?: 'done-vs-pending'
}

// Two sentences make the same statement when at least this share of the shorter one's content
// words appear in the other.
const SAME_STATEMENT = 0.5
// ... and share at least this many. On the clustering set's stories outside the dev set, one
// shared word was all 6 attribution and 8 hedge divergences there had, every one judged false.
const SAME_STATEMENT_WORDS = 2

/**
 * Where a clause ends: punctuation, quote marks and a dash set off by spaces. A quote mark ends
 * one too: `said its assessments… “the product will be marketed”` puts the future in the quote,
 * not in what the sentence reports.
 */
export const CLAUSE_BREAK = /[,;:“”"()]|\s[–—-]\s/

/** The words of a claim's sentence between two body offsets. */
export function sliceClaim(node: ClaimNode, start: number, end: number): string {
  const { claim } = node
  const from = Math.max(0, start - claim.start)
  const to = Math.min(claim.text.length, end - claim.start)
  return from < to ? claim.text.slice(from, to).trim() : claim.text
}

/**
 * Whether two claims make the same statement in the same words: at least half the content words of
 * the shorter are in the other, and at least two (one word a fragment shares with a sentence is a
 * topic). Stricter than `sameStatement`, which also counts concepts and
 * figures: a name or a source that differs between two claims is a conflict only when the rest of
 * what they say is worded alike.
 */
export function sameWording(a: ClaimNode, b: ClaimNode): boolean {
  const smaller = Math.min(a.stems.size, b.stems.size)
  if (smaller === 0) return false
  let shared = 0
  for (const s of a.stems) if (b.stems.has(s)) shared++
  return shared / smaller >= SAME_STATEMENT && shared >= SAME_STATEMENT_WORDS
}

/**
 * One name written two ways: keys that name one entity, or the words of one all in the other
 * (`Obama` / `Barack Obama`, `Judiciary Committee` / `Senate Judiciary Committee`, `Clinton` /
 * `Mrs. Clinton`).
 */
export function oneName(
  x: { key: string; text: string },
  y: { key: string; text: string },
): boolean {
  if (sameEntity(x.key, y.key)) return true
  const [shorter, longer] = [words(x.text), words(y.text)].sort((p, q) => p.length - q.length)
  return shorter!.length > 0 && shorter!.every((w) => longer!.includes(w))
}
