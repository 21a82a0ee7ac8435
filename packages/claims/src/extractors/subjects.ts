import type { Span } from '@parallax/article'
import type { Token } from '../analyse'
import { PERSON_NOUNS, TITLE_MODIFIERS, TITLES } from '../lexicon/roles'
import { firstAtOrAfter } from '../sentences'
import type { Mention } from './mentions'
import { findQuotes } from './quotes'

const VERBAL = new Set(['VERB', 'AUX'])
const NOMINATIVE = new Set(['he', 'she', 'it'])
const OPENING = new Set([',', '“', '"', '—', '–', ';', ':'])
const LONGEST_APPOSITIVE = 16
const LONGEST_ROLE = 6
// Words that open a clause, whatever the tagger calls them (`after`, `that`).
const CLAUSE_OPENERS = new Set([
  'after',
  'although',
  'as',
  'because',
  'before',
  'if',
  'since',
  'that',
  'though',
  'unless',
  'until',
  'when',
  'whether',
  'while',
])
// A quote of one word is a name or a term in quotation marks (`"Mo"`), not someone speaking.
const QUOTE_WORDS = 2

/** The quoted stretches of one body, found once however many sentences ask. */
let cache: { body: string; spans: Span[] } | undefined

function quotedSpans(body: string): Span[] {
  if (cache?.body !== body) {
    const spans = findQuotes(body)
      .map((q) => q.inner)
      .filter((s) => body.slice(s.start, s.end).trim().split(/\s+/).length >= QUOTE_WORDS)
    cache = { body, spans }
  }
  return cache.spans
}

function insideQuote(spans: readonly Span[], start: number): boolean {
  const at = firstAtOrAfter(spans, start + 1) - 1
  const span = spans[at]
  return span !== undefined && start >= span.start && start < span.end
}

function isRoleToken(token: Token | undefined): boolean {
  if (!token) return false
  const lower = token.lower
  return TITLES.has(lower) || TITLE_MODIFIERS.has(lower) || PERSON_NOUNS.has(lower) || lower === '.'
}

/** The token after a mention once an appositive or a bracket after it is stepped over. */
function afterAppositive(tokens: readonly Token[], last: number): number {
  let k = last + 1
  if (tokens[k]?.text === '(') {
    const open = k
    while (k < tokens.length && k - open < LONGEST_APPOSITIVE && tokens[k]?.text !== ')') k++
    k++
  }
  if (tokens[k]?.text === ',') {
    let close = k + 1
    while (close < tokens.length && close - k < LONGEST_APPOSITIVE && tokens[close]?.text !== ',')
      close++
    if (tokens[close]?.text === ',') k = close + 1
  }
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++
  return k
}

/**
 * Whether a mention is the subject of its clause: it opens one (at the start, after a comma or a
 * quote, skipping its role) and a verb follows, past any appositive (`Jane Roe, 56, said`); or it
 * follows a reporting verb after a quote (`“…,” said Jane Roe`). `he`, `she` and `it` are subjects
 * wherever they stand; a possessor (`Roe's lawyer`) never is.
 */
function isSubject(tokens: readonly Token[], mention: Mention): boolean {
  const first = tokens[mention.first]
  if (mention.form === 'pronoun') return NOMINATIVE.has(first?.lower ?? '')
  if (/^['’]s?$/.test(tokens[mention.last + 1]?.text ?? '')) return false
  let before = mention.first - 1
  while (
    before >= 0 &&
    mention.first - before <= LONGEST_ROLE &&
    (isRoleToken(tokens[before]) || tokens[before]?.pos === 'DET' || tokens[before]?.pos === 'ADJ')
  )
    before--
  const previous = tokens[before]
  if (
    previous?.pos === 'VERB' &&
    (tokens[before - 1]?.text === ',' || tokens[before - 1]?.text === '”')
  )
    return true
  // `… after Frank told reporters`, `… that Mr. Roe said`: a clause opened by a conjunction.
  const opens =
    previous === undefined ||
    OPENING.has(previous.text) ||
    previous.pos === 'CCONJ' ||
    previous.pos === 'SCONJ' ||
    CLAUSE_OPENERS.has(previous.lower)
  return opens && VERBAL.has(tokens[afterAppositive(tokens, mention.last)]?.pos ?? '')
}

/** Marks each mention of a sentence as a clause's subject or not, and as quoted or not. */
export function markClauses(
  body: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): void {
  const spans = quotedSpans(body)
  let previous: Mention | undefined
  for (const mention of mentions) {
    if (isSubject(tokens, mention)) mention.subject = true
    if (insideQuote(spans, mention.start)) mention.quoted = true
    const link = tokens[mention.first - 1]
    if (
      previous?.type === 'person' &&
      mention.type === 'person' &&
      previous.last === mention.first - 2 &&
      (link?.lower === 'and' || link?.lower === 'or')
    )
      mention.coordinated = true
    previous = mention
  }
}
