// Closed-class words several extractors test for, in one place.

/** `a`, `an`, `the`: what opens a description rather than a name (`the Republican leader`). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Possessive determiners of every person (`his`, `their`, `our`). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
])
