import type { Token } from '../analyse'
import { isCommonWord } from '../lexicon/compromise-lexicon'
import { PORTFOLIOS } from '../lexicon/ministries'
import { ORGANISATION_HEADS, ORGANISATIONS } from '../lexicon/organisations'
import { PLACES } from '../lexicon/places'
import { TITLES } from '../lexicon/roles'
import { MONTHS, WEEKDAYS } from '../lexicon/calendar'

/** A run of capitalised tokens that names something, with the role written before it. */
export interface NameChunk {
  first: number
  last: number
  role?: string
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
const OPENERS = new Set(['“', '"', '‘', "'", '(', '['])
// Lower-case particles inside personal names (`Mohammed bin Salman`, `Ursula von der Leyen`).
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'der',
  'van',
  'von',
  'da',
  'del',
  'la',
  'le',
])

// Endings of adjectives and participles that open sentences (`Environmental groups`, `Armed
// men`); a lone word like that is no name unless a lexicon knows it.
const ADJECTIVE_ENDING = /(al|ic|ive|ous|ful|less|able|ible|ary|ed|ing)$/

function capitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text)
}

function known(token: Token): boolean {
  return ORGANISATIONS.has(token.lower) || PLACES.has(token.lower)
}

function nameLike(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  if (!token || !capitalised(token) || CALENDAR.has(token.lower)) return false
  // A lone capital (`D-Calif.`) is an abbreviation, not a name.
  if (/^\p{Lu}\.?$/u.test(token.text)) return false
  if (NOT_NAMES.has(token.pos) && !known(token)) return false
  const previous = tokens[k - 1]
  const sentenceInitial = !previous || OPENERS.has(previous.text)
  if (!sentenceInitial || known(token)) return true
  // A capital at the start of a sentence says nothing; keep it when it is not an everyday word
  // or when a name continues after it (`Judge Barkai`).
  const next = tokens[k + 1]
  if (next !== undefined && capitalised(next) && nameLike(tokens, k + 1)) return true
  // Alone, it must be neither an everyday word nor tagged as anything but a proper noun
  // (`Environmental groups`, `Targets of …`).
  return !isCommonWord(token.lower) && token.pos === 'PROPN' && !ADJECTIVE_ENDING.test(token.lower)
}

function isTitle(token: Token | undefined): boolean {
  return token !== undefined && TITLES.has(token.lower)
}

function roleBefore(tokens: readonly Token[], first: number): string | undefined {
  const before = tokens[first - 1]
  if (isTitle(before) && before && !capitalised(before)) return before.text
  const beforeComma = tokens[first - 2]
  if (before?.text === ',' && beforeComma && isTitle(beforeComma) && !capitalised(beforeComma)) {
    return beforeComma.text
  }
  return undefined
}

/**
 * Splits a run at a capitalised title (`NSO CEO Omri Lavie` → `NSO`, then `Omri Lavie` with the
 * role `CEO`), unless what follows the title is an organisation word (`Justice Ministry`).
 */
function splitAtTitles(tokens: readonly Token[], first: number, last: number): NameChunk[] {
  for (let k = first; k < last; k++) {
    if (!isTitle(tokens[k])) continue
    let end = k
    while (end < last && isTitle(tokens[end + 1])) end++
    const after = tokens[end + 1]
    if (end === last || !after || ORGANISATION_HEADS.has(after.lower)) return [{ first, last }]
    // A portfolio before the title belongs to the role (`Defense Minister`), not to a name.
    const left = tokens.slice(first, k)
    const portfolio = left.length > 0 && PORTFOLIOS.has(left.map((t) => t.lower).join(' '))
    const roleStart = portfolio ? first : k
    const role = tokens
      .slice(roleStart, end + 1)
      .map((t) => t.text)
      .join(' ')
    const chunks: NameChunk[] = k > first && !portfolio ? [{ first, last: k - 1 }] : []
    return [
      ...chunks,
      ...splitAtTitles(tokens, end + 1, last).map((c, i) => (i === 0 ? { ...c, role } : c)),
    ]
  }
  return [{ first, last }]
}

/** Finds the capitalised name runs of a sentence, skipping tokens already taken by another rule. */
export function findNameChunks(tokens: readonly Token[], taken: readonly boolean[]): NameChunk[] {
  const chunks: NameChunk[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (taken[k] || !nameLike(tokens, k)) continue
    let last = k
    // `and` joins capitalised words only inside an organisation's name (`Competition and Markets
    // Authority`); it is undone when the run does not end like one.
    let firstAnd = -1
    for (;;) {
      const next = tokens[last + 1]
      const after = tokens[last + 2]
      const joinable =
        next && after && !taken[last + 2] && capitalised(after) && nameLike(tokens, last + 2)
      if (next && !taken[last + 1] && nameLike(tokens, last + 1)) last++
      else if (joinable && (next.lower === 'of' || NAME_PARTICLES.has(next.lower))) last += 2
      else if (joinable && (next.lower === 'and' || next.text === '&')) {
        if (firstAnd === -1) firstAnd = last + 1
        last += 2
      } else break
    }
    if (firstAnd !== -1 && !ORGANISATION_HEADS.has(tokens[last]?.lower ?? '')) last = firstAnd - 1
    const role = roleBefore(tokens, k)
    for (const chunk of splitAtTitles(tokens, k, last)) {
      chunks.push(
        chunk.role === undefined && role !== undefined && chunk.first === k
          ? { ...chunk, role }
          : chunk,
      )
    }
    k = last
  }
  return chunks
}
