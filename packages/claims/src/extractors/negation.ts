import type { Token } from '../analyse'
import { NEGATION_PATTERNS, NOT_NEGATIONS, SCOPE_BREAKS } from '../lexicon/negation'
import { compilePatterns, findPatterns } from '../match'
import type { Negation } from '../types'

const PATTERNS = compilePatterns(NEGATION_PATTERNS)
const NOT_NEGATION_PATTERNS = compilePatterns(NOT_NEGATIONS.map((p) => [p, true] as const))
const CLOSERS = new Set(['.', '!', '?', '”', '"', '’'])

// `the hearing will be closed, not open`: a contrast after the assertion leaves it standing.
function contrastive(tokens: readonly Token[], cue: number): boolean {
  const previous = tokens[cue - 1]
  return tokens[cue]?.lower === 'not' && (previous?.text === ',' || previous?.lower === 'but')
}

export interface NegationResult {
  negations: Negation[]
  /** True when a cue sits in the main clause, so the sentence's assertion itself is denied. */
  negated: boolean
}

/** The negated words: from after the cue to the end of its clause (a comma, `but`, `;`). */
function scopeOf(tokens: readonly Token[], after: number): { start: number; end: number } {
  let last = after - 1
  for (let k = after; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token) break
    if (token.text === ',' || SCOPE_BREAKS.has(token.lower)) break
    if (CLOSERS.has(token.text) && k >= tokens.length - 2) break
    last = k
  }
  const first = tokens[after]
  const end = tokens[last]
  if (!first || !end || last < after) {
    const at = tokens[after - 1]?.end ?? 0
    return { start: at, end: at }
  }
  return { start: first.start, end: end.end }
}

/**
 * The token a cue's word begins with: `n't` is the end of `didn't`, and a cue quoted on its own
 * must not read `n't want to use it`.
 */
function wordStart(body: string, tokens: readonly Token[], k: number): number {
  let first = k
  while (
    first > 0 &&
    tokens[first - 1]!.end === tokens[first]!.start &&
    /\p{L}/u.test(body[tokens[first]!.start - 1] ?? '')
  )
    first--
  return first
}

/**
 * Negation cues with their scope: `not`, `never`, `neither … nor`, denials, refusals and
 * no-comment phrases. `not only … but also` asserts, so it is no cue. A cue inside a subordinate
 * clause (`the court, which did not sit, ruled`) is reported but leaves `negated` false.
 */
export function extractNegation(
  body: string,
  tokens: readonly Token[],
  subordinate: readonly boolean[],
): NegationResult {
  const excluded = new Set<number>()
  for (const hit of findPatterns(tokens, NOT_NEGATION_PATTERNS)) {
    for (let k = hit.first; k <= hit.last; k++) excluded.add(k)
  }
  const found: Array<{ first: number; last: number; negation: Negation }> = []
  const neither = tokens.findIndex((t) => t.lower === 'neither')
  const nor = neither === -1 ? -1 : tokens.findIndex((t, k) => k > neither && t.lower === 'nor')
  if (neither !== -1 && nor !== -1) {
    const a = tokens[neither]
    const b = tokens[nor]
    // The verb after `nor` belongs to the cue: `neither confirmed nor denied` is one negation.
    const scopeFrom = tokens[nor + 1]?.pos === 'VERB' ? nor + 2 : nor + 1
    for (let k = neither; k < scopeFrom; k++) excluded.add(k)
    if (a && b) {
      found.push({
        first: neither,
        last: nor,
        negation: {
          start: a.start,
          end: b.end,
          text: 'neither … nor',
          kind: 'neither-nor',
          scope: scopeOf(tokens, scopeFrom),
        },
      })
    }
  }
  for (const hit of findPatterns(tokens, PATTERNS)) {
    if (excluded.has(hit.first)) continue
    const a = tokens[wordStart(body, tokens, hit.first)]
    const b = tokens[hit.last]
    if (!a || !b) continue
    found.push({
      first: hit.first,
      last: hit.last,
      negation: {
        start: a.start,
        end: b.end,
        text: body.slice(a.start, b.end),
        kind: hit.value,
        scope: scopeOf(tokens, hit.last + 1),
      },
    })
  }
  found.sort((x, y) => x.first - y.first)
  return {
    negations: found.map((f) => f.negation),
    negated: found.some((f) => !subordinate[f.first] && !contrastive(tokens, f.first)),
  }
}
