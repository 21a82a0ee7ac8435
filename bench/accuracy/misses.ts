// Why a gold facet found no facet to count, in words that stay the same from story to story, so
// the runner can count the largest causes. Checked in the order a fix would have to go: the
// sentence must exist, be filed, be filed with the other outlets, and then be filed tightly.
import { basename, extname } from 'node:path'
import type { GoldStory, ScoredFacet } from './types'

/**
 * Outlets by letter, the same in every story: the outlet the gold names, or else the file's name
 * (`fox`, `nyt`, `huffpost`).
 */
export function outletNames(gold: GoldStory): Map<string, string> {
  return new Map(
    Object.entries(gold.articles).map(([letter, a]) => [
      letter,
      a.outlet ?? basename(a.file, extname(a.file)),
    ]),
  )
}

export interface UngroupedFacet {
  present: string[]
  names: Map<string, string>
  /** Facets holding every present outlet's phrase; none of them passed the focus and single rules. */
  candidates: ScoredFacet[]
  focused: (facet: ScoredFacet) => boolean
  /** Whether a sentence of the outlet's article holds its phrase (true when no sentences are listed). */
  phraseInText: (letter: string) => boolean
  /** Whether some facet holds a claim whose sentence holds the outlet's phrase. */
  phraseFiled: (letter: string) => boolean
  /** Whether some facet holds the phrases of all these outlets. */
  together: (letters: string[]) => boolean
}

/** Subsets of `items` of `size`, in order: few outlets, so plain recursion. */
function subsets(items: string[], size: number): string[][] {
  if (size === 0) return [[]]
  return items.flatMap((first, i) =>
    subsets(items.slice(i + 1), size - 1).map((rest) => [first, ...rest]),
  )
}

export function explainUngrouped(facet: UngroupedFacet): string {
  const name = (letter: string) => facet.names.get(letter) ?? letter
  const unfound = facet.present.find((l) => !facet.phraseInText(l))
  if (unfound !== undefined) return `phrase of ${name(unfound)} in none of its sentences`
  const unfiled = facet.present.find((l) => !facet.phraseFiled(l))
  if (unfiled !== undefined) return `phrase sentence of ${name(unfiled)} in no facet`
  if (facet.candidates.length === 0) {
    // Which outlets the grouping did put together says which one it failed to bring in.
    for (let size = facet.present.length - 1; size >= 2; size--) {
      const joined = subsets(facet.present, size).find(facet.together)
      if (joined === undefined) continue
      const apart = facet.present.filter((l) => !joined.includes(l)).map(name)
      return `no facet holds all outlets' phrases: ${apart.join('+')} apart from ${joined.map(name).join('+')}`
    }
    return "no facet holds all outlets' phrases: each in a different facet"
  }
  return facet.candidates.some(facet.focused)
    ? 'grouped but with an outlet the gold says is silent'
    : 'grouped but too many sentences per outlet'
}
