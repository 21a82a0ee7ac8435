// `compromise/two` is the smallest build that carries the tagger's lexicon; the sentence-level
// plugins of the full build are not used.
import nlp from 'compromise/two'

/**
 * compromise's own word list (24k words tagged as first names, surnames, countries, cities,
 * organisations, common nouns, verbs...). Reading its data is a table lookup: running compromise's
 * tagger over each article cost ~60-80 ms per 9 kB on a warm process in a trial (wink-nlp: ~5 ms),
 * most of the budget for comparing a whole story.
 */
type Lexicon = Record<string, string | string[] | undefined>

let lexicon: Lexicon | undefined

function getLexicon(): Lexicon {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon
  return lexicon
}

/** compromise's tags for a lower-case word or phrase (`tel aviv` → `City`), empty when unknown. */
export function lexiconTags(phrase: string): readonly string[] {
  const tags = getLexicon()[phrase]
  if (tags === undefined) return []
  return typeof tags === 'string' ? [tags] : tags
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place'])
const NAME_TAGS = new Set([
  ...PERSON_TAGS,
  ...PLACE_TAGS,
  'LastName',
  'Person',
  'Organization',
  'ProperNoun',
])

export function isGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => PERSON_TAGS.has(tag))
}

/** Whether compromise lists a given name as a man's or a woman's; undefined for either or neither. */
export function givenNameGender(word: string): 'male' | 'female' | undefined {
  const tags = lexiconTags(word)
  const male = tags.includes('MaleName')
  const female = tags.includes('FemaleName')
  return male === female ? undefined : male ? 'male' : 'female'
}

export function isSurname(word: string): boolean {
  return lexiconTags(word).includes('LastName')
}

export function isPlaceName(phrase: string): boolean {
  return lexiconTags(phrase).some((tag) => PLACE_TAGS.has(tag))
}

export function isOrganisationName(phrase: string): boolean {
  return lexiconTags(phrase).includes('Organization')
}

/** A word compromise knows only as an ordinary word (`targets`, `however`), not as a name. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word)
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag))
}
