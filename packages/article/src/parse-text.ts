import type { ArticleDraft } from './draft'
import {
  countWords,
  endsSentence,
  isBoilerplateLine,
  matchesBoilerplatePhrase,
} from './boilerplate'
import { collapseWhitespace } from './layout'
import { isoDay } from './dates'
import { datelineText, isDateLine } from './dateline'
import { normalizePublished } from './published'

/** "date 2020-01-16", "Published: 2020-01-16": a day stamp opening the paste, before any prose. */
const DATE_PREFIX =
  /^(?:(?:date|dated|published|posted|updated)(?: on)?\s*:?\s*)?(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/i
const BYLINE = /^[Bb][Yy]\s+(\p{Lu}.*)$/u
const HEADLINE_MAX_CHARS = 200
const HEADLINE_MAX_WORDS = 30
const BYLINE_MAX_WORDS = 10
/** A standfirst is repeated within the next few lines, if at all. */
const STANDFIRST_LOOKAHEAD = 4
const DATELINE_SEARCH_LINES = 4

/** Reads pasted article text: an optional leading date, a headline line, a byline, then prose. */
export function parseText(text: string): ArticleDraft {
  const lines = joinWrappedLines(text.replace(/\r\n?/g, '\n').split('\n').map(collapseWhitespace))
  const draft: ArticleDraft = { paragraphs: [] }

  const firstDated = DATE_PREFIX.exec(lines[0] ?? '')
  const day = firstDated ? isoDay(firstDated[1]!) : undefined
  if (firstDated && day) {
    draft.published = day
    lines[0] = lines[0]!.slice(firstDated[0].length)
    if (lines[0] === '') lines.shift()
  }

  // "Date: 16 January 2020", "Published Jan. 16, 2020": a line of its own above the headline.
  const datedLine = lines.length > 1 ? normalizePublished(datelineText(lines[0]!)) : undefined
  if (datedLine && isDateLine(lines[0]!)) {
    draft.published ??= datedLine
    lines.shift()
  }

  // A paste from a browser can start with the page's menu: "Skip to content", "Menu", "World".
  while (lines.length > 1 && isLeadingChrome(lines[0]!)) lines.shift()
  if (lines.length > 1 && looksLikeHeadline(lines[0]!)) draft.title = lines.shift()
  const bylineAt = lines.slice(0, 3).findIndex(isBylineLine)
  if (bylineAt >= 0) {
    draft.byline = BYLINE.exec(lines[bylineAt]!)?.[1]
    lines.splice(bylineAt, 1)
  }

  // A pasted page often carries its date on a line of its own near the top.
  const datelineAt = findDateline(lines)
  if (datelineAt >= 0) {
    draft.published ??= normalizePublished(datelineText(lines[datelineAt]!))
    lines.splice(datelineAt, 1)
  }

  draft.paragraphs = dropRepeats(lines.filter((line) => !isBoilerplateLine(line)))
  return draft
}

export function looksLikeHeadline(line: string): boolean {
  const words = countWords(line)
  if (words < 2 || words > HEADLINE_MAX_WORDS || line.length > HEADLINE_MAX_CHARS) return false
  if (/[.,;:]$/.test(line) && !line.endsWith('...')) return false
  return !matchesBoilerplatePhrase(line)
}

function isLeadingChrome(line: string): boolean {
  return countWords(line) < 2 || (!endsSentence(line) && matchesBoilerplatePhrase(line))
}

/** A date line among the short lines above the first sentence of prose. */
function findDateline(lines: readonly string[]): number {
  for (let i = 0; i < Math.min(lines.length, DATELINE_SEARCH_LINES); i++) {
    if (isDateLine(lines[i]!)) return i
    if (endsSentence(lines[i]!)) return -1
  }
  return -1
}

function isBylineLine(line: string): boolean {
  return BYLINE.test(line) && countWords(line) <= BYLINE_MAX_WORDS && !/[.!?]$/.test(line)
}

/**
 * Non-empty logical lines. Text wrapped at a fixed width breaks sentences across lines; a line
 * that does not end a sentence, followed by one starting in lower case, continues it.
 */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[][] = []
  let previousBlank = true
  for (const line of lines) {
    if (line === '') {
      previousBlank = true
      continue
    }
    const current = out[out.length - 1]
    // The joined line ends as its last piece does; testing that piece keeps this linear.
    const lastPiece = current?.[current.length - 1]
    if (
      !previousBlank &&
      lastPiece !== undefined &&
      !endsSentence(lastPiece) &&
      /^\p{Ll}/u.test(line)
    ) {
      current!.push(line)
    } else out.push([line])
    previousBlank = false
  }
  return out.map((pieces) => pieces.join(' '))
}

/**
 * Drops exact repeats and a standfirst that the body then repeats word for word (pages often print
 * the summary above the article and again as its first sentence).
 */
function dropRepeats(paragraphs: string[]): string[] {
  const seen = new Set<string>()
  return paragraphs.filter((p, i) => {
    if (seen.has(p)) return false
    seen.add(p)
    if (endsSentence(p)) return true
    const following = paragraphs.slice(i + 1, i + 1 + STANDFIRST_LOOKAHEAD)
    return !following.some((other) => other.length > p.length && other.startsWith(p))
  })
}
