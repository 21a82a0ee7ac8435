import type { Token } from '../analyse'
import {
  isCommonWord,
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
import { PLACE_HEADS, PLACE_PREFIXES, PLACES } from '../lexicon/places'
import { PARTY_NOUNS, TITLES } from '../lexicon/roles'
import { STATE_NAMES } from '../lexicon/us-states'
import type { Mention } from './mentions'

type Typed = Pick<Mention, 'type' | 'name' | 'form' | 'orgClass' | 'kingdom' | 'noun'>

const COURT_WORDS = new Set(['court', 'tribunal'])
const LAW_HEADS = new Set(['act', 'amendment', 'treaty', 'accord', 'accords', 'convention'])
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}|\p{Lu}(?:\.\p{Lu})+\.?)$/u
// `WhatsApp`, `GoFundMe`: a capital inside one word marks a brand, unless it is a surname's
// (`McConnell`, `DeVos`, `LaGuardia`).
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)\p{Lu}/u
const QUOTES = new Set(['“', '”', '"', '‘', '’', "'"])

/** The words of a name as written, leaving out a quoted nickname (`William "Bud" Tanner`). */
function words(tokens: readonly Token[]): string[] {
  const out: string[] = []
  let quoted = false
  for (const token of tokens) {
    if (QUOTES.has(token.text)) quoted = !quoted
    else if (!quoted) out.push(token.text)
  }
  return out
}

function bare(token: Token | undefined): string {
  return (token?.lower ?? '').replace(/\.$/, '')
}

function organisation(tokens: readonly Token[]): Typed {
  // `U.N. Security Council` and `UN Security Council` are one name.
  const names = words(tokens).map((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, '') : w))
  while (names.length > 1 && CORPORATE_SUFFIXES.has((names.at(-1) ?? '').toLowerCase())) names.pop()
  const name = names.join(' ')
  const entry = ORGANISATIONS.get(name.toLowerCase())
  const head = bare(tokens.at(-1))
  const lead = tokens.length > 2 && ORGANISATION_LEADS.has(bare(tokens[0])) ? bare(tokens[0]) : ''
  const orgClass: OrganisationClass =
    entry?.orgClass ?? CLASS_BY_HEAD.get(head) ?? CLASS_BY_HEAD.get(lead) ?? 'other'
  const noun = ORGANISATION_HEADS.has(head) ? head : lead || undefined
  if (COURT_WORDS.has(head) || orgClass === 'court') {
    return { type: 'court', name: entry?.name ?? name, form: 'name', orgClass: 'court' }
  }
  return {
    type: 'organisation',
    name: entry?.name ?? name,
    form: 'name',
    orgClass,
    ...(noun ? { noun } : {}),
  }
}

function knownName(lower: string): Typed | undefined {
  const org = ORGANISATIONS.get(lower) ?? ORGANISATIONS.get(lower.replace(/\./g, ''))
  if (org) {
    const type = org.orgClass === 'court' ? 'court' : 'organisation'
    return { type, name: org.name, form: 'name', orgClass: org.orgClass }
  }
  const place = PLACES.get(lower)
  if (place) return { type: 'place', name: place.name, form: 'name', kingdom: place.kingdom }
  // `Texas`, `OREGON`, `Oregon State`.
  const state = STATE_NAMES.get(lower) ?? STATE_NAMES.get(lower.replace(/ state$/, ''))
  if (state) return { type: 'place', name: state, form: 'name' }
  return undefined
}

function isPlace(lower: string): boolean {
  return PLACES.has(lower) || STATE_NAMES.has(lower) || isPlaceName(lower)
}

/** The longest leading place inside a longer name (`Tel Aviv` in `Tel Aviv District Court`). */
function leadingPlace(tokens: readonly Token[]): number {
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const lower = tokens
      .slice(0, n)
      .map((t) => t.lower)
      .join(' ')
    if (isPlace(lower)) return n
  }
  return 0
}

/** Types a run that no lexicon knows by the shape of its last word, or undefined. */
function byHead(tokens: readonly Token[], text: string): Typed | undefined {
  const head = bare(tokens.at(-1))
  if (ORGANISATION_HEADS.has(head) || CORPORATE_SUFFIXES.has(head) || COURT_WORDS.has(head))
    return organisation(tokens)
  if (tokens.length > 2 && ORGANISATION_LEADS.has(bare(tokens[0]))) return organisation(tokens)
  // `Senate Republicans`, `Assembly Democrats`: a party's members in one body.
  if (tokens.length > 1 && PARTY_NOUNS.has(head.replace(/s$/, '')) && head.endsWith('s'))
    return { type: 'organisation', name: text, form: 'name', orgClass: 'party' }
  if (LAW_HEADS.has(head) && tokens.length > 1) return { type: 'law', name: text, form: 'name' }
  if (PLACE_HEADS.has(head) && tokens.length > 1) return { type: 'place', name: text, form: 'name' }
  // `South Dallas`, `Northern Virginia`.
  const rest = tokens
    .slice(1)
    .map((t) => t.lower)
    .join(' ')
  if (tokens.length > 1 && PLACE_PREFIXES.has(bare(tokens[0])) && isPlace(rest))
    return { type: 'place', name: text, form: 'name' }
  return undefined
}

/** A person's name unless its last word is an everyday noun no name list knows (`Botanic Garden`). */
function personOrOther(tokens: readonly Token[], text: string): Typed {
  const first = tokens[0]?.lower ?? ''
  const last = bare(tokens.at(-1))
  const everyday = isCommonWord(last) && !isSurname(last) && !isGivenName(last)
  const type = isGivenName(first) || !everyday ? 'person' : 'other'
  return { type, name: text, form: 'name' }
}

/**
 * Types one capitalised run and gives its canonical name: the lexicons first (widely known bodies,
 * countries, US states), then compromise's word list (given names, cities, companies), then the
 * shape of the name (`… Court`, `… Group`, `… County`, `… Act`, `MoD`). Returns one or two parts: a
 * place that leads another name is its own mention (`US` `Facebook`). A run of titles or party
 * nouns alone (`Secretary`, `Democrat`) names nobody and gives none.
 */
export function classifyName(
  tokens: readonly Token[],
  role: string | undefined,
): Array<{ from: number; to: number; typed: Typed }> {
  const all = tokens.length - 1
  const whole = (typed: Typed) => [{ from: 0, to: all, typed }]
  if (tokens.every((t) => TITLES.has(t.lower) || PARTY_NOUNS.has(t.lower))) return []
  // `an Oregon Democrat`, `the Ohio Republican`: the party says what the person is, the place
  // is a mention of its own.
  if (tokens.length > 1 && PARTY_NOUNS.has(tokens[all]?.lower ?? ''))
    return classifyName(tokens.slice(0, all), undefined)
  const text = words(tokens).join(' ')
  const lower = text.toLowerCase()
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
    return whole(byHead(tokens, text) ?? organisation(tokens))
  }
  const shaped = byHead(tokens, text)
  if (shaped) return whole(shaped)
  if (tokens.length === 1 && ACRONYM.test(text)) {
    // `F.B.I.` and `FBI` are one name.
    const name = text.replace(/\./g, '')
    return whole(
      knownName(name.toLowerCase()) ?? {
        type: 'organisation',
        name,
        form: 'acronym',
        orgClass: 'other',
      },
    )
  }
  if (tokens.length === 1 && INNER_CAPITAL.test(text) && !SURNAME_PREFIX.test(text))
    return whole({ type: 'organisation', name: text, form: 'single', orgClass: 'other' })
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
  return whole(personOrOther(tokens, text))
}
