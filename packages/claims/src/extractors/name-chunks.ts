import type { Token } from '../analyse'
import { MONTHS, WEEKDAYS } from '../lexicon/calendar'
import { isCommonWord, isGivenName, isPlaceName, isSurname } from '../lexicon/compromise-lexicon'
import { ORGANISATION_HEADS, ORGANISATION_LEADS, ORGANISATIONS } from '../lexicon/organisations'
import { PLACE_LEADS, PLACES } from '../lexicon/places'
import { NAME_PARTICLES, NAME_SUFFIXES, PARTY_NOUNS } from '../lexicon/roles'
import { STATE_NAMES } from '../lexicon/us-states'
import { capitalised } from './mentions'
import { monthInName } from './month-names'
import { isTitle, roleBefore, splitAtTitles } from './titles'

/** A run of capitalised tokens that names something, with the role written before it. */
export interface NameChunk {
  first: number
  last: number
  role?: string
  /** A quoted nickname inside a personal name (`William "Bud" Tanner`): its token. */
  nickname?: number
  /** Split off a personal name by `of` (`Jane Roe of Ohio`): a home or an employer. */
  afterOf?: boolean
  /**
   * An everyday word that opens the sentence as its subject (`Amnesty said`): a name only if the
   * article names something so elsewhere.
   */
  uncertain?: boolean
}

const NOT_NAMES = new Set([
  'DET',
  'PRON',
  'AUX',
  'CCONJ',
  'SCONJ',
  'ADP',
  'PART',
  'PUNCT',
  'NUM',
  'SYM',
])
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS])
// `Sept.`, `Feb.`: a month shortened with a full stop.
const MONTH_ABBREVIATION = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/
// `No. 2`, `I`, `I’m`, `I'll`: capitals that are never names.
const NEVER_NAMES = /^(?:no\.|nos\.|i|i['’]\p{L}+)$/u
const OPENERS = new Set(['“', '"', '‘', "'", '(', '['])
const QUOTES = new Set(['“', '”', '"', '‘', '’', "'"])
// Capitalised at the start of a sentence, these open a noun phrase, never a name (`Several
// Democrats`, `Many Republicans`).
const QUANTIFIERS = new Set([
  'all',
  'any',
  'both',
  'each',
  'every',
  'few',
  'many',
  'more',
  'most',
  'other',
  'several',
  'some',
])
// Short words a headline leaves in lower case or capitalises at will.
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at'])

// Endings of adjectives and participles that open sentences (`Environmental groups`, `Armed
// men`); a lone word like that is no name unless a lexicon knows it.
const ADJECTIVE_ENDING = /(al|ic|ive|ous|ful|less|able|ible|ary|ed|ing)$/

function known(token: Token): boolean {
  return ORGANISATIONS.has(token.lower) || PLACES.has(token.lower) || STATE_NAMES.has(token.lower)
}

/** `A.` in `Cesar A. Sayoc`. */
function isInitial(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}\.$/u.test(token.text)
}

/**
 * A headline in title case (`Senator Names Former Aide To Replace Him`) capitalises every word, so
 * there a capital says nothing and everyday words are not names.
 */
function isHeadline(tokens: readonly Token[]): boolean {
  let words = 0
  for (const token of tokens) {
    if (token.kind !== 'word' || FUNCTION_WORDS.has(token.lower)) continue
    if (!capitalised(token)) return false
    words++
  }
  return words >= 4
}

function nameLike(tokens: readonly Token[], k: number, headline: boolean): boolean {
  const token = tokens[k]
  if (!token || !capitalised(token)) return false
  if (CALENDAR.has(token.lower) && !monthInName(tokens, k)) return false
  if (MONTH_ABBREVIATION.test(token.lower) || NEVER_NAMES.test(token.lower)) return false
  // A lone capital (`D-Calif.`) is an abbreviation, not a name.
  if (/^\p{Lu}\.?$/u.test(token.text)) return false
  if (NOT_NAMES.has(token.pos) && !known(token)) return false
  const everyday = isCommonWord(token.lower) && !isGivenName(token.lower) && !known(token)
  if (headline && everyday && !isTitle(token) && !isSurname(token.lower)) return false
  const previous = tokens[k - 1]
  const sentenceInitial = !previous || OPENERS.has(previous.text)
  if (!sentenceInitial || known(token)) return true
  if (QUANTIFIERS.has(token.lower)) return false
  // A capital at the start of a sentence says nothing; keep it when it is not an everyday word
  // or when a name continues after it (`Judge Barkai`).
  const next = tokens[k + 1]
  if (capitalised(next) && nameLike(tokens, k + 1, headline)) return true
  // Alone, it must be neither an everyday word nor tagged as anything but a proper noun
  // (`Environmental groups`, `Targets of …`).
  return !isCommonWord(token.lower) && token.pos === 'PROPN' && !ADJECTIVE_ENDING.test(token.lower)
}

/** `Amnesty says …`, `Apple’s profits …`: a capitalised everyday word as a sentence's subject. */
function subjectAtStart(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  const previous = tokens[k - 1]
  const next = tokens[k + 1]
  return (
    token !== undefined &&
    capitalised(token) &&
    (!previous || OPENERS.has(previous.text)) &&
    !QUANTIFIERS.has(token.lower) &&
    !NOT_NAMES.has(token.pos) &&
    (next?.pos === 'VERB' || next?.pos === 'AUX' || /^['’]s$/.test(next?.text ?? ''))
  )
}

/** How many tokens after `last` continue a personal name: an initial, a suffix, a nickname. */
function nameContinues(tokens: readonly Token[], last: number, headline: boolean): number {
  const next = tokens[last + 1]
  const after = tokens[last + 2]
  if (!next) return 0
  // `Cesar A. Sayoc`: an initial between two names.
  if (isInitial(next) && capitalised(after) && nameLike(tokens, last + 2, headline)) return 2
  // `Jane Roe, Jr.`
  if (next.text === ',' && after && NAME_SUFFIXES.has(after.lower)) return 2
  // `William "Bud" Tanner`: a quoted nickname between a given name and a surname.
  const close = tokens[last + 3]
  if (
    QUOTES.has(next.text) &&
    capitalised(after) &&
    close &&
    QUOTES.has(close.text) &&
    capitalised(tokens[last + 4]) &&
    nameLike(tokens, last + 4, headline)
  )
    return 4
  return 0
}

function isPlacePhrase(tokens: readonly Token[]): boolean {
  const lower = tokens.map((t) => t.lower).join(' ')
  return PLACES.has(lower) || STATE_NAMES.has(lower) || isPlaceName(lower)
}

/**
 * `Jane Roe of Ohio`, `Jane Roe of Roe & Partners`: a personal name, then where the
 * person is from or works. The name is a person's when it has a role, opens with a given name,
 * holds an initial, or a place follows `of`; never an organisation's or a place's own name
 * (`University of Toronto`, `Bank of America`, `Gulf of Mexico`, `District of Columbia`).
 */
function splitAtOf(tokens: readonly Token[], chunk: NameChunk): NameChunk[] {
  let of = chunk.first + 1
  while (of < chunk.last && tokens[of]?.lower !== 'of') of++
  if (of >= chunk.last) return [chunk]
  const left = tokens.slice(chunk.first, of)
  const right = tokens.slice(of + 1, chunk.last + 1)
  if (isPlacePhrase(tokens.slice(chunk.first, chunk.last + 1))) return [chunk]
  const bodyOrPlace = left.some(
    (t) =>
      ORGANISATION_HEADS.has(t.lower) ||
      ORGANISATION_LEADS.has(t.lower) ||
      PLACE_LEADS.has(t.lower) ||
      ORGANISATIONS.has(t.lower),
  )
  const party = left.length === 1 && PARTY_NOUNS.has(left[0]?.lower ?? '')
  const person =
    chunk.role !== undefined ||
    isGivenName(left[0]?.lower ?? '') ||
    left.some((t) => isInitial(t)) ||
    isPlacePhrase(right)
  if (bodyOrPlace || (!person && !party)) return [chunk]
  const place: NameChunk = { first: of + 1, last: chunk.last, afterOf: true }
  // `a Republican of Ohio`: the party is no name.
  if (party) return [place]
  return [{ ...chunk, last: of - 1 }, place]
}

/** Finds the capitalised name runs of a sentence, skipping tokens already taken by another rule. */
export function findNameChunks(tokens: readonly Token[], taken: readonly boolean[]): NameChunk[] {
  const chunks: NameChunk[] = []
  const headline = isHeadline(tokens)
  for (let k = 0; k < tokens.length; k++) {
    if (taken[k]) continue
    if (!nameLike(tokens, k, headline)) {
      if (subjectAtStart(tokens, k)) chunks.push({ first: k, last: k, uncertain: true })
      continue
    }
    let last = k
    let nickname: number | undefined
    // `and` joins capitalised words only inside an organisation's name (`Competition and Markets
    // Authority`); it is undone when the run does not end like one, or when what comes before
    // `and` is a whole name already (`Senate and House`).
    let firstAnd = -1
    for (;;) {
      const next = tokens[last + 1]
      const after = tokens[last + 2]
      const joinable =
        next &&
        after &&
        !taken[last + 2] &&
        capitalised(after) &&
        nameLike(tokens, last + 2, headline)
      const continued = nameContinues(tokens, last, headline)
      if (next && !taken[last + 1] && nameLike(tokens, last + 1, headline)) last++
      else if (continued > 0 && !taken[last + continued]) {
        if (continued === 4) nickname = last + 2
        last += continued
      } else if (joinable && (next.lower === 'of' || NAME_PARTICLES.has(next.lower))) last += 2
      else if (joinable && (next.lower === 'and' || next.text === '&')) {
        if (firstAnd === -1) firstAnd = last + 1
        last += 2
      } else break
    }
    // `Mr. Roe and White House aides`: a person's name ends before `and`.
    const beforeAnd = tokens[firstAnd - 1]?.lower ?? ''
    const personal = firstAnd !== -1 && tokens.slice(k, firstAnd).some(isTitle)
    if (
      firstAnd !== -1 &&
      (!ORGANISATION_HEADS.has(tokens[last]?.lower ?? '') ||
        ORGANISATION_HEADS.has(beforeAnd) ||
        personal)
    )
      last = firstAnd - 1
    const role = roleBefore(tokens, k)
    for (const chunk of splitAtTitles(tokens, k, last)) {
      const withRole =
        chunk.role === undefined && role !== undefined && chunk.first === k
          ? { ...chunk, role }
          : chunk
      const withNickname =
        nickname !== undefined && nickname > withRole.first && nickname < withRole.last
          ? { ...withRole, nickname }
          : withRole
      chunks.push(...splitAtOf(tokens, withNickname))
    }
    k = last
  }
  return chunks
}
