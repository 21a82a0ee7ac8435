import type { Article } from '@parallax/article'
import { extractClaims, type Claim } from '@parallax/claims'
import { groupClaims } from './align'
import { CompareError } from './errors'
import { buildFacets } from './facets'
import { buildClaimNodes, type StoryArticle } from './features'
import { groupQuotes } from './quotes'
import type { Comparison, CompareOptions, Coverage, QuoteGroup } from './types'

/** The algorithm's version: part of every cached comparison's key, bumped whenever output changes. */
export const COMPARE_VERSION = '2.10.0'
export const MIN_ARTICLES = 2
export const MAX_ARTICLES = 100

function checkArticles(articles: Article[]): void {
  if (articles.length < MIN_ARTICLES) {
    throw new CompareError(
      'TOO_FEW_ARTICLES',
      `compare: a comparison needs at least ${MIN_ARTICLES} articles, got ${articles.length}`,
    )
  }
  if (articles.length > MAX_ARTICLES) {
    throw new CompareError(
      'TOO_MANY_ARTICLES',
      `compare: a comparison takes at most ${MAX_ARTICLES} articles, got ${articles.length}`,
    )
  }
  const seen = new Set<string>()
  for (const article of articles) {
    if (seen.has(article.id)) {
      throw new CompareError(
        'DUPLICATE_ARTICLE',
        `compare: article ${article.id} (${article.outlet}) is given twice; each article may appear once`,
      )
    }
    seen.add(article.id)
  }
}

function claimsFor(article: Article, given: Claim[] | undefined): Claim[] {
  const claims = given ?? extractClaims(article)
  for (const claim of claims) {
    if (claim.article !== article.id || !article.sentences[claim.sentence]) {
      throw new CompareError(
        'INVALID_CLAIMS',
        `compare: a claim given for article ${article.id} points at sentence ${claim.sentence} of article ${claim.article}, which it does not have`,
      )
    }
  }
  // Claims stored before a claim was one fact of its sentence are whole sentences: main clauses.
  return claims
    .map((claim) => ({
      ...claim,
      span: claim.span ?? { start: claim.start, end: claim.end },
      fact: claim.fact ?? 'main',
    }))
    .sort((a, b) => a.sentence - b.sentence)
}

/**
 * The name each article goes by in the comparison, in the order given: its outlet, numbered
 * (`Unknown outlet (1)`, `Unknown outlet (2)`) when several articles share one, so every
 * explanation and every column names one article one way.
 */
export function outletNames(articles: Article[]): Map<string, string> {
  const bases = articles.map(
    (article, i) => article.outlet.trim() || article.title.trim() || `Article ${i + 1}`,
  )
  const totals = new Map<string, number>()
  for (const base of bases) totals.set(base, (totals.get(base) ?? 0) + 1)
  const seen = new Map<string, number>()
  const taken = new Set(bases.filter((base) => totals.get(base) === 1))
  const names = new Map<string, string>()
  articles.forEach((article, i) => {
    const base = bases[i]!
    if (totals.get(base) === 1) return void names.set(article.id, base)
    let n = seen.get(base) ?? 0
    let name: string
    // An outlet really called `Unknown outlet (2)` keeps its name; the numbering steps past it.
    do name = `${base} (${++n})`
    while (taken.has(name))
    seen.set(base, n)
    taken.add(name)
    names.set(article.id, name)
  })
  return names
}

/**
 * Lines up what 2 to 100 articles on one story assert, groups it into facets and says where the
 * outlets agree, where they diverge and why, and what only one reports. Deterministic: the order
 * of `articles` changes only the order of `articles` in the result.
 */
export function compareArticles(
  articles: Article[],
  options: CompareOptions = {},
): Comparison & { quotes: QuoteGroup[] } {
  checkArticles(articles)
  const story: StoryArticle[] = articles
    .map((article) => ({ article, claims: claimsFor(article, options.claims?.[article.id]) }))
    .sort(
      (x, y) =>
        y.claims.length - x.claims.length ||
        (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0),
    )
  const canonical = story.map((s) => s.article)
  const nodes = buildClaimNodes(story)

  const articlesWithKey = new Map<string, Set<number>>()
  for (const node of nodes) {
    for (const key of node.own.keys()) {
      const set = articlesWithKey.get(key) ?? new Set<number>()
      set.add(node.articleIndex)
      articlesWithKey.set(key, set)
    }
  }
  const spread = new Map(
    [...articlesWithKey].map(([key, set]) => [key, set.size / articles.length]),
  )

  const names = outletNames(articles)
  const { facets, pairs } = buildFacets(groupClaims(nodes), {
    articles: canonical,
    names: canonical.map((a) => names.get(a.id)!),
    spread,
  })
  const quotes = groupQuotes(
    canonical,
    story.map((s) => s.claims),
  )

  const coverage: Record<string, Coverage> = {}
  for (const article of canonical) coverage[article.id] = { facets: 0, single: 0 }
  for (const facet of facets) {
    for (const id of new Set(facet.claims.map((c) => c.article))) {
      const entry = coverage[id]!
      entry.facets++
      if (facet.status === 'single') entry.single++
    }
  }

  return {
    version: 1,
    articles: articles.map((a) => ({
      id: a.id,
      outlet: names.get(a.id)!,
      title: a.title,
      ...(a.url !== undefined && { url: a.url }),
      ...(a.published !== undefined && { published: a.published }),
      ...(a.byline !== undefined && { byline: a.byline }),
      sentences: a.sentences.map(({ index, paragraph, start, end, text }) => ({
        index,
        paragraph,
        start,
        end,
        text,
      })),
    })),
    facets,
    pairs,
    quotes,
    coverage,
  }
}
