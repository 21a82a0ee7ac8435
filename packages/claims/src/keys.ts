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

/**
 * The canonical key of an entity: a pure function of its type and canonical name, so two articles
 * that name the same thing the same way agree without seeing each other (`org:ministry-of-defense`).
 */
export function entityKey(type: EntityType, name: string): string {
  return `${PREFIX[type]}:${slugify(name)}`
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':')
  return colon === -1 ? ['', key] : [key.slice(0, colon), key.slice(colon + 1)]
}

/** The surname part of a person key (`person:rachel-barkai` → `barkai`), undefined for others. */
export function keySurname(key: string): string | undefined {
  const [prefix, slug] = splitKey(key)
  if (prefix !== 'person') return undefined
  return slug.split('-').at(-1)
}

/**
 * Whether two entity keys from different articles name the same thing. Within an article every
 * alias already shares one key; across articles an outlet may give only a surname (`person:barkai`
 * against `person:rachel-barkai`), or type an unfamiliar name differently (`other:pegasus` against
 * `product:pegasus`, `other:biden` against `person:joe-biden`). Full names that differ are
 * different people.
 */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true
  const [typeA, slugA] = splitKey(a)
  const [typeB, slugB] = splitKey(b)
  if (typeA === 'person' && typeB === 'person') {
    const wordsA = slugA.split('-')
    const wordsB = slugB.split('-')
    if (wordsA.length !== 1 && wordsB.length !== 1) return false
    return wordsA.at(-1) === wordsB.at(-1)
  }
  // An unfamiliar single name typed `other` in one outlet may be a person's surname in another.
  if (typeA === 'person' && typeB === 'other' && !slugB.includes('-'))
    return slugA.split('-').at(-1) === slugB
  if (typeB === 'person' && typeA === 'other' && !slugA.includes('-'))
    return slugB.split('-').at(-1) === slugA
  return slugA === slugB && (typeA === 'other' || typeB === 'other')
}
