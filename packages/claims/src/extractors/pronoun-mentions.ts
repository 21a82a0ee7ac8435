import type { Token } from '../analyse'
import { PERSON_NOUNS, REFERRING_PRONOUNS, TITLES } from '../lexicon/roles'
import { ANONYMOUS_HEADS } from '../lexicon/speech'
import type { Mention } from './mentions'
import { capitalised, spanText } from './mentions'
import { isSpeechVerb } from './speaker'

const EXPLETIVE_AFTER_IT = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'takes',
  'took',
  'remains',
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
])

const INDEFINITE = new Set(['a', 'an', 'one', 'another'])
const FRONTING = new Set(['ADP', 'SCONJ'])
const MOST_FILLERS = 3

function isPersonWord(word: string): boolean {
  return TITLES.has(word) || PERSON_NOUNS.has(word) || ANONYMOUS_HEADS.has(word)
}

/**
 * `a spokesman for the agency said he …`: where the first unnamed person of a sentence stands
 * (the pronouns after it may mean that person), or -1.
 */
function firstUnnamedPerson(tokens: readonly Token[]): number {
  for (let d = 0; d < tokens.length; d++) {
    if (!INDEFINITE.has(tokens[d]?.lower ?? '')) continue
    for (let n = d + 1; n < tokens.length && n <= d + 1 + MOST_FILLERS; n++) {
      const word = tokens[n]
      if (!word || capitalised(word)) break
      if (isPersonWord(word.lower)) return n
      if (word.pos !== 'ADJ' && word.pos !== 'NOUN') break
    }
  }
  return -1
}

/** The comma that closes an opening phrase (`After his loss, …`), or undefined. */
function openingPhraseEnd(tokens: readonly Token[]): number | undefined {
  if (!FRONTING.has(tokens[0]?.pos ?? '')) return undefined
  const comma = tokens.findIndex((t) => t.text === ',')
  return comma === -1 ? undefined : comma
}

/** Whether a reporting verb follows, past adverbs and auxiliaries (`it also said`). */
function speaks(tokens: readonly Token[], from: number): boolean {
  let k = from
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k++
  return isSpeechVerb(tokens, k)
}

/**
 * `he`, `her`, `its`: references to a person or an organisation named before, with what the
 * sentence says about each (an unnamed person before it, an opening phrase it sits in, a reporting
 * verb after `it`) for the article-wide pass to resolve them.
 */
export function findPronouns(body: string, tokens: readonly Token[], taken: boolean[]): Mention[] {
  const found: Mention[] = []
  // Found once a sentence, when its first pronoun asks.
  let unnamed: number | undefined
  let opening: number | undefined | null = null
  tokens.forEach((token, k) => {
    const wants = REFERRING_PRONOUNS.get(token.lower)
    if (!wants || taken[k]) return
    // `it` names a body only as a subject (`it said`); as an object it is mostly a statement
    // (`denied it`), and `it is …` mostly stands for nothing.
    const next = tokens[k + 1]
    const verbal = next?.pos === 'VERB' || next?.pos === 'AUX' || next?.pos === 'ADV'
    if (token.lower === 'it' && (!verbal || EXPLETIVE_AFTER_IT.has(next?.lower ?? ''))) return
    taken[k] = true
    if (opening === null) opening = openingPhraseEnd(tokens)
    const fronted = opening !== undefined && k < opening ? opening : undefined
    if (wants !== 'organisation') unnamed ??= firstUnnamedPerson(tokens)
    found.push({
      first: k,
      last: k,
      start: token.start,
      end: token.end,
      text: spanText(body, tokens, k, k),
      type: wants === 'organisation' ? 'organisation' : 'person',
      name: '',
      form: 'pronoun',
      wants: [wants],
      ...(wants !== 'organisation' && unnamed !== undefined && unnamed !== -1 && unnamed < k
        ? { blocked: true }
        : {}),
      ...(fronted !== undefined ? { fronted } : {}),
      ...(token.lower === 'it' && speaks(tokens, k + 1) ? { speaks: true } : {}),
    })
  })
  return found
}
