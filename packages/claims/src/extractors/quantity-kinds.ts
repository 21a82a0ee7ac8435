import type { Token } from '../analyse'
import { MONTHS, WEEKDAYS } from '../lexicon/calendar'
import { UNITS } from '../lexicon/numbers'
import {
  AGE_CUES,
  MEASUREMENT_UNITS,
  MONTH_ABBREVIATIONS,
  ORDINAL_DETERMINERS,
  ORDINAL_WORDS,
  TALLY_NOUNS,
  TALLY_VERBS,
  TIME_UNITS,
} from '../lexicon/quantities'
import { parseDigits } from './figures'

// Recognizers for the kinds of quantity that their words give away: ages, durations, years,
// ranks and tallies. Each looks at a few tokens on either side of a figure, never further.

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS])
const CLOSERS = new Set([',', ';', ')', '—', '–', '.'])

// A name, or a capitalised word the tagger took for a common noun (`Jo Park`).
function isName(token: Token | undefined): token is Token {
  const named = token?.pos === 'PROPN' || (token?.pos === 'NOUN' && /^[A-Z]/.test(token.text))
  return named && !CALENDAR.has(token.lower)
}

/** A day of the month the dates left behind (`Oct. 3`, `Jan. 20`): not a quantity. */
export function isDayOfMonth(tokens: readonly Token[], at: number, value: number): boolean {
  const before = tokens[at - 1]
  if (!before || !Number.isInteger(value) || value < 1 || value > 31) return false
  const capital = /^[A-Z]/.test(before.text)
  return capital && (MONTH_ABBREVIATIONS.has(before.lower) || MONTHS.includes(before.lower))
}

export interface Age {
  /** Last token of the age (`old` of `56-year-old`). */
  last: number
  /** Token of whose age it is, when the sentence shows it. */
  subjectAt?: number
}

// The head of the words after `year-old`: a name when there is one (`the 76-year-old Moreno`),
// else the noun (`a 21-year-old student`).
function headAfter(tokens: readonly Token[], from: number): number | undefined {
  let head: number | undefined
  for (let k = from; k < from + 5; k++) {
    const token = tokens[k]
    if (!token || !['ADJ', 'NOUN', 'PROPN'].includes(token.pos)) break
    if (token.pos !== 'ADJ') head = k
  }
  return head
}

/**
 * An age: `Smith, 56,`, `a 56-year-old`, `56 years old`, `aged 56`. `first`/`last` are the figure's
 * tokens (with its article, if any).
 */
export function readAge(
  tokens: readonly Token[],
  first: number,
  last: number,
  value: number,
): Age | undefined {
  if (!Number.isInteger(value) || value <= 0 || value >= 130) return undefined
  let k = last + 1
  if (tokens[k]?.text === '-') k++
  const unit = tokens[k]?.lower
  if (unit === 'year' || unit === 'years') {
    k++
    if (tokens[k]?.text === '-') k++
    if (tokens[k]?.lower !== 'old') return undefined
    // `Tom Reyes, a 52-year-old welder`: the name before the comma.
    const comma = ['a', 'an'].includes(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1
    const apposed = tokens[comma]?.text === ',' && isName(tokens[comma - 1])
    const subjectAt = apposed ? comma - 1 : headAfter(tokens, k + 1)
    return { last: k, ...(subjectAt !== undefined ? { subjectAt } : {}) }
  }
  const cue = tokens[first - 1]
  if (
    cue &&
    (AGE_CUES.has(cue.lower) || (cue.lower === 'of' && tokens[first - 2]?.lower === 'age'))
  ) {
    const before = tokens[first - 2]?.text === ',' ? first - 3 : first - 2
    return { last, ...(isName(tokens[before]) ? { subjectAt: before } : {}) }
  }
  const after = tokens[last + 1]
  const apposition =
    first === last &&
    tokens[first - 1]?.text === ',' &&
    isName(tokens[first - 2]) &&
    (!after || CLOSERS.has(after.text))
  return apposition ? { last, subjectAt: nameBefore(tokens, first - 2) } : undefined
}

// `Senator Jane Roe of Ohio, 66,`: the age is Roe's, not Ohio's.
function nameBefore(tokens: readonly Token[], at: number): number {
  let start = at
  while (start > 0 && isName(tokens[start - 1]) && start > at - 4) start--
  return tokens[start - 1]?.lower === 'of' && isName(tokens[start - 2]) ? start - 2 : at
}

/** An age by decade (`in his 50s`, `in her early 60s`): the span of years it allows. */
export function readDecadeAge(
  tokens: readonly Token[],
  at: number,
): { first: number; low: number; high: number } | undefined {
  const token = tokens[at]
  const match = token ? /^([1-9]0)s$/.exec(token.lower) : null
  if (!match) return undefined
  const decade = Number(match[1])
  const part = tokens[at - 1]?.lower ?? ''
  const first = ['early', 'mid', 'late'].includes(part) ? at - 1 : at
  if (!['his', 'her', 'their'].includes(tokens[first - 1]?.lower ?? '')) return undefined
  if (part === 'early') return { first, low: decade, high: decade + 3 }
  if (part === 'mid') return { first, low: decade + 3, high: decade + 7 }
  if (part === 'late') return { first, low: decade + 6, high: decade + 9 }
  return { first, low: decade, high: decade + 9 }
}

/** The time unit right after a figure (`six weeks`, `a 90-day`): its index and length in days. */
export function readTimeUnit(
  tokens: readonly Token[],
  after: number,
): { at: number; days: number } | undefined {
  const at = tokens[after]?.text === '-' ? after + 1 : after
  const days = TIME_UNITS.get(tokens[at]?.lower ?? '')
  if (days === undefined) return undefined
  // `56-year-old` is an age, read before this.
  const next = tokens[at + 1]?.text === '-' ? tokens[at + 2] : tokens[at + 1]
  return next?.lower === 'old' ? undefined : { at, days }
}

/** A bare four-digit figure that names a calendar year (`her 1998 race`), not a count (`1998 people`). */
export function isYear(tokens: readonly Token[], at: number, value: number): boolean {
  if (!/^\d{4}$/.test(tokens[at]?.text ?? '') || value < 1000 || value > 2100) return false
  const next = tokens[at + 1]?.pos === 'ADJ' ? tokens[at + 2] : tokens[at + 1]
  const plural = next?.pos === 'NOUN' && (next.lemma !== next.lower || next.lower === 'people')
  return !plural
}

/** True for a noun that counts a unit of measurement (`40 miles`). */
export function isMeasurementUnit(unit: string | undefined): boolean {
  return unit !== undefined && MEASUREMENT_UNITS.has(unit)
}

/** A rank: `3rd`, `No. 2`, `his third`, `twenty-first`. Its value and tokens. */
export function readOrdinal(
  tokens: readonly Token[],
  at: number,
): { first: number; last: number; value: number } | undefined {
  const token = tokens[at]
  if (!token) return undefined
  if (token.kind === 'ordinal') {
    const value = Number.parseInt(token.text, 10)
    return Number.isFinite(value) && value > 0 ? { first: at, last: at, value } : undefined
  }
  if (token.lower === 'no.' && token.text.startsWith('N')) {
    const value = parseDigits(tokens[at + 1]?.text ?? '')
    return value !== undefined && Number.isInteger(value) && value > 0
      ? { first: at, last: at + 1, value }
      : undefined
  }
  let last = at
  let value = ORDINAL_WORDS.get(token.lower)
  // `twenty-first`
  const tens = UNITS.get(token.lower)
  if (tens !== undefined && tens >= 20 && tokens[at + 1]?.text === '-') {
    const unit = ORDINAL_WORDS.get(tokens[at + 2]?.lower ?? '')
    if (unit !== undefined && unit < 10) {
      value = tens + unit
      last = at + 2
    }
  }
  if (value === undefined) return undefined
  const before = tokens[at - 1]?.lower ?? ''
  const next = tokens[last + 1]
  // `his third term`, `the first black senator`; not `the first Mr. Smith has faced`.
  const ranked =
    ORDINAL_DETERMINERS.has(before) &&
    next !== undefined &&
    ['NOUN', 'ADJ'].includes(next.pos) &&
    next.lower !== 'of'
  return ranked ? { first: at, last, value } : undefined
}

function isTallyNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && TALLY_NOUNS.has(token.lemma)
}

/**
 * Whether two figures joined as `A-B` or `A to B` are a tally (a vote, a score) rather than a range:
 * the words around say so (`voted`, `a 7-2 ruling`, `a vote of`), or the first is not the smaller.
 */
export function isTally(
  tokens: readonly Token[],
  first: number,
  last: number,
  parts: readonly [number, number],
): boolean {
  const [a, b] = parts
  if (!Number.isInteger(a) || !Number.isInteger(b)) return false
  const before = tokens[first - 1]
  if (before && ['between', 'from'].includes(before.lower)) return false
  const verb = before?.pos === 'ADV' ? tokens[first - 2] : before
  const after = tokens[last + 1]?.pos === 'ADJ' ? tokens[last + 2] : tokens[last + 1]
  const cued =
    (verb?.pos === 'VERB' && TALLY_VERBS.has(verb.lemma)) ||
    (before?.lower === 'of' && isTallyNoun(tokens[first - 2])) ||
    isTallyNoun(after)
  return cued || a >= b
}
