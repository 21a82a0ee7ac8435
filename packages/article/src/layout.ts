import type { Paragraph, Sentence } from './types'
import { segmentSentences } from './segment'

export interface ArticleLayout {
  body: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

const PARAGRAPH_SEPARATOR = '\n\n'

/**
 * Lays paragraphs out into one body with offsets. Whitespace inside a paragraph is collapsed and
 * sentences glued together by copy-paste ("herself.A couple") get the space they lost, so the body
 * reads as the outlet printed it; every offset points into this repaired body.
 */
export function layoutArticle(paragraphTexts: readonly string[]): ArticleLayout {
  let body = ''
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  for (const raw of paragraphTexts) {
    const text = collapseWhitespace(raw)
    if (text === '') continue
    const spans = segmentSentences(text)
    if (spans.length === 0) continue
    if (paragraphs.length > 0) body += PARAGRAPH_SEPARATOR
    const paragraphIndex = paragraphs.length
    const paragraphStart = body.length
    spans.forEach((span, i) => {
      const piece = text.slice(span.start, span.end)
      if (i > 0) body += separator(text, spans[i - 1]!.end, span.start)
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        start: body.length,
        end: body.length + piece.length,
        text: piece,
      })
      body += piece
    })
    paragraphs.push({ index: paragraphIndex, start: paragraphStart, end: body.length })
  }
  return { body, paragraphs, sentences }
}

/**
 * What goes between two sentences: one space, even where copy-paste lost it, except between
 * Chinese or Japanese sentences, which are written without one.
 */
function separator(text: string, previousEnd: number, nextStart: number): string {
  const tail = text.slice(Math.max(0, previousEnd - 8), previousEnd)
  if (previousEnd === nextStart && CJK_END.test(tail)) return ''
  return ' '
}

const CJK_END = /[。！？][」』）】]*$/u

/** Runs of spaces, tabs, line breaks and invisible joiners become one space. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
