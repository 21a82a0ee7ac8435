import type { Token } from '../analyse'
import {
  isGivenName,
  isOrganisationName,
  isPlaceName,
  isSurname,
} from '../lexicon/compromise-lexicon'
import {
  CLASS_BY_HEAD,
  CORPORATE_SUFFIXES,
  ORGANISATION_HEADS,
  ORGANISATION_LEADS,
  ORGANISATIONS,
} from '../lexicon/organisations'
import type { OrganisationClass } from '../lexicon/organisations'
import { PLACES } from '../lexicon/places'
import { TITLES } from '../lexicon/roles'
import type { Mention } from './mentions'

type Typed = Pick<Mention, 'type' | 'name' | 'form' | 'orgClass' | 'kingdom'>

const COURT_WORDS = new Set(['court', 'tribunal'])
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}|\p{Lu}(?:\.\p{Lu})+\.?)$/u

function words(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text)
}

function organisation(tokens: readonly Token[]): Typed {
  const names = words(tokens)
  while (names.length > 1 && CORPORATE_SUFFIXES.has((names.at(-1) ?? '').toLowerCase())) names.pop()
  const name = names.join(' ')
  const entry = ORGANISATIONS.get(name.toLowerCase())
  const head = (tokens.at(-1)?.lower ?? '').replace(/\.$/, '')
  const orgClass: OrganisationClass = entry?.orgClass ?? CLASS_BY_HEAD.get(head) ?? 'other'
  if (COURT_WORDS.has(head) || orgClass === 'court') {
    return { type: 'court', name: entry?.name ?? name, form: 'name', orgClass: 'court' }
  }
  return { type: 'organisation', name: entry?.name ?? name, form: 'name', orgClass }
}

function knownName(lower: string): Typed | undefined {
  const org = ORGANISATIONS.get(lower)
  if (org) {
    const type = org.orgClass === 'court' ? 'court' : 'organisation'
    return { type, name: org.name, form: 'name', orgClass: org.orgClass }
  }
  const place = PLACES.get(lower)
  if (place) return { type: 'place', name: place.name, form: 'name', kingdom: place.kingdom }
  return undefined
}

/** The longest leading place inside a longer name (`Tel Aviv` in `Tel Aviv District Court`). */
function leadingPlace(tokens: readonly Token[]): number {
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const lower = tokens
      .slice(0, n)
      .map((t) => t.lower)
      .join(' ')
    if (PLACES.has(lower) || isPlaceName(lower)) return n
  }
  return 0
}

/**
 * Types one capitalised run and gives its canonical name: the lexicons first (they know that
 * `Amnesty` is Amnesty International and `Saudi` is Saudi Arabia), then compromise's word list
 * (given names, cities, companies), then the shape of the name (`… Court`, `… Group`, `MoD`).
 * Returns one or two parts: a place that leads another name is its own mention (`US` `Facebook`).
 */
export function classifyName(
  tokens: readonly Token[],
  role: string | undefined,
): Array<{ from: number; to: number; typed: Typed }> {
  const all = tokens.length - 1
  const whole = (typed: Typed) => [{ from: 0, to: all, typed }]
  if (tokens.every((t) => TITLES.has(t.lower))) return []
  const lower = tokens.map((t) => t.lower).join(' ')
  const text = words(tokens).join(' ')
  const known = knownName(lower)
  if (known) return whole(known)
  if (role !== undefined)
    return whole({ type: 'person', name: text, form: tokens.length > 1 ? 'name' : 'single' })
  if (isPlaceName(lower)) return whole({ type: 'place', name: text, form: 'name' })
  if (isOrganisationName(lower)) return whole(organisation(tokens))
  const placeLength = leadingPlace(tokens)
  if (placeLength > 0) {
    const rest = tokens.slice(placeLength)
    const restLower = rest.map((t) => t.lower).join(' ')
    const restKnown = knownName(restLower)
    if (restKnown || isOrganisationName(restLower) || isGivenName(rest[0]?.lower ?? '')) {
      const place = classifyName(tokens.slice(0, placeLength), undefined)
      const other = classifyName(rest, undefined).map((p) => ({
        ...p,
        from: p.from + placeLength,
        to: p.to + placeLength,
      }))
      return [...place, ...other]
    }
    return whole(organisation(tokens))
  }
  const head = (tokens.at(-1)?.lower ?? '').replace(/\.$/, '')
  if (ORGANISATION_HEADS.has(head) || CORPORATE_SUFFIXES.has(head) || COURT_WORDS.has(head))
    return whole(organisation(tokens))
  if (tokens.length > 2 && ORGANISATION_LEADS.has(tokens[0]?.lower ?? ''))
    return whole(organisation(tokens))
  if (tokens.length === 1 && ACRONYM.test(text)) {
    return whole({ type: 'organisation', name: text, form: 'acronym', orgClass: 'other' })
  }
  if (tokens.length === 1) {
    return whole({
      type: isGivenName(lower) || isSurname(lower) ? 'person' : 'other',
      name: text,
      form: 'single',
    })
  }
  // A name with `of` or `and` inside (`Call of Duty`) is a title or a body, never a person.
  if (tokens.some((t) => t.lower === 'of' || t.lower === 'and' || t.text === '&')) {
    return whole({ type: 'other', name: text, form: 'name' })
  }
  // Two or three capitalised words that are no place or organisation: in news text, a person.
  return whole({ type: 'person', name: text, form: 'name' })
}
