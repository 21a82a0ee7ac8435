import type { Token } from '../analyse'
import { SPEECH_VERBS } from '../lexicon/speech'

/**
 * The lemma of the main verb: the first verb outside subordinate clauses that is not a reporting
 * verb (`NSO claimed the request was dismissed` → `dismiss`), else the reporting verb, else the
 * first auxiliary (`the country is Saudi Arabia` → `be`).
 */
export function extractPredicate(
  tokens: readonly Token[],
  subordinate: readonly boolean[],
): string | undefined {
  let reporting: string | undefined
  let auxiliary: string | undefined
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token || subordinate[k]) continue
    if (token.pos === 'VERB') {
      if (!SPEECH_VERBS.has(token.lemma)) return token.lemma
      reporting ??= token.lemma
    } else if (token.pos === 'AUX') {
      auxiliary ??= token.lemma
    }
  }
  return reporting ?? auxiliary
}
