import type { Token } from '../analyse'
import {
  DURATION_PREPOSITIONS,
  DURATION_VERBS,
  GENERIC_HEADS,
  LINKING_VERBS,
  MARKED_PREPOSITIONS,
  MONEY_PREPOSITIONS,
  PERCENT_PREPOSITIONS,
  QUANTITY_ADJECTIVES,
  TIME_UNITS,
} from '../lexicon/quantities'
import type { QuantityType } from '../types'
import { POSSESSIVE_PRONOUNS } from '../lexicon/function-words'

// What a figure measures, read from at most a handful of tokens on either side of it: the nouns
// after it (`450,000 registered nurses`, `$12,500 in private donations`, `30% of income`) or the noun it
// is stated of before it (`a tax rate of 31%`, `the rate was 31%`).

const APOSTROPHE_S = new Set(["'s", '’s'])
const WINDOW = 5

interface Phrase {
  words: string[]
  /** First token of the phrase, for the possessor before it. */
  start: number
}

function isPossessive(tokens: readonly Token[], k: number): boolean {
  return APOSTROPHE_S.has(tokens[k]?.lower ?? '')
}

/**
 * The noun phrase from `at`: modifiers and head as lemmas, names left out (`five FBI employees` →
 * `employee`). With `determiners`, leading `the`, `his`, `Smith's` and figures are skipped first.
 */
function phraseAfter(
  tokens: readonly Token[],
  at: number,
  options: { determiners?: boolean; verbHead?: boolean; skip?: readonly boolean[] } = {},
): Phrase | undefined {
  let k = at
  if (options.determiners) {
    for (let skipped = 0; skipped < 4; skipped++) {
      const token = tokens[k]
      if (!token) return undefined
      if (token.pos === 'DET' || POSSESSIVE_PRONOUNS.has(token.lower) || token.kind === 'number')
        k++
      else if (isPossessive(tokens, k + 1)) k += 2
      else break
    }
  }
  const words: string[] = []
  let head = -1
  let name: string | undefined
  let stop: Token | undefined
  for (let end = k + WINDOW; k < end; k++) {
    const token = tokens[k]
    if (!token) break
    // A date inside the phrase (`the 19 Sept. 11 hijackers`) is no word of what is counted.
    if (options.skip?.[k] && head === -1) {
      end++
      continue
    }
    const next = tokens[k + 1]
    // `a 6-3 vote days later`: a time word after the head starts another phrase; a figure
    // (`in the 1990s`) is no word of a measure.
    if ((head !== -1 && TIME_UNITS.has(token.lower)) || /\d/.test(token.text)) {
      stop = token
      break
    }
    if (token.pos === 'NOUN' || (options.verbHead && token.pos === 'VERB' && words.length === 0)) {
      words.push(token.lemma)
      head = words.length
      if (token.pos === 'VERB') break
    } else if (token.pos === 'ADJ' && head === -1) {
      if (!QUANTITY_ADJECTIVES.has(token.lemma)) words.push(token.lemma)
    } else if (token.pos === 'VERB' && head === -1 && next?.pos === 'NOUN') {
      // A participle before the noun (`a continuing resolution`) is kept as written.
      words.push(token.lower)
    } else if (token.pos === 'PROPN') name = token.lemma
    else if (token.text !== '-') {
      stop = token
      break
    }
  }
  if (head !== -1) return { words: words.slice(0, head), start: at }
  // Only a name (`40 Liberals`), and not one cut short by a figure (`the 12 Oct. 3 marchers`).
  const whole = stop === undefined || !/\d/.test(stop.text)
  return name && words.length === 0 && whole ? { words: [name], start: at } : undefined
}

/** The noun phrase ending at `at` (its head), read backwards: `Lee's effective tax rate`. */
function phraseBefore(tokens: readonly Token[], at: number): Phrase | undefined {
  const head = tokens[at]
  // `the fine was $5`: an adjective straight after a determiner stands as the noun.
  const nounLike = head?.pos === 'ADJ' && tokens[at - 1]?.pos === 'DET'
  if (!head || (head.pos !== 'NOUN' && !nounLike)) return undefined
  const words = [head.lemma]
  let start = at
  for (let k = at - 1; k > at - 4; k--) {
    const token = tokens[k]
    if (!token || !['NOUN', 'ADJ'].includes(token.pos) || QUANTITY_ADJECTIVES.has(token.lemma))
      break
    words.unshift(token.lemma)
    start = k
  }
  return { words, start }
}

function named(phrase: Phrase | undefined): Phrase | undefined {
  const head = phrase?.words.at(-1)
  return head !== undefined && !GENERIC_HEADS.has(head) ? phrase : undefined
}

/** `a tax rate of 31%`, `the rate was 31%`, `the bill totalled $5 million`, `the strike lasted 35 days`. */
function statedOf(
  tokens: readonly Token[],
  first: number,
  verbs: ReadonlySet<string>,
): Phrase | undefined {
  let k = first - 1
  if (['at', 'to'].includes(tokens[k]?.lower ?? '')) k--
  const link = tokens[k]
  if (!link) return undefined
  if (link.lower === 'of') return named(phraseBefore(tokens, k - 1))
  if ((link.pos === 'VERB' || link.pos === 'AUX') && verbs.has(link.lemma))
    return named(phraseBefore(tokens, k - 1))
  return undefined
}

// `funded for two weeks` → `fund`; `kept the museum open for two weeks` → `open`;
// `worked without pay for 42 days` → `without pay`.
function doneFor(tokens: readonly Token[], forAt: number): string | undefined {
  const previous = tokens[forAt - 1]
  if (!previous) return undefined
  if (MARKED_PREPOSITIONS.has(tokens[forAt - 2]?.lower ?? ''))
    return `${tokens[forAt - 2]?.lower} ${previous.lemma}`
  for (let k = forAt - 1; k >= Math.max(0, forAt - WINDOW); k--) {
    const token = tokens[k]
    if (!token) break
    if (token.pos === 'VERB' || (token.pos === 'ADJ' && k === forAt - 1))
      return ['be', 'have'].includes(token.lemma) ? undefined : token.lemma
    if (!['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(token.pos)) break
  }
  return undefined
}

function durationMeasure(
  tokens: readonly Token[],
  first: number,
  unitAt: number,
): { measure?: string; phrase?: Phrase } {
  // `a 60-day suspension`: the figure describes the noun after it.
  if (tokens[unitAt - 1]?.text === '-') {
    const phrase = named(phraseAfter(tokens, unitAt + 1))
    if (phrase) return { measure: phrase.words.join(' ') }
  }
  const preposition = tokens[unitAt + 1]?.lower ?? ''
  if (MARKED_PREPOSITIONS.has(preposition)) {
    const phrase = phraseAfter(tokens, unitAt + 2, { determiners: true, verbHead: true })
    if (phrase) return { measure: `${preposition} ${phrase.words.join(' ')}` }
  }
  if (DURATION_PREPOSITIONS.has(preposition)) {
    const phrase = named(phraseAfter(tokens, unitAt + 2, { determiners: true }))
    if (phrase) return { measure: phrase.words.join(' ') }
  }
  if (tokens[first - 1]?.lower === 'for') {
    const done = doneFor(tokens, first - 1)
    if (done) return { measure: done }
  }
  const phrase = statedOf(tokens, first, new Set([...LINKING_VERBS, ...DURATION_VERBS]))
  return phrase ? { measure: phrase.words.join(' '), phrase } : {}
}

const PREPOSITIONS: Partial<Record<QuantityType, ReadonlySet<string>>> = {
  money: MONEY_PREPOSITIONS,
  percent: PERCENT_PREPOSITIONS,
  count: new Set(['of']),
  other: new Set(['of']),
}

export interface MeasureQuery {
  type: QuantityType
  /** First token of the mention. */
  first: number
  /** First token after the figure and its currency or percent sign. */
  after: number
  /** For durations, the token of the time unit. */
  unitAt?: number
  /** Tokens a date took, passed over when reading the noun after the figure. */
  skip?: readonly boolean[]
}

export interface Measure {
  measure?: string
  /** A possessor shown with the measure (`Lee's rate`): whose quantity it is. */
  subjectAt?: number
}

function withPossessor(tokens: readonly Token[], phrase: Phrase): Measure {
  const measure = phrase.words.join(' ')
  const owner = tokens[phrase.start - 2]
  return isPossessive(tokens, phrase.start - 1) && (owner?.pos === 'PROPN' || owner?.pos === 'NOUN')
    ? { measure, subjectAt: phrase.start - 2 }
    : { measure }
}

/** What the figure measures, as lemmas (`private donation`, `tax rate`, `without pay`). */
export function findMeasure(tokens: readonly Token[], query: MeasureQuery): Measure {
  const { type, first, after } = query
  if (type === 'age') return {}
  if (type === 'duration') {
    const found = durationMeasure(tokens, first, query.unitAt ?? after)
    if (found.phrase) return withPossessor(tokens, found.phrase)
    return found.measure !== undefined ? { measure: found.measure } : {}
  }
  const skip = query.skip ?? []
  const direct = named(
    phraseAfter(tokens, tokens[after]?.text === '-' ? after + 1 : after, { skip }),
  )
  if (direct) return { measure: direct.words.join(' ') }
  const preposition = tokens[after]
  if (preposition && PREPOSITIONS[type]?.has(preposition.lower)) {
    const phrase = named(phraseAfter(tokens, after + 1, { determiners: true, skip }))
    if (phrase) return { measure: phrase.words.join(' ') }
  }
  const stated = statedOf(tokens, first, LINKING_VERBS)
  return stated ? withPossessor(tokens, stated) : {}
}

/**
 * The token of whose quantity it is, when the words make it plain: a possessor found with the
 * measure, or a name right before the verb of the figure (`the Hendersons paid 30.4%`, `the
 * Senate voted 61-38`, `Smith has raised $3 million`).
 */
export function findSubjectToken(tokens: readonly Token[], first: number): number | undefined {
  let k = first - 1
  const verb = tokens[k]
  // A finite verb only: `Smith and Jones discussing 2016 politics` says nothing of whose.
  if (verb?.pos !== 'VERB' || LINKING_VERBS.has(verb.lemma) || verb.lower.endsWith('ing'))
    return undefined
  k--
  if (tokens[k]?.pos === 'AUX') k--
  return tokens[k]?.pos === 'PROPN' ? k : undefined
}
