import type { Article } from '@parallax/article'

/** An Article literal for tests: each string is one sentence, joined by single spaces. */
export function articleOf(sentences: readonly string[], published?: string): Article {
  const body = sentences.join(' ')
  let at = 0
  return {
    id: 'test',
    outlet: 'Test',
    title: 'Test',
    body,
    ...(published !== undefined ? { published } : {}),
    paragraphs: [{ index: 0, start: 0, end: body.length }],
    sentences: sentences.map((text, index) => {
      const start = at
      at += text.length + 1
      return { index, paragraph: 0, start, end: start + text.length, text }
    }),
  }
}
