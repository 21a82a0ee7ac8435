import type { Token } from '../analyse'
import { FRACTIONS, SCALES, UNITS } from '../lexicon/numbers'
import { DENOMINATORS, PLURAL_SCALES, VAGUE_SPANS } from '../lexicon/quantities'

const WORD_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion'])
// Plain (`1400`, `-5`, `3.5`) or grouped by thousands (`1,400`); `1,2,3` is neither.
const PLAIN = /^-?\d+(?:\.\d+)?$/
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const PAIR = /^(\d[\d,.]*)[-–](?:to-)?(\d[\d,.]*)$/
// Words that name a figure only after `a`: `a few`, `a handful`, `a couple`.
const AFTER_ARTICLE = new Set(['few', 'handful', 'couple'])

/** The value of a written number (`1,400`, `-5`), or undefined for anything else. */
export function parseDigits(text: string): number | undefined {
  if (!PLAIN.test(text) && !GROUPED.test(text)) return undefined
  return Number(text.replace(/,/g, ''))
}

function digits(token: Token): number | undefined {
  return token.kind === 'number' ? parseDigits(token.text) : undefined
}

/** Two figures written as one token (`310-95`, `1988-1994`, `50-50`). */
export function digitPair(token: Token | undefined): [number, number] | undefined {
  const match = token?.kind === 'number' ? PAIR.exec(token.text) : null
  const a = parseDigits(match?.[1] ?? '')
  const b = parseDigits(match?.[2] ?? '')
  return a !== undefined && b !== undefined ? [a, b] : undefined
}

/** The upper figure of a tally written `12-to-7` (tokens `12`, `-`, `to-7`). */
export function toPart(token: Token | undefined): number | undefined {
  const match = token ? /^to-(\d[\d,]*)$/.exec(token.lower) : null
  return match?.[1] ? parseDigits(match[1]) : undefined
}

/** True when a figure can start at `at`. */
export function isNumberWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]
  if (!token) return false
  const lower = token.lower
  if (AFTER_ARTICLE.has(lower)) {
    if (tokens[at - 1]?.lower !== 'a') return false
    // `a couple of days`, `a couple hundred`; `a couple whose children …` is two people, no count.
    const next = tokens[at + 1]?.lower ?? ''
    return lower !== 'couple' || next === 'of' || WORD_SCALES.has(next)
  }
  return (
    digits(token) !== undefined ||
    UNITS.has(lower) ||
    VAGUE_SPANS.has(lower) ||
    FRACTIONS.has(lower) ||
    WORD_SCALES.has(lower) ||
    lower === 'dozen'
  )
}

export interface Figure {
  value: number
  /** Last token of the figure. */
  last: number
  /** The multiples a vague quantity allows (`hundreds of thousands` → 200,000 to 999,000). */
  vague?: [number, number]
  /** A fraction with nothing after it to multiply (`two-thirds of the vote`): `value` is the share. */
  share?: true
}

// A bare fraction word stands for a number only where something follows it to take the share of.
function fractionFollows(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]
  if (!next) return false
  // `a half-dozen`, not `third-party`.
  const hyphened =
    next.text === '-' && ['dozen', ...WORD_SCALES].includes(tokens[k + 2]?.lower ?? '')
  return (
    ['of', 'a', 'an'].includes(next.lower) ||
    hyphened ||
    SCALES.has(next.lower) ||
    (tokens[k]?.lower === 'half' && next.lower === 'the')
  )
}

/** Reads a figure from `at`: digits, words (`twenty-five`), scales (`2.5 million`, `$1.2bn`), fractions, vague words. */
export function readFigure(tokens: readonly Token[], at: number): Figure | undefined {
  let total = 0
  let current: number | undefined
  let fraction: number | undefined
  let vague: [number, number] | undefined
  let last = -1
  for (let k = at; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token) break
    const lower = token.lower
    const n = digits(token)
    const scale = SCALES.get(lower)
    const empty = current === undefined && fraction === undefined && vague === undefined
    const span = VAGUE_SPANS.get(lower)
    if (n !== undefined && empty) current = n
    else if (UNITS.has(lower) && vague === undefined && fraction === undefined)
      current = (current ?? 0) + (UNITS.get(lower) ?? 0)
    else if (span && empty && (!AFTER_ARTICLE.has(lower) || tokens[k - 1]?.lower === 'a'))
      vague = [span[0], span[1]]
    else if (vague && PLURAL_SCALES.has(lower) && tokens[k - 1]?.lower === 'of') {
      const times = PLURAL_SCALES.get(lower) ?? 1
      vague = [vague[0] * times, vague[1] * times]
    } else if (vague && (scale !== undefined || lower === 'dozen') && k === last + 1) {
      const times = scale ?? 12
      vague = [vague[0] * times, vague[1] * times]
    } else if (lower === 'dozen' && vague === undefined) {
      current = (current ?? fraction ?? 1) * 12
      fraction = undefined
    } else if (DENOMINATORS.has(lower) && current !== undefined && current < 20 && k > at) {
      // `two-thirds`, `one quarter`: the figure before is the numerator.
      fraction = current / (DENOMINATORS.get(lower) ?? 1)
      current = undefined
    } else if (FRACTIONS.has(lower) && empty && fractionFollows(tokens, k))
      fraction = FRACTIONS.get(lower)
    else if (lower === 'hundred' && (current !== undefined || fraction !== undefined))
      current = (current ?? fraction ?? 1) * 100
    else if (
      scale !== undefined &&
      vague === undefined &&
      (current !== undefined || fraction !== undefined || k === at) &&
      (WORD_SCALES.has(lower) || k === last + 1)
    ) {
      // `a million`: the article stands for one.
      if (k === at && !['a', 'an'].includes(tokens[k - 1]?.lower ?? '')) break
      total += (current ?? fraction ?? 1) * scale
      current = undefined
      fraction = undefined
    } else if (['-', 'of', 'a', 'an'].includes(lower) && k > at) {
      continue
    } else break
    last = k
  }
  if (last === -1) return undefined
  if (vague) return { value: vague[0], last, vague }
  if (fraction !== undefined && current === undefined && total === 0)
    return { value: fraction, last, share: true }
  const value = total + (current ?? 0)
  if (value === 0 && !tokens.slice(at, last + 1).some((t) => t.lower === 'zero' || t.text === '0'))
    return undefined
  return { value, last }
}
