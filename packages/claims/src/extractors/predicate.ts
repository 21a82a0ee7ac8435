import type { Token } from '../analyse'
import { SPEECH_VERBS } from '../lexicon/speech'

const NOMINAL = new Set(['NOUN', 'PROPN'])
// `cannot be a foundation`: the copula, not the modal, is the predicate.
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would'])

// `cellphone hacking software`, `the alleged hacking spree`: an -ing form before a noun and
// after no auxiliary describes the noun; it is not the sentence's verb.
function isModifier(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  const next = tokens[k + 1]
  const previous = tokens[k - 1]
  return (
    token !== undefined &&
    token.lower.endsWith('ing') &&
    next !== undefined &&
    NOMINAL.has(next.pos) &&
    previous?.pos !== 'AUX'
  )
}

// `according to estimates`: neither word is the sentence's verb, whatever the tagger says.
function inAccordingTo(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]?.lower === 'according' ||
    (tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.lower === 'according')
  )
}

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
    if (token.pos === 'VERB' && !isModifier(tokens, k) && !inAccordingTo(tokens, k)) {
      if (!SPEECH_VERBS.has(token.lemma)) return token.lemma
      reporting ??= token.lemma
    } else if (token.pos === 'AUX' && !MODALS.has(token.lemma)) {
      auxiliary ??= token.lemma
    }
  }
  return reporting ?? auxiliary
}
