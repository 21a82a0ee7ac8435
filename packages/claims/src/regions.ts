import type { Token } from './analyse'

export const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose'])
const ADVERBIAL = new Set([
  'although',
  'though',
  'because',
  'if',
  'unless',
  'when',
  'whenever',
  'while',
  'whereas',
  'whether',
  'once',
])
// These head a clause only when a verb follows (`after Bilu said`, not `after extensive delays`).
const CLAUSAL_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as'])
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON'])
// `according to` after a comma names a source for the whole sentence, not a participial clause.
const NOT_PARTICIPLES = new Set(['according'])

function isComma(token: Token | undefined): boolean {
  return token?.text === ','
}

function nextBreak(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const text = tokens[k]?.text
    if (text === ',' || text === ';' || text === '—' || text === '–' || text === '(') return k
  }
  return tokens.length
}

function verbBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = tokens[k]?.pos
    if (pos === 'VERB' || pos === 'AUX') return true
  }
  return false
}

/**
 * Marks the tokens of a sentence that sit in a subordinate clause: relative clauses, adverbial
 * clauses (`although …`, `if …`, `whether …`), participial clauses after a comma (`, saying …`)
 * and parentheticals. A negation there does not deny the sentence's main assertion. Complement
 * clauses of reporting verbs (`said that …`) stay main: they carry what is asserted.
 */
export function subordinateMask(tokens: readonly Token[]): boolean[] {
  const mask = tokens.map(() => false)
  const mark = (from: number, to: number): void => {
    for (let k = from; k < to; k++) mask[k] = true
  }
  let depth = 0
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token) continue
    const previous = tokens[k - 1]
    const clauseStart = k === 0 || isComma(previous) || previous?.text === '“'
    if (token.text === '(') depth++
    if (depth > 0) mask[k] = true
    if (token.text === ')') depth = Math.max(0, depth - 1)
    if (RELATIVES.has(token.lower) && k > 0) {
      mark(k, isComma(previous) ? nextBreak(tokens, k + 1) : restrictiveEnd(tokens, k + 1))
    } else if (
      token.lower === 'that' &&
      previous &&
      NOMINAL.has(previous.pos) &&
      token.pos !== 'DET'
    ) {
      mark(k, restrictiveEnd(tokens, k + 1))
    } else if (ADVERBIAL.has(token.lower)) {
      // A fronted clause ends at its comma; one that follows the main clause runs to the end.
      mark(k, clauseStart ? nextBreak(tokens, k + 1) : tokens.length)
    } else if (CLAUSAL_PREPOSITIONS.has(token.lower) && clauseStart) {
      const end = nextBreak(tokens, k + 1)
      if (verbBefore(tokens, k + 1, end)) mark(k, end)
    } else if (
      isComma(previous) &&
      token.pos === 'VERB' &&
      token.lower.endsWith('ing') &&
      !NOT_PARTICIPLES.has(token.lower)
    ) {
      mark(k, nextBreak(tokens, k + 1))
    } else if (k === 0 && isOpeningParticiple(tokens)) {
      // `Marking a defeat for the White House, the House voted …`: the verb comes after the comma.
      mark(0, nextBreak(tokens, 1))
    } else if ((token.text === '—' || token.text === '–') && k > 0) {
      const end = tokens.findIndex((t, j) => j > k && (t.text === '—' || t.text === '–'))
      if (end !== -1) mark(k, end + 1)
    }
  }
  return mask
}

/** A sentence that opens with a participial phrase set off by a comma before its subject. */
function isOpeningParticiple(tokens: readonly Token[]): boolean {
  const first = tokens[0]
  if (first?.pos !== 'VERB' || !first.lower.endsWith('ing') || NOT_PARTICIPLES.has(first.lower))
    return false
  const end = nextBreak(tokens, 1)
  return isComma(tokens[end]) && verbBefore(tokens, end + 1, tokens.length)
}

const VERB_GROUP = new Set(['VERB', 'AUX', 'PART', 'ADV'])

/**
 * A relative clause with no comma (`the hearing which was public was not a given`) ends where a
 * second verb group starts: that verb belongs to the main clause.
 */
export function restrictiveEnd(tokens: readonly Token[], from: number): number {
  const limit = nextBreak(tokens, from)
  let seenVerb = false
  let afterVerb = false
  for (let k = from; k < limit; k++) {
    const pos = tokens[k]?.pos ?? ''
    const verbal = pos === 'VERB' || pos === 'AUX'
    if (verbal && afterVerb) return k
    // `the paychecks they have missed since the shutdown began`: a clause of its own starts.
    const lower = tokens[k]?.lower ?? ''
    if (seenVerb && (pos === 'SCONJ' || ADVERBIAL.has(lower) || CLAUSAL_PREPOSITIONS.has(lower)))
      return k
    if (verbal) seenVerb = true
    else if (seenVerb && !VERB_GROUP.has(pos)) afterVerb = true
  }
  return limit
}
