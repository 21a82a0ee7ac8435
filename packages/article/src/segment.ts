import type { Span } from './types'
import {
  AMBIGUOUS_ABBREVIATIONS,
  CLOCK_ABBREVIATIONS,
  TIME_ZONE_WORDS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './lexicon/abbreviations'

const TERMINATORS = '.!?…。！？'
/** Chinese and Japanese full stops end a sentence wherever they stand; no space follows them. */
const CJK_TERMINATORS = '。！？'
/** Characters that close a sentence after its terminator: quotes and brackets. */
const CLOSERS = '”’)]»›」』）】'
const OPENERS = '“‘"\'([«‹'
const WHITESPACE = /\s/
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LINK_LIKE = /(?:^[a-z][a-z+.-]*:\/\/|^www\.|@)/i
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u

/**
 * Splits one paragraph into sentences. Copy-pasted news often loses the space between sentences
 * ("implications.Tel Aviv"), so a terminator followed directly by a capitalised word is a
 * boundary too, unless the text around it is an acronym, a decimal, a domain or an address.
 * Spans exclude the whitespace between sentences.
 */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = skipWhitespace(text, 0)
  let quoteOpen = false
  let i = start
  while (i < text.length) {
    const c = text[i]!
    if (c === '"') quoteOpen = !quoteOpen
    if (!TERMINATORS.includes(c)) {
      i++
      continue
    }
    let termEnd = i
    while (termEnd < text.length && TERMINATORS.includes(text[termEnd]!)) termEnd++
    let after = termEnd
    for (;;) {
      const ch = text[after]
      if (ch === undefined) break
      if (CLOSERS.includes(ch)) after++
      else if (ch === '"' && closesQuote(text, after, quoteOpen)) {
        quoteOpen = false
        after++
      } else if (ch === "'" && (after + 1 === text.length || WHITESPACE.test(text[after + 1]!)))
        after++
      else break
    }
    if (after < text.length && isBoundary(text, i, termEnd, after)) {
      spans.push({ start, end: after })
      start = skipWhitespace(text, after)
    }
    i = Math.max(after, i + 1)
  }
  const end = trimEnd(text, text.length)
  if (end > start) spans.push({ start, end })
  return spans
}

function isBoundary(text: string, termStart: number, termEnd: number, after: number): boolean {
  if (CJK_TERMINATORS.includes(text[termEnd - 1]!)) return true
  const gapEnd = skipWhitespace(text, after)
  const glued = gapEnd === after
  const nextIndex = skipOpeners(text, gapEnd)
  const next = text[nextIndex]
  if (next === undefined) return gapEnd > after
  const singleDot = termEnd - termStart === 1 && text[termStart] === '.'

  if (glued) {
    if (!UPPER.test(next)) return false
    const token = tokenBefore(text, termStart)
    if (LINK_LIKE.test(token + tokenAfter(text, termStart))) return false
    // "U.S.A", "Ph.D": a lone letter on either side of the dot is part of an acronym.
    const lastWord = /[\p{L}\p{N}]+$/u.exec(token.replace(/[”’"')\]]+$/u, ''))?.[0] ?? ''
    if (singleDot && lastWord.length < 2) return false
    if (singleDot && text[nextIndex + 1] === '.') return false
    if (singleDot && isAbbreviation(token.toLowerCase())) return false
    return true
  }

  if (LOWER.test(next)) return false
  if (!singleDot) return true
  const word = tokenBefore(text, termStart)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .toLowerCase()
  if (/^\p{L}$/u.test(word)) return false // an initial: "John F. Kennedy"
  if (TITLE_ABBREVIATIONS.has(word)) return false
  if (NUMBER_ABBREVIATIONS.has(word) && /\p{N}/u.test(next)) return false
  if (CLOCK_ABBREVIATIONS.has(word))
    return !TIME_ZONE_WORDS.has(wordAt(text, nextIndex).toLowerCase())
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || DOTTED_ACRONYM.test(word)) {
    return SENTENCE_STARTERS.has(wordAt(text, nextIndex).toLowerCase())
  }
  return LETTER_OR_DIGIT.test(next) || OPENERS.includes(text[gapEnd] ?? '')
}

/**
 * Whether the straight quote at `index`, right after a terminator, closes a quotation. Followed by
 * a space it does; glued to the next word ('done."The') only the count of quotes so far can tell.
 */
function closesQuote(text: string, index: number, quoteOpen: boolean): boolean {
  const next = text[index + 1]
  if (next === undefined || WHITESPACE.test(next) || CLOSERS.includes(next)) return true
  return quoteOpen
}

function isAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || AMBIGUOUS_ABBREVIATIONS.has(word)
}

/**
 * Tokens are looked at through a window this wide, so text without spaces (a pasted URL list,
 * hostile input) costs linear time, not quadratic.
 */
const TOKEN_WINDOW = 64

/** The run of non-space characters that ends at `end`. */
function tokenBefore(text: string, end: number): string {
  let start = end
  const limit = Math.max(0, end - TOKEN_WINDOW)
  while (start > limit && !WHITESPACE.test(text[start - 1]!)) start--
  return text.slice(start, end)
}

/** The run of non-space characters that starts at `start`. */
function tokenAfter(text: string, start: number): string {
  let end = start
  const limit = Math.min(text.length, start + TOKEN_WINDOW)
  while (end < limit && !WHITESPACE.test(text[end]!)) end++
  return text.slice(start, end)
}

function wordAt(text: string, index: number): string {
  return /^[\p{L}\p{N}]+/u.exec(text.slice(index, index + 40))?.[0] ?? ''
}

function skipOpeners(text: string, index: number): number {
  let i = index
  while (i < text.length && OPENERS.includes(text[i]!)) i++
  return i
}

function skipWhitespace(text: string, index: number): number {
  let i = index
  while (i < text.length && WHITESPACE.test(text[i]!)) i++
  return i
}

function trimEnd(text: string, end: number): number {
  let e = end
  while (e > 0 && WHITESPACE.test(text[e - 1]!)) e--
  return e
}
