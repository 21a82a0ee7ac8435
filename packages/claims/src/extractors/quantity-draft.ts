import type { Token } from '../analyse'
import { CURRENCIES, PERCENT_WORDS, PRECISION_CUES } from '../lexicon/numbers'
import { TRAILING_CUES } from '../lexicon/quantities'
import { compilePatterns, matchAt } from '../match'
import type { NumberPrecision, QuantityType } from '../types'

// The words right around a figure that set its unit and precision: `$`, `dollars`, `%`, `about`,
// `or more`. Each helper looks at a token or two, never further.

const CUES = compilePatterns(PRECISION_CUES)

/** A precision cue just before `at` (`more than`, `about`, `up to`) and where it starts. */
export function cueBefore(
  tokens: readonly Token[],
  at: number,
): { first: number; precision: NumberPrecision } | undefined {
  for (const cue of CUES) {
    const length = cue.words.length
    if (at - length >= 0 && matchAt(tokens, at - length, cue) === length) {
      return { first: at - length, precision: cue.value }
    }
  }
  return undefined
}

/**
 * The counted noun after a figure (`1,400 users` → `user`). Tokens a date took (`skip`) are passed
 * over: `the 19 Sept. 11 hijackers` counts hijackers.
 */
export function countedNoun(
  tokens: readonly Token[],
  from: number,
  skip: readonly boolean[] = [],
): string | undefined {
  let noun: string | undefined
  let reach = from + 6
  for (let k = from; k < reach; k++) {
    const token = tokens[k]
    if (!token) break
    if (skip[k] && noun === undefined) {
      reach++
      continue
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') noun = token.lemma
    else if (!(token.pos === 'ADJ' && noun === undefined) && token.text !== '-') break
  }
  return noun
}

/** A mention being built: token span, value and what is known of its kind so far. */
export interface Draft {
  first: number
  last: number
  value: number
  precision: NumberPrecision
  type: QuantityType
  low?: number
  high?: number
  unit?: string
  vague?: boolean
  parts?: number[]
  days?: number
  /** Token of the time unit of a duration. */
  unitAt?: number
  subjectAt?: number
  measure?: string
}

/** A currency sign just before the figure at `first` (`$`, `US$`, `€`). */
export function currencyBefore(tokens: readonly Token[], first: number): string | undefined {
  const symbol = tokens[first - 1]
  if (!symbol) return undefined
  const sign = symbol.kind === 'currency' || (CURRENCIES.has(symbol.lower) && symbol.pos === 'SYM')
  return sign ? CURRENCIES.get(symbol.lower) : undefined
}

/** A currency word or percent sign after the figure ending at `last`, and how many tokens it takes. */
export function unitAfter(
  tokens: readonly Token[],
  last: number,
  vague: boolean,
): { unit: string; length: number } | undefined {
  const after = tokens[last + 1]
  if (!after) return undefined
  const currency = (token: Token | undefined) =>
    token && token.pos !== 'SYM' ? CURRENCIES.get(token.lower) : undefined
  const word = currency(after)
  if (word) return { unit: word, length: 1 }
  // `tens of thousands of dollars`
  const ofWord = vague && after.lower === 'of' ? currency(tokens[last + 2]) : undefined
  if (ofWord) return { unit: ofWord, length: 2 }
  if (PERCENT_WORDS.has(after.lower)) return { unit: 'percent', length: 1 }
  if (after.lower === 'per' && tokens[last + 2]?.lower === 'cent')
    return { unit: 'percent', length: 2 }
  return undefined
}

/** `a dozen or so`, `10 or more`. */
export function trailingCue(tokens: readonly Token[], draft: Draft): void {
  const cue =
    tokens[draft.last + 1]?.lower === 'or'
      ? TRAILING_CUES.get(tokens[draft.last + 2]?.lower ?? '')
      : undefined
  if (!cue || draft.parts || draft.precision === 'range') return
  draft.precision = cue
  draft.last += 2
  if (cue === 'at-least') draft.low = draft.value
  if (cue === 'at-most') draft.high = draft.value
}
