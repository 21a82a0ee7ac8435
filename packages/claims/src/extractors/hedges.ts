import type { Token } from '../analyse'
import { HEDGE_PATTERNS } from '../lexicon/hedges'
import { compilePatterns, findPatterns } from '../match'
import type { Hedge } from '../types'

const PATTERNS = compilePatterns(HEDGE_PATTERNS)

/** Hedge phrases of one sentence (`according to estimates`, `allegedly`, `may`) with their spans. */
export function extractHedges(body: string, tokens: readonly Token[]): Hedge[] {
  return findPatterns(tokens, PATTERNS).flatMap(({ first, last, value }) => {
    const a = tokens[first]
    const b = tokens[last]
    return a && b
      ? [{ start: a.start, end: b.end, text: body.slice(a.start, b.end), kind: value }]
      : []
  })
}
