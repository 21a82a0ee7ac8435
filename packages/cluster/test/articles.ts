import { parseArticle, type Article } from '@parallax/article'

/** An article from pasted text: an optional `YYYY-MM-DD` line, the headline, then the body. */
export function article(options: {
  title: string
  body: string
  outlet: string
  published?: string
}): Article {
  const date = options.published ? `${options.published}\n` : ''
  return parseArticle({
    text: `${date}${options.title}\n\n${options.body}`,
    outlet: options.outlet,
  })
}

/** A deterministic shuffle (a small linear congruential generator), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
