import { entityKey } from '../keys'
import { ORGANISATION_HEADS, ORGANISATION_LEADS } from '../lexicon/organisations'
import { PARTY_ADJECTIVES } from '../lexicon/roles'
import { parsePersonName } from '../person-names'
import type { Entity } from '../types'
import { roleDescription } from './describe'
import type { Mention } from './mentions'

/** The entity a mention names: its key, type and display name. */
export interface Resolved {
  mention: Mention
  key: string
  type: Entity['type']
}

const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in'])

function initials(name: string, withFunctionWords: boolean): string {
  return name
    .split(/\s+/)
    .filter((w) => withFunctionWords || !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase()
}

/** What the article names in full, so short forms can be matched to it whatever their order. */
export interface FullNames {
  bySurname: Map<string, Resolved[]>
  byFirstWord: Map<string, Resolved[]>
  byInitials: Map<string, Resolved[]>
  /** One-word people with a title (`President Roe`), and nicknames (`Bud`). */
  byWord: Map<string, Resolved[]>
  /** Full names a nickname makes (`Bud Tanner` for `William "Bud" Tanner`). */
  byAlias: Map<string, Resolved[]>
}

function push(map: Map<string, Resolved[]>, word: string, resolved: Resolved): void {
  const list = map.get(word) ?? []
  if (!list.some((r) => r.key === resolved.key)) list.push(resolved)
  map.set(word, list)
}

function selfResolved(mention: Mention): Resolved {
  return { mention, key: entityKey(mention.type, mention.name), type: mention.type }
}

/** Indexes the article's full names by surname, first word, initials, nickname. */
export function collectFullNames(mentions: readonly Mention[]): FullNames {
  const names: FullNames = {
    bySurname: new Map(),
    byFirstWord: new Map(),
    byInitials: new Map(),
    byWord: new Map(),
    byAlias: new Map(),
  }
  mentions.forEach((mention, m) => {
    const previous = mentions[m - 1]
    // `Acme Widget Holdings (AWH)`: an acronym in brackets right after a name defines it,
    // whatever its letters.
    if (
      mention.form === 'acronym' &&
      previous?.form === 'name' &&
      mention.start - previous.end === 2 &&
      (previous.type === 'organisation' || previous.type === 'court')
    ) {
      push(names.byInitials, mention.name.toLowerCase(), selfResolved(previous))
    }
    if (mention.type === 'person' && mention.form === 'single' && mention.role !== undefined) {
      push(names.byWord, mention.name.toLowerCase(), selfResolved(mention))
    }
    if (mention.form !== 'name') return
    const resolved = selfResolved(mention)
    const parts = mention.name.split(/\s+/)
    if (mention.type === 'person') {
      const person = parsePersonName(mention.name)
      if (person.given !== undefined) {
        const surname = person.surname.split(' ').at(-1) ?? ''
        push(names.bySurname, surname.toLowerCase(), resolved)
      }
      if (mention.nickname) {
        push(names.byWord, mention.nickname.toLowerCase(), resolved)
        // `William "Bud" Tanner` is `Bud Tanner` too.
        push(names.byAlias, `${mention.nickname} ${person.surname}`.toLowerCase(), resolved)
      }
    } else if ((mention.type === 'organisation' || mention.type === 'court') && parts.length > 1) {
      const firstWord = (parts[0] ?? '').toLowerCase()
      // `House` alone is not the `House Ethics Committee`: a head word names many bodies; nor is
      // `Democratic` the `Democratic National Committee`: a party word describes its members.
      if (
        !ORGANISATION_HEADS.has(firstWord) &&
        !ORGANISATION_LEADS.has(firstWord) &&
        !PARTY_ADJECTIVES.has(firstWord)
      )
        push(names.byFirstWord, firstWord, resolved)
      push(names.byInitials, initials(mention.name, true), resolved)
      push(names.byInitials, initials(mention.name, false), resolved)
    }
  })
  return names
}

/**
 * Of several people who share a surname, the one a short form means: the same gender, the same
 * role (`Sen. Roe` is the senator, not her brother), then the nearest before it, else the first.
 * A title none of several namesakes holds names someone else (`Former Vice President Cheney`
 * beside `Mary Cheney` and `Liz Cheney` is their father): no one of them.
 */
function pickPerson(
  candidates: readonly Resolved[] | undefined,
  mention: Mention,
  genders: ReadonlyMap<string, 'male' | 'female'>,
): Resolved | undefined {
  if (!candidates || candidates.length === 0) return undefined
  let fitting = candidates.filter((c) => {
    const gender = genders.get(c.key)
    return !mention.gender || !gender || gender === mention.gender
  })
  const role = mention.role !== undefined ? roleDescription(mention.role) : undefined
  const sameRole = fitting.filter(
    (c) =>
      role !== undefined &&
      c.mention.role !== undefined &&
      roleDescription(c.mention.role) === role,
  )
  if (sameRole.length > 0) fitting = sameRole
  else if (role !== undefined && fitting.length > 1) return undefined
  return nearest(fitting, mention.start)
}

// Several full names share a short form: the nearest one before the mention, else the first.
function nearest(candidates: readonly Resolved[], position: number): Resolved | undefined {
  const before = candidates.filter((c) => c.mention.start <= position)
  return before.at(-1) ?? candidates[0]
}

/** A short form or acronym to the full name it stands for; a full name keys itself. */
export function resolveName(
  mention: Mention,
  names: FullNames,
  genders: ReadonlyMap<string, 'male' | 'female'>,
): Resolved {
  const word = mention.name.toLowerCase()
  if (mention.form === 'acronym') {
    const full = nearest(names.byInitials.get(word) ?? [], mention.start)
    if (full) return full
  }
  const alias = mention.type === 'person' ? names.byAlias.get(word)?.[0] : undefined
  if (alias) return { ...alias, mention: { ...mention, name: alias.mention.name } }
  // A one-word organisation name that is also the surname of someone the article names in full
  // (`Bloomberg said` after `Michael Bloomberg`) is that person: a writer who meant the company
  // beside its founder would name it apart (`Bloomberg News`, `Bloomberg L.P.`).
  const surname = !word.includes(' ') && names.bySurname.has(word)
  if (
    mention.form === 'single' ||
    (mention.type === 'person' && !word.includes(' ')) ||
    (mention.type === 'organisation' && surname)
  ) {
    const person =
      pickPerson(names.bySurname.get(word), mention, genders) ??
      pickPerson(names.byWord.get(word), mention, genders)
    if (person)
      return {
        mention: {
          ...mention,
          name: person.mention.name,
          role: mention.role ?? person.mention.role,
        },
        key: person.key,
        type: 'person',
      }
    // `Amnesty` after `Amnesty International` and `Amnesty Tech`: the body named first is the one
    // a bare short form means.
    const org = names.byFirstWord.get(word)?.[0]
    if (org) return org
  }
  return selfResolved(mention)
}
