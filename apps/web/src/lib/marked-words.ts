import type { WordChange } from '@parallax/compare'

// Pieces of text with some words marked as differing, and the ways to cut them for display
// without ever cutting a word in two.

export interface MarkedPiece {
  text: string
  marked: boolean
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u

/**
 * Widens [start, end) of `text` to whole words: a span that starts or ends inside a word
 * ("n't want to use it" out of "don't want to use it") takes the rest of that word.
 */
export function wholeWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, text.length))
  let to = Math.max(from, Math.min(end, text.length))
  while (from > 0 && WORD_CHAR.test(text[from - 1]!) && WORD_CHAR.test(text[from]!)) from -= 1
  while (to < text.length && to > 0 && WORD_CHAR.test(text[to - 1]!) && WORD_CHAR.test(text[to]!)) {
    to += 1
  }
  return { start: from, end: to }
}

/** One side of a word diff: `a` keeps removed words, `b` added ones; its own words are marked. */
export function sideOf(diff: WordChange[], side: 'a' | 'b'): MarkedPiece[] {
  const other = side === 'a' ? 'added' : 'removed'
  return diff
    .filter((change) => change.type !== other)
    .map((change) => ({ text: change.value, marked: change.type !== 'same' }))
}

export function textOf(pieces: MarkedPiece[]): string {
  return pieces.map((piece) => piece.text).join('')
}

/** Splits pieces into words (with their following spaces) that keep their mark. */
function wordsOf(pieces: MarkedPiece[]): MarkedPiece[] {
  const words: MarkedPiece[] = []
  for (const piece of pieces) {
    for (const text of piece.text.match(/\S+\s*|\s+/g) ?? []) {
      const last = words.at(-1)
      // Spaces at the start of a piece belong to the word before them.
      if (last && text.trim() === '') last.text += text
      else words.push({ text, marked: piece.marked })
    }
  }
  return words
}

function merge(words: MarkedPiece[]): MarkedPiece[] {
  const merged: MarkedPiece[] = []
  for (const word of words) {
    const last = merged.at(-1)
    if (last && last.marked === word.marked) last.text += word.text
    else merged.push({ ...word })
  }
  return merged
}

/**
 * At most `maxWords` words around the first marked one, cut between words, with an ellipsis
 * where text was left out, so a long sentence stays one line's worth of reading.
 */
export function excerpt(pieces: MarkedPiece[], maxWords: number): MarkedPiece[] {
  const words = wordsOf(pieces)
  if (words.length <= maxWords) return merge(words)
  const first = Math.max(
    0,
    words.findIndex((word) => word.marked && word.text.trim() !== ''),
  )
  const start = Math.max(0, Math.min(first - Math.floor(maxWords / 3), words.length - maxWords))
  const end = start + maxWords
  const kept = words.slice(start, end)
  if (start > 0) kept.unshift({ text: '… ', marked: false })
  if (end < words.length) {
    const last = kept.at(-1)!
    kept[kept.length - 1] = { ...last, text: last.text.trimEnd() }
    kept.push({ text: ' …', marked: false })
  }
  return merge(kept)
}
