import type { Span } from '@parallax/article'

/** A direct quote: `outer` includes the quotation marks, `inner` is the quoted words. */
export interface Quote {
  outer: Span
  inner: Span
}

const OPEN = '“'
const CLOSE = '”'

/** A straight mark after a word and before a space or punctuation ends a quote rather than opens one. */
function closesAt(body: string, i: number): boolean {
  return /\S/u.test(body[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(body[i + 1] ?? ' ')
}

/**
 * Every direct quote of the body, including quotes that run over several sentences. Curly quotes
 * pair by direction (nested `‘…’` stay inside); straight quotes pair in order. In text that mixes
 * the two, a curly mark closes a quote a straight one opened, and a straight mark in closing
 * position closes a curly one, unless it ends a straight quote nested inside. A quote left open at
 * a paragraph break ends there, as newspapers reopen a continuing quote in the next paragraph.
 */
export function findQuotes(body: string): Quote[] {
  const quotes: Quote[] = []
  let open = -1
  let straight = false
  let nested = false
  const close = (at: number, end: number): void => {
    if (open !== -1 && at > open + 1) {
      quotes.push({ outer: { start: open, end }, inner: { start: open + 1, end: at } })
    }
    open = -1
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\n' && body[i + 1] === '\n' && open !== -1) close(i, i)
    else if (c === OPEN && open === -1) [open, straight, nested] = [i, false, false]
    // A closing curly mark closes a quote a straight mark opened too (`"It is … legislation,’ ”`).
    else if (c === CLOSE && open !== -1) close(i, i + 1)
    else if (c === '"') {
      if (open === -1) [open, straight] = [i, true]
      else if (straight) close(i, i + 1)
      // `“It is a disgrace," he told …`, but not `“He called it "a fig leaf" and left,”`.
      else if (nested || !closesAt(body, i)) nested = !nested
      else close(i, i + 1)
    }
  }
  if (open !== -1) close(body.length, body.length)
  return quotes
}
