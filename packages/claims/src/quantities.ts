import type { Token } from './analyse'
import { MAX_FACTS_PER_SENTENCE, type FactSegment } from './facts'

// The words nearest a date (or an age) say what it dates: the noun before it with what links them (`a special
// election set for June 25`) or the nouns it modifies after it (`the June 25 special election`).
// Chosen on the real-news dev set with each story left out in turn over 3-7 words before and 1-4
// after: 5 and 3 are among the best in every fold (bench/RESULTS.md, accuracy).
const WORDS_BEFORE = 5
const WORDS_AFTER = 3
// A phrase ends at a break of the sentence, a quote's edge or a joined clause.
const STOPS = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"'])
// Words that only link the phrase to the rest of the sentence: no start of it.
const LINKS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON', 'PUNCT'])
// A noun phrase may open with these (`the`, `his`).
const OPENERS = new Set(['DET', 'PRON'])
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])

const isWord = (t: Token): boolean => t.pos !== 'PUNCT'
const wordsIn = (tokens: readonly Token[], ranges: readonly [number, number][]): number =>
  ranges.reduce((sum, [a, b]) => sum + tokens.slice(a, b).filter(isWord).length, 0)
const stops = (t: Token | undefined): boolean =>
  t === undefined || STOPS.has(t.text) || t.pos === 'CCONJ'

/**
 * Facts that date or measure something: each anchor (a calendar day, a clock time or an age, as a
 * token range) with the few words around it in its phrase, while the sentence has room for
 * another fact. The words stay in the main clause's span too; the fact lets one outlet's date line
 * up with another's when the rest of the two sentences says different things.
 */
export function quantityFacts(
  tokens: readonly Token[],
  anchors: readonly [number, number][],
  facts: readonly FactSegment[],
): FactSegment[] {
  const found: FactSegment[] = []
  for (const [first, end] of anchors) {
    if (facts.length + found.length >= MAX_FACTS_PER_SENTENCE) break
    // The phrase stays inside the fact the anchor is part of: across it lies another statement.
    const holdsAnchor = ([a, b]: [number, number]): boolean => a <= first && first < b
    const host = facts.find((f) => f.ranges.some(holdsAnchor))
    const [low, high] = host?.ranges.find(holdsAnchor) ?? [0, tokens.length]
    let from = first
    for (let words = 0; words < WORDS_BEFORE && from > low && !stops(tokens[from - 1]); from--)
      if (isWord(tokens[from - 1]!)) words++
    // After it only the nouns it modifies: a preposition or verb there starts another phrase.
    let to = end
    while (to < high && to - end < WORDS_AFTER && MODIFIED.has(tokens[to]!.pos)) to++
    while (from < first && LINKS.has(tokens[from]!.pos) && !OPENERS.has(tokens[from]!.pos)) from++
    // Nothing but the date itself says nothing of what it dates.
    if (from === first && to === end) continue
    if (found.some((f) => f.ranges[0]![0] < to && from < f.ranges[0]![1])) continue
    // Most of a fact already is that fact (`A fire broke out at the plant on March 12`): a second
    // fact of the same words would only say it twice.
    const hostWords = host ? wordsIn(tokens, host.ranges) : 0
    if (wordsIn(tokens, [[from, to]]) * 2 > hostWords) continue
    found.push({ kind: 'quantity', ranges: [[from, to]] })
  }
  return found
}
