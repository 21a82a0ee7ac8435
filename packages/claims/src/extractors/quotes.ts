import type { Span } from '@parallax/article'

/** A direct quote: `outer` includes the quotation marks, `inner` is the quoted words. */
export interface Quote {
  outer: Span
  inner: Span
}

const OPEN = '“'
const CLOSE = '”'

/**
 * Every direct quote of the body, including quotes that run over several sentences. Curly quotes
 * pair by direction (nested `‘…’` stay inside); straight quotes pair in order, or with the curly
 * mark that closes them in text that mixes the two. A quote left open at
 * a paragraph break ends there, as newspapers reopen a continuing quote in the next paragraph.
 */
export function findQuotes(body: string): Quote[] {
  const quotes: Quote[] = []
  let open = -1
  let straight = false
  const close = (at: number, end: number): void => {
    if (open !== -1 && at > open + 1) {
      quotes.push({ outer: { start: open, end }, inner: { start: open + 1, end: at } })
    }
    open = -1
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\n' && body[i + 1] === '\n' && open !== -1) close(i, i)
    else if (c === OPEN && open === -1) [open, straight] = [i, false]
    // A closing curly mark closes a quote a straight mark opened too (`"It is … legislation,’ ”`).
    else if (c === CLOSE && open !== -1) close(i, i + 1)
    else if (c === '"') {
      if (open === -1) [open, straight] = [i, true]
      else if (straight) close(i, i + 1)
    }
  }
  if (open !== -1) close(body.length, body.length)
  return quotes
}
