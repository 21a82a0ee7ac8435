import { stem, type ClaimNode } from './features'
import { EMPTY_PREDICATES } from './lexicon/stopwords'

const MAX_ENTITIES = 2
const MAX_WORDS = 3
const MAX_LABEL = 80

interface KeyStat {
  key: string
  articles: Set<number>
  weight: number
}

function rankKeys(members: ClaimNode[], prefix: string, minArticles = 1): string[] {
  const stats = new Map<string, KeyStat>()
  for (const m of members) {
    for (const [key, weight] of m.own) {
      if (!key.startsWith(prefix)) continue
      const stat = stats.get(key) ?? { key, articles: new Set(), weight }
      stat.articles.add(m.articleIndex)
      stats.set(key, stat)
    }
  }
  return [...stats.values()]
    .filter((s) => s.articles.size >= minArticles)
    .sort(
      (x, y) =>
        y.articles.size - x.articles.size ||
        y.weight - x.weight ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    )
    .map((s) => s.key.slice(prefix.length))
}

function entityName(members: ClaimNode[], key: string): string {
  const counts = new Map<string, number>()
  for (const m of members) {
    for (const e of m.claim.entities) {
      if ((e.key || e.text).toLowerCase().trim() !== key) continue
      const name = e.text.replace(/^the\s+/i, '').replace(/['’]s$/, '')
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  // A capitalised name over a description (`Amnesty` over `human rights organization`), then the
  // spelling used most, then the longest (`Ministry of Defense` over `MoD`).
  const capitalised = (name: string) => (/^\p{Lu}/u.test(name) ? 0 : 1)
  const names = [...counts].sort(
    ([x, cx], [y, cy]) =>
      capitalised(x) - capitalised(y) ||
      cy - cx ||
      y.length - x.length ||
      (x < y ? -1 : x > y ? 1 : 0),
  )
  return names[0]?.[0] ?? key.replace(/^[a-z]+:/, '')
}

function termWord(members: ClaimNode[], stemmed: string): string {
  for (const m of members) {
    const source = m.claim.terms.length > 0 ? m.claim.terms : m.claim.text.split(/\s+/)
    for (const term of source) {
      const word = term.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '')
      if (word && stem(word) === stemmed) return word
    }
  }
  return stemmed
}

/** A short name for the question a facet answers: its key entities, then its key words. */
export function labelFacet(members: ClaimNode[]): string {
  const entities = rankKeys(members, 'e:')
    .slice(0, MAX_ENTITIES)
    .map((k) => entityName(members, k))
  // A verb names the question only when the outlets share it; one outlet's verb is its wording.
  const outlets = new Set(members.map((m) => m.articleIndex)).size
  const predicate = rankKeys(members, 'p:', Math.min(2, outlets)).find(
    (p) => !EMPTY_PREDICATES.has(p),
  )
  const terms = rankKeys(members, 't:')
  const ordered = predicate ? [predicate, ...terms.filter((t) => t !== predicate)] : terms
  const words = ordered.slice(0, MAX_WORDS).map((t) => termWord(members, t))
  let label = [entities.join(', '), words.join(' ')].filter(Boolean).join(': ')
  if (!label) label = members[0]?.claim.text.split(/\s+/).slice(0, 8).join(' ') ?? ''
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label
}
