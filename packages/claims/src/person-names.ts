import { FORMAL_GIVEN_NAMES } from './lexicon/given-names'
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, TITLES, TITLE_MODIFIERS } from './lexicon/roles'

const NICKNAME = /^["“‘'].*["”’']$/

/** The parts of a personal name that decide who it is. */
export interface PersonName {
  /** Given name, when written (`Cesar` in `Cesar A. Sayoc Jr.`). */
  given?: string
  /** Surname with its particles (`Sayoc`, `von der Leyen`). */
  surname: string
  /**
   * What the key is made from: the formal given name and the surname, without titles, middle names,
   * initials or `Jr.` (`Chuck Roe` → `charles Roe`).
   */
  keyName: string
}

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    TITLES.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    HONORIFICS.has(lower.replace(/\.$/, '')) ||
    TITLES.has(`${lower}.`)
  )
}

/** The formal form of a given name (`Chuck` → `charles`), lower case; others as written. */
export function formalGivenName(given: string): string {
  return FORMAL_GIVEN_NAMES.get(given.toLowerCase()) ?? given
}

/**
 * Reads a personal name written in any of the ways news names one person (`Sen. Cesar A. Sayoc
 * Jr.`, `Cesar Sayoc`, `Sayoc`): leading titles, a generational suffix, middle names, initials and
 * a quoted nickname do not change who it is, nor does a familiar given name (`Bill` for `William`).
 * The first word left is the given name, the last (with any particles before it) the surname.
 */
export function parsePersonName(name: string): PersonName {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/,$/, ''))
    .filter((w) => w !== '' && !NICKNAME.test(w))
  while (words.length > 1 && isTitleWord(words[0] ?? '')) words.shift()
  while (words.length > 1 && NAME_SUFFIXES.has((words.at(-1) ?? '').toLowerCase())) words.pop()
  let from = words.length - 1
  while (from > 1 && NAME_PARTICLES.has((words[from - 1] ?? '').toLowerCase())) from--
  const surname = words.slice(from).join(' ')
  const given = from > 0 ? words[0] : undefined
  return {
    ...(given !== undefined ? { given } : {}),
    surname,
    keyName: given !== undefined ? `${formalGivenName(given)} ${surname}` : surname,
  }
}
