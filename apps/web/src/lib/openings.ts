import type { ComparisonArticle, ComparisonSentence } from '@parallax/compare'
import type { MarkedPiece } from './marked-words'

// Headlines and first paragraphs side by side: the framing of a story shows in them first.

/** Without paragraph numbers, an article's opening is taken as its first two sentences. */
const OPENING_SENTENCES = 2

type WithParagraph = ComparisonSentence & { paragraph?: number }

export function openingOf(article: ComparisonArticle): string {
  const sentences = article.sentences as WithParagraph[]
  const first = sentences[0]
  if (!first) return ''
  const opening =
    first.paragraph === undefined
      ? sentences.slice(0, OPENING_SENTENCES)
      : sentences.filter((sentence) => sentence.paragraph === first.paragraph)
  return opening.map((sentence) => sentence.text).join(' ')
}

function wordKey(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Each headline with the words no other headline uses marked (case and punctuation aside), so
 * "Caves" or "Surprise Retreat" stands out against the words all of them share.
 */
export function markHeadlines(titles: string[]): MarkedPiece[][] {
  const keys = titles.map((title) => new Set(title.split(/\s+/).map(wordKey).filter(Boolean)))
  return titles.map((title, index) => {
    const others = new Set(keys.flatMap((set, j) => (j === index ? [] : [...set])))
    const pieces: MarkedPiece[] = []
    for (const token of title.match(/\S+|\s+/g) ?? []) {
      const key = wordKey(token)
      const marked = key !== '' && !others.has(key)
      const last = pieces.at(-1)
      // Spaces join the words around them, so a run of new words is marked as one.
      if (last && (last.marked === marked || token.trim() === '')) last.text += token
      else pieces.push({ text: token, marked })
    }
    return pieces.map((piece) => (piece.marked ? splitTrailingSpace(piece) : [piece])).flat()
  })
}

function splitTrailingSpace(piece: MarkedPiece): MarkedPiece[] {
  const text = piece.text.trimEnd()
  const space = piece.text.slice(text.length)
  return space
    ? [
        { text, marked: true },
        { text: space, marked: false },
      ]
    : [piece]
}
