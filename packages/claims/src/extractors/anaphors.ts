import type { Token } from '../analyse'
import { isPlaceName } from '../lexicon/compromise-lexicon'
import { ORGANISATION_ANAPHORS } from '../lexicon/organisations'
import { PLACE_ANAPHORS, PLACES } from '../lexicon/places'
import {
  HONORIFICS,
  PARTY_NOUNS,
  PERSON_NOUNS,
  roleWord,
  SUBORDINATE_MODIFIERS,
  TITLE_TAILS,
  TITLES,
} from '../lexicon/roles'
import { STATE_NAMES, stateNamed } from '../lexicon/us-states'
import type { Mention } from './mentions'
import { capitalised, spanText } from './mentions'

const FILLERS = new Set(['ADJ', 'NOUN'])
const MOST_WORDS = 5
// Nouns that keep the organisation a nationality describes (`the Israeli company`); with other
// nouns a nationality makes a new one (`the US federal court` is not the court named before).
const NATIONAL_NOUNS = new Set(['company', 'firm'])

function isPersonNoun(word: string): boolean {
  return (TITLES.has(word) || PERSON_NOUNS.has(word)) && !HONORIFICS.has(word.replace(/\.$/, ''))
}

/**
 * The place that capitalised tokens from `k` name (`Saudi`, `New York`, `U.S.`): how many tokens,
 * and its canonical name in lower case; undefined when they name none.
 */
export function placeAt(tokens: readonly Token[], k: number): [number, string] | undefined {
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(k, k + n)
    if (words.length < n || !words.every(capitalised)) continue
    const lower = words.map((t) => t.lower).join(' ')
    const name = PLACES.get(lower)?.name ?? STATE_NAMES.get(lower)
    if (name) return [n, name.toLowerCase()]
    if (isPlaceName(lower)) return [n, lower]
  }
  return undefined
}

/**
 * The role a description names, kept as far as it changes who is meant: `the embattled president`
 * is `president`, `the former deputy director` is `former deputy director`.
 */
function roleCore(words: readonly string[]): string {
  const normal = words.map(roleWord)
  let from = normal.length - 1
  if (from > 0 && TITLE_TAILS.has(normal[from] ?? '')) from--
  while (from > 0) {
    const word = normal[from - 1] ?? ''
    if (!SUBORDINATE_MODIFIERS.has(word) && !TITLES.has(word) && !PERSON_NOUNS.has(word)) break
    from--
  }
  return normal.slice(from).join(' ')
}

/** The kinds of antecedent `the <noun>` wants: one called that noun or of its class, then any. */
function organisationWants(noun: string): Pick<Mention, 'wants' | 'fallback'> {
  const classes = ORGANISATION_ANAPHORS.get(noun) ?? []
  return {
    wants: [`noun:${noun}`, ...classes.filter((c) => c !== 'other').map((c) => `class:${c}`)],
    fallback: classes.includes('other') ? ['class:other'] : [],
  }
}

/**
 * Definite descriptions that refer back: `the ministry`, `the firm`, `the Israeli company`, `the
 * kingdom`, `the judge`, `the president`, `the former deputy director`, `the NASA director`, `the
 * Oregon Democrat`. Each says which antecedents fit: an organisation called by that noun or of
 * its class, a person with that role, a kingdom, a person of that party and state.
 */
export function findAnaphors(body: string, tokens: readonly Token[], taken: boolean[]): Mention[] {
  const found: Mention[] = []
  const add = (
    k: number,
    n: number,
    described: Omit<Mention, 'first' | 'last' | 'start' | 'end' | 'text' | 'name' | 'form'>,
  ) => {
    for (let j = k; j <= n; j++) if (!capitalised(tokens[j]) || j === k) taken[j] = true
    const next = tokens[n + 1]
    found.push({
      first: k,
      last: n,
      start: tokens[k]?.start ?? 0,
      end: tokens[n]?.end ?? 0,
      text: spanText(body, tokens, k, n),
      name: '',
      form: 'anaphor',
      ...described,
      object: tokens[k - 1]?.pos === 'VERB' && !/^['’]s$/.test(next?.text ?? ''),
    })
  }
  tokens.forEach((token, k) => {
    // `the ministry`, and `that committee`, `this company` pointing back the same way.
    const demonstrative = (token.lower === 'this' || token.lower === 'that') && token.pos === 'DET'
    if ((token.lower !== 'the' && !demonstrative) || taken[k]) return
    let nationality = false
    let place: string | undefined
    let named = false
    const words: string[] = []
    for (let n = k + 1; n <= k + MOST_WORDS && n < tokens.length; n++) {
      const noun = tokens[n]
      if (!noun || taken[n]) return
      if (capitalised(noun)) {
        // `the Oregon Democrat`: a person of that party from that state.
        if (PARTY_NOUNS.has(noun.lower) && !capitalised(tokens[n + 1])) {
          const party = PARTY_NOUNS.get(noun.lower) ?? ''
          const state = place ? stateNamed(place) : undefined
          const wants = [
            state ? `affiliation:${party}:${state.toLowerCase()}` : `affiliation:${party}`,
          ]
          add(k, n, { type: 'person', wants })
          return
        }
        const found = placeAt(tokens, n)
        if (found) {
          nationality = true
          place = found[1]
          n += found[0] - 1
          continue
        }
        // `the NASA director`: a body's name inside a person's description stays its own mention.
        named = true
        continue
      }
      const word = noun.lower
      const orgs = ORGANISATION_ANAPHORS.has(word)
      const kingdom = PLACE_ANAPHORS.has(word)
      const person = isPersonNoun(word)
      let end = n
      if (person && TITLE_TAILS.has(tokens[n + 1]?.lower ?? '')) end = n + 1
      const next = tokens[end + 1]
      // `the agency's director, Jane Roe`: the description introduces the name after it.
      const introduces = next?.text === ',' && tokens[end + 2]?.pos === 'PROPN'
      const open = next?.lower !== 'of' && !capitalised(next) && !introduces
      if ((orgs || kingdom || person) && open) {
        if (person) {
          // `the U.S. ambassador` is the one introduced so, not any ambassador.
          const role = roleCore([...words, ...tokens.slice(n, end + 1).map((t) => t.lower)])
          add(k, end, { type: 'person', wants: [`role:${place ? `${place} ` : ''}${role}`] })
        } else if (!named && (!nationality || NATIONAL_NOUNS.has(word))) {
          if (kingdom) add(k, n, { type: 'place', wants: ['kingdom'] })
          else add(k, n, { type: 'organisation', ...organisationWants(word) })
        }
        return
      }
      if (!FILLERS.has(noun.pos)) return
      words.push(word)
    }
  })
  return found
}
