// Who said something, shown only when it is a name: a pronoun or a common noun the attribution
// step picked up ("their", "he", "reference") tells a reader nothing and reads as an error.

const NOT_NAMES = new Set(
  (
    'i me my we us our you your he him his she her it its they them their this that these those ' +
    'who whom whose which what someone somebody anyone everyone people officials'
  ).split(' '),
)

/** The speaker's name, or undefined when the words are not one. */
export function speakerName(words: string | undefined): string | undefined {
  const name = words?.trim().replace(/[,.;:]+$/, '')
  if (!name) return undefined
  const tokens = name.split(/\s+/)
  if (tokens.every((token) => NOT_NAMES.has(token.toLowerCase()))) return undefined
  // A name has a capitalised word in it; "reference" or "a spokesman" alone is no name.
  if (!tokens.some((token) => /^\p{Lu}/u.test(token) && !NOT_NAMES.has(token.toLowerCase()))) {
    return undefined
  }
  return name
}
