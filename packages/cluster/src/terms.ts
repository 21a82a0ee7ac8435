import { stemmer } from 'stemmer'
import type { Article } from '@parallax/article'
import { STOPWORDS } from './lexicon/stopwords'

/** Headline words say what the event is: each counts as this many body mentions. */
const TITLE_WEIGHT = 3
/** A name is more telling than a common word, so a capitalised word counts once more as a name. */
const NAME_WEIGHT = 1
/**
 * Two content words in a row (`talking points`, `religious freedom`) name what happened more
 * sharply than either word alone, so each such pair counts as a term of this weight.
 */
const PAIR_WEIGHT = 3

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu

/** Words of a text with their case, apostrophe endings and trailing dots dropped. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/[’']s$/u, '').replace(/[.'’-]+$/u, ''))
}

/** `N.A.A.C.P.` and `NAACP`, `G.O.P.` and `GOP` are one key. */
function keyOf(word: string): string | undefined {
  const lower = word.toLowerCase()
  const bare = lower.replace(/\./g, '')
  if (bare.length < 2 || STOPWORDS.has(bare)) return undefined
  if (/^\p{N}+$/u.test(bare) && bare.length < 3) return undefined
  return /^[\p{L}&]+$/u.test(bare) && !/\d/.test(bare) ? stemmer(bare) : bare
}

function add(terms: Map<string, number>, key: string | undefined, weight: number): void {
  if (key !== undefined) terms.set(key, (terms.get(key) ?? 0) + weight)
}

/**
 * Weighted terms of one article: stems of its content words and of pairs of them in a row, names
 * (capitalised words not opening a sentence, and runs of them) as their own keys, headline words
 * counted more.
 */
export function articleTerms(article: Article): Map<string, number> {
  const terms = new Map<string, number>()
  const addText = (text: string, weight: number, findNames: boolean) => {
    const ws = words(text)
    let run: string[] = []
    const endRun = () => {
      if (run.length > 1) add(terms, `@${run.join(' ')}`, NAME_WEIGHT * weight)
      run = []
    }
    let prev: string | undefined
    ws.forEach((w, i) => {
      const k = keyOf(w)
      add(terms, k, weight)
      if (k !== undefined && prev !== undefined) add(terms, `${prev} ${k}`, PAIR_WEIGHT * weight)
      prev = k
      // A sentence's first word is capitalised whatever it is.
      const name = findNames && i > 0 && /^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase())
      if (name) {
        const bare = w.toLowerCase().replace(/\./g, '')
        add(terms, `@${bare}`, NAME_WEIGHT * weight)
        run.push(bare)
      } else endRun()
    })
    endRun()
  }
  // Headlines often capitalise every word, so names are read from the body only.
  addText(article.title, TITLE_WEIGHT, false)
  for (const s of article.sentences) addText(s.text, 1, true)
  return terms
}
