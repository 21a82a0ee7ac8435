// A negation divergence: one outlet negates what another asserts. Most negated sentences deny
// nothing another outlet says, so each rule here says what a denial needs.
import type { Negation } from '@parallax/claims'
import { conceptMentions, conceptsOf } from './concepts'
import { type Divergence, oneName, sameWording, sliceClaim } from './divergence'
import { contentStems, stem, words, type ClaimNode } from './features'
import {
  CONDITION_WORDS,
  EMPTY_PREDICATES,
  LIGHT_VERBS,
  OPEN_QUESTION_WORDS,
} from './lexicon/stopwords'

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
      (s) => !names.has(s) && !EMPTY_PREDICATES.has(s) && !LIGHT_VERBS.has(s),
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

// What is alleged or rumoured (`batting down allegations that the White House dangled the post`)
// is reported as said by others, not stated, up to where its clause ends.
const ALLEGED_CLAUSE =
  /\b(?:allegations?|accusations?|rumou?rs?|speculation|suggestions?)\s+that\b[^,;:]*/giu

/** A claim's words with its open questions, requests and allegations blanked: what it states. */
function statedText(node: ClaimNode): string {
  const text = node.text.replace(OPEN_QUESTION_CLAUSE, ' ').replace(ALLEGED_CLAUSE, ' ')
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
  const stated = words(statedText(asserted))
  const concepts = new Set(conceptsOf(stated))
  const names = new Set([...nameStems(negated), ...nameStems(asserted)])
  const statedStems = new Set(contentStems(stated.join(' ')).filter((s) => !names.has(s)))
  return negated.claim.negations.some(({ kind, scope, text }) => {
    // Declining to comment is no denial of what the other reports, however it is worded.
    if (kind !== 'not' && kind !== 'never') return false
    // `no votes` denies that there were votes, not that a vote was held.
    if (/^no$/i.test(text.trim())) return false
    const scoped = words(sliceClaim(negated, scope.start, scope.end))
    const [first] = conceptMentions(scoped)
    if (first?.index !== 0 || !concepts.has(first.concept)) return false
    // The verb alone is a topic (`I didn’t approve them` / `Congress has approved less`): what it
    // is said of must be stated too (`not be held on Friday` / `take place on Friday`), and a
    // name both give is who acts, not what is said of them.
    const rest = scoped.slice(first.phrase.split(' ').length).join(' ')
    return contentStems(rest).some((s) => statedStems.has(s))
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
      (negation.kind === 'no-comment' &&
        verb !== undefined &&
        scoped.has(verb) &&
        !requestForComment(negated, negation).has(verb)),
  )
}

// The request a refusal answers (`an email seeking comment`, `repeated calls for comment`): it
// names no statement left unconfirmed, only what the refusal refused.
const REQUEST_FOR_COMMENT =
  /\b(?:e-?mails?|messages?|calls?|requests?|inquir(?:y|ies))\s+(?:seeking|requesting|for)\s+comment\b/giu

/** The content words of a refusal's scope that only name the request it refused. */
function requestForComment(node: ClaimNode, negation: Negation): Set<string> {
  const scope = sliceClaim(node, negation.scope.start, negation.scope.end)
  return new Set([...scope.matchAll(REQUEST_FOR_COMMENT)].flatMap((m) => contentStems(m[0])))
}

/**
 * A statement one outlet makes and another, in a claim aligned with it, negates or will not
 * confirm. The negation has to cover what the other says: `not the first lawsuit` does not deny
 * `the software was linked to surveillance`.
 */
export function findNegation(
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
  // `do not precisely mirror` grants the mirroring and denies only how close it is.
  if (negated.claim.negations.every((n) => limits(negated, n))) return undefined
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

// A condition still open where the negation is: its clause has not ended.
const CONDITION = new RegExp(`\\b(?:${[...CONDITION_WORDS].join('|')})\\b[^,;:]*$`, 'i')

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

// Adverbs that, right after a negation, deny a degree of what follows rather than all of it.
const LIMITING = new Set([
  ...['precisely', 'exactly', 'entirely', 'fully', 'completely', 'wholly', 'totally'],
  ...['quite', 'necessarily', 'always', 'altogether', 'just'],
])

// `has not been the only state`: forms of `be` before what the negation bears on.
const COPULAS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were'])

/**
 * Whether a negation only limits what it bears on (`not precisely`, `not entirely`) or denies
 * that it stands alone (`not the only state`, `not only`): either way it grants what follows.
 */
function limits(node: ClaimNode, negation: Negation): boolean {
  const scope = words(sliceClaim(node, negation.scope.start, negation.scope.end))
  while (scope.length > 0 && COPULAS.has(scope[0]!)) scope.shift()
  const [first, second] = scope
  if (first === undefined) return false
  return LIMITING.has(first) || first === 'only' || (first === 'the' && second === 'only')
}
