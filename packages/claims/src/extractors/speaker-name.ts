import type { Attribution, Entity } from '../types'
import { POSSESSIVE_PRONOUNS } from '../lexicon/function-words'

/** Words that open a phrase without naming anyone (`The statement`, `His office`, `Other staffers`). */
const NAMELESS = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'other', 'another', 'each'],
  ...['one', 'two', 'three', 'several', 'many', 'both', 'all', 'any', 'no', 'former'],
  ...['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'them'],
  ...POSSESSIVE_PRONOUNS,
])

/**
 * Whether a speaker phrase names someone: a capitalised word that is no determiner or pronoun
 * (`Mr. Trump`, `A Kaine spokesman`, `The FBI`), as against `he`, `their`, `the statement`, `aides`.
 */
export function isSpeakerName(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{N}'’.-]*/gu) ?? []
  return words.some((w) => /^\p{Lu}/u.test(w) && !NAMELESS.has(w.toLowerCase()))
}

/**
 * The name of each entity key as the article first gives it (`Donald Trump` rather than the later
 * `Mr. Trump` or `he`), for speakers the article points to by pronoun or description.
 */
export function namesByKey(entities: readonly (readonly Entity[])[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const entity of entities.flat()) {
    if (isSpeakerName(entity.text) && !names.has(entity.key)) names.set(entity.key, entity.text)
  }
  return names
}

/**
 * The attribution with its speaker given by name: as written when the phrase names them, the
 * resolved entity's name when it points to them (`he`, `the governor`), and no speaker at all
 * when the article names nobody (`their`, `aides`, `the statement`).
 */
export function nameSpeaker(attribution: Attribution, names: Map<string, string>): Attribution {
  const { speaker, ...rest } = attribution
  if (!speaker || isSpeakerName(speaker.text)) return attribution
  const name = speaker.key === undefined ? undefined : names.get(speaker.key)
  if (name === undefined) return rest
  // `his lawyer` is the lawyer of the one `his` points to, not that person.
  const [first = '', ...others] = speaker.text.split(/\s+/)
  const owned = POSSESSIVE_PRONOUNS.has(first.toLowerCase()) && others.length > 0
  const text = owned ? `${name}’s ${others.join(' ')}` : name
  return { ...rest, speaker: { text, key: speaker.key!, resolved: true } }
}
