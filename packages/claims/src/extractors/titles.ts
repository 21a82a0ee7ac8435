import type { Token } from '../analyse'
import { isGivenName } from '../lexicon/compromise-lexicon'
import { PORTFOLIOS } from '../lexicon/ministries'
import { ORGANISATION_HEADS } from '../lexicon/organisations'
import {
  PARTY_ADJECTIVES,
  PARTY_NOUNS,
  PERSON_NOUNS,
  TITLE_MODIFIERS,
  TITLE_TAILS,
  TITLES,
} from '../lexicon/roles'
import { capitalised } from './mentions'
import type { NameChunk } from './name-chunks'

const MOST_ROLE_WORDS = 4

export function isTitle(token: Token | undefined): boolean {
  return token !== undefined && TITLES.has(token.lower)
}

function isModifier(token: Token | undefined): boolean {
  return token !== undefined && TITLE_MODIFIERS.has(token.lower.replace(/\.$/, ''))
}

function isTail(token: Token | undefined): boolean {
  return token !== undefined && TITLE_TAILS.has(token.lower)
}

function lowerCase(token: Token | undefined): token is Token {
  return token !== undefined && !capitalised(token)
}

/**
 * The last token of a title that starts at `k` (`Vice President`, `Lt. Gov.`, `Attorney General`,
 * `Republican Sen.`), or -1. A party noun is a title before a name (`Republican Jane Roe`).
 */
function titleEnd(tokens: readonly Token[], k: number, last: number): number {
  let j = k
  while (j < last && isModifier(tokens[j]) && !isTitle(tokens[j])) j++
  const party = PARTY_NOUNS.has(tokens[j]?.lower ?? '')
  if (party && !isGivenName(tokens[j + 1]?.lower ?? '') && !isTitle(tokens[j + 1])) return -1
  if (!party && !isTitle(tokens[j])) return -1
  while (
    j < last &&
    (isTitle(tokens[j + 1]) ||
      isTail(tokens[j + 1]) ||
      (isModifier(tokens[j + 1]) && isTitle(tokens[j + 2])))
  )
    j++
  return j
}

/**
 * `Secretary of State John Doe`, `Director of National Intelligence Jane Roe`: the role runs on
 * after `of` up to the name, which starts at a given name or, failing that, is the last two words
 * (the last one when only two follow `of`). Returns the last token of the role.
 */
function roleOfEnd(tokens: readonly Token[], end: number, last: number): number {
  if (tokens[end + 1]?.lower !== 'of' || end + 2 > last) return end
  for (let g = end + 3; g <= last; g++) if (isGivenName(tokens[g]?.lower ?? '')) return g - 1
  const after = last - (end + 2) + 1
  return after >= 3 ? last - 2 : after === 2 ? last - 1 : last
}

function textOf(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ')
}

/**
 * Splits a run at a capitalised title (`Acme CEO Jane Roe` → `Acme`, then `Jane Roe` with the role
 * `CEO`), unless what follows the title is an organisation word (`Justice Ministry`). A title that
 * closes the run names nobody (`House Minority Leader`): only what comes before it is kept.
 */
export function splitAtTitles(tokens: readonly Token[], first: number, last: number): NameChunk[] {
  for (let k = first; k <= last; k++) {
    const titleLast = titleEnd(tokens, k, last)
    if (titleLast === -1) continue
    const after = tokens[titleLast + 1]
    if (titleLast < last && after && ORGANISATION_HEADS.has(after.lower)) return [{ first, last }]
    const end = roleOfEnd(tokens, titleLast, last)
    // A portfolio before the title belongs to the role (`Defense Minister`), not to a name, and so
    // do modifiers and a party (`Assistant Republican Leader`).
    const left = tokens.slice(first, k)
    const portfolio = left.length > 0 && PORTFOLIOS.has(left.map((t) => t.lower).join(' '))
    let roleStart = portfolio ? first : k
    while (
      roleStart > first &&
      (isModifier(tokens[roleStart - 1]) ||
        PARTY_ADJECTIVES.has(tokens[roleStart - 1]?.lower ?? ''))
    )
      roleStart--
    const role = textOf(tokens, roleStart, end)
    const before: NameChunk[] = roleStart > first ? [{ first, last: roleStart - 1 }] : []
    if (end >= last) return before
    return [
      ...before,
      ...splitAtTitles(tokens, end + 1, last).map((c, i) => (i === 0 ? { ...c, role } : c)),
    ]
  }
  return [{ first, last }]
}

function isRoleWord(token: Token | undefined): boolean {
  return (
    lowerCase(token) &&
    (TITLES.has(token.lower) || PERSON_NOUNS.has(token.lower) || TITLE_TAILS.has(token.lower))
  )
}

/**
 * The role written in lower case before a name (`lawyer Itai Mack`, `state lawyer Sara Bilu`,
 * `suspect Jane Roe`, `former president Jane Roe`), or just before a comma (`Acme's lawyer, Jane
 * Roe`), and an abbreviated title the tokenizer cut from its full stop (`Sens` `.` `Jane Roe`).
 */
export function roleBefore(tokens: readonly Token[], first: number): string | undefined {
  let end = first - 1
  const before = tokens[end]
  if (before?.text === '.' && TITLES.has(`${tokens[end - 1]?.lower ?? ''}.`)) {
    return `${tokens[end - 1]?.text ?? ''}.`
  }
  if (before?.text === ',' && isRoleWord(tokens[end - 1])) end--
  if (!isRoleWord(tokens[end])) return undefined
  let start = end
  while (
    start > end - MOST_ROLE_WORDS + 1 &&
    lowerCase(tokens[start - 1]) &&
    (isRoleWord(tokens[start - 1]) ||
      isModifier(tokens[start - 1]) ||
      PARTY_ADJECTIVES.has(tokens[start - 1]?.lower ?? ''))
  )
    start--
  return textOf(tokens, start, end)
}
