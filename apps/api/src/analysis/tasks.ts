import { parseArticle, type ArticleInput } from '@parallax/article'
import { extractClaims } from '@parallax/claims'
import { compareArticles, type Comparison } from '@parallax/compare'
import type { Analysis } from './types'

/** Parses, tells `onParsed` how long the body is, then extracts the claims. */
export function analyse(
  input: ArticleInput,
  onParsed?: (chars: number) => void,
  fallbackOutlet?: string,
): Analysis {
  const article = parseArticle(input, fallbackOutlet === undefined ? {} : { fallbackOutlet })
  onParsed?.(article.body.length)
  return { article, claims: extractClaims(article) }
}

export function compare(items: Analysis[]): Comparison {
  return compareArticles(
    items.map((item) => item.article),
    { claims: Object.fromEntries(items.map((item) => [item.article.id, item.claims])) },
  )
}
