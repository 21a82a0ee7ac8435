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
  const [first = '', second = ''] = name.split(/\s+/)
  const capitalised = (word: string) => /^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase())
  // A name starts capitalised ("Mr. Trump", "the White House"); "a senior aide" or "reference"
  // describes someone without naming them.
  if (!capitalised(first) && !(first === 'the' && capitalised(second))) return undefined
  return name
}
