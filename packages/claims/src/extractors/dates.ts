import type { Token, WinkEntity } from '../analyse'
import type { DateGranularity, DateMention } from '../types'
import { MONTHS, WEEKDAYS } from '../lexicon/calendar'
import { monthInName } from './month-names'
import { POSSESSIVE_PRONOUNS } from '../lexicon/function-words'

const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3))
const MODIFIERS = new Set([
  'since',
  'until',
  'earlier',
  'later',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
])
// Words that put a sentence's bare dates ahead of publication (`is expected to decide by April 26`).
const FUTURE = new Set(['will', 'expected', 'expects', 'scheduled', 'upcoming', 'plans', "'ll"])
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 }

interface Resolved {
  value?: string
  granularity: DateGranularity
  relative: boolean
}

const pad = (n: number): string => String(n).padStart(2, '0')
const isoDay = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
const isoMonth = (year: number, month: number): string => `${year}-${pad(month + 1)}`

function addDays(d: Date, days: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days))
}

function monday(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7))
}

function monthIndex(word: string): number {
  const full = MONTHS.indexOf(word)
  if (full !== -1) return full
  // `Sept.` is the one four-letter abbreviation news style uses.
  const short = word.replace(/\.$/, '').replace(/^sept$/, 'sep')
  return SHORT_MONTHS.indexOf(short)
}

/**
 * The month and day a date phrase names, as ISO 8601's yearless `--MM-DD` (`June 25`, `Feb. 15`,
 * `on 3 March`), whether or not its year is known: two outlets giving one day without a year
 * still give one day.
 */
export function calendarDay(phrase: string): string | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  const month = words.map(monthIndex).find((m) => m !== -1)
  const day = words.map((w) => /^(\d{1,2})(st|nd|rd|th)?$/.exec(w)?.[1]).find(Boolean)
  if (month === undefined || day === undefined || Number(day) < 1 || Number(day) > 31)
    return undefined
  return `--${pad(month + 1)}-${pad(Number(day))}`
}

const DECADE = /(?:\b\d{3}|(?:^|[\s'’])\d)0s\b/

/** Resolves one date phrase; news text looks back, so bare weekdays and months are the last ones. */
export function resolveDate(
  phrase: string,
  published: Date | undefined,
  future: boolean,
): Resolved {
  const lower = phrase.toLowerCase()
  // `mid-May` is a month with a modifier, not one unknown word.
  const words = lower.split(/[\s,]+|(?<=^|\s)(?:mid|early|late)-/).filter(Boolean)
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(lower)
  if (iso) return { value: iso[0], granularity: 'day', relative: false }
  const year = words.map((w) => /^(1[89]\d\d|20\d\d)$/.exec(w)?.[1]).find(Boolean)
  const month = words.map(monthIndex).find((m) => m !== -1)
  const day = words.map((w) => /^(\d{1,2})(st|nd|rd|th)?$/.exec(w)?.[1]).find(Boolean)
  // A decade: `the 1970s`, `the ’70s`, `the 80s`.
  if (DECADE.test(lower)) return { granularity: 'year', relative: false }
  if (month !== undefined) {
    const granularity = day ? 'day' : 'month'
    let y = year ? Number(year) : undefined
    if (y === undefined && published) {
      const pm = published.getUTCMonth()
      y = published.getUTCFullYear() + (future ? (month < pm ? 1 : 0) : month > pm ? -1 : 0)
    }
    if (y === undefined) return { granularity, relative: year === undefined }
    const value = day ? `${isoMonth(y, month)}-${pad(Number(day))}` : isoMonth(y, month)
    return { value, granularity, relative: year === undefined }
  }
  if (year) return { value: year, granularity: 'year', relative: false }
  return resolveRelative(words, published, future)
}

function resolveRelative(words: string[], published: Date | undefined, future: boolean): Resolved {
  const weekday = words.map((w) => WEEKDAYS.indexOf(w)).find((d) => d !== -1)
  const shift = words.includes('last') ? -1 : words.includes('next') ? 1 : 0
  const unit = words.find((w) => /^(day|week|month|year)s?$/.test(w))?.replace(/s$/, '')
  const granularity: DateGranularity =
    weekday !== undefined || /yesterday|today|tomorrow|tonight/.test(words.join(' '))
      ? 'day'
      : ((unit as DateGranularity | undefined) ?? 'day')
  if (!published) return { granularity, relative: true }
  const p = published
  if (weekday !== undefined) {
    const back = (p.getUTCDay() - weekday + 7) % 7
    const offset = future || shift > 0 ? (weekday - p.getUTCDay() + 7) % 7 || 7 : -back
    return { value: isoDay(addDays(p, offset)), granularity: 'day', relative: true }
  }
  const joined = words.join(' ')
  if (joined.includes('yesterday'))
    return { value: isoDay(addDays(p, -1)), granularity: 'day', relative: true }
  if (joined.includes('tomorrow'))
    return { value: isoDay(addDays(p, 1)), granularity: 'day', relative: true }
  if (/today|tonight/.test(joined)) return { value: isoDay(p), granularity: 'day', relative: true }
  if (!unit) return { granularity, relative: true }
  const count = words.includes('ago')
    ? -Number(/^\d+$/.test(words[0] ?? '') ? words[0] : wordCount(words[0]))
    : shift
  if (unit === 'year')
    return { value: String(p.getUTCFullYear() + count), granularity: 'year', relative: true }
  if (unit === 'month') {
    const d = new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth() + count, 1))
    return {
      value: isoMonth(d.getUTCFullYear(), d.getUTCMonth()),
      granularity: 'month',
      relative: true,
    }
  }
  const days = (UNIT_DAYS[unit] ?? 1) * count
  const at = addDays(p, days)
  return unit === 'week'
    ? { value: isoDay(monday(at)), granularity: 'week', relative: true }
    : { value: isoDay(at), granularity: 'day', relative: true }
}

function wordCount(word: string | undefined): number {
  const n = [
    'a',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
  ].indexOf(word ?? '')
  return n <= 0 ? 1 : n
}

function keepDuration(text: string): boolean {
  return (
    /\b(since|until)\b/i.test(text) &&
    (text
      .toLowerCase()
      .split(/[\s,]+/)
      .some((w) => monthIndex(w) !== -1) ||
      /\d{4}/.test(text) ||
      WEEKDAYS.some((d) => text.toLowerCase().includes(d)))
  )
}

/**
 * Dates of one sentence: wink-nlp finds them (`June 2018`, `last year`, `since May`), then each is
 * resolved against the published date with its granularity (`on Thursday` → that day).
 * `entities` are wink-nlp's, indexed in the article's token array; `mask` marks the sentence tokens
 * a date took, so their figures are not read again as numbers.
 */
export function extractDates(options: {
  body: string
  tokens: readonly Token[]
  entities: readonly WinkEntity[]
  published: Date | undefined
}): { dates: DateMention[]; mask: boolean[] } {
  const { body, tokens, entities, published } = options
  const mask = tokens.map(() => false)
  const dates: DateMention[] = []
  const base = tokens[0]?.i ?? 0
  const future = tokens.some((t) => FUTURE.has(t.lower))
  for (const entity of entities) {
    if (entity.type !== 'DATE' && entity.type !== 'TIME' && entity.type !== 'DURATION') continue
    let first = entity.first - base
    const last = entity.last - base
    if (first < 0 || last >= tokens.length) continue
    while (first > 0 && MODIFIERS.has(tokens[first - 1]?.lower ?? '')) first--
    const a = tokens[first]
    const b = tokens[last]
    if (!a || !b) continue
    const text = body.slice(a.start, b.end)
    if (entity.type === 'DURATION' && !keepDuration(text)) continue
    // `April Ryan`, `Theresa May`: a month that is part of a name dates nothing.
    if (first === last && monthInName(tokens, first)) continue
    if (isAge(tokens, first, text)) continue
    for (let k = first; k <= last; k++) mask[k] = true
    const resolved =
      entity.type === 'TIME'
        ? { granularity: 'time' as const, relative: false }
        : resolveDate(text, published, future)
    dates.push({ start: a.start, end: b.end, text, ...resolved })
  }
  for (const [first, last] of monthsMissed(tokens, mask)) {
    const [a, b] = [tokens[first]!, tokens[last]!]
    for (let k = first; k <= last; k++) mask[k] = true
    const text = body.slice(a.start, b.end)
    dates.push({ start: a.start, end: b.end, text, ...resolveDate(text, published, future) })
  }
  dates.sort((x, y) => x.start - y.start)
  return { dates, mask }
}

/**
 * A decade after a possessive, maybe with `early`, `mid` or `late` between: an age (`in their
 * 70s`), which the figures read; it is no date.
 */
function isAge(tokens: readonly Token[], first: number, text: string): boolean {
  if (!/^\d0s$/.test(text.split(/\s+/).pop() ?? '')) return false
  let k = first - 1
  if (/^(early|mid|late)$/.test(tokens[k]?.lower ?? '')) k--
  return POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')
}

// Before a capitalised month name these make it a time (`in mid May`), not a name or the verb `may`.
const BEFORE_MONTH = new Set([...MODIFIERS, 'in', 'by', 'from', 'through', 'before', 'after'])

/**
 * Month names the entity recogniser passed over (`in mid May`: `May` is also a verb and a name),
 * with their modifier and a day after them, as token ranges. Only a capitalised name after a word
 * that puts a time there, and not followed by more of a name, counts.
 */
function monthsMissed(tokens: readonly Token[], mask: readonly boolean[]): [number, number][] {
  const found: [number, number][] = []
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!
    if (mask[k] || monthIndex(t.lower) === -1 || !/^\p{Lu}/u.test(t.text)) continue
    // A short form is a month only as one (`Feb.`), not as a word (`Mar`, `Jun`).
    if (!MONTHS.includes(t.lower) && !t.text.endsWith('.')) continue
    const next = tokens[k + 1]
    const day = next !== undefined && /^\d{1,2}$/.test(next.text) && !mask[k + 1]
    // `in May Chen's office`: a name goes on after it; a day after it (`May 15`) makes it a date.
    if (!day && (!BEFORE_MONTH.has(tokens[k - 1]!.lower) || next?.pos === 'PROPN')) continue
    let first = k
    while (first > 0 && MODIFIERS.has(tokens[first - 1]!.lower) && !mask[first - 1]) first--
    const last = day ? k + 1 : k
    found.push([first, last])
  }
  return found
}
