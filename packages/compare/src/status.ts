import { conceptMentions } from './concepts'
import { CLAUSE_BREAK } from './divergence'
import { stem, words, type ClaimNode } from './features'
import { LABEL_TRAILING_WORDS as FUNCTION_WORDS } from './lexicon/label'
import { CONDITION_WORDS, OPEN_QUESTION_WORDS } from './lexicon/stopwords'
import { IRREGULAR_PAST, PENDING_CUES, UNDONE_PAST } from './lexicon/status'

/** An event one claim reports as done and an aligned claim of another outlet says is still to come. */
export interface StatusConflict {
  done: ClaimNode
  pending: ClaimNode
  /** Words of the done claim around the event they share (`shut the doors on Thursday`). */
  doneWords: string
  /** The pending clause from its cue on (`will be given when they begin`). */
  pendingWords: string
}

const CUES = PENDING_CUES.map((cue) => cue.split(' '))
// Words either side of the shared event that are quoted to show it.
const CONTEXT_WORDS = 3
// Past forms that mostly help another verb (`had met`), so name no event of their own.
const AUXILIARIES = new Set(['was', 'were', 'had', 'did'])
// How far after a past form the event it reports may be named.
const EVENT_REACH = 3
// The verb a pending cue governs is within this many words of it (`will be given`, `yet to be decided`).
const VERB_WORDS = 3

interface Clause {
  text: string
  tokens: string[]
}

function clauses(text: string): Clause[] {
  return text
    .split(CLAUSE_BREAK)
    .map((part) => ({ text: part.trim(), tokens: words(part) }))
    .filter((c) => c.tokens.length > 0)
}

function cueAt(tokens: string[]): number {
  for (let i = 0; i < tokens.length; i++)
    if (CUES.some((cue) => cue.every((w, k) => tokens[i + k] === w))) return i
  return -1
}

/** How many words the pending cue at `at` has (`is expected to`: 3). */
function cueLength(tokens: string[], at: number): number {
  const cue = CUES.find((words) => words.every((w, k) => tokens[at + k] === w))
  return cue?.length ?? 1
}

/** The clause of a claim that puts something in the future, with the words from its cue on. */
function pendingClause(node: ClaimNode): { clause: Clause; at: number; words: string } | undefined {
  for (const clause of clauses(node.text)) {
    const at = cueAt(clause.tokens)
    if (at < 0) continue
    const cueWord = clause.tokens[at]!
    const index = clause.text.toLowerCase().indexOf(cueWord)
    const from = index >= 0 ? clause.text.slice(index) : clause.text
    return { clause, at, words: from.replace(/[.!?…]+$/u, '') }
  }
  return undefined
}

/** Whether a claim puts what it reports in the future (`will`, `is expected to`, `yet to`). */
export function isPending(node: ClaimNode): boolean {
  return pendingClause(node) !== undefined
}

function reportingWords(node: ClaimNode): Set<string> {
  const cue = node.claim.attribution.cue
  return new Set(cue ? words(cue) : [])
}

// `wants to get workers paid`: a past form this close after `to`, a modal or `get` is wanted, not
// done.
const INFINITIVE_REACH = 5
// `get workers paid`: what someone means to have done.
const NOT_YET = new Set([
  'to',
  'would',
  'could',
  'should',
  'might',
  'must',
  'can',
  'may',
  'get',
  'gets',
  'getting',
])

function inInfinitive(tokens: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - INFINITIVE_REACH); k < i; k++)
    if (NOT_YET.has(tokens[k]!)) return true
  return false
}

/**
 * Where a claim reports its event as over: the position of its first past form (not the reporting
 * verb), or -1 when it has none, puts the event in the future, or is negated.
 */
function doneAt(node: ClaimNode): number {
  const { claim } = node
  const tokens = words(node.text)
  if (claim.negated || cueAt(tokens) >= 0) return -1
  const reporting = reportingWords(node)
  const supposed = conditionalWords(node.text)
  return tokens.findIndex(
    (w, i) =>
      !reporting.has(w) &&
      !supposed.has(i) &&
      !inInfinitive(tokens, i) &&
      !ongoing(tokens, i) &&
      (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !UNDONE_PAST.has(w))),
  )
}

/**
 * Positions of the words of a text that a condition governs, from `if` or `unless` to the end of
 * its clause: `if the base was retained` supposes, it does not report.
 */
function conditionalWords(text: string): Set<number> {
  const supposed = new Set<number>()
  let offset = 0
  for (const part of text.split(CLAUSE_BREAK)) {
    const tokens = words(part)
    const from = tokens.findIndex((w) => CONDITION_WORDS.has(w))
    if (from >= 0) for (let k = from; k < tokens.length; k++) supposed.add(offset + k)
    offset += tokens.length
  }
  return supposed
}

/** `was seeking`, `were going`: a past of what was going on, not of what was done. */
function ongoing(tokens: readonly string[], i: number): boolean {
  const w = tokens[i]!
  return (w === 'was' || w === 'were') && (tokens[i + 1]?.endsWith('ing') ?? false)
}

/** The words of a sentence around a phrase, as written. */
function around(text: string, phrase: string): string {
  const tokens = text.split(/\s+/)
  const lower = tokens.map((t) => words(t).join(' '))
  const first = phrase.split(' ')
  for (let i = 0; i < tokens.length; i++) {
    if (!first.every((w, k) => lower[i + k] === w)) continue
    let from = Math.max(0, i - CONTEXT_WORDS)
    let to = Math.min(tokens.length, i + first.length + CONTEXT_WORDS)
    // Context that starts or ends on `as well as`, `the`, `to` reads as cut mid-phrase.
    while (from < i && FUNCTION_WORDS.has(lower[from]!)) from++
    while (to > i + first.length && FUNCTION_WORDS.has(lower[to - 1]!)) to--
    return tokens
      .slice(from, to)
      .join(' ')
      .replace(/[,;:.]+$/u, '')
  }
  return text
}

/**
 * The event the two share: a concept of the lexicon named in the pending clause and in the done
 * claim, or the done claim's main verb named in the pending clause. Returns the done claim's words
 * for it.
 */
function sharedEvent(
  done: ClaimNode,
  past: number,
  future: { clause: Clause; at: number },
): string | undefined {
  const { clause, at } = future
  // What is pending is the subject of the cue, the verb it governs (`a decision … will be
  // given`) or the question that verb leaves open (`will decide whether the hearing is open`),
  // not something named further on (`will expand into the shipyard, where…`).
  const whether = clause.tokens.findIndex((w, i) => i > at && OPEN_QUESTION_WORDS.has(w))
  const verbEnd = at + cueLength(clause.tokens, at) - 1 + VERB_WORDS
  const governedByCue = (i: number) => (i >= at && i <= verbEnd) || (whether >= 0 && i > whether)
  const pendingConcepts = new Set(
    conceptMentions(clause.tokens)
      .filter((m) => m.index < at || governedByCue(m.index))
      .map((m) => m.concept),
  )
  // The event done is the past form itself or what it governs, a few words on (`invoked her
  // Fifth Amendment`, `voted Wednesday to override`): a past form elsewhere in the sentence (`had
  // apologized`) says nothing of it.
  const tokens = words(done.text)
  const governed = (i: number) => i >= past && i - past <= EVENT_REACH
  // Of the concepts both name, the first it governs is the event that is done.
  const mention = conceptMentions(tokens).find(
    (m) => pendingConcepts.has(m.concept) && governed(m.index),
  )
  if (mention) return around(done.claim.text, mention.phrase)
  const predicate = done.claim.predicate
  // A verb names the pending event only as the one the cue governs (`appears ready to block`
  // puts off the blocking, not the appearing).
  const pendingVerbs = clause.tokens.filter((_, i) => governedByCue(i)).map(stem)
  if (predicate && pendingVerbs.includes(stem(predicate))) {
    // An irregular past is no form the stem finds (`met` of `meet`): the past form is the verb.
    const form = tokens.findIndex((w, i) => governed(i) && stem(w) === stem(predicate))
    if (form >= 0) return around(done.claim.text, tokens[form]!)
    const verb = tokens[past]!
    if (IRREGULAR_PAST.has(verb) && !AUXILIARIES.has(verb)) return around(done.claim.text, verb)
  }
  return undefined
}

/**
 * One outlet reports an event as done (a past form, nothing pending) and the other says it is
 * still to come (`will`, `is expected to`, `yet to`, `still to come`), and both name the same event.
 */
export function findStatusConflict(a: ClaimNode, b: ClaimNode): StatusConflict | undefined {
  for (const [done, pending] of [
    [a, b],
    [b, a],
  ] as const) {
    const future = pendingClause(pending)
    const past = future ? doneAt(done) : -1
    if (!future || past < 0) continue
    const doneWords = sharedEvent(done, past, future)
    if (doneWords !== undefined) return { done, pending, doneWords, pendingWords: future.words }
  }
  return undefined
}
