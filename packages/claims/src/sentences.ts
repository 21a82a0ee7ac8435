import type { Article } from '@parallax/article'
import type { Token } from './analyse'

/** An article sentence with the body tokens that start inside it. */
export interface SentenceView {
  index: number
  paragraph: number
  start: number
  end: number
  text: string
  tokens: Token[]
}

/** Groups the body's tokens by the article's sentences (both are in body order). */
export function viewSentences(article: Article, tokens: Token[]): SentenceView[] {
  const views: SentenceView[] = []
  let t = 0
  for (const sentence of article.sentences) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < sentence.start) t++
    const own: Token[] = []
    while (t < tokens.length && (tokens[t]?.start ?? 0) < sentence.end) {
      const token = tokens[t]
      if (token) own.push(token)
      t++
    }
    views.push({
      index: sentence.index,
      paragraph: sentence.paragraph,
      start: sentence.start,
      end: sentence.end,
      text: article.body.slice(sentence.start, sentence.end),
      tokens: own,
    })
  }
  return views
}

/** Index of the first item whose `start` is at or after `offset` (items sorted by start). */
export function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((items[mid]?.start ?? 0) < offset) low = mid + 1
    else high = mid
  }
  return low
}
