import { ArticleError } from './errors'

/** More elements than any real article page has (large live blogs hold tens of thousands). */
const MAX_ELEMENTS = 100_000
/**
 * Real pages nest under 100 deep (the benchmark's 181 pages: at most 95, one sloppy page counted
 * at 290). Readability's cost grows faster than the depth: about 3 s at 400 on a slow core.
 */
const MAX_DEPTH = 400
// Attributes stop at the next '<' as well as '>', so unclosed tags cannot make the scan quadratic.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g
/** Elements that never hold children, or that the parser closes on its own. */
// prettier-ignore
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track',
  'wbr', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd',
])

/**
 * Rejects pages built to make a DOM parser work hard (millions of elements, thousands of levels
 * of nesting) with one linear scan of the markup, before any DOM is built.
 */
export function checkHtmlShape(html: string): void {
  let elements = 0
  let depth = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase()
    if (m[1] === '/') {
      if (!NOT_NESTING.has(name)) depth = Math.max(0, depth - 1)
      continue
    }
    if (++elements > MAX_ELEMENTS) {
      throw new ArticleError(
        'TOO_LARGE',
        `article: the page has more than ${MAX_ELEMENTS} elements`,
      )
    }
    if (m[3]!.endsWith('/') || NOT_NESTING.has(name)) continue
    if (++depth > MAX_DEPTH) {
      throw new ArticleError(
        'NOT_AN_ARTICLE',
        `article: the page nests elements more than ${MAX_DEPTH} deep, which no article does`,
      )
    }
  }
}
