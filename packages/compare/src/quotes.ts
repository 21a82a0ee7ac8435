import { createHash } from 'node:crypto'
import type { Article } from '@parallax/article'
import { isSpeakerName, sameEntity, type Claim } from '@parallax/claims'
import {
  compareQuoteWords,
  maySameQuote,
  quoteWords,
  SAME_QUOTE,
  wordRuns,
  type QuoteOverlap,
} from './quotes-match'
import { namedSpeaker } from './classify'
import type { QuoteGroup, QuoteMention, QuoteStatus } from './types'
import { diffSentenceWords } from './word-diff'

interface Found {
  mention: QuoteMention
  articleIndex: number
  key?: string
  words: string[]
}

const STATUS_RANK: Record<QuoteStatus, number> = {
  'different-speakers': 0,
  altered: 1,
  verbatim: 2,
  single: 3,
}

/** Every direct quote of one article, once each, with its speaker when the article names them. */
function quotesOf(article: Article, articleIndex: number, claims: Claim[]): Found[] {
  const found = new Map<string, Found>()
  for (const claim of claims) {
    const { quote, speaker } = claim.attribution
    if (claim.attribution.kind !== 'quote' || !quote) continue
    // A comma before the closing mark belongs to the sentence around the quote, not to the words.
    const text = article.body.slice(quote.start, quote.end)
    const start = quote.start + (text.length - text.trimStart().length)
    const end = quote.start + text.replace(/[\s,]+$/u, '').length
    const words = quoteWords(article.body.slice(start, end))
    if (words.length === 0 || found.has(`${start}:${end}`)) continue
    const named = speaker && isSpeakerName(speaker.text) ? speaker : undefined
    found.set(`${start}:${end}`, {
      mention: {
        article: article.id,
        sentence: claim.sentence,
        span: { start, end },
        text: article.body.slice(start, end),
        ...(named ? { speaker: named.text } : {}),
      },
      articleIndex,
      // Only speakers named where they speak can differ: a name found for `he` may be wrong.
      ...(named && namedSpeaker(claim.attribution) ? { key: named.key } : {}),
      words,
    })
  }
  return [...found.values()]
}

function byPosition(a: Found, b: Found): number {
  return a.articleIndex - b.articleIndex || a.mention.span.start - b.mention.span.start
}

/**
 * Union-find over the quotes: the same quote, however many outlets print it. Only quotes sharing
 * enough runs of words are diffed (`maySameQuote`), so a phrase every speaker uses (`I don't
 * think`) does not make the work grow with the square of the quotes.
 */
function linkSameQuotes(quotes: Found[]): { groups: Found[][]; altered: Set<string> } {
  const parent = quotes.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const runs = quotes.map((q) => wordRuns(q.words))
  const byRun = new Map<string, number[]>()
  runs.forEach((list, i) => {
    for (const run of new Set(list)) {
      const posting = byRun.get(run)
      if (posting) posting.push(i)
      else byRun.set(run, [i])
    }
  })
  const altered = new Set<string>()
  const hits = new Map<number, number>()
  // An outlet printing one quote many times (a long article, a live blog) gives many equal pairs.
  const texts = quotes.map((q) => q.words.join(' '))
  const compared = new Map<string, QuoteOverlap>()
  quotes.forEach((q, i) => {
    hits.clear()
    for (const run of runs[i]!) {
      for (const j of byRun.get(run)!) if (j > i) hits.set(j, (hits.get(j) ?? 0) + 1)
    }
    for (const j of [...hits.keys()].sort((x, y) => x - y)) {
      const other = quotes[j]!
      if (!maySameQuote(hits.get(j)!, Math.min(q.words.length, other.words.length))) continue
      const key = `${texts[i]}\n${texts[j]}`
      let overlap = compared.get(key)
      if (!overlap) compared.set(key, (overlap = compareQuoteWords(q.words, other.words)))
      if (overlap.score < SAME_QUOTE) continue
      parent[root(j)] = root(i)
      if (!overlap.verbatim) altered.add(pairKey(q, other))
    }
  })
  const groups = new Map<number, Found[]>()
  quotes.forEach((q, i) => {
    const group = groups.get(root(i))
    if (group) group.push(q)
    else groups.set(root(i), [q])
  })
  return { groups: [...groups.values()], altered }
}

function refOf(q: Found): string {
  return `${q.mention.article}#${q.mention.span.start}-${q.mention.span.end}`
}

function pairKey(a: Found, b: Found): string {
  return [refOf(a), refOf(b)].sort().join(' ')
}

function statusOf(members: Found[], altered: Set<string>): QuoteStatus {
  if (members.length === 1) return 'single'
  const keyed = members.filter((m) => m.key !== undefined)
  const differ = keyed.some((a, i) => keyed.slice(i + 1).some((b) => !sameEntity(a.key!, b.key!)))
  if (differ) return 'different-speakers'
  const changed = members.some((a, i) =>
    members.slice(i + 1).some((b) => altered.has(pairKey(a, b))),
  )
  return changed ? 'altered' : 'verbatim'
}

/** The first two quotes of the group, in order, whose words differ inside the part both print. */
function firstAlteredPair(members: Found[], altered: Set<string>): [Found, Found] | undefined {
  for (const [i, a] of members.entries()) {
    for (const b of members.slice(i + 1)) if (altered.has(pairKey(a, b))) return [a, b]
  }
  return undefined
}

/**
 * Every direct quote of the story, grouped with the same quote in other outlets (and repeated in
 * the same one) and marked `verbatim`, `altered` (with the word diff), `different-speakers` or
 * `single`. `articles` are in canonical order, so the result does not depend on input order.
 */
export function groupQuotes(articles: Article[], claims: Claim[][]): QuoteGroup[] {
  const quotes = articles.flatMap((article, i) => quotesOf(article, i, claims[i] ?? []))
  quotes.sort(byPosition)
  const { groups, altered } = linkSameQuotes(quotes)
  const built = groups.map((members) => {
    members.sort(byPosition)
    const status = statusOf(members, altered)
    const pair = status === 'altered' ? firstAlteredPair(members, altered) : undefined
    const id = `q-${createHash('sha256')
      .update(members.map(refOf).sort().join('\n'))
      .digest('hex')
      .slice(0, 12)}`
    const group: QuoteGroup = {
      id,
      status,
      quotes: members.map((m) => m.mention),
      ...(pair ? { diff: diffSentenceWords(pair[0].mention.text, pair[1].mention.text) } : {}),
    }
    const outlets = new Set(members.map((m) => m.articleIndex)).size
    return { group, outlets, first: members[0]! }
  })
  built.sort(
    (x, y) =>
      STATUS_RANK[x.group.status] - STATUS_RANK[y.group.status] ||
      y.outlets - x.outlets ||
      byPosition(x.first, y.first),
  )
  return built.map((b) => b.group)
}
