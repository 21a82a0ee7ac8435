import type { Token } from '../analyse'
import { UNITS } from '../lexicon/numbers'
import { AGE_CUES } from '../lexicon/quantities'
import type { Entity, NumberMention, NumberPrecision } from '../types'
import { digitPair, isNumberWord, parseDigits, readFigure, toPart } from './figures'
import { findMeasure, findSubjectToken } from './measure'
import {
  isDayOfMonth,
  isMeasurementUnit,
  isTally,
  isYear,
  readAge,
  readDecadeAge,
  readOrdinal,
  readTimeUnit,
} from './quantity-kinds'
import type { Draft } from './quantity-draft'
import { countedNoun, cueBefore, currencyBefore, trailingCue, unitAfter } from './quantity-draft'

/** What a subject's words are matched to: an entity's span and key. */
type EntitySpan = Pick<Entity, 'start' | 'end' | 'key'>

function subjectKey(token: Token, entities: readonly EntitySpan[] | undefined): string {
  const entity = entities?.find((e) => e.start <= token.start && token.end <= e.end)
  if (entity) return entity.key
  return token.pos === 'PROPN' ? token.lower.replace(/['’]s$/, '') : token.lemma
}

function finish(
  body: string,
  tokens: readonly Token[],
  draft: Draft,
  entities: readonly EntitySpan[] | undefined,
  skip: readonly boolean[] = [],
): NumberMention | undefined {
  const a = tokens[draft.first]
  const b = tokens[draft.last]
  if (!a || !b) return undefined
  const found =
    draft.measure !== undefined
      ? { measure: draft.measure }
      : findMeasure(tokens, {
          type: draft.type,
          first: draft.first,
          after: draft.last + 1,
          skip,
          ...(draft.unitAt !== undefined ? { unitAt: draft.unitAt } : {}),
        })
  // `between the two`: a definite figure with nothing counted after it points back to what was
  // named before; it states no count of its own.
  const figure = figureStart(tokens, draft)
  if (draft.type === 'count' && found.measure === undefined && tokens[figure - 1]?.lower === 'the')
    return undefined
  const subjectAt = draft.subjectAt ?? found.subjectAt ?? findSubjectToken(tokens, draft.first)
  const subject = subjectAt !== undefined ? tokens[subjectAt] : undefined
  const unit = draft.unit ?? (draft.type === 'count' ? found.measure?.split(' ').at(-1) : undefined)
  return {
    start: a.start,
    end: b.end,
    text: body.slice(a.start, b.end),
    value: draft.value,
    ...(draft.low !== undefined ? { low: draft.low } : {}),
    ...(draft.high !== undefined ? { high: draft.high } : {}),
    ...(unit !== undefined ? { unit } : {}),
    precision: draft.precision,
    type: draft.type,
    ...(found.measure !== undefined ? { measure: found.measure } : {}),
    ...(subject ? { subject: subjectKey(subject, entities) } : {}),
    ...(draft.vague ? { vague: true as const } : {}),
    ...(draft.parts ? { parts: draft.parts } : {}),
    ...(draft.days !== undefined ? { days: draft.days } : {}),
  }
}

/** `3rd`, `No. 2`, `his third race`. */
function readRank(tokens: readonly Token[], k: number): Draft | undefined {
  const ordinal = readOrdinal(tokens, k)
  if (!ordinal) return undefined
  const unit = countedNoun(tokens, ordinal.last + 1)
  // `Smith's second term`: whose rank it is.
  const possessor = ["'s", '’s'].includes(tokens[k - 1]?.lower ?? '') ? k - 2 : undefined
  const owned = possessor !== undefined && tokens[possessor]?.pos === 'PROPN'
  return {
    ...ordinal,
    precision: 'exact',
    type: 'ordinal',
    ...(unit !== undefined ? { unit } : {}),
    ...(owned ? { subjectAt: possessor } : {}),
  }
}

/** `in his 50s`, `in her early 60s`: an age the dates may have taken for a decade. */
function readDecade(tokens: readonly Token[], k: number): Draft | undefined {
  const decade = readDecadeAge(tokens, k)
  if (!decade) return undefined
  return {
    first: decade.first,
    last: k,
    value: decade.low,
    low: decade.low,
    high: decade.high,
    precision: 'approximate',
    type: 'age',
    unit: 'year',
    vague: true,
  }
}

/** The second figure of `A to B`, `A-B`, `between A and B`, `A-to-B`, and its last token. */
function secondFigure(
  tokens: readonly Token[],
  first: number,
  last: number,
): { value: number; last: number } | undefined {
  const joiner = tokens[last + 1]
  if (joiner?.text === '-' && toPart(tokens[last + 2]) !== undefined)
    return { value: toPart(tokens[last + 2]) ?? 0, last: last + 2 }
  const joins =
    (joiner?.lower === 'and' && tokens[first - 1]?.lower === 'between') ||
    joiner?.lower === 'to' ||
    joiner?.text === '-' ||
    joiner?.text === '–'
  if (!joins) return undefined
  // The upper end may repeat the currency (`$5 million to $10 million`).
  const upperAt = tokens[last + 2]?.kind === 'currency' ? last + 3 : last + 2
  const second = readFigure(tokens, upperAt)
  return second && !second.vague && !second.share ? second : undefined
}

/** Reads the figure starting at token `k` (or its article) into a draft, or undefined. */
function readQuantity(
  tokens: readonly Token[],
  k: number,
  skip: readonly boolean[],
): Draft | undefined {
  const token = tokens[k]
  if (!token) return undefined
  const next = tokens[k + 1]
  // `a quarter of a million`, `a few`: the article is part of the figure; `a 60-day`, `a six-year` it is not.
  const article =
    (token.lower === 'a' || token.lower === 'an') &&
    isNumberWord(tokens, k + 1) &&
    next?.kind !== 'number' &&
    !UNITS.has(next?.lower ?? '')
  const at = article ? k + 1 : k
  if (!isNumberWord(tokens, at) || skip[at]) return undefined
  const start = tokens[at]
  // `one of the lawyers`, `the one who`: a pronoun, not a count (`one-third` is a figure).
  const following = tokens[at + 1]
  const pronoun = !['NOUN', 'NUM'].includes(following?.pos ?? '') && following?.text !== '-'
  if (start?.lower === 'one' && pronoun) return undefined
  const parsed = readFigure(tokens, at)
  if (!parsed || isDayOfMonth(tokens, at, parsed.value)) return undefined
  let first = k
  let last = parsed.last
  let value = parsed.value
  let unit = currencyBefore(tokens, first)
  if (unit !== undefined) first--
  // A minus sign written apart from its figure (`−3.2%`).
  const sign = tokens[first - 1]
  if (sign && ['−', '-'].includes(sign.text) && sign.end === tokens[first]?.start) {
    const gap = tokens[first - 2]
    if (!gap || gap.end < sign.start) {
      value = -value
      first--
    }
  }
  const after = unitAfter(tokens, last, parsed.vague !== undefined)
  if (after) {
    unit = after.unit
    last += after.length
  }
  let precision: NumberPrecision = parsed.vague ? 'approximate' : 'exact'
  const cue = cueBefore(tokens, first)
  if (cue) {
    precision = cue.precision
    first = cue.first
  }
  if (parsed.share) {
    // `half an hour` is left alone; `two-thirds of the vote` is a share of it.
    if (['a', 'an'].includes(tokens[last + 1]?.lower ?? '')) return undefined
    const share: Draft = { first, last, value: value * 100, precision, type: 'percent' }
    return { ...share, unit: 'percent' }
  }
  const draft: Draft = { first, last, value, precision, type: 'count' }
  if (unit !== undefined) draft.unit = unit
  if (parsed.vague) {
    draft.vague = true
    ;[draft.low, draft.high] = parsed.vague
  }
  const second = parsed.vague ? undefined : secondFigure(tokens, first, last)
  if (second) {
    if (tokens[first - 1]?.lower === 'between') draft.first--
    draft.last = second.last
    pair(tokens, draft, at, [value, second.value])
  } else if (precision === 'at-least') draft.low = value
  else if (precision === 'at-most') draft.high = value
  trailingCue(tokens, draft)
  return draft
}

/** `A to B`: a tally (`voted 61 to 38`), a span of years, or a range. */
function pair(tokens: readonly Token[], draft: Draft, at: number, parts: [number, number]): void {
  const [a, b] = parts
  if (
    draft.unit === undefined &&
    draft.precision === 'exact' &&
    isTally(tokens, at, draft.last, parts)
  ) {
    draft.type = 'tally'
    draft.parts = parts
    return
  }
  draft.precision = 'range'
  draft.low = a
  draft.high = b
  if (draft.unit === undefined && isYear(tokens, at, a) && b >= a && b <= 2100) draft.type = 'year'
}

/** A single token holding two figures (`310-95`, `1988-1994`). */
function readPairToken(tokens: readonly Token[], k: number): Draft | undefined {
  const parts = digitPair(tokens[k])
  if (!parts) return undefined
  const draft: Draft = { first: k, last: k, value: parts[0], precision: 'exact', type: 'count' }
  // `$20-30`, `5-10%`: a range of money or shares, never a tally.
  const unit = currencyBefore(tokens, k) ?? unitAfter(tokens, k, false)?.unit
  if (unit !== undefined) {
    draft.unit = unit
    if (currencyBefore(tokens, k) !== undefined) draft.first--
    else draft.last += unitAfter(tokens, k, false)?.length ?? 0
  }
  const cue = cueBefore(tokens, draft.first)
  if (cue) {
    draft.precision = cue.precision
    draft.first = cue.first
  }
  const [a, b] = parts
  // `1988-1994`, and `2016-17` with the second year written short.
  if (/^\d{4}[-–](\d\d|\d{4})$/.test(tokens[k]?.text ?? '') && a >= 1000 && a <= 2100) {
    const high = b < 100 ? Math.floor(a / 100) * 100 + b : b
    if (high >= a && high <= 2100) {
      Object.assign(draft, { precision: 'range', low: a, high, type: 'year' })
      return draft
    }
  }
  pair(tokens, draft, k, parts)
  return draft
}

/** Gives the draft its kind when its words show one: money, percent, age, duration, year, other. */
function settleType(
  tokens: readonly Token[],
  draft: Draft,
  at: number,
  skip: readonly boolean[],
): void {
  if (draft.type !== 'count') return
  if (draft.unit === 'percent') {
    draft.type = 'percent'
    return
  }
  if (draft.unit !== undefined) {
    draft.type = 'money'
    return
  }
  // `ages 18 to 24`
  if (draft.precision === 'range' && AGE_CUES.has(tokens[draft.first - 1]?.lower ?? '')) {
    Object.assign(draft, { type: 'age', unit: 'year' })
    return
  }
  const simple = draft.precision === 'exact' && !draft.vague
  const age = simple ? readAge(tokens, draft.first, draft.last, draft.value) : undefined
  if (age) {
    Object.assign(draft, { type: 'age', unit: 'year', last: age.last })
    if (age.subjectAt !== undefined) draft.subjectAt = age.subjectAt
    return
  }
  const time = readTimeUnit(tokens, draft.last + 1)
  if (time) {
    Object.assign(draft, { type: 'duration', unit: tokens[time.at]?.lemma, unitAt: time.at })
    draft.days = draft.value * time.days
    return
  }
  if (!draft.vague && isYear(tokens, at, draft.value)) {
    draft.type = 'year'
    return
  }
  // `a three-judge panel`: three counts judges.
  const compound = tokens[draft.last + 1]?.text === '-' ? tokens[draft.last + 2] : undefined
  if (compound?.pos === 'NOUN') {
    draft.unit = compound.lemma
    draft.measure = compound.lemma
  } else {
    const unit = countedNoun(tokens, draft.last + 1, skip)
    if (unit !== undefined) draft.unit = unit
  }
  if (isMeasurementUnit(draft.unit) || (!Number.isInteger(draft.value) && !draft.unit))
    draft.type = 'other'
}

/**
 * Figures of one sentence with unit, precision and kind, normalized so `$250,000`, `250,000 dollars`
 * and `a quarter of a million dollars` all give 250000 USD, with what each measures and, when the
 * sentence shows it, whose it is. Tokens in `skip` (dates) are left alone. `entities`, when given,
 * turn a subject's words into the entity's key.
 */
export function extractNumbers(
  body: string,
  tokens: readonly Token[],
  skip: readonly boolean[],
  entities?: readonly EntitySpan[],
): NumberMention[] {
  const found: NumberMention[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token) continue
    const decade = readDecade(tokens, k)
    if (skip[k] || decade) {
      const mention = decade && finish(body, tokens, decade, entities)
      if (mention) found.push(mention)
      continue
    }
    const rank = readRank(tokens, k)
    const draft =
      rank ??
      (token.kind === 'ordinal'
        ? undefined
        : (readPairToken(tokens, k) ?? readQuantity(tokens, k, skip)))
    if (!draft) continue
    if (!rank) settleType(tokens, draft, figureStart(tokens, draft), skip)
    const mention = finish(body, tokens, draft, entities, skip)
    if (mention) found.push(mention)
    k = Math.max(k, draft.last)
  }
  return found
}

// The token of the figure itself, past its cue, article or currency sign.
function figureStart(tokens: readonly Token[], draft: Draft): number {
  for (let k = draft.first; k <= draft.last; k++) {
    const token = tokens[k]
    if (token && (parseDigits(token.text) !== undefined || isNumberWord(tokens, k))) return k
  }
  return draft.first
}
