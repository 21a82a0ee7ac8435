// Variants of the set's events for timing at scale: each round turns every event into a new one
// by renaming most of its vocabulary consistently (names and content words alike) and dropping some
// sentences per article, from a seeded generator, so 2,000 articles hold ~660 events of the set's
// shape and every run makes the same ones.
import { parseArticle, type Article } from '@parallax/article'
import type { EvalArticle } from './eval-set'

/** mulberry32: a small seeded generator, so every run makes the same variants. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The part of an event's words (four letters or more) a variant renames: what two events about
 * the same subject still share is the rest. */
const RENAMED = 0.8

const SYLLABLES = ['ka', 'ren', 'dol', 'vi', 'mar', 'tos', 'lu', 'bex', 'sor', 'an', 'quil', 'fe']

function pseudoWord(random: () => number, capital: boolean): string {
  const n = 2 + Math.floor(random() * 2)
  const word = Array.from(
    { length: n },
    () => SYLLABLES[Math.floor(random() * SYLLABLES.length)],
  ).join('')
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word
}

/** One new event from one of the set's: the same renaming for all its articles. */
function variantEvent(articles: readonly Article[], random: () => number): string[] {
  const renamed = new Map<string, string>()
  const rename = (word: string) => {
    const key = word.toLowerCase()
    let to = renamed.get(key)
    if (to === undefined) {
      to = word.length >= 4 && random() < RENAMED ? pseudoWord(random, false) : key
      renamed.set(key, to)
    }
    return /^\p{Lu}/u.test(word) ? to[0]!.toUpperCase() + to.slice(1) : to
  }
  const rewrite = (text: string) => text.replace(/\p{L}+/gu, rename)
  return articles.map((a) => {
    const kept = a.sentences.filter(() => random() >= 0.2).map((s) => rewrite(s.text))
    return `${rewrite(a.title)}\n\n${(kept.length > 0 ? kept : [rewrite(a.sentences[0]!.text)]).join('\n\n')}`
  })
}

/**
 * The set's articles and then variant events, `count` in all, each with its gold event. Parsed
 * here, so timing the clustering excludes parsing.
 */
export function generateArticles(
  set: readonly EvalArticle[],
  count: number,
  seed = 1,
): EvalArticle[] {
  const random = seededRandom(seed)
  const byEvent = new Map<string, EvalArticle[]>()
  for (const e of set) byEvent.set(e.event, [...(byEvent.get(e.event) ?? []), e])
  const out = set.slice(0, count)
  for (let round = 1; out.length < count; round++) {
    for (const [event, members] of byEvent) {
      if (out.length >= count) break
      const texts = variantEvent(
        members.map((m) => m.article),
        random,
      )
      texts.forEach((text, i) => {
        if (out.length >= count) return
        out.push({
          file: `${members[i]!.file}~${round}`,
          event: `${event}~${round}`,
          article: parseArticle({ text }, { fallbackOutlet: members[i]!.article.outlet }),
        })
      })
    }
  }
  return out
}
