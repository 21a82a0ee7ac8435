import {
  MONTHS,
  sameEntity,
  SPEECH_VERBS,
  type Attribution,
  type DateMention,
  type NumberMention,
} from '@parallax/claims'
import { speaksFor } from './affiliations'
import { conceptsOf } from './concepts'
import { type Divergence, oneName, sameWording, sliceClaim } from './divergence'
import { sameStatement, stem, words, type ClaimNode } from './features'
import { findHedge } from './hedge'
import { ANAPHORIC_OPENERS, EMPTY_PREDICATES } from './lexicon/stopwords'
import { findNegation } from './negation'
import { compareQuantities, looksLikeYear, statesLess } from './numbers'
import { compareQuoteWords, quoteWords, SAME_QUOTE } from './quotes-match'
import { findStatusConflict, isPending } from './status'
import type { DivergenceKind } from './types'

export const KIND_ORDER: readonly DivergenceKind[] = ['value', 'negation', 'hedge', 'attribution']

function byArticle(members: ClaimNode[]): Map<number, ClaimNode[]> {
  const map = new Map<number, ClaimNode[]>()
  for (const m of members) {
    const list = map.get(m.articleIndex)
    if (list) list.push(m)
    else map.set(m.articleIndex, [m])
  }
  return map
}

/** Years only count for the same statement: two years in two sentences are usually two events. */
function comparableNumbers(node: ClaimNode, years: boolean): NumberMention[] {
  return node.claim.numbers.filter((n) => Number.isFinite(n.value) && looksLikeYear(n) === years)
}

/** Whether one of an outlet's claims in the facet gives the same quantity as `x` of `node`. */
function statedBy(claims: readonly ClaimNode[], node: ClaimNode, x: NumberMention): boolean {
  return claims.some((c) =>
    c.claim.numbers.some(
      (y) =>
        compareQuantities(
          { number: x, numbers: node.claim.numbers },
          { number: y, numbers: c.claim.numbers },
        ) === 'same',
    ),
  )
}

/**
 * Quantities of two aligned claims that measure the same thing: values no reading of their stated
 * precision reconciles are a value divergence; a vague figure (`hundreds of thousands`) against an
 * exact one inside it (`800,000`) is a hedge. A figure matched by one of the other's counts as
 * reconciled, whatever else the other names, and so does one that another claim of the same
 * outlet in the facet gives too: that outlet states the figure, and its other number measures
 * something else (`picked up six seats` beside `lost nearly 60 seats over six years`).
 */
function findQuantityDivergences(
  a: ClaimNode,
  b: ClaimNode,
  outlets: Map<number, ClaimNode[]>,
  years = false,
): Divergence[] {
  const found: Divergence[] = []
  if (datedApart(a, b)) return found
  const xs = comparableNumbers(a, years)
  const ys = comparableNumbers(b, years)
  for (const x of xs) {
    const relations = ys.map((y) =>
      compareQuantities(
        { number: x, numbers: a.claim.numbers },
        { number: y, numbers: b.claim.numbers },
      ),
    )
    if (relations.includes('same')) continue
    const conflict = relations.indexOf('conflict')
    if (
      conflict >= 0 &&
      !found.some((d) => d.kind === 'value') &&
      !statedBy(outlets.get(b.articleIndex) ?? [], a, x) &&
      !statedBy(outlets.get(a.articleIndex) ?? [], b, ys[conflict]!)
    ) {
      found.push({ kind: 'value', a, b, aWords: x.text, bWords: ys[conflict]!.text })
    }
    const vaguer = relations.indexOf('vaguer')
    if (vaguer >= 0 && !found.some((d) => d.kind === 'hedge')) {
      const y = ys[vaguer]!
      // The side stating less (`over 20 years`) hedges what the other gives as a figure.
      const xLess = statesLess(x)
      found.push({
        kind: 'hedge',
        a: xLess ? a : b,
        b: xLess ? b : a,
        aWords: xLess ? x.text : y.text,
        bWords: xLess ? y.text : x.text,
      })
    }
  }
  return found
}

/**
 * Whether two claims are dated to days that cannot be one (`met Sunday` / `Thursday night’s
 * meeting`): two events, so a figure of one (`the first time in weeks`) is no answer to the other's
 * (`the second time in a week`).
 */
function datedApart(a: ClaimNode, b: ClaimNode): boolean {
  const days = (node: ClaimNode) => node.claim.dates.filter((d) => d.granularity === 'day')
  const [xs, ys] = [days(a), days(b)]
  if (xs.length === 0 || ys.length === 0) return false
  return xs.every((x) => ys.every((y) => comparableDays(x, y) && !sameDate(x, y)))
}

/** Two resolved days, or two unresolved ones written alike (two weekdays), can be told apart. */
function comparableDays(x: DateMention, y: DateMention): boolean {
  if (x.value && y.value) return true
  return !x.value && !y.value && sameForm(x, y)
}

function speakerKeys(node: ClaimNode): Set<string> {
  const keys = new Set<string>()
  const speaker = node.claim.attribution.speaker
  if (speaker?.key) keys.add(speaker.key)
  return keys
}

const ARTICLES = new Set(['the', 'a', 'an'])

/**
 * The word that introduces a name in its claim (`to` in `awarded to Aerolift`, `in` in `based
 * in Iran`), or `^` when the name opens it: a cheap stand-in for the role the name plays.
 */
function roleOf(node: ClaimNode, entity: { start: number }): string {
  const before = node.claim.text.slice(0, Math.max(0, entity.start - node.claim.start))
  const tokens = before.toLowerCase().match(/\p{L}+/gu) ?? []
  while (tokens.length > 0 && ARTICLES.has(tokens[tokens.length - 1]!)) tokens.pop()
  return tokens[tokens.length - 1] ?? '^'
}

function findEntityConflict(a: ClaimNode, b: ClaimNode): Divergence | undefined {
  const skip = new Set([...speakerKeys(a), ...speakerKeys(b)])
  const named = (n: ClaimNode) =>
    new Map(n.claim.entities.filter((e) => !skip.has(e.key)).map((e) => [e.key, e]))
  const aNamed = named(a)
  const bNamed = named(b)
  const onlyA = [...aNamed.values()].filter((e) => !bNamed.has(e.key))
  const onlyB = [...bNamed.values()].filter((e) => !aNamed.has(e.key))
  // One name each that the other lacks, of one type, introduced the same way in the same
  // statement: the same slot filled differently.
  if (onlyA.length !== 1 || onlyB.length !== 1) return undefined
  const [x, y] = [onlyA[0]!, onlyB[0]!]
  if (oneName(x, y)) return undefined
  // A name opening the sentence is its subject or a dateline: two subjects make two statements.
  const role = roleOf(a, x)
  const sameType = x.type === y.type || x.type === 'other' || y.type === 'other'
  if (!sameType || role === '^' || role !== roleOf(b, y)) return undefined
  return { kind: 'value', a, b, aWords: x.text, bWords: y.text }
}

/**
 * Whether two claims date one event: the same main verb (or concept of it), or the same word just
 * before the dates (`an interview published Saturday` / `published Sunday`). Two days on two verbs
 * (`urged lawmakers on Wednesday` / `signed the bill on Thursday`) date two events, and so do a
 * plan and a report on two verbs that only share the word before their days (`sent an e-mail to
 * members Saturday` / `will call members on Monday`).
 */
function oneEventDated(a: ClaimNode, b: ClaimNode): boolean {
  const pa = a.claim.predicate
  const pb = b.claim.predicate
  if (pa && pb && !EMPTY_PREDICATES.has(pa) && stem(pa) === stem(pb)) return true
  if (pa && pb) {
    const ca = conceptsOf([pa.toLowerCase()])
    if (ca.length > 0 && conceptsOf([pb.toLowerCase()]).some((c) => ca.includes(c))) return true
  }
  if (isPending(a) !== isPending(b)) return false
  const before = (node: ClaimNode) =>
    new Set(node.claim.dates.map((d) => wordBefore(node, d.start)).filter((w) => w !== undefined))
  const bb = before(b)
  return [...before(a)].some((w) => bb.has(w))
}

// Words between a date and the word it dates (`published on Sunday`, `met late Monday`).
const DATE_LEAD = new Set([
  'on',
  'in',
  'at',
  'by',
  'the',
  'late',
  'early',
  'earlier',
  'later',
  'last',
  'this',
  'next',
])

/** The stem of the content word just before a date in its claim, past any `on`, `late`, `the`. */
function wordBefore(node: ClaimNode, start: number): string | undefined {
  const tokens = words(node.claim.text.slice(0, Math.max(0, start - node.claim.start)))
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (DATE_LEAD.has(tokens[i]!)) continue
    return stem(tokens[i]!)
  }
  return undefined
}

function findDateConflict(a: ClaimNode, b: ClaimNode): Divergence | undefined {
  if (!oneEventDated(a, b)) return undefined
  for (const x of a.claim.dates) {
    // A day outside the month the other gives (`April 30` / `in mid May`) is another date too.
    const month = monthOf(x)
    const outside = b.claim.dates.find((y) => {
      if (x.granularity === y.granularity) return false
      const other = monthOf(y)
      return month !== undefined && other !== undefined && !sameMonth(month, other)
    })
    if (outside) return { kind: 'value', a, b, aWords: x.text, bWords: outside.text }
    const sameGranularity = b.claim.dates.filter(
      (y) => Boolean(y.value) === Boolean(x.value) && y.granularity === x.granularity,
    )
    if (sameGranularity.length === 0 || sameGranularity.some((y) => sameDate(x, y))) continue
    // Unresolved, `Friday` and `Feb. 15` may be one day: only two weekdays or two dated days differ.
    if (!x.value && !sameGranularity.some((y) => sameForm(x, y))) continue
    return { kind: 'value', a, b, aWords: x.text, bWords: sameGranularity[0]!.text }
  }
  return undefined
}

const MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'i')

interface Month {
  /** 1 to 12. */
  month: number
  /** Only when the date was resolved: an unresolved `May` is of no known year. */
  year?: string
}

/**
 * The month a day or month date falls in: by value when resolved, by its name when not, so one
 * outlet's resolved `2013-05-02` and another's unresolved `in May` still compare.
 */
function monthOf(d: DateMention): Month | undefined {
  if (d.granularity !== 'day' && d.granularity !== 'month') return undefined
  if (d.value) return { month: Number(d.value.slice(5, 7)), year: d.value.slice(0, 4) }
  const name = MONTH.exec(d.text)?.[1]?.toLowerCase()
  return name === undefined ? undefined : { month: MONTHS.indexOf(name) + 1 }
}

function sameMonth(x: Month, y: Month): boolean {
  return x.month === y.month && (x.year === undefined || y.year === undefined || x.year === y.year)
}

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i

function sameForm(x: DateMention, y: DateMention): boolean {
  return WEEKDAY.test(x.text) === WEEKDAY.test(y.text)
}

/**
 * Resolved dates are compared by value. Dates no published date could resolve (`on Monday`, `on
 * Tuesday`) are compared by their words: with the reference unknown, one day named two ways could
 * still be one day (`Monday` / `Monday morning`), but `Monday` and `Tuesday` cannot.
 */
function sameDate(x: DateMention, y: DateMention): boolean {
  if (x.value || y.value) return x.value === y.value
  const wx = new Set(words(x.text))
  const wy = new Set(words(y.text))
  return [...wx].every((w) => wy.has(w)) || [...wy].every((w) => wx.has(w))
}

/**
 * The key of the speaker when the claim names them rather than points to them: `he`, `we`, or a
 * description through someone else (`Mr. Strzok’s lawyer`, `his spokesman`) may be the very
 * person the other outlet names, and so may a name found for a pronoun.
 */
export function namedSpeaker(attribution: Attribution): string | undefined {
  const key = attribution.speaker?.key
  if (attribution.kind === 'outlet' || !key || attribution.speaker!.resolved) return undefined
  const text = attribution.speaker!.text
  const tokens = words(text)
  const named =
    tokens.length > 0 &&
    !tokens.some((w) => ANAPHORIC_OPENERS.has(w) || POINTERS.has(w)) &&
    !/['’]s\b/.test(text)
  return named ? key : undefined
}

const POINTERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'we', 'i', 'you'])

/** The words of the direct quote a claim gives, or undefined when it gives none. */
function quotedWords(node: ClaimNode): string[] | undefined {
  const { quote, kind } = node.claim.attribution
  if (kind !== 'quote' || !quote) return undefined
  const words = quoteWords(sliceClaim(node, quote.start, quote.end))
  return words.length > 0 ? words : undefined
}

/** Who a claim is credited to, for an explanation: the name, or unnamed sources as such. */
function sourceWords(node: ClaimNode): string {
  const { speaker, kind } = node.claim.attribution
  if (kind !== 'anonymous') return speaker!.text
  return speaker ? `unnamed sources (${speaker.text})` : 'unnamed sources'
}

const SPEECH_STEMS = new Set([...SPEECH_VERBS].map(stem))
// Past forms a stem does not reach (`said` is not `say`).
const IRREGULAR_SPEECH = new Set(['said', 'says', 'told', 'tells', 'wrote', 'written'])
/** `Gattine has denied`, `Smith, who later said`: the verb within three words of the name. */
const SPEECH_REACH = 3

/**
 * Whether a claim itself has the person keyed `speaker` say something (`… because Gattine called
 * him a racist – something Gattine has denied`): it credits that source too, so another outlet
 * crediting the statement to that person is no source in dispute.
 */
function hasSpeaking(node: ClaimNode, speaker: string): boolean {
  const { claim } = node
  return claim.entities.some((e) => {
    if (!sameEntity(e.key, speaker)) return false
    // The words up to the next mark, past a comma that opens a clause about the name.
    const after = claim.text.slice(e.end - claim.start).replace(/^\s*,/, '')
    const next = /^[^,.;:!?—–()“”"]*/u.exec(after)![0]
    return words(next)
      .slice(0, SPEECH_REACH)
      .some((w) => IRREGULAR_SPEECH.has(w) || SPEECH_STEMS.has(stem(w)))
  })
}

/**
 * Two sources conflict when both are named and are not one entity named two ways, or when one
 * outlet names the source another leaves unnamed (`two of the people said` / `The New York Times
 * reported`): a reader weighs the two differently. Two unnamed sources may be the same people.
 */
function findAttributionConflict(a: ClaimNode, b: ClaimNode): Divergence | undefined {
  const sa = namedSpeaker(a.claim.attribution)
  const sb = namedSpeaker(b.claim.attribution)
  const unnamed = (node: ClaimNode) => node.claim.attribution.kind === 'anonymous'
  const conflict =
    sa && sb
      ? !oneName(
          { key: sa, text: a.claim.attribution.speaker!.text },
          { key: sb, text: b.claim.attribution.speaker!.text },
        ) &&
        // The president of an organisation and the organisation are one source, and a claim that
        // itself has the other's source speak credits that source too.
        !speaksFor(a.affiliations, sa, sb) &&
        !speaksFor(a.affiliations, sb, sa) &&
        !hasSpeaking(a, sb) &&
        !hasSpeaking(b, sa)
      : (sa !== undefined && !unnamed(a) && unnamed(b)) ||
        (sb !== undefined && !unnamed(b) && unnamed(a))
  if (!conflict) return undefined
  // Two direct quotes are one statement only when they are one quote, which two outlets print
  // cut at different points but not reworded: two speakers each saying something alike (`These
  // guys are on the wrong side of history` / `I think it shows they are on the wrong side of
  // history`) is no source in dispute.
  const qa = quotedWords(a)
  const qb = quotedWords(b)
  if (qa && qb) {
    const overlap = compareQuoteWords(qa, qb)
    if (overlap.score < SAME_QUOTE || !overlap.verbatim) return undefined
  }
  return { kind: 'attribution', a, b, aWords: sourceWords(a), bWords: sourceWords(b) }
}

/**
 * Whether the event has happened is a value of it: one outlet reporting it done and another saying
 * it is still to come give it two values. Not a negation: neither says it did not happen.
 */
function statusDivergence(a: ClaimNode, b: ClaimNode): Divergence | undefined {
  const conflict = findStatusConflict(a, b)
  if (!conflict) return undefined
  return {
    kind: 'value',
    a: conflict.done,
    b: conflict.pending,
    aWords: conflict.doneWords,
    bWords: conflict.pendingWords,
    status: 'done-vs-pending',
  }
}

/**
 * Why the outlets in a group disagree, if they do: at most one piece of evidence per kind, in
 * `KIND_ORDER`. `pairs` are the cross-outlet pairs to check for slot-by-slot conflicts.
 */
export function classifyGroup(members: ClaimNode[], pairs: [ClaimNode, ClaimNode][]): Divergence[] {
  const outlets = byArticle(members)
  if (outlets.size < 2) return []
  const found = new Map<DivergenceKind, Divergence>()
  const note = (d: Divergence | undefined) => {
    if (d && !found.has(d.kind)) found.set(d.kind, d)
  }
  for (const [a, b] of pairs) {
    for (const d of findQuantityDivergences(a, b, outlets)) note(d)
    note(findNegation(a, b, outlets))
    note(statusDivergence(a, b))
    // Two dates or years for one statement conflict however it is worded (`held the seat from
    // 1966` / `served from 1967`); two names only when the rest is worded alike.
    const worded = sameWording(a, b)
    if (!worded && !sameStatement(a, b)) continue
    const value =
      (worded ? findEntityConflict(a, b) : undefined) ??
      findDateConflict(a, b) ??
      findQuantityDivergences(a, b, outlets, true).find((d) => d.kind === 'value')
    note(value)
    if (!worded) continue
    // Two sources for two different facts is a value conflict, not an attribution one: the same
    // statement means the same content.
    if (!value) note(findAttributionConflict(a, b))
  }
  note(findHedge(outlets))
  return KIND_ORDER.flatMap((kind) => {
    const d = found.get(kind)
    return d ? [d] : []
  })
}
