import { CONTRACTED_FUNCTION_WORDS } from '../contractions'

/**
 * Function words and reporting verbs that say nothing about what a sentence asserts. Used only when
 * a claim arrives without key terms, to build them from its words.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say told tell according added add one two`
    .split(/\s+/)
    .filter(Boolean)
    .concat(CONTRACTED_FUNCTION_WORDS),
)

/** Words that, opening a sentence, point back to what the previous sentence was about. */
export const ANAPHORIC_OPENERS: ReadonlySet<string> = new Set([
  'it',
  'he',
  'she',
  'they',
  'this',
  'these',
  'that',
  'those',
  'its',
  'his',
  'her',
  'their',
])

/** Determiners that make a noun refer back to one already mentioned (`an unnamed country … the country`). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
])

/** Main verbs that say only that something is, or was said: they name no question. */
export const EMPTY_PREDICATES: ReadonlySet<string> = new Set([
  'be',
  'have',
  'do',
  'say',
  'tell',
  'add',
  'state',
  'write',
])

/**
 * Verbs that say what they do only with the words after them (`go over well`, `make up`): unlike
 * the empty predicates they still key a sentence, but two claims that share one share no
 * statement a negation could deny.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'go',
  'get',
  'make',
  'take',
  'come',
  'give',
  'put',
  'keep',
])

/** Words that open a condition: what follows them, to the end of its clause, is supposed, not said. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless'])

/** Words that open a question left open (`did not say whether it paid`, `will decide if`). */
export const OPEN_QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if'])
