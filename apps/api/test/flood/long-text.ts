// Long plain text made of real articles (the eval stories and the seeds), for measuring the
// parser on inputs far larger than one article. The parser drops paragraphs it has seen before
// as boilerplate, so each further copy of an article marks its paragraphs with the copy's number.
import { readdirSync, readFileSync } from 'node:fs'

const SHARED = new URL('../../../../../shared/', import.meta.url)

const SEEDS = new URL('seeds/', SHARED)

/** The two seed articles, one story told by two outlets. */
export function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .sort()
    .map((file) => readFileSync(new URL(file, SEEDS), 'utf8'))
}

function realArticles(): string[] {
  const stories = new URL('eval/stories/', SHARED)
  const texts: string[] = []
  for (const story of readdirSync(stories).sort()) {
    const folder = new URL(`${story}/`, stories)
    for (const file of readdirSync(folder).sort()) {
      if (file.endsWith('.txt')) texts.push(readFileSync(new URL(file, folder), 'utf8'))
    }
  }
  return [...texts, ...seedTexts()]
}

let articles: string[] | undefined

/** About `chars` characters of real articles end to end, starting with article `first`. */
export function longText(chars: number, first = 0): string {
  articles ??= realArticles()
  const parts: string[] = []
  let length = 0
  for (let i = first; length < chars; i++) {
    const copy = Math.floor(i / articles.length)
    const text = articles[i % articles.length] ?? ''
    const part =
      copy === 0
        ? text
        : text
            .split(/\n{2,}/)
            .map((paragraph) => (paragraph.trim() === '' ? paragraph : `${paragraph} [${copy}]`))
            .join('\n\n')
    parts.push(part)
    length += part.length + 2
  }
  return parts.join('\n\n').slice(0, chars)
}
