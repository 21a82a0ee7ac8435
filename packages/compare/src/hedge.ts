// A hedge divergence: one outlet qualifies (an estimate, an allegation, a report, a belief) what
// another states as fact. A qualifier often bears on another fact of its sentence, so each rule
// here says what a hedge of the statement both make needs.
import type { HedgeKind } from '@parallax/claims'
import { conceptsOf } from './concepts'
import { CLAUSE_BREAK, type Divergence, sameWording, sliceClaim } from './divergence'
import { contentStems, words, type ClaimNode } from './features'

// What turns a fact into something less: an estimate, an allegation, a report, a belief. A bare
// possibility (`may`, `suggested`) or an implication qualifies the speaker's act more often than the
// fact, so it does not by itself make a hedge divergence.
const WEAKENING: ReadonlySet<HedgeKind> = new Set<HedgeKind>([
  'estimate',
  'allegation',
  'report',
  'belief',
])
// A qualifier on one side is the weakest evidence of a divergence: it must qualify a statement the
// other makes in at least this many of the same words or figures: with two, a qualifier in a long sentence
// meets short clauses about the same people (4 more hedges there, all false; none on the dev set).
const HEDGED_STATEMENT_WORDS = 3

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

// The most words a qualifying phrase set off by commas has (`according to estimates by Israel
// Defense`); a longer clause says something of its own.
const QUALIFIER_PHRASE_WORDS = 6
// Where the words a qualifier bears on end, each place in a text.
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu')

/**
 * The content words a qualifier bears on: the rest of its clause (`accused of speeding twice`, not
 * `, with police searching his car`). A qualifier that is a phrase of its own, saying nothing more
 * than a name, bears on the clause beside it: after an opening phrase (`According to estimates by
 * X, the country is …`), before a closing one (`…, according to estimates`).
 */
function qualifiedStems(
  node: ClaimNode,
  hedge: { start: number; end: number },
  names: ReadonlySet<string>,
): string[] {
  const text = node.claim.text
  const stems = (from: number, to: number) =>
    contentStems(text.slice(from, to)).filter((s) => !names.has(s))
  const from = Math.max(0, hedge.start - node.claim.start)
  const to = Math.max(from, hedge.end - node.claim.start)
  const breaks = [0, ...[...text.matchAll(CLAUSE_BREAKS)].map((m) => m.index), text.length]
  const end = breaks.find((b) => b >= to) ?? text.length
  const start = breaks.filter((b) => b <= from).at(-1) ?? 0
  const rest = stems(to, end)
  if (rest.length > 0) return rest
  // Only a short phrase set off as a clause of its own qualifies the clause beside it.
  if (words(text.slice(start, end)).length > QUALIFIER_PHRASE_WORDS) return []
  if (start === 0) return stems(end, breaks.find((b) => b > end) ?? text.length)
  return stems(breaks.filter((b) => b < start).at(-1) ?? 0, start)
}

/**
 * Whether a qualifier of the hedged claim bears on something the flat claim states, rather than
 * on another fact of its sentence; a claim hedged by its anonymous source is hedged throughout.
 */
function qualifiesShared(hedged: ClaimNode, flat: ClaimNode): boolean {
  const hedges = hedged.claim.hedges.filter((h) => qualifies(hedged, h))
  if (hedges.length === 0) return true
  const names = new Set(
    [...hedged.claim.entities, ...flat.claim.entities].flatMap((e) => contentStems(e.text)),
  )
  const stated = new Set([...flat.stems, ...contentStems(flat.claim.text)])
  return hedges.some((h) => qualifiedStems(hedged, h, names).some((s) => stated.has(s)))
}

/**
 * A claim of one outlet that qualifies what a claim of another outlet in the facet states flatly:
 * the same statement, with the qualifier bearing on words the flat claim states.
 */
export function findHedge(outlets: Map<number, ClaimNode[]>): Divergence | undefined {
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
        !bothAccuse(hedged, c) &&
        (antecedent || qualifiesShared(hedged, c)),
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
