import { CONCEPTS } from './lexicon/concepts'

interface Entry {
  words: string[]
  concept: string
}

// Entries by their first word, longest first, so a phrase is tried before the word that opens it.
const BY_FIRST_WORD = new Map<string, Entry[]>()
for (const concept of Object.keys(CONCEPTS).sort()) {
  for (const phrase of CONCEPTS[concept]!) {
    const words = phrase.split(/\s+/)
    const list = BY_FIRST_WORD.get(words[0]!) ?? []
    list.push({ words, concept })
    BY_FIRST_WORD.set(words[0]!, list)
  }
}
for (const list of BY_FIRST_WORD.values()) list.sort((x, y) => y.words.length - x.words.length)

/** One place a run of words names a concept of the lexicon. */
export interface ConceptMention {
  concept: string
  /** The words as matched, lower case (`shut the doors`). */
  phrase: string
  /** Position of its first word in the run. */
  index: number
}

/** Every mention of a concept of the lexicon in a run of lower-case words, in order. */
export function conceptMentions(tokens: readonly string[]): ConceptMention[] {
  const found: ConceptMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (const entry of BY_FIRST_WORD.get(tokens[i]!) ?? []) {
      if (!entry.words.every((w, k) => tokens[i + k] === w)) continue
      found.push({ concept: entry.concept, phrase: entry.words.join(' '), index: i })
      i += entry.words.length - 1
      break
    }
  }
  return found
}

/** The concepts a run of lower-case words names, each once, in order of first mention. */
export function conceptsOf(tokens: readonly string[]): string[] {
  return [...new Set(conceptMentions(tokens).map((m) => m.concept))]
}
