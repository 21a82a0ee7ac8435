import type { Token } from '../analyse'
import {
  CURRENCIES,
  FRACTIONS,
  PERCENT_WORDS,
  PRECISION_CUES,
  SCALES,
  UNITS,
  VAGUE,
} from '../lexicon/numbers'
import { compilePatterns, matchAt } from '../match'
import type { NumberMention, NumberPrecision } from '../types'

const CUES = compilePatterns(PRECISION_CUES)
const WORD_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion'])

function digits(token: Token): number | undefined {
  if (token.kind !== 'number' || !/^\d[\d,]*(\.\d+)?$/.test(token.text)) return undefined
  return Number(token.text.replace(/,/g, ''))
}

function isNumberWord(token: Token | undefined): boolean {
  if (!token) return false
  return (
    digits(token) !== undefined ||
    UNITS.has(token.lower) ||
    VAGUE.has(token.lower) ||
    FRACTIONS.has(token.lower) ||
    WORD_SCALES.has(token.lower) ||
    token.lower === 'couple'
  )
}

interface Parsed {
  value: number
  last: number
  vague: boolean
}

/** Reads a figure from `at`: digits, words (`twenty-five`), scales (`2.5 million`, `$1.2bn`), fractions. */
function parseFigure(tokens: readonly Token[], at: number): Parsed | undefined {
  let total = 0
  let current: number | undefined
  let fraction: number | undefined
  let vague = false
  let last = -1
  for (let k = at; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token) break
    const lower = token.lower
    const n = digits(token)
    const scale = SCALES.get(lower)
    if (n !== undefined && current === undefined) current = n
    else if (UNITS.has(lower)) current = (current ?? 0) + (UNITS.get(lower) ?? 0)
    else if (lower === 'couple') {
      current = 2
      vague = true
    } else if (lower === 'dozen') current = (current ?? 1) * 12
    else if (VAGUE.has(lower) && current === undefined) {
      current = VAGUE.get(lower)
      vague = true
    } else if (FRACTIONS.has(lower) && current === undefined) fraction = FRACTIONS.get(lower)
    else if (lower === 'hundred' && (current !== undefined || fraction !== undefined))
      current = (current ?? 1) * 100
    else if (
      scale !== undefined &&
      (current !== undefined || fraction !== undefined) &&
      (WORD_SCALES.has(lower) || k === last + 1)
    ) {
      total += (current ?? fraction ?? 1) * scale
      current = undefined
      fraction = undefined
    } else if ((lower === '-' || lower === 'of' || lower === 'a' || lower === 'an') && k > at) {
      continue
    } else break
    last = k
  }
  if (last === -1) return undefined
  const value = total + (current ?? 0)
  if (value === 0 && !tokens.slice(at, last + 1).some((t) => t.lower === 'zero' || t.text === '0'))
    return undefined
  return { value, last, vague }
}

function cueBefore(
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

function countedNoun(tokens: readonly Token[], from: number): string | undefined {
  let noun: string | undefined
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token) break
    if (token.pos === 'NOUN' || token.pos === 'PROPN') noun = token.lemma
    else if (!(token.pos === 'ADJ' && noun === undefined) && token.text !== '-') break
  }
  return noun
}

/**
 * Figures of one sentence with unit and precision, normalized so `$250,000`, `250,000 dollars`
 * and `a quarter of a million dollars` all give 250000 USD. Tokens in `skip` (dates) are left alone.
 */
export function extractNumbers(
  body: string,
  tokens: readonly Token[],
  skip: readonly boolean[],
): NumberMention[] {
  const found: NumberMention[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token || skip[k] || token.kind === 'ordinal') continue
    const article = token.lower === 'a' || token.lower === 'an'
    const at = article && isNumberWord(tokens[k + 1]) ? k + 1 : k
    if (!isNumberWord(tokens[at]) || skip[at]) continue
    // `one of the lawyers`, `the one who`: a pronoun, not a count.
    if (tokens[at]?.lower === 'one' && !['NOUN', 'NUM'].includes(tokens[at + 1]?.pos ?? ''))
      continue
    const parsed = parseFigure(tokens, at)
    if (!parsed) continue
    let first = k
    let last = parsed.last
    let unit: string | undefined
    const symbol = tokens[k - 1]
    if (
      symbol?.kind === 'currency' ||
      (symbol && CURRENCIES.has(symbol.lower) && symbol.pos === 'SYM')
    ) {
      unit = CURRENCIES.get(symbol.lower)
      first = k - 1
    }
    const next = tokens[last + 1]
    if (next && CURRENCIES.has(next.lower) && next.pos !== 'SYM') {
      unit = CURRENCIES.get(next.lower)
      last++
    } else if (next && PERCENT_WORDS.has(next.lower)) {
      unit = 'percent'
      last++
    } else if (next?.lower === 'per' && tokens[last + 2]?.lower === 'cent') {
      unit = 'percent'
      last += 2
    }
    unit ??= countedNoun(tokens, last + 1)
    let precision: NumberPrecision = parsed.vague ? 'approximate' : 'exact'
    const cue = cueBefore(tokens, first)
    if (cue) {
      precision = cue.precision
      first = cue.first
    }
    let low: number | undefined
    let high: number | undefined
    const joiner = tokens[last + 1]
    // The upper end may repeat the currency (`$5 million to $10 million`).
    const upperAt = tokens[last + 2]?.kind === 'currency' ? last + 3 : last + 2
    const second =
      (joiner?.lower === 'and' && tokens[first - 1]?.lower === 'between') ||
      joiner?.lower === 'to' ||
      joiner?.text === '-'
        ? parseFigure(tokens, upperAt)
        : undefined
    if (second) {
      precision = 'range'
      low = parsed.value
      high = second.value
      if (tokens[first - 1]?.lower === 'between') first--
      last = second.last
      unit ??= countedNoun(tokens, last + 1)
    } else if (precision === 'at-least') low = parsed.value
    else if (precision === 'at-most') high = parsed.value
    const a = tokens[first]
    const b = tokens[last]
    if (!a || !b) continue
    found.push({
      start: a.start,
      end: b.end,
      text: body.slice(a.start, b.end),
      value: parsed.value,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
      ...(unit !== undefined ? { unit } : {}),
      precision,
    })
    k = last
  }
  return found
}
