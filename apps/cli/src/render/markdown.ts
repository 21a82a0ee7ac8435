import type { Comparison, FacetStatus } from '@parallax/compare'
import { outletNames } from './names'
import { inArticleOrder } from './text'
import { renderDiff } from './diff'
import { QUOTE_STATUS, quoteLines } from './quotes'

const HEADINGS: Record<FacetStatus, string> = {
  diverge: 'Where they diverge',
  agree: 'Where they agree',
  single: 'Reported by one outlet only',
}

/** Escapes the characters Markdown would read as formatting in article text. */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1')
}

const MARKDOWN_MARKS = {
  same: escape,
  removed: (text: string) =>
    text.trim() ? `~~${escape(text.trim())}~~${/\s$/.test(text) ? ' ' : ''}` : text,
  added: (text: string) =>
    text.trim() ? `**${escape(text.trim())}**${/\s$/.test(text) ? ' ' : ''}` : text,
}

/** The comparison as a Markdown report: facets by status, quotes, explanations and diffs. */
export function renderMarkdown(comparison: Comparison): string {
  const outlet = outletNames(comparison)
  const name = (id: string) => escape(outlet.get(id) ?? id)
  const out: string[] = ['# Comparison', '']
  out.push('| Outlet | Title | Facets | Only here |', '| --- | --- | --- | --- |')
  for (const article of comparison.articles) {
    const cover = comparison.coverage[article.id]
    out.push(
      `| ${name(article.id)} | ${escape(article.title)} | ${cover?.facets ?? 0} | ${cover?.single ?? 0} |`,
    )
  }
  for (const status of ['diverge', 'agree', 'single'] as const) {
    const facets = comparison.facets.filter((f) => f.status === status)
    if (facets.length === 0) continue
    out.push('', `## ${HEADINGS[status]} (${facets.length})`)
    for (const facet of facets) {
      const kinds = facet.kinds.length > 0 ? ` _(${facet.kinds.join(', ')})_` : ''
      out.push('', `### ${escape(facet.label)}${kinds}`, '')
      for (const claim of inArticleOrder(facet, comparison))
        out.push(`- **${name(claim.article)}**: ${escape(claim.text)}`)
      if (status === 'single') continue
      out.push('', escape(facet.explanation))
      const pairs = comparison.pairs.filter((p) => p.facet === facet.id)
      if (pairs.length > 0) out.push('')
      for (const pair of pairs) {
        out.push(
          `- ${name(pair.a.article)} → ${name(pair.b.article)}: ${renderDiff(pair.diff, MARKDOWN_MARKS)}`,
        )
      }
    }
  }
  const quotes = quoteLines(comparison, outlet)
  if (quotes.length > 0) out.push('', `## Quotes (${quotes.length})`)
  for (const { group, mentions } of quotes) {
    if (
      group.status !== 'single' ||
      group === quotes.find((g) => g.group.status === 'single')?.group
    )
      out.push('', `### ${escape(QUOTE_STATUS[group.status])}`, '')
    for (const { mention, who } of mentions)
      out.push(`- **${escape(who)}**: “${escape(mention.text)}”`)
    if (group.diff) out.push('', `Diff: ${renderDiff(group.diff, MARKDOWN_MARKS)}`)
  }
  return `${out.join('\n')}\n`
}
