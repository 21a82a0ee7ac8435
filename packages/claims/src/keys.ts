import { GENDERED } from './lexicon/roles'
import { parsePersonName } from './person-names'
import type { EntityType } from './types'

const PREFIX: Record<EntityType, string> = {
  person: 'person',
  organisation: 'org',
  place: 'place',
  court: 'court',
  law: 'law',
  product: 'product',
  other: 'other',
}

/** Lower-case ASCII words joined by hyphens: `Ministry of Defense` → `ministry-of-defense`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

// An article names the same few things many times: keys made are kept, up to a bound.
const MOST_CACHED = 10_000
const made = new Map<string, string>()

/**
 * The canonical key of an entity: a pure function of its type and canonical name, so two articles
 * that name the same thing the same way agree without seeing each other (`org:ministry-of-defense`).
 * A person is keyed by given name and surname only: `Cesar A. Sayoc Jr.`, `Mr. Cesar Sayoc` and
 * `Cesar Sayoc` are all `person:cesar-sayoc`.
 */
export function entityKey(type: EntityType, name: string): string {
  const cacheKey = `${type}:${name}`
  let key = made.get(cacheKey)
  if (key === undefined) {
    key = `${PREFIX[type]}:${slugify(type === 'person' ? parsePersonName(name).keyName : name)}`
    if (made.size >= MOST_CACHED) made.clear()
    made.set(cacheKey, key)
  }
  return key
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':')
  return colon === -1 ? ['', key] : [key.slice(0, colon), key.slice(colon + 1)]
}

/** A person slug as given name and surname, whatever titles, initials or suffix it was made with. */
function personWords(slug: string): string[] {
  const { keyName } = parsePersonName(slug.replace(/-/g, ' '))
  return keyName.split(' ')
}

/** The surname part of a person key (`person:rachel-barkai` → `barkai`), undefined for others. */
export function keySurname(key: string): string | undefined {
  const [prefix, slug] = splitKey(key)
  if (prefix !== 'person') return undefined
  return personWords(slug).at(-1)
}

/**
 * Whether two entity keys from different articles name the same thing. Within an article every
 * alias already shares one key; across articles an outlet may give only a surname (`person:barkai`
 * against `person:rachel-barkai`), keep a title, an initial or `Jr.` in a key made elsewhere
 * (`person:sen-cesar-a-sayoc-jr` against `person:cesar-sayoc`), or type an unfamiliar name
 * differently (`other:pegasus` against `product:pegasus`, `other:biden` against
 * `person:joe-biden`). Full names that differ are different people.
 */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true
  const [typeA, slugA] = splitKey(a)
  const [typeB, slugB] = splitKey(b)
  const personA = typeA === 'person'
  const personB = typeB === 'person'
  // An unfamiliar name typed `other` in one outlet may be a person in another.
  if ((personA && (personB || typeB === 'other')) || (personB && typeA === 'other')) {
    // `Mr. Roe` and `Ms. Roe` are two people, whatever their keys share.
    const genderA = GENDERED.get(slugA.split('-')[0] ?? '')
    const genderB = GENDERED.get(slugB.split('-')[0] ?? '')
    if (genderA && genderB && genderA !== genderB) return false
    const wordsA = personWords(slugA)
    const wordsB = personWords(slugB)
    if (wordsA.length === 1 || wordsB.length === 1) return wordsA.at(-1) === wordsB.at(-1)
    // Two full names, or a full name against a multi-word `other`, must agree word for word.
    return wordsA.join('-') === wordsB.join('-')
  }
  return slugA === slugB && (typeA === 'other' || typeB === 'other')
}
