/**
 * Numbers across outlets.
 *
 *   compareQuantities(a: QuantityInClaim, b: QuantityInClaim): QuantityRelation
 *   QuantityInClaim = { number: NumberMention; numbers: readonly NumberMention[] }
 *
 * takes one mention from each of two outlets, each with the numbers of the claim it stands in
 * (itself included), and says what the pair is:
 *
 * - `incomparable`: not the same quantity. Their types differ (a percent and a percent only, a
 *   duration and a duration); or their currencies differ; or both name whose quantity it is and the
 *   subjects differ (`Lee's rate` and `the Hendersons paid`); or their measures do not line up.
 *   Measures line up when both have one with the same head noun, the words of one among the words
 *   of the other (`nurse` and `registered nurse`), and the same marked words (`without pay` is not
 *   `pay`); or, when either side has none, only if each is the single number of its type in its
 *   claim, so that nothing else in either sentence could be the one meant. Ages have no measure: the
 *   subject stands in for it, with the same single-age rule when either lacks one.
 * - `conflict`: the same quantity with values that no reading of their stated precision reconciles.
 *   Tallies conflict when their parts differ; spans of years when either end differs.
 * - `vaguer`: the same quantity, one side vague (`hundreds of thousands`, `dozens`, `in his 50s`)
 *   or a bound (`over 20 years`), and the other a figure inside its span: a hedge, not a conflict.
 *   `statesLess` tells which side that is.
 * - `same`: the same quantity, values within each other's precision.
 *
 * Precision is what each outlet wrote: half a step of the last digit written (`31%` covers 30.6,
 * `$9 million` covers $8.6 million, `six weeks` covers 42 days), a tenth either side for `about`,
 * a tenth below for `nearly`, open above for `more than`, the span for a range or a vague word.
 * Durations are compared in days.
 */
import type { NumberMention, QuantityType } from '@parallax/claims'
import { stemmer } from 'stemmer'

export type QuantityRelation = 'same' | 'conflict' | 'vaguer' | 'incomparable'

/** One side of a comparison: a mention and every number of the claim it stands in. */
export interface QuantityInClaim {
  number: NumberMention
  numbers: readonly NumberMention[]
}

// `about 300` covers 297; a writer who says `about` is rarely off by more than a tenth.
const APPROXIMATE_SHARE = 0.1
const SCALE_WORD = /\b(thousand|million|billion|trillion|bn|mn|[kmb])\b/i
// `nearly` and `almost` stay below the figure they name.
const BELOW = /^(nearly|almost|just under|just shy of)\b/i
// A shade under half a step, so neighbouring rounded figures (`1.4 million`, `1.5 million`) never meet.
const HALF_STEP = 0.499
// Words in a measure that change what it is (`without pay` against `pay`).
const MARKED = new Set(['without', 'no', 'non', 'not'])

/** Half the place of the last digit written, when a scale word shows the figure was rounded (`1.4 million`). */
function roundingTolerance(n: NumberMention): number {
  const scale = SCALE_WORD.test(n.text)
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(n.text)
  if (!scale || !digits) return 0
  const written = Number(`${digits[1]!.replace(/,/g, '')}.${digits[2] ?? '0'}`)
  if (!written) return 0
  const place = 10 ** -(digits[2]?.length ?? 0)
  return (Math.abs(n.value) / written) * place * 0.5
}

function vagueSpan(n: NumberMention): [number, number] | undefined {
  return n.vague && n.low !== undefined && n.high !== undefined ? [n.low, n.high] : undefined
}

/** A year by its type; for mentions recorded without one, a bare four-digit number from 1900 to 2100. */
export function looksLikeYear(n: NumberMention): boolean {
  const type = n.type as QuantityType | undefined
  if (type !== undefined) return type === 'year'
  return !n.unit && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100
}

/** The mention's type; mentions recorded before types existed get one from their unit. */
function typeOf(n: NumberMention): QuantityType {
  const type = n.type as QuantityType | undefined
  if (type !== undefined) return type
  if (n.unit === 'percent') return 'percent'
  if (n.unit && /^[A-Z]{3}$/.test(n.unit)) return 'money'
  return looksLikeYear(n) ? 'year' : 'count'
}

/** The step of the last digit written: 1 for `31` and `six`, 0.1 for `30.6`, a million for `$9 million`. */
function statedStep(n: NumberMention): number {
  const rounded = roundingTolerance(n)
  if (rounded > 0) return rounded * 2
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(n.text)
  if (digits) return 10 ** -(digits[1]?.length ?? 0)
  const value = Math.abs(n.value)
  // Words: `five`, and `two million` rounded to its leading figure.
  return SCALE_WORD.test(n.text) && value >= 10 ? 10 ** Math.floor(Math.log10(value)) : 1
}

/** The values a mention allows at the precision it states, in days for durations. */
function statedInterval(n: NumberMention): [number, number] {
  const factor = n.days !== undefined && n.value !== 0 ? n.days / n.value : 1
  const scaled = ([low, high]: [number, number]): [number, number] => [low * factor, high * factor]
  const span = vagueSpan(n)
  if (span) return scaled(span)
  const step = statedStep(n) * HALF_STEP
  const low = n.low ?? n.value
  const high = n.high ?? n.value
  switch (n.precision) {
    case 'approximate': {
      const tolerance = Math.max(Math.abs(n.value) * APPROXIMATE_SHARE, step)
      const above = BELOW.test(n.text) ? step : tolerance
      return scaled([n.value - tolerance, n.value + above])
    }
    case 'at-least':
      return scaled([low - step, Number.POSITIVE_INFINITY])
    case 'at-most':
      return scaled([Number.NEGATIVE_INFINITY, high + step])
    case 'range':
      return scaled([Math.min(low, high) - step, Math.max(low, high) + step])
    default:
      return scaled([n.value - step, n.value + step])
  }
}

function sameSubject(a: string, b: string): boolean {
  // An entity key on one side, the name's last word on the other (`jane-roe`, `roe`).
  return a === b || a.endsWith(`-${b}`) || b.endsWith(`-${a}`)
}

function measureOf(n: NumberMention): string | undefined {
  if (n.measure) return n.measure
  // Mentions recorded before measures existed: a count's noun is what it measures.
  const legacy = (n.type as QuantityType | undefined) === undefined && typeOf(n) === 'count'
  return legacy ? n.unit : undefined
}

/**
 * Whether two measures (lemmas, `registered nurse`) name the same thing: the same head, the words of
 * one among the other's (compared by stem: `funding`, `fund`), and the same marked words.
 */
export function measuresMatch(first: string, second: string): boolean {
  const stems = (measure: string) =>
    measure
      .toLowerCase()
      .split(' ')
      .map((w) => stemmer(w))
  const a = stems(first)
  const b = stems(second)
  if (a.at(-1) !== b.at(-1)) return false
  const marked = (words: string[]) =>
    words
      .filter((w) => MARKED.has(w))
      .sort()
      .join(' ')
  if (marked(a) !== marked(b)) return false
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const words = new Set(large)
  return small.every((w) => words.has(w))
}

function alone(side: QuantityInClaim, type: QuantityType): boolean {
  return side.numbers.filter((n) => typeOf(n) === type).length <= 1
}

function linedUp(a: QuantityInClaim, b: QuantityInClaim, type: QuantityType): boolean {
  if (type === 'age') {
    const both = a.number.subject !== undefined && b.number.subject !== undefined
    return both || (alone(a, type) && alone(b, type))
  }
  const x = measureOf(a.number)
  const y = measureOf(b.number)
  if (x && y) return measuresMatch(x, y)
  return alone(a, type) && alone(b, type)
}

function compareTallies(a: NumberMention, b: NumberMention): QuantityRelation {
  const parts = (n: NumberMention) => [...(n.parts ?? [n.value])].sort((x, y) => y - x)
  const x = parts(a)
  const y = parts(b)
  return x.length === y.length && x.every((v, i) => v === y[i]) ? 'same' : 'conflict'
}

/** Whether two mentions from different outlets state the same quantity, and if so whether they agree. */
export function compareQuantities(a: QuantityInClaim, b: QuantityInClaim): QuantityRelation {
  const x = a.number
  const y = b.number
  const type = typeOf(x)
  if (type !== typeOf(y) || !Number.isFinite(x.value) || !Number.isFinite(y.value))
    return 'incomparable'
  if ((type === 'money' || type === 'other') && x.unit !== y.unit) return 'incomparable'
  if (x.subject !== undefined && y.subject !== undefined && !sameSubject(x.subject, y.subject))
    return 'incomparable'
  if (!linedUp(a, b, type)) return 'incomparable'
  if (type === 'tally') return compareTallies(x, y)
  if (type === 'year') {
    // A span of years (`from 1988 to 1994`) and a single year are different statements.
    const spans = [x, y].filter((n) => n.precision === 'range').length
    if (spans === 1) return 'incomparable'
    if (spans === 2) return x.low === y.low && x.high === y.high ? 'same' : 'conflict'
  }
  const [aLow, aHigh] = statedInterval(x)
  const [bLow, bHigh] = statedInterval(y)
  const slack = 1e-9 * Math.max(1, Math.abs(x.days ?? x.value), Math.abs(y.days ?? y.value))
  if (aLow > bHigh + slack || bLow > aHigh + slack) return 'conflict'
  return statesLess(x) === statesLess(y) ? 'same' : 'vaguer'
}

/**
 * Whether a mention states less than a figure: a vague word (`hundreds of thousands`) or a bound
 * (`more than 20 years`). `about` and `nearly` name a figure, only rounded.
 */
export function statesLess(n: NumberMention): boolean {
  return Boolean(n.vague) || n.precision === 'at-least' || n.precision === 'at-most'
}
