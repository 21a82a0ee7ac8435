import type { Comparison, Facet, QuoteStatus } from '@parallax/compare'

const STATUS_HEADINGS: Record<Facet['status'], string> = {
  diverge: 'Where the outlets diverge',
  agree: 'What the outlets agree on',
  single: 'Reported by one outlet only',
}

/** A readable report: the articles, then facets grouped by status with each outlet's words quoted. */
export function comparisonToMarkdown(comparison: Comparison, title: string): string {
  const outlets = new Map(comparison.articles.map((article) => [article.id, article.outlet]))
  const lines = [`# ${inline(title)}`, '', '## Articles', '']
  for (const article of comparison.articles) {
    const coverage = comparison.coverage[article.id]
    const details = [article.published, article.url ? `<${article.url}>` : undefined]
      .filter(Boolean)
      .join(', ')
    lines.push(
      `- **${inline(article.outlet)}**: ${inline(article.title)}${details ? ` (${details})` : ''}` +
        (coverage ? `; ${coverage.facets} facets, ${coverage.single} only here` : ''),
    )
  }
  for (const status of ['diverge', 'agree', 'single'] as const) {
    const facets = comparison.facets.filter((facet) => facet.status === status)
    if (facets.length === 0) continue
    lines.push('', `## ${STATUS_HEADINGS[status]}`)
    for (const facet of facets) {
      const kinds = facet.kinds.length > 0 ? ` (${facet.kinds.join(', ')})` : ''
      lines.push('', `### ${inline(facet.label)}${kinds}`, '')
      if (facet.explanation) lines.push(inline(facet.explanation), '')
      for (const claim of facet.claims) {
        lines.push(
          `- **${inline(outlets.get(claim.article) ?? claim.article)}**: “${inline(claim.text)}”`,
        )
      }
    }
  }
  lines.push(...quoteSection(comparison, outlets))
  return lines.join('\n') + '\n'
}

const QUOTE_HEADINGS: Record<QuoteStatus, string> = {
  'different-speakers': 'Attributed to different speakers',
  altered: 'Altered',
  verbatim: 'Verbatim',
  single: 'Quoted by one outlet only',
}

/** Each quote printed by several outlets, with each outlet's words and speaker, then the rest. */
function quoteSection(comparison: Comparison, outlets: Map<string, string>): string[] {
  const groups = comparison.quotes ?? []
  if (groups.length === 0) return []
  const lines = ['', '## Quotes']
  for (const status of ['different-speakers', 'altered', 'verbatim', 'single'] as const) {
    const shown = groups.filter((group) => group.status === status)
    if (shown.length === 0) continue
    lines.push('', `### ${QUOTE_HEADINGS[status]}`)
    for (const group of shown) {
      lines.push('')
      for (const quote of group.quotes) {
        const outlet = inline(outlets.get(quote.article) ?? quote.article)
        const speaker = quote.speaker ? ` (${inline(quote.speaker)})` : ''
        lines.push(`- **${outlet}**${speaker}: “${inline(quote.text)}”`)
      }
      const changed = group.diff?.filter((change) => change.type !== 'same') ?? []
      if (changed.length > 0) {
        const words = changed.map((c) => `${c.type} “${inline(c.value.trim())}”`).join(', ')
        lines.push(`- Changed words: ${words}`)
      }
    }
  }
  return lines
}

/** Keeps article text as text: no line breaks, and markup characters escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1')
}
