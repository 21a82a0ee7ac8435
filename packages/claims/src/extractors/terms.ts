import type { Token } from '../analyse'

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV'])

/** Lemmas of the content words, lower case, each once, in order of first appearance. */
export function extractTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = []
  const seen = new Set<string>()
  for (const token of tokens) {
    if (!CONTENT.has(token.pos) || token.stop || !/\p{L}|\p{N}/u.test(token.lemma)) continue
    const lemma = token.lemma.replace(/['’]s$/, '')
    if (lemma.length < 2 || seen.has(lemma)) continue
    seen.add(lemma)
    terms.push(lemma)
  }
  return terms
}
