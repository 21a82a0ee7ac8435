import type { Token } from './analyse'
import { WEEKDAYS } from './lexicon/calendar'
import { CONTENT_NOUNS, SPEECH_VERBS } from './lexicon/speech'
import { RELATIVES, restrictiveEnd } from './regions'
import type { FactKind } from './types'

/**
 * One fact of a sentence, as token positions of that sentence: the main clause, a relative clause
 * or appositive with the name it describes (`Cesar Sayoc Jr., 56, of Aventura`), or a clause
 * joined to the main one (`…; the House followed`, `…, but the senator declined`).
 */
export interface FactSegment {
  kind: FactKind
  /** Half-open token ranges `[from, to)`, sorted; the tokens whose words make the fact. */
  ranges: [number, number][]
}

/** A sentence states a few facts; past this the smallest are folded back into the main clause. */
export const MAX_FACTS_PER_SENTENCE = 3

// After a comma these join a second statement with its own subject and verb.
const JOINERS = new Set(['and', 'but', 'while', 'although', 'though', 'whereas', 'yet'])
// Before a finite verb these join a second act of the same subject.
const VERB_JOINERS = new Set(['but', 'and'])
// These open a clause stating its own event (`… resigned after the report came out`) or a fact
// set against the main one (`… even though the party gained six seats`).
const EVENT_CLAUSES = new Set(['after', 'because', 'since', 'when', 'before', 'although', 'though'])
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'NUM'])
const HEAD_WORDS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART'])
const BREAKS = new Set([',', ';', '—', '–', '(', ')', ':'])
const QUOTES = new Set(['“', '”', '"'])
// An appositive is short and names or describes; longer comma phrases are clauses or lists.
const MAX_APPOSITIVE = 12
// `the Texas Republican who used $84,000 in taxpayer funds to settle …` is still one description.
const MAX_DESCRIBED = 28
// A subject comes within this many words of the word that joins a clause.
const SUBJECT_REACH = 5
// A piece shorter than this is a fragment, not a statement of its own.
const MIN_CLAUSE = 4
const HEAD_REACH = 6

// `, according to …` names a source and `, including …` lists; neither is an act of its own.
const NOT_PARTICIPLES = new Set(['according', 'including', 'following', 'regarding', 'concerning'])

function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && t.lower.endsWith('ing') && !NOT_PARTICIPLES.has(t.lower)
}

const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX'

/** Where the comma-delimited piece starting at `from` ends: the next break, or the sentence end. */
function pieceEnd(tokens: readonly Token[], from: number, inQuote: readonly boolean[]): number {
  for (let k = from; k < tokens.length; k++) {
    if (BREAKS.has(tokens[k]!.text) && !inQuote[k]) return k
  }
  return tokens.length
}

/** The sentence's final punctuation is no word of any fact. */
function contentEnd(tokens: readonly Token[], end: number): number {
  let e = end
  while (e > 0 && tokens[e - 1]!.pos === 'PUNCT' && !QUOTES.has(tokens[e - 1]!.text)) e--
  return e
}

function quoteMask(tokens: readonly Token[]): boolean[] {
  let open = false
  return tokens.map((t) => {
    if (t.text === '“') open = true
    else if (t.text === '”') {
      open = false
      return true
    } else if (t.text === '"') {
      open = !open
      return true
    }
    return open
  })
}

/** The noun phrase ending just before `comma` that a relative clause or appositive describes. */
function headBefore(tokens: readonly Token[], comma: number): [number, number] | undefined {
  let k = comma
  while (k > 0 && comma - k < HEAD_REACH && HEAD_WORDS.has(tokens[k - 1]!.pos)) k--
  if (k === comma) return undefined
  // `$2 billion`: the sign belongs to the figure.
  if (tokens[k - 1]?.pos === 'SYM' && tokens[k]?.pos === 'NUM') k--
  const last = tokens[comma - 1]!
  return last.pos === 'PROPN' || last.pos === 'NOUN' || last.pos === 'NUM' ? [k, comma] : undefined
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerb(tokens[k])) return true
  return false
}

// A relative clause without `that` opens with its own subject: `the bill he signed`, `a lawsuit
// his aide had filed`, `the money the agency spent`.
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our'])
const CONTACT_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'the', ...POSSESSIVE_PRONOUNS])
// The subject of such a clause is a short noun phrase, perhaps with a name set off by commas.
const CONTACT_REACH = 10
// A reporting verb this few words before a noun makes the noun whom it is said to (`told
// reporters he would …`) or a time (`said Friday that …`).
const REPORTING_REACH = 3

/**
 * Where a restrictive relative clause starting at `k` ends, if one starts there: `that`, `who` or
 * `which` straight after a noun (`the $5.7 billion that Mr. Trump had requested`), or a subject
 * and verb of their own after an object noun (`a lawsuit his former director, Lauren Greene, had
 * filed`). Not where the clause is what is said: after a reporting word or a reporting verb just
 * before (`claims that …`, `told reporters he would …`), a day (`said Friday that …`) or a noun of
 * saying or thinking (`a statement that …`).
 */
function restrictiveClauseEnd(tokens: readonly Token[], k: number, n: number): number | undefined {
  const t = tokens[k]!
  const head = tokens[k - 1]
  if (head?.pos !== 'NOUN' && head?.pos !== 'PROPN' && head?.pos !== 'NUM') return undefined
  if (SPEECH_VERBS.has(head.lemma) || WEEKDAYS.includes(head.lower)) return undefined
  for (let j = Math.max(0, k - 1 - REPORTING_REACH); j < k - 1; j++) {
    if (isVerb(tokens[j]) && SPEECH_VERBS.has(tokens[j]!.lemma)) return undefined
  }
  if (RELATIVES.has(t.lower) || (t.lower === 'that' && t.pos !== 'DET')) {
    if (t.lower === 'that' && CONTENT_NOUNS.has(head.lemma)) return undefined
    const end = Math.min(restrictiveEnd(tokens, k + 1), n)
    return hasVerb(tokens, k + 1, end) ? end : undefined
  }
  const verb = head.pos === 'NOUN' ? contactClauseVerb(tokens, k, n) : undefined
  return verb === undefined ? undefined : Math.min(restrictiveEnd(tokens, verb), n)
}

/**
 * The verb of a relative clause with no relative word starting at `k`: the sentence's own verb
 * came before the noun, then a subject (a pronoun, or a noun phrase) and a finite verb follow.
 */
function contactClauseVerb(tokens: readonly Token[], k: number, n: number): number | undefined {
  if (!CONTACT_SUBJECTS.has(tokens[k]!.lower) || !hasVerb(tokens, 0, k - 1)) return undefined
  // `he`, `they`: the pronoun is the whole subject.
  let nominal = tokens[k]!.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(tokens[k]!.lower)
  for (let j = k + 1; j < Math.min(n, k + CONTACT_REACH); j++) {
    const t = tokens[j]!
    if (isVerb(t)) return nominal && !t.lower.endsWith('ing') ? j : undefined
    if (t.text === ',' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') {
      nominal ||= t.pos === 'NOUN' || t.pos === 'PROPN'
      continue
    }
    return undefined
  }
  return undefined
}

/** A finite verb at `at`, or after one adverb there: a second act of the same subject. */
function secondVerb(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]?.pos === 'ADV' ? tokens[at + 1] : tokens[at]
  return verb?.pos === 'VERB' && !verb.lower.endsWith('ing')
}

// An opening phrase set off by commas before a clause's subject (`in a narrow victory, 98 to 96,`)
// is at most this many words a piece, and at most this many pieces.
const OPENER_WORDS = 8
const OPENER_PIECES = 2

/**
 * A clause with its own subject and verb starts within reach of `from`, or after an opening phrase
 * set off by commas (`…, and in a narrow victory, 98 to 96, Ms. Sánchez defeated …`).
 */
function hasSubjectAndVerb(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.pos !== 'ADP') return subjectAndVerbAt(tokens, from, to)
  let at = from
  for (let piece = 0; piece < OPENER_PIECES; piece++) {
    let comma = at
    while (comma < to && comma - at <= OPENER_WORDS && tokens[comma]!.text !== ',') {
      if (isVerb(tokens[comma])) return false
      comma++
    }
    if (tokens[comma]?.text !== ',' || comma - at > OPENER_WORDS) return false
    if (subjectAndVerbAt(tokens, comma + 1, to)) return true
    at = comma + 1
  }
  return false
}

function subjectAndVerbAt(tokens: readonly Token[], from: number, to: number): boolean {
  // `…, and for the F.B.I. office declined`: a preposition opens a second part of the subject.
  if (tokens[from]?.pos === 'ADP') return false
  let subject = false
  for (let k = from; k < Math.min(to, from + SUBJECT_REACH + 2); k++) {
    const t = tokens[k]!
    if (isVerb(t)) return subject && t.lower !== 'according'
    if (NOMINAL.has(t.pos)) subject = true
  }
  return false
}

/**
 * A description, not a clause: no verb, or none before a relative pronoun (`the Texas Republican
 * who used $84,000 …`), and short unless it opens like a noun phrase.
 */
function isDescription(tokens: readonly Token[], from: number, to: number): boolean {
  const opensNoun = tokens[from]!.pos === 'DET' || tokens[from]!.pos === 'PRON'
  if (to - from > (opensNoun ? MAX_DESCRIBED : MAX_APPOSITIVE)) return false
  for (let k = from; k < to; k++) {
    if (RELATIVES.has(tokens[k]!.lower) || tokens[k]!.lower === 'that') return k > from
    if (isVerb(tokens[k])) return false
  }
  return true
}

// `…, as well as Representative James E. Clyburn, 76,`: a list goes on, no description of the name.
const LIST_OPENERS = ['as well as', 'along with', 'together with']

function addsToList(tokens: readonly Token[], from: number): boolean {
  const opening = tokens
    .slice(from, from + 3)
    .map((t) => t.lower)
    .join(' ')
  return LIST_OPENERS.some((o) => opening === o || opening.startsWith(`${o} `))
}

/** A place after a place (`Aventura, Fla.`) is one name, not an appositive. */
function isPlaceTail(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= 3 && tokens.slice(from, to).every((t) => t.pos === 'PROPN' || t.text === '.')
}

/** Names after a name and a comma that end a list (`Peru, Chile and Bolivia`), not describe it. */
function isListTail(tokens: readonly Token[], from: number, to: number): boolean {
  const piece = tokens.slice(from, to)
  return piece.every((t) => t.pos === 'PROPN' || t.pos === 'CCONJ' || t.text === '.')
}

/**
 * The facts a sentence states, main clause first. Relative clauses and appositives set off by
 * commas become facts about the name before them; a clause joined by `;` or `, and`/`, but` with
 * its own subject and verb, or an event clause (`after …`, `because …`), becomes a fact of its
 * own, and so does a participial phrase set off by a comma (`…, saying …`). Commas inside
 * quotation marks split nothing: a quote is said as one.
 */
export function splitFacts(tokens: readonly Token[]): FactSegment[] {
  const n = contentEnd(tokens, tokens.length)
  const inQuote = quoteMask(tokens)
  const extra: FactSegment[] = []
  const taken = tokens.map(() => false)
  const take = (from: number, to: number): void => {
    for (let k = from; k < to; k++) taken[k] = true
  }

  for (let k = 0; k < n; k++) {
    const t = tokens[k]!
    if (taken[k] || inQuote[k]) continue
    const comma = t.text === ','
    const next = tokens[k + 1]
    if (comma && next && RELATIVES.has(next.lower)) {
      const end = Math.min(pieceEnd(tokens, k + 2, inQuote), n)
      const head = headBefore(tokens, k)
      if (head && end - k >= MIN_CLAUSE) {
        extra.push({ kind: 'relative', ranges: [head, [k + 1, end]] })
        take(k + 1, end)
        k = end - 1
      }
      continue
    }
    // A restrictive relative clause states a fact of its noun, which it takes with it.
    const relativeEnd = !comma && !inQuote[k] ? restrictiveClauseEnd(tokens, k, n) : undefined
    const relativeHead = relativeEnd !== undefined ? headBefore(tokens, k) : undefined
    if (relativeEnd !== undefined && relativeHead && relativeEnd - k >= MIN_CLAUSE) {
      extra.push({ kind: 'relative', ranges: [relativeHead, [k, relativeEnd]] })
      take(k, relativeEnd)
      k = relativeEnd - 1
      continue
    }
    // `his client, a 21-year FBI veteran,`: an indefinite description after a noun describes it,
    // unless a list goes on after it (`apples, a pear, and bread`).
    const described =
      tokens[k - 1]?.pos === 'PROPN' ||
      (tokens[k - 1]?.pos === 'NOUN' &&
        (next?.lower === 'a' || next?.lower === 'an') &&
        tokens[pieceEnd(tokens, k + 1, inQuote) + 1]?.pos !== 'CCONJ')
    if (comma && next && described && !RELATIVES.has(next.lower)) {
      // A chain of appositives after a name: `X, 56, of Aventura, Fla., a registered Republican,`
      const head = headBefore(tokens, k)
      let end = k
      let from = k + 1
      while (from < n) {
        const close = pieceEnd(tokens, from, inQuote)
        if (close >= n || tokens[close]!.text !== ',') break
        const size = close - from
        if (size === 0 || !isDescription(tokens, from, close)) break
        if (isListTail(tokens, from, close) && !isPlaceTail(tokens, from, close)) break
        if (JOINERS.has(tokens[from]!.lower) || EVENT_CLAUSES.has(tokens[from]!.lower)) break
        if (addsToList(tokens, from)) break
        // `sued by his aide, Lauren Greene, in 2014,`: a time or place after the name is no
        // description of it; `of Aventura` is where the person is from.
        if (tokens[from]!.pos === 'ADP' && tokens[from]!.lower !== 'of') break
        if (!isPlaceTail(tokens, from, close) || end > k) end = close
        from = close + 1
      }
      if (head && end > k) {
        extra.push({ kind: 'appositive', ranges: [head, [k + 1, end]] })
        take(k + 1, end)
        k = end
        continue
      }
    }
    if (comma && next && isParticiple(next)) {
      // `…, trying to put the episode to rest, denied …`: a participial phrase states its own act.
      const end = Math.min(pieceEnd(tokens, k + 2, inQuote), n)
      if (end - k > MIN_CLAUSE) {
        extra.push({ kind: 'clause', ranges: [[k + 1, end]] })
        take(k + 1, end)
        k = end - 1
      }
      continue
    }
    const joined =
      ((t.text === ';' || (comma && next && JOINERS.has(next.lower))) &&
        hasSubjectAndVerb(tokens, k + (t.text === ';' ? 1 : 2), n)) ||
      // `… did not comment on X but said Y`: a second verb of the same subject is a second act.
      // An adverb may stand between (`… and reportedly quit …`).
      (VERB_JOINERS.has(t.lower) && secondVerb(tokens, k + 1)) ||
      // `He said the deal would … and that a bill would …`: a second thing said.
      (VERB_JOINERS.has(t.lower) && next?.lower === 'that' && hasSubjectAndVerb(tokens, k + 2, n))
    const event =
      EVENT_CLAUSES.has(t.lower) &&
      k > MIN_CLAUSE &&
      // `since 2003,` or `after 35 days` is a time, not an event.
      next?.pos !== 'NUM' &&
      hasSubjectAndVerb(tokens, k + 1, n) &&
      !inQuote[k]
    // `…, despite an official's recommendation that he be suspended`: a fact set against the main
    // one, as with `although`, even when no verb follows.
    const concession = t.lower === 'despite' && k > MIN_CLAUSE && !inQuote[k]
    if (joined || event || concession) {
      // `even though` opens the clause at `even`.
      const from = event || concession ? (tokens[k - 1]?.lower === 'even' ? k - 1 : k) : k + 1
      if (n - from >= MIN_CLAUSE && from >= MIN_CLAUSE) {
        extra.push({ kind: 'clause', ranges: [[from, n]] })
        take(from, n)
        break
      }
    }
  }

  return withMain(tokens.length, taken, extra)
}

function size(segment: FactSegment): number {
  return segment.ranges.reduce((sum, [from, to]) => sum + to - from, 0)
}

/** The main clause is what no other fact took; the smallest extras fold back past the cap. */
function withMain(count: number, taken: boolean[], extra: FactSegment[]): FactSegment[] {
  const kept = [...extra]
    .map((segment, order) => ({ segment, order }))
    .sort((x, y) => size(y.segment) - size(x.segment) || x.order - y.order)
  const folded = kept.splice(MAX_FACTS_PER_SENTENCE - 1)
  for (const { segment } of folded) {
    for (const [from, to] of segment.ranges) for (let k = from; k < to; k++) taken[k] = false
  }
  // A head was never taken: `Sayoc, 56, was arrested` is about Sayoc in both facts.
  const ranges: [number, number][] = []
  for (let k = 0; k < count; k++) {
    if (taken[k]) continue
    const last = ranges.at(-1)
    if (last && last[1] === k) last[1] = k + 1
    else ranges.push([k, k + 1])
  }
  const main: FactSegment = { kind: 'main', ranges }
  return [
    main,
    ...kept
      .sort((x, y) => x.segment.ranges.at(-1)![0] - y.segment.ranges.at(-1)![0])
      .map((x) => x.segment),
  ]
}
