import type { Token } from '../analyse'
import { MINISTRY_WORDS, PORTFOLIOS } from '../lexicon/ministries'
import { ORGANISATION_ANAPHORS } from '../lexicon/organisations'
import { PLACE_ANAPHORS, PLACES } from '../lexicon/places'
import { classifyName } from './classify-name'
import type { Mention } from './mentions'
import { spanText } from './mentions'
import { findNameChunks } from './name-chunks'

function titleCase(phrase: string): string {
  return phrase
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
    .replace(/\b(And|Of)\b/g, (w) => w.toLowerCase())
}

/** The longest portfolio (`defense`, `foreign affairs`) in tokens [from, from + n). */
function portfolioAt(tokens: readonly Token[], from: number, to: number): string | undefined {
  if (from < 0 || to > tokens.length || from >= to) return undefined
  return PORTFOLIOS.get(
    tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' '),
  )
}

/**
 * Ministries in any case and either order (`Defense Ministry`, `the defense ministry`, `Ministry of
 * Defence`): all become `Ministry of <portfolio>` so every spelling shares a key.
 */
function findMinistries(body: string, tokens: readonly Token[], taken: boolean[]): Mention[] {
  const found: Mention[] = []
  tokens.forEach((token, k) => {
    if (!MINISTRY_WORDS.has(token.lower)) return
    let first = -1
    let last = -1
    let portfolio: string | undefined
    const skip = tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'the' ? 1 : 0
    for (let n = 3; n >= 1 && !portfolio; n--) {
      if (tokens[k + 1]?.lower === 'of') {
        portfolio = portfolioAt(tokens, k + 2 + skip, k + 2 + skip + n)
        if (portfolio) [first, last] = [k, k + 1 + skip + n]
      }
      if (!portfolio) {
        portfolio = portfolioAt(tokens, k - n, k)
        if (portfolio) [first, last] = [k - n, k]
      }
    }
    if (!portfolio) return
    for (let j = first; j <= last; j++) taken[j] = true
    const a = tokens[first]
    const b = tokens[last]
    if (!a || !b) return
    found.push({
      first,
      last,
      start: a.start,
      end: b.end,
      text: spanText(body, tokens, first, last),
      type: 'organisation',
      name: `Ministry of ${titleCase(portfolio)}`,
      form: 'name',
      orgClass: 'ministry',
    })
  })
  return found
}

const ANAPHOR_FILLERS = new Set(['ADJ', 'NOUN'])

/** `the ministry`, `the firm`, `the kingdom`, `the human rights organization`, `the judge`. */
function findAnaphors(body: string, tokens: readonly Token[], taken: boolean[]): Mention[] {
  const found: Mention[] = []
  tokens.forEach((token, k) => {
    if (token.lower !== 'the' || taken[k]) return
    let nationality = false
    for (let n = k + 1; n <= k + 4 && n < tokens.length; n++) {
      const noun = tokens[n]
      if (!noun || taken[n]) return
      // A demonym may sit inside (`the Israeli company`); any other capital starts a name.
      if (/^\p{Lu}/u.test(noun.text)) {
        nationality ||= PLACES.has(noun.lower)
        if (PLACES.has(noun.lower)) continue
        return
      }
      const orgs = ORGANISATION_ANAPHORS.get(noun.lower)
      const place = PLACE_ANAPHORS.get(noun.lower)
      const wants =
        orgs ??
        (place ? ['kingdom' as const] : noun.lower === 'judge' ? ['judge' as const] : undefined)
      const next = tokens[n + 1]
      // `the Israeli company` is NSO, but `the US federal court` is a new court, not the last one.
      const fits =
        wants !== undefined && (!nationality || (wants as readonly string[]).includes('company'))
      if (
        wants &&
        fits &&
        next?.lower !== 'of' &&
        (next === undefined || !/^\p{Lu}/u.test(next.text))
      ) {
        for (let j = k; j <= n; j++)
          if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '') || j === k) taken[j] = true
        found.push({
          first: k,
          last: n,
          start: token.start,
          end: noun.end,
          text: spanText(body, tokens, k, n),
          type: place ? 'place' : noun.lower === 'judge' ? 'person' : 'organisation',
          name: '',
          form: 'anaphor',
          wants,
          object: tokens[k - 1]?.pos === 'VERB' && !/^['’]s$/.test(next?.text ?? ''),
        })
        return
      }
      if (!ANAPHOR_FILLERS.has(noun.pos)) return
    }
  })
  return found
}

/** Every entity mention of one sentence, in order, with its type and canonical name. */
export function findMentions(body: string, tokens: readonly Token[]): Mention[] {
  const taken = tokens.map(() => false)
  const mentions = [...findMinistries(body, tokens, taken), ...findAnaphors(body, tokens, taken)]
  for (const chunk of findNameChunks(tokens, taken)) {
    const chunkTokens = tokens.slice(chunk.first, chunk.last + 1)
    for (const part of classifyName(chunkTokens, chunk.role)) {
      const first = chunk.first + part.from
      const last = chunk.first + part.to
      const a = tokens[first]
      const b = tokens[last]
      if (!a || !b) continue
      mentions.push({
        first,
        last,
        start: a.start,
        end: b.end,
        text: spanText(body, tokens, first, last),
        ...part.typed,
        ...(chunk.role !== undefined && part.typed.type === 'person' ? { role: chunk.role } : {}),
      })
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}
