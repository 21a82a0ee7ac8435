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

/** The cluster set's articles of one outlet, one per event, in event order. */
function outletArticles(outlet: string): string[] {
  const folder = new URL('eval/cluster/', SHARED)
  const gold = JSON.parse(readFileSync(new URL('gold.json', folder), 'utf8')) as {
    articles: { file: string; story: string; outlet: string }[]
  }
  return gold.articles
    .filter((entry) => entry.outlet === outlet)
    .sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : 0))
    .map((entry) => readFileSync(new URL(`articles/${entry.file}`, folder), 'utf8'))
}

/** The bodies of the extraction benchmark's pages, in page id order: news and blog posts. */
function benchPages(): string[] {
  const truth = JSON.parse(
    readFileSync(new URL('bench/article-extraction-benchmark/ground-truth.json', SHARED), 'utf8'),
  ) as Record<string, { articleBody: string }>
  return Object.keys(truth)
    .sort()
    .map((id) => truth[id]!.articleBody)
}

const OUTLETS = ['Fox News', 'The New York Times'] as const

/**
 * About `chars` characters of different real articles, none of them twice: side 0 is Fox News's
 * coverage of the cluster set's events, side 1 The New York Times's of the same events in the same
 * order, each followed by its own half of the extraction benchmark's pages. Two sides of one size
 * are two long articles that tell partly the same story, as two outlets' long reads do; repeating
 * one text instead would give the aligner thousands of identical candidates no real pair has.
 * Up to about 600 kB a side.
 */
export function coverageText(chars: number, side: 0 | 1): string {
  const pages = benchPages().filter((_, i) => i % 2 === side)
  const texts = [...outletArticles(OUTLETS[side]), ...pages]
  const parts: string[] = []
  let length = 0
  for (const text of texts) {
    if (length >= chars) break
    parts.push(text.trim())
    length += text.trim().length + 2
  }
  if (length < chars) throw new Error(`coverageText: only ${length} characters for side ${side}`)
  return parts.join('\n\n').slice(0, chars)
}
