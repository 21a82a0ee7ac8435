import type { Comparison, Facet } from '@parallax/compare'

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
  return lines.join('\n') + '\n'
}

/** Keeps article text as text: no line breaks, and markup characters escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1')
}
