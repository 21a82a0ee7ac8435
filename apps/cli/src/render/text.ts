import { styleText } from 'node:util'
import type { Comparison, Facet, FacetStatus, QuoteStatus } from '@parallax/compare'
import { outletNames } from './names'
import { PLAIN_MARKS, renderDiff, type DiffMarks } from './diff'
import { QUOTE_STATUS, quoteLines } from './quotes'

type Style = Parameters<typeof styleText>[0]

const HEADINGS: Record<FacetStatus, string> = {
  diverge: 'Where they diverge',
  agree: 'Where they agree',
  single: 'Reported by one outlet only',
}
const STATUS_STYLE: Record<FacetStatus, 'red' | 'green' | 'gray'> = {
  diverge: 'red',
  agree: 'green',
  single: 'gray',
}
const STATUS_MARK: Record<FacetStatus, string> = { diverge: '≠', agree: '=', single: '·' }

/** The comparison for a terminal: facets by status, each outlet's words, why, and word diffs. */
export function renderText(comparison: Comparison, color: boolean): string {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text)
  const marks: DiffMarks = color
    ? {
        removed: (t) => styleText(['red', 'strikethrough'], t),
        added: (t) => styleText(['green', 'bold'], t),
      }
    : PLAIN_MARKS
  const outlet = outletNames(comparison)
  const lines: string[] = []

  lines.push(
    paint(
      'bold',
      `Parallax: ${comparison.articles.length} articles, ${comparison.facets.length} facets`,
    ),
  )
  for (const article of comparison.articles) {
    const cover = comparison.coverage[article.id]
    lines.push(
      `  ${paint('bold', outlet.get(article.id) ?? article.outlet)}: ${article.title} (${cover?.facets ?? 0} facets, ${cover?.single ?? 0} only here)`,
    )
  }

  for (const status of ['diverge', 'agree', 'single'] as const) {
    const facets = comparison.facets.filter((f) => f.status === status)
    if (facets.length === 0) continue
    lines.push('', paint(['bold', STATUS_STYLE[status]], `${HEADINGS[status]} (${facets.length})`))
    for (const facet of facets) lines.push(...renderFacet(facet, comparison, outlet, paint, marks))
  }
  if (comparison.facets.length === 0) lines.push('', 'No factual statements were found to compare.')
  lines.push(...renderQuotes(comparison, outlet, paint, marks))
  return `${lines.join('\n')}\n`
}

function renderFacet(
  facet: Facet,
  comparison: Comparison,
  outlet: Map<string, string>,
  paint: (style: Style, text: string) => string,
  marks: DiffMarks,
): string[] {
  const kinds = facet.kinds.length > 0 ? ` [${facet.kinds.join(', ')}]` : ''
  const lines = [
    '',
    `${paint(STATUS_STYLE[facet.status], STATUS_MARK[facet.status])} ${paint('bold', facet.label)}${kinds}`,
  ]
  for (const claim of inArticleOrder(facet, comparison)) {
    lines.push(
      `    ${paint('cyan', `${outlet.get(claim.article) ?? claim.article}:`)} ${claim.text}`,
    )
  }
  if (facet.status === 'single') return lines
  lines.push(`    ${paint('italic', `Why: ${facet.explanation}`)}`)
  for (const pair of comparison.pairs.filter((p) => p.facet === facet.id)) {
    const names = `${outlet.get(pair.a.article) ?? pair.a.article} → ${outlet.get(pair.b.article) ?? pair.b.article}`
    lines.push(`    ${paint('dim', `Diff ${names}:`)} ${renderDiff(pair.diff, marks)}`)
  }
  return lines
}

const QUOTE_MARK: Record<QuoteStatus, string> = {
  'different-speakers': '≠',
  altered: '≈',
  verbatim: '=',
  single: '·',
}

function renderQuotes(
  comparison: Comparison,
  outlet: Map<string, string>,
  paint: (style: Style, text: string) => string,
  marks: DiffMarks,
): string[] {
  const groups = quoteLines(comparison, outlet)
  if (groups.length === 0) return []
  const lines = ['', paint('bold', `Quotes (${groups.length})`)]
  for (const { group, mentions } of groups) {
    // Quotes printed once are listed together, under one heading.
    if (
      group.status !== 'single' ||
      group === groups.find((g) => g.group.status === 'single')?.group
    )
      lines.push('', `${QUOTE_MARK[group.status]} ${paint('bold', QUOTE_STATUS[group.status])}`)
    for (const { mention, who } of mentions)
      lines.push(`    ${paint('cyan', `${who}:`)} “${mention.text}”`)
    if (group.diff) lines.push(`    ${paint('dim', 'Diff:')} ${renderDiff(group.diff, marks)}`)
  }
  return lines
}

/** A facet's claims in the order the articles were given, which is the order the reader knows. */
export function inArticleOrder(facet: Facet, comparison: Comparison): Facet['claims'] {
  const position = new Map(comparison.articles.map((a, i) => [a.id, i]))
  return [...facet.claims].sort(
    (x, y) =>
      (position.get(x.article) ?? 0) - (position.get(y.article) ?? 0) || x.sentence - y.sentence,
  )
}
