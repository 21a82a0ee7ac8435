import type { Token } from '../analyse'

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV'])
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'say'])
const NOT_TERMS = new Set(['according'])

/** Lemmas of the content words, lower case, each once, in order of first appearance. */
export function extractTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = []
  const seen = new Set<string>()
  for (const token of tokens) {
    // wink-nlp's stop list holds some content verbs (`used`); a verb is kept unless it is `be`,
    // `have`, `do` or a connective like `according`.
    const stop = token.stop && !(token.pos === 'VERB' && !LIGHT_VERBS.has(token.lemma))
    if (!CONTENT.has(token.pos) || stop || NOT_TERMS.has(token.lower)) continue
    if (!/\p{L}|\p{N}/u.test(token.lemma)) continue
    const lemma = token.lemma.replace(/['’]s$/, '')
    if (lemma.length < 2 || seen.has(lemma)) continue
    seen.add(lemma)
    terms.push(lemma)
  }
  return terms
}
