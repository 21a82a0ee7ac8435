import type { Token } from '../analyse'
import { MINISTRY_WORDS, PORTFOLIOS } from '../lexicon/ministries'
import { PLACES } from '../lexicon/places'
import { STATE_NAMES } from '../lexicon/us-states'
import { findAnaphors } from './anaphors'
import { classifyName } from './classify-name'
import { describeMentions } from './describe'
import type { Mention } from './mentions'
import { spanText } from './mentions'
import { findNameChunks } from './name-chunks'
import type { NameChunk } from './name-chunks'
import { findPronouns } from './pronoun-mentions'
import { findStateAbbreviations } from './state-abbreviations'
import { markClauses } from './subjects'

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
      noun: token.lower,
    })
  })
  return found
}

/**
 * A name split off a person by `of`: a place (`of Aventura, Fla.`, `of Springfield`) or, when it
 * is several words that no place list knows and no state follows, a body (`of Roe & Partners`).
 */
function afterOf(mention: Mention, tokens: readonly Token[]): Mention {
  if (mention.type !== 'person' && mention.type !== 'other') return mention
  const next = tokens[mention.last + 1]
  const following = tokens[mention.last + 2]
  const lower = following?.lower ?? ''
  const stateFollows =
    next?.text === ',' && (PLACES.has(lower) || STATE_NAMES.has(lower) || /\.$/.test(lower))
  const place = stateFollows || mention.first === mention.last
  return place
    ? { ...mention, type: 'place', form: 'name' }
    : { ...mention, type: 'organisation', form: 'name', orgClass: 'other' }
}

/** Whether no word follows token `k` in its sentence, only punctuation. */
function lastWord(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) if (/\p{L}/u.test(tokens[j]?.text ?? '')) return false
  return true
}

function nameMentions(body: string, tokens: readonly Token[], chunk: NameChunk): Mention[] {
  const mentions: Mention[] = []
  const chunkTokens = tokens.slice(chunk.first, chunk.last + 1)
  for (const part of classifyName(chunkTokens, chunk.role)) {
    const first = chunk.first + part.from
    const last = chunk.first + part.to
    const a = tokens[first]
    const b = tokens[last]
    if (!a || !b) continue
    const nickname = chunk.nickname !== undefined ? tokens[chunk.nickname]?.text : undefined
    // `… nothing on Mo.`: the tokenizer leaves a sentence's full stop on a last one-word name.
    const stop = first === last && /\p{Ll}\.$/u.test(b.text) && lastWord(tokens, last)
    const end = stop ? b.end - 1 : b.end
    const mention: Mention = {
      first,
      last,
      start: a.start,
      end,
      text: body.slice(a.start, end),
      ...part.typed,
      ...(stop ? { name: part.typed.name.replace(/\.$/, '') } : {}),
      ...(chunk.role !== undefined && part.typed.type === 'person' ? { role: chunk.role } : {}),
      ...(nickname !== undefined && part.typed.type === 'person' ? { nickname } : {}),
      ...(chunk.uncertain ? { uncertain: true } : {}),
    }
    mentions.push(chunk.afterOf ? afterOf(mention, tokens) : mention)
  }
  return mentions
}

/** `Plantation, Fla.`, `Tacoma, Washington`: a one-word name before a state is a town. */
function placeBeforeState(body: string, mentions: Mention[]): void {
  for (let m = 0; m + 1 < mentions.length; m++) {
    const mention = mentions[m]
    const state = mentions[m + 1]
    if (!mention || !state || state.type !== 'place' || mention.role !== undefined) continue
    // A full personal name stays a person: `Jane Roe, Maryland` is how some outlets give a state.
    if (mention.type !== 'other' && !(mention.type === 'person' && mention.form === 'single'))
      continue
    if (body.slice(mention.end, state.start) !== ', ' || !STATE_NAMES.has(state.name.toLowerCase()))
      continue
    mention.type = 'place'
    mention.form = 'name'
  }
}

/** Every entity mention of one sentence, in order, with its type, canonical name and description. */
export function findMentions(body: string, tokens: readonly Token[]): Mention[] {
  const taken = tokens.map(() => false)
  const mentions = [
    ...findMinistries(body, tokens, taken),
    ...findStateAbbreviations(body, tokens, taken),
    ...findAnaphors(body, tokens, taken),
    ...findPronouns(body, tokens, taken),
  ]
  for (const chunk of findNameChunks(tokens, taken))
    mentions.push(...nameMentions(body, tokens, chunk))
  mentions.sort((a, b) => a.start - b.start)
  placeBeforeState(body, mentions)
  describeMentions(body, tokens, mentions)
  markClauses(body, tokens, mentions)
  return mentions
}
