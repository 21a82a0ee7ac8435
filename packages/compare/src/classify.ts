import {
  MONTHS,
  sameEntity,
  type Attribution,
  type DateMention,
  type HedgeKind,
  type Negation,
  type NumberMention,
} from '@parallax/claims'
import { conceptMentions, conceptsOf } from './concepts'
import { contentStems, sameStatement, stem, words, type ClaimNode } from './features'
import { ANAPHORIC_OPENERS, EMPTY_PREDICATES, OPEN_QUESTION_WORDS } from './lexicon/stopwords'
import { compareQuantities, looksLikeYear, statesLess } from './numbers'
import { compareQuoteWords, quoteWords, SAME_QUOTE } from './quotes-match'
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
// ... and share at least this many. On the clustering set's stories outside the dev set, one
// shared word was all 6 attribution and 8 hedge divergences there had, every one judged false.
const SAME_STATEMENT_WORDS = 2
// A qualifier on one side is the weakest evidence of a divergence: it must qualify a statement the
// other makes in at least this many of the same words or figures: with two, a qualifier in a long sentence
// meets short clauses about the same people (4 more hedges there, all false; none on the dev set).
const HEDGED_STATEMENT_WORDS = 3

/** The words of a claim's sentence between two body offsets. */
export function sliceClaim(node: ClaimNode, start: number, end: number): string {
  const { claim } = node
  const from = Math.max(0, start - claim.start)
  const to = Math.min(claim.text.length, end - claim.start)
  return from < to ? claim.text.slice(from, to).trim() : claim.text
}

/**
 * Whether two claims make the same statement in the same words: at least half the content words of
 * the shorter are in the other, and at least `least` of them (one word a fragment shares with a
 * sentence is a topic). Stricter than `sameStatement`, which also counts concepts and
 * figures: a name or a source that differs between two claims is a conflict only when the rest of
 * what they say is worded alike.
 */
export function sameWording(a: ClaimNode, b: ClaimNode, least = SAME_STATEMENT_WORDS): boolean {
  const smaller = Math.min(a.stems.size, b.stems.size)
  if (smaller === 0) return false
  let shared = 0
  for (const s of a.stems) if (b.stems.has(s)) shared++
  return shared / smaller >= SAME_STATEMENT && shared >= least
}

/**
 * Whether a hedge qualifies what the claim states: `following allegations of harassment` names
 * the allegations as a topic, while `allegations that he …` and `allegedly` hedge the statement.
 */
function qualifies(
  node: ClaimNode,
  hedge: { start: number; end: number; kind: HedgeKind },
): boolean {
  if (!WEAKENING.has(hedge.kind)) return false
  const text = sliceClaim(node, hedge.start, hedge.end).toLowerCase()
  if (!/^allegations?$/.test(text)) return true
  return /^\s*that\b/.test(node.claim.text.slice(hedge.end - node.claim.start))
}

/** How many content words, figures and dates two claims share. */
function sharedContent(a: ClaimNode, b: ClaimNode): number {
  let shared = 0
  for (const s of a.stems) if (b.stems.has(s)) shared++
  for (const key of a.own.keys()) if ((key[0] === 'v' || key[0] === 'd') && b.own.has(key)) shared++
  return shared
}

/** A refusal to comment says nothing either way: it neither hedges nor states. */
function declines(node: ClaimNode): boolean {
  return node.claim.negations.some(
    (n) =>
      n.kind === 'no-comment' ||
      n.kind === 'refusal' ||
      // `could not confirm, deny or comment`, `did not respond`: a not on speaking at all.
      SPEAKING.test(sliceClaim(node, n.start, Math.max(n.end, n.scope.end))),
  )
}

const SPEAKING = /\b(comment|confirm|respond|reply)/i

function isHedged(node: ClaimNode): boolean {
  const { claim } = node
  if (declines(node)) return false
  return claim.hedges.some((h) => qualifies(node, h)) || claim.attribution.kind === 'anonymous'
}

function isFlat(node: ClaimNode): boolean {
  const { claim } = node
  return (
    !claim.hedges.some((h) => qualifies(node, h)) &&
    claim.attribution.kind === 'outlet' &&
    !claim.negated &&
    !declines(node)
  )
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
 * For each negation of `negated`, its scope's content words, how many of them `other` states too,
 * and whether `other` states the first of them: the word the cue bears on (`not send`, `no
 * votes`). The scope is read word by word (`paid`), a claim's terms by lemma (`pay`): either form
 * counts. Names do not: in one story every sentence names the same few actors.
 */
function scopesShared(
  negated: ClaimNode,
  other: ClaimNode,
): { negation: Negation; scoped: Set<string>; shared: number; headStated: boolean }[] {
  const names = new Set([...nameStems(negated), ...nameStems(other)])
  const stated = assertedStems(other)
  return negated.claim.negations.map((negation) => {
    const { scope } = negation
    const inScope = contentStems(sliceClaim(negated, scope.start, scope.end)).filter(
      (s) => !names.has(s) && !EMPTY_PREDICATES.has(s),
    )
    const scoped = new Set(inScope)
    let shared = 0
    for (const s of scoped) if (stated.has(s)) shared++
    // What the cue bears on is its first word but a question word or a manner (`did not say
    // whether it paid`, `never publicly discussed`).
    const head = words(sliceClaim(negated, scope.start, scope.end))
      .filter((w) => !OPEN_QUESTION_WORDS.has(w) && !MANNER.test(w))
      .map(stem)
      .find((s) => scoped.has(s))
    return { negation, scoped, shared, headStated: head !== undefined && stated.has(head) }
  })
}

// An adverb of manner: `-ly` after at least three letters (`publicly`, not `ally`).
const MANNER = /^\p{L}{3,}ly$/u
// An open question (`an investigation into whether laws were broken`) states none of its words,
// up to where its clause ends.
const OPEN_QUESTION_CLAUSE = /\bwhether\b[^,;:]*/giu
// What someone asks another to do (`a request to Lerner … to provide information`) is not said
// to have been done, up to where its clause ends.
const REQUESTED_CLAUSE =
  /\b(?:request(?:s|ed)?|ask(?:s|ed)?|urg(?:e|es|ed)|demand(?:s|ed)?|call(?:s|ed)? on)\b[^,;:]*?\bto\b[^,;:]*/giu

/** A claim's words with its open questions and requests blanked: what it states. */
function statedText(node: ClaimNode): string {
  const text = node.text.replace(OPEN_QUESTION_CLAUSE, ' ')
  return text.replace(REQUESTED_CLAUSE, ' ')
}

/** The content words a claim states: its words and lemmas, but none from inside an open question. */
function assertedStems(node: ClaimNode): Set<string> {
  const stated = statedText(node)
  // Its lemmas are of the whole claim: with a question in it, only its words are read.
  if (stated === node.text) return new Set([...node.stems, ...contentStems(node.claim.text)])
  return new Set(contentStems(stated))
}

function nameStems(node: ClaimNode): string[] {
  return node.claim.entities.flatMap((e) => contentStems(e.text))
}

/** True when a negation covers any word the other claim states. */
function negationBearsOn(negated: ClaimNode, other: ClaimNode): boolean {
  if (negated.claim.negations.length === 0) return true
  return scopesShared(negated, other).some(({ shared }) => shared > 0)
}

function isQuotedWord(node: ClaimNode, cue: { start: number; end: number }): boolean {
  const before = node.claim.text.slice(0, cue.start - node.claim.start).trimEnd()
  const after = node.claim.text.slice(cue.end - node.claim.start).trimStart()
  return /["“‘']$/.test(before) && /^["”’']/.test(after)
}

function negatesPredicate(negated: ClaimNode, asserted: ClaimNode): boolean {
  const predicate = asserted.claim.predicate
  if (!predicate) return false
  const verb = stem(predicate)
  return negated.claim.negations.some(({ scope }) =>
    contentStems(sliceClaim(negated, scope.start, scope.end)).includes(verb),
  )
}

/**
 * The negated verb names, in other words, what the other outlet asserts (`would not be held` /
 * `could take place`): a concept of the lexicon opens the negation's scope, where the negated verb
 * stands, and the other claim names it too.
 */
function negatesConcept(negated: ClaimNode, asserted: ClaimNode): boolean {
  const concepts = new Set(conceptsOf(words(statedText(asserted))))
  return negated.claim.negations.some(({ kind, scope, text }) => {
    // Declining to comment is no denial of what the other reports, however it is worded.
    if (kind !== 'not' && kind !== 'never') return false
    // `no votes` denies that there were votes, not that a vote was held.
    if (/^no$/i.test(text.trim())) return false
    const [first] = conceptMentions(words(sliceClaim(negated, scope.start, scope.end)))
    return first?.index === 0 && concepts.has(first.concept)
  })
}

/** Whether `other` has the negation's cue and the word after it as written (`don’t respect`). */
function repeatsNegation(other: ClaimNode, negated: ClaimNode, negation: Negation): boolean {
  const cue = words(sliceClaim(negated, negation.start, negation.scope.end))
  const phrase = cue.slice(0, words(negation.text).length + 1).join(' ')
  return ` ${words(other.claim.text).join(' ')} `.includes(` ${phrase} `)
}

/**
 * Whether the negation denies what the other claim asserts, not only a word of it: the negated
 * words share two content words with the other claim, the first of them among them (`did not send
 * a lewd photo` / `the photo could have been sent`, but not `did not approve the budget for buses`
 * / `drafted the budget for buses`), or a refusal to say names the other's very verb (`did not say whether it
 * sought a dismissal` / `claimed the case should be dismissed`). One shared word is a topic, not a
 * statement (`not born in this country` / `I love this country`).
 */
function deniesStatement(negated: ClaimNode, asserted: ClaimNode): boolean {
  if (negated.claim.negations.length === 0) return sameWording(negated, asserted)
  const predicate = asserted.claim.predicate
  const verb = predicate ? stem(predicate) : undefined
  return scopesShared(negated, asserted).some(
    ({ negation, scoped, shared, headStated }) =>
      (shared >= 2 && headStated) ||
      (negation.kind === 'no-comment' && verb !== undefined && scoped.has(verb)),
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
  // A cue in quotation marks is mentioned, not used: `the lone “no” vote` denies nothing.
  if (negated.claim.negations.every((n) => isQuotedWord(negated, n))) return undefined
  // A claim with a negation of its own (`declared that he would not seek re-election`) may
  // agree with the negating one: the cue only missed its main clause.
  if (asserted.claim.negations.length > 0) return undefined
  // Nor one that says it is still to happen (`has yet to respond`) or opposes it (`has opposed
  // calls for …` / `rejects calls for …`): it says the same.
  if (stillUndone(asserted) || opposes(asserted)) return undefined
  // One speaker's two remarks (`That's not putting people back to work` / `help ourselves by
  // putting people back to work`) are two statements of theirs, unless worded alike; two direct
  // quotes of one speaker are two things they said, however alike.
  if (oneSpeaker(a, b) && (!sameWording(a, b) || (quoted(a) && quoted(b)))) return undefined
  // What someone should or must not do is an opinion, no denial of a fact (`shouldn’t be
  // required to cover prenatal testing` / `a requirement … to cover prenatal testing`).
  if (negated.claim.negations.every((n) => prescribes(negated, n))) return undefined
  // Nor what is only supposed (`Let's say there's no birth certificate`, `if the cuts are not
  // extended`).
  if (negated.claim.negations.every((n) => supposed(negated, n))) return undefined
  // Nor when it repeats the negation word for word, in a quote the cues missed (`don’t respect`).
  if (negated.claim.negations.some((n) => repeatsNegation(asserted, negated, n))) return undefined
  // The negation must deny what the other asserts: the same statement, or its very verb
  // (`did not say whether it sought a dismissal` against `claimed the case should be dismissed`).
  const byConcept = negatesConcept(negated, asserted)
  if (!byConcept && !sameWording(a, b) && !negatesPredicate(negated, asserted)) return undefined
  if (!byConcept && !deniesStatement(negated, asserted)) return undefined
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

// Concepts of the lexicon that name an accusation brought, not the act accused of.
const ACCUSATIONS = new Set(['lawsuit', 'charge'])

/**
 * Whether the hedged claim only alleges (`had been accused of harassment by her`) what the flat one
 * reports as an accusation brought (`a harassment lawsuit she had filed`): neither states the act
 * itself, so one hedges nothing the other states as fact.
 */
function bothAccuse(hedged: ClaimNode, flat: ClaimNode): boolean {
  const kinds = hedged.claim.hedges.filter((h) => qualifies(hedged, h)).map((h) => h.kind)
  if (kinds.length === 0 || kinds.some((k) => k !== 'allegation')) return false
  return conceptsOf(words(flat.text)).some((c) => ACCUSATIONS.has(c))
}

function findHedge(outlets: Map<number, ClaimNode[]>): Divergence | undefined {
  const hedged = [...outlets.values()].flat().find(isHedged)
  if (!hedged) return undefined
  for (const [article, claims] of outlets) {
    if (article === hedged.articleIndex || claims.some(isHedged)) continue
    // Only a qualifier on the statement both make counts (`alleged ties` in one sentence does not
    // hedge another that shares a name with it); a sentence that goes on from the one before it
    // (`the country is …`) is held to what that one says.
    const antecedent =
      hedged.continues !== undefined &&
      (outlets.get(hedged.articleIndex) ?? []).some(
        (m) => m.claim.sentence === hedged.claim.sentence - 1,
      )
    const flat = claims.find(
      (c) =>
        isFlat(c) &&
        ((sameWording(c, hedged) && sharedContent(c, hedged) >= HEDGED_STATEMENT_WORDS) ||
          antecedent) &&
        !bothAccuse(hedged, c),
    )
    if (!flat) continue
    const hedge = hedged.claim.hedges.find((h) => qualifies(hedged, h))
    const words = hedge
      ? sliceClaim(hedged, hedge.start, hedge.end)
      : (hedged.claim.attribution.cue ?? hedged.claim.text)
    return { kind: 'hedge', a: hedged, b: flat, aWords: words, bWords: flat.claim.text }
  }
  return undefined
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

/**
 * One name written two ways: keys that name one entity, or the words of one all in the other
 * (`Obama` / `Barack Obama`, `Judiciary Committee` / `Senate Judiciary Committee`, `Clinton` /
 * `Mrs. Clinton`).
 */
function oneName(x: { key: string; text: string }, y: { key: string; text: string }): boolean {
  if (sameEntity(x.key, y.key)) return true
  const [shorter, longer] = [words(x.text), words(y.text)].sort((p, q) => p.length - q.length)
  return shorter!.length > 0 && shorter!.every((w) => longer!.includes(w))
}

function quoted(node: ClaimNode): boolean {
  return node.claim.attribution.kind === 'quote'
}

const MODALS_OF_DUTY = new Set([
  'should',
  'shouldn’t',
  "shouldn't",
  'must',
  'mustn’t',
  "mustn't",
  'ought',
])

/** Whether a negation is of what ought to be (`should not`, `shouldn’t`, `must not`, `ought not`). */
function prescribes(node: ClaimNode, negation: Negation): boolean {
  const before = words(node.claim.text.slice(0, Math.max(0, negation.end - node.claim.start)))
  return before.slice(-2).some((w) => MODALS_OF_DUTY.has(w))
}

const SUPPOSING = /^(?:let[’']?s say|suppose|supposing|imagine|what if)\b/i
const CONDITION = /\b(?:if|unless)\b[^,;:]*$/i

/** Whether a negation is in a supposition: a sentence that supposes, or an `if` clause. */
function supposed(node: ClaimNode, negation: Negation): boolean {
  const before = node.claim.text.slice(0, Math.max(0, negation.start - node.claim.start))
  return SUPPOSING.test(node.claim.text.trim()) || CONDITION.test(before)
}

/** `has yet to respond`: a negation in other words. */
function stillUndone(node: ClaimNode): boolean {
  return /\byet to\b/.test(words(node.text).join(' '))
}

// Verbs that themselves take a stand against what follows them.
const OPPOSING = new Set([
  'oppose',
  'reject',
  'refuse',
  'deny',
  'dispute',
  'resist',
  'block',
  'veto',
  'condemn',
  'criticize',
  'criticise',
  'decline',
])

/** Whether the claim's main verb opposes what it governs (`has opposed calls for a higher wage`). */
function opposes(node: ClaimNode): boolean {
  const predicate = node.claim.predicate?.toLowerCase()
  return predicate !== undefined && OPPOSING.has(predicate)
}

/** Whether both claims are credited to one speaker, named the same way or two ways. */
function oneSpeaker(a: ClaimNode, b: ClaimNode): boolean {
  const x = a.claim.attribution.speaker
  const y = b.claim.attribution.speaker
  return (
    x?.key !== undefined &&
    y?.key !== undefined &&
    oneName({ key: x.key, text: x.text }, { key: y.key, text: y.text })
  )
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
 * (`urged lawmakers on Wednesday` / `signed the bill on Thursday`) date two events.
 */
function oneEventDated(a: ClaimNode, b: ClaimNode): boolean {
  const pa = a.claim.predicate
  const pb = b.claim.predicate
  if (pa && pb && !EMPTY_PREDICATES.has(pa) && stem(pa) === stem(pb)) return true
  if (pa && pb) {
    const ca = conceptsOf([pa.toLowerCase()])
    if (ca.length > 0 && conceptsOf([pb.toLowerCase()]).some((c) => ca.includes(c))) return true
  }
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
        )
      : (sa !== undefined && !unnamed(a) && unnamed(b)) ||
        (sb !== undefined && !unnamed(b) && unnamed(a))
  if (!conflict) return undefined
  // Two direct quotes are one statement only when they are one quote: two speakers each saying
  // something alike (`on the wrong side of history`) is no source in dispute.
  const qa = quotedWords(a)
  const qb = quotedWords(b)
  if (qa && qb && compareQuoteWords(qa, qb).score < SAME_QUOTE) return undefined
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
