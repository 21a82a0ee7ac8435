import type { DateMention, HedgeKind, NumberMention } from '@parallax/claims'
import { contentStems, words, type ClaimNode } from './features'
import { ANAPHORIC_OPENERS } from './lexicon/stopwords'
import { looksLikeYear, numbersCompatible, unitKey } from './numbers'
import { findStatusConflict } from './status'
import type { DivergenceKind } from './types'

/** One reason a facet diverges, with the two claims and the words a reader can check. */
export interface Divergence {
  kind: DivergenceKind
  a: ClaimNode
  b: ClaimNode
  aWords: string
  bWords: string
  /** Set when the value in conflict is whether the event has happened: `a` done, `b` still to come. */
  status?: 'done-vs-pending'
}

export const KIND_ORDER: readonly DivergenceKind[] = ['value', 'negation', 'hedge', 'attribution']

// What turns a fact into something less: an estimate, an allegation, a report, a belief. A bare
// possibility (`may`, `suggested`) or an implication qualifies the speaker's act more often than the
// fact, so it does not by itself make a hedge divergence.
const WEAKENING: ReadonlySet<HedgeKind> = new Set<HedgeKind>([
  'estimate',
  'allegation',
  'report',
  'belief',
])
// Two sentences make the same statement when at least this share of the shorter one's content
// words appear in the other.
const SAME_STATEMENT = 0.5

/** The words of a claim's sentence between two body offsets. */
export function sliceClaim(node: ClaimNode, start: number, end: number): string {
  const { claim } = node
  const from = Math.max(0, start - claim.start)
  const to = Math.min(claim.text.length, end - claim.start)
  return from < to ? claim.text.slice(from, to).trim() : claim.text
}

export function sameStatement(a: ClaimNode, b: ClaimNode): boolean {
  const smaller = Math.min(a.stems.size, b.stems.size)
  if (smaller === 0) return false
  let shared = 0
  for (const s of a.stems) if (b.stems.has(s)) shared++
  return shared / smaller >= SAME_STATEMENT
}

function isHedged(node: ClaimNode): boolean {
  const { claim } = node
  return claim.hedges.some((h) => WEAKENING.has(h.kind)) || claim.attribution.kind === 'anonymous'
}

function isFlat(node: ClaimNode): boolean {
  const { claim } = node
  return claim.hedges.length === 0 && claim.attribution.kind === 'outlet' && !claim.negated
}

function byArticle(members: ClaimNode[]): Map<number, ClaimNode[]> {
  const map = new Map<number, ClaimNode[]>()
  for (const m of members) {
    const list = map.get(m.articleIndex)
    if (list) list.push(m)
    else map.set(m.articleIndex, [m])
  }
  return map
}

/**
 * True when a negation covers words the other claim uses for what it asserts. Names do not count:
 * in one story every sentence names the same few actors.
 */
function negationBearsOn(negated: ClaimNode, other: ClaimNode): boolean {
  const { negations } = negated.claim
  if (negations.length === 0) return true
  return negations.some(({ scope }) =>
    contentStems(sliceClaim(negated, scope.start, scope.end)).some((s) => other.stems.has(s)),
  )
}

/**
 * A statement one outlet makes and another, in a claim aligned with it, negates or will not
 * confirm. The negation has to cover what the other says: `not the first lawsuit` does not deny
 * `the software was linked to surveillance`.
 */
function findNegation(
  a: ClaimNode,
  b: ClaimNode,
  outlets: Map<number, ClaimNode[]>,
): Divergence | undefined {
  if (a.claim.negated === b.claim.negated) return undefined
  const [negated, asserted] = a.claim.negated ? [a, b] : [b, a]
  if (!negationBearsOn(negated, asserted)) return undefined
  // An outlet that also negates it in the facet (`does not comment on specific licenses`) agrees
  // with the negation: its other sentence answers a neighbouring question.
  const assertingOutlet = outlets.get(asserted.articleIndex) ?? []
  if (assertingOutlet.some((m) => m.claim.negated && negationBearsOn(m, negated))) return undefined
  const cue = negated.claim.negations[0]
  const words = cue
    ? sliceClaim(negated, cue.start, Math.max(cue.end, cue.scope.end))
    : negated.claim.text
  return { kind: 'negation', a: negated, b: asserted, aWords: words, bWords: asserted.claim.text }
}

function findHedge(outlets: Map<number, ClaimNode[]>): Divergence | undefined {
  const hedged = [...outlets.values()].flat().find(isHedged)
  if (!hedged) return undefined
  for (const [article, claims] of outlets) {
    if (article === hedged.articleIndex || claims.some(isHedged)) continue
    const flat = claims.find(isFlat)
    if (!flat) continue
    const hedge = hedged.claim.hedges.find((h) => WEAKENING.has(h.kind))
    const words = hedge
      ? sliceClaim(hedged, hedge.start, hedge.end)
      : (hedged.claim.attribution.cue ?? hedged.claim.text)
    return { kind: 'hedge', a: hedged, b: flat, aWords: words, bWords: flat.claim.text }
  }
  return undefined
}

function comparableNumbers(node: ClaimNode): NumberMention[] {
  return node.claim.numbers.filter((n) => Number.isFinite(n.value) && !looksLikeYear(n))
}

/** Numbers of the same unit that no reading of their precision can reconcile, outlet against outlet. */
function findNumberConflict(outlets: Map<number, ClaimNode[]>): Divergence | undefined {
  const byUnit = new Map<string, Map<number, { node: ClaimNode; n: NumberMention }[]>>()
  for (const [article, claims] of outlets) {
    for (const node of claims) {
      const numbers = comparableNumbers(node)
      for (const n of numbers) {
        // A bare number is compared only when it is the sentence's one number: otherwise there is
        // no telling which of them answers the question.
        if (!n.unit && numbers.length > 1) continue
        const unit = unitKey(n)
        const perArticle =
          byUnit.get(unit) ?? new Map<number, { node: ClaimNode; n: NumberMention }[]>()
        byUnit.set(unit, perArticle)
        const list = perArticle.get(article) ?? []
        perArticle.set(article, list)
        list.push({ node, n })
      }
    }
  }
  for (const perArticle of [...byUnit]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, v]) => v)) {
    const lists = [...perArticle.values()]
    // Each outlet is checked against the first: linear in outlets, and any disagreement shows.
    const first = lists[0]!
    for (const other of lists.slice(1)) {
      const reconciled = first.some((x) => other.some((y) => numbersCompatible(x.n, y.n)))
      if (reconciled) continue
      const x = first[0]!
      const y = other[0]!
      return { kind: 'value', a: x.node, b: y.node, aWords: x.n.text, bWords: y.n.text }
    }
  }
  return undefined
}

function speakerKeys(node: ClaimNode): Set<string> {
  const keys = new Set<string>()
  const speaker = node.claim.attribution.speaker
  if (speaker?.key) keys.add(speaker.key)
  return keys
}

const ARTICLES = new Set(['the', 'a', 'an'])

/**
 * The word that introduces a name in its sentence (`to` in `awarded to Aerolift`, `in` in `based
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
  const sameType = x.type === y.type || x.type === 'other' || y.type === 'other'
  if (!sameType || roleOf(a, x) !== roleOf(b, y)) return undefined
  return { kind: 'value', a, b, aWords: x.text, bWords: y.text }
}

function findDateConflict(a: ClaimNode, b: ClaimNode): Divergence | undefined {
  for (const x of a.claim.dates) {
    const sameGranularity = b.claim.dates.filter(
      (y) => Boolean(y.value) === Boolean(x.value) && y.granularity === x.granularity,
    )
    if (sameGranularity.length === 0 || sameGranularity.some((y) => sameDate(x, y))) continue
    return { kind: 'value', a, b, aWords: x.text, bWords: sameGranularity[0]!.text }
  }
  return undefined
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

function speakerId(node: ClaimNode): string | undefined {
  const { attribution } = node.claim
  if (attribution.kind === 'outlet' || !attribution.speaker) return undefined
  if (attribution.speaker.key) return attribution.speaker.key
  const text = attribution.speaker.text.toLowerCase().trim()
  // A pronoun names nobody: `it said` cannot disagree with `the ministry said`.
  return text && !ANAPHORIC_OPENERS.has(text) && !['we', 'i', 'you'].includes(text)
    ? text
    : undefined
}

function findAttributionConflict(a: ClaimNode, b: ClaimNode): Divergence | undefined {
  const sa = speakerId(a)
  const sb = speakerId(b)
  if (!sa || !sb || sa === sb) return undefined
  return {
    kind: 'attribution',
    a,
    b,
    aWords: a.claim.attribution.speaker!.text,
    bWords: b.claim.attribution.speaker!.text,
  }
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
  note(findNumberConflict(outlets))
  for (const [a, b] of pairs) {
    note(findNegation(a, b, outlets))
    note(statusDivergence(a, b))
    if (!sameStatement(a, b)) continue
    const value = findEntityConflict(a, b) ?? findDateConflict(a, b)
    note(value)
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
