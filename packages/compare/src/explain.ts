import type { Divergence } from './divergence'
import type { ClaimNode } from './features'
import type { FacetStatus } from './types'

const MAX_QUOTE = 200
const MAX_QUOTED_OUTLETS = 3

export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= MAX_QUOTE) return `“${clean}”`
  const cut = clean.slice(0, MAX_QUOTE)
  return `“${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)).trimEnd()}…”`
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** The outlets whose sentences in the facet use these words, the given one first. */
function outletsSaying(
  words: string,
  first: number,
  members: ClaimNode[],
  names: string[],
): string {
  const needle = words.toLowerCase()
  const articles = [first]
  for (const m of members) {
    if (!articles.includes(m.articleIndex) && m.claim.text.toLowerCase().includes(needle)) {
      articles.push(m.articleIndex)
    }
  }
  const verb = articles.length > 1 ? 'say' : 'says'
  return `${listNames(articles.map((i) => names[i]!))} ${verb}`
}

function explainDivergence(d: Divergence, members: ClaimNode[], names: string[]): string {
  const a = names[d.a.articleIndex]!
  const b = names[d.b.articleIndex]!
  switch (d.kind) {
    case 'value': {
      if (d.status === 'done-vs-pending')
        return `${a} reports it done (${quote(d.aWords)}): ${quote(d.a.claim.text)}; ${b} says it is still to come (${quote(d.bWords)}): ${quote(d.b.claim.text)}`
      const sayA = outletsSaying(d.aWords, d.a.articleIndex, members, names)
      const sayB = outletsSaying(d.bWords, d.b.articleIndex, members, names)
      return `${sayA} ${quote(d.aWords)}: ${quote(d.a.claim.text)}; ${sayB} ${quote(d.bWords)}: ${quote(d.b.claim.text)}`
    }
    case 'negation':
      return `${a} negates it: ${quote(d.aWords)}; ${b} asserts it: ${quote(d.bWords)}`
    case 'hedge':
      return `${a} qualifies it (${quote(d.aWords)}): ${quote(d.a.claim.text)}; ${b} reports it without such a qualifier: ${quote(d.bWords)}`
    case 'attribution':
      return `${a} attributes it to ${d.aWords}: ${quote(d.a.claim.text)}; ${b} attributes it to ${d.bWords}: ${quote(d.b.claim.text)}`
  }
}

/**
 * Which outlet says what, quoting the words, so a reader can check the facet's status. A facet
 * some of whose claims joined it only loosely (their sentences share words, their facts line up
 * weakly) is said to perhaps report the same, no more.
 */
export function explainFacet(
  status: FacetStatus,
  divergences: Divergence[],
  members: ClaimNode[],
  names: string[],
  loose = false,
): string {
  if (status === 'diverge')
    return divergences.map((d) => `${explainDivergence(d, members, names)}.`).join(' ')
  const firstByArticle = new Map<number, ClaimNode>()
  for (const m of members)
    if (!firstByArticle.has(m.articleIndex)) firstByArticle.set(m.articleIndex, m)
  const outlets = [...firstByArticle.values()]
  if (status === 'single')
    return `Only ${names[outlets[0]!.articleIndex]} reports this: ${quote(outlets[0]!.claim.text)}.`
  const quoted = outlets
    .slice(0, MAX_QUOTED_OUTLETS)
    .map((m) => `${names[m.articleIndex]}: ${quote(m.claim.text)}`)
  const more = outlets.length - quoted.length
  const all = listNames(outlets.map((m) => names[m.articleIndex]!))
  const verb = loose
    ? 'may report the same: their sentences share words, but their facts line up only weakly'
    : 'report the same'
  return `${outlets.length > MAX_QUOTED_OUTLETS ? `${outlets.length} outlets` : all} ${verb}. ${quoted.join(' ')}${more > 0 ? ` (and ${more} more)` : ''}`
}
