import type { Comparison } from '@parallax/compare'

const HEADER = [
  'facet_id',
  'facet_label',
  'status',
  'kinds',
  'confidence',
  'outlet',
  'article_id',
  'sentence',
  'claim',
  'negated',
  'hedges',
  'attribution',
  'explanation',
]

/**
 * One row per claim in a facet, as RFC 4180 CSV (CRLF, every field quoted, quotes doubled) so
 * spreadsheets and pandas read it alike. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
export function comparisonToCsv(comparison: Comparison): string {
  const outlets = new Map(comparison.articles.map((article) => [article.id, article.outlet]))
  const rows = [HEADER]
  for (const facet of comparison.facets) {
    for (const claim of facet.claims) {
      rows.push([
        facet.id,
        facet.label,
        facet.status,
        facet.kinds.join(';'),
        String(facet.confidence),
        outlets.get(claim.article) ?? '',
        claim.article,
        String(claim.sentence),
        claim.text,
        String(claim.negated),
        claim.hedges.map((hedge) => hedge.kind).join(';'),
        claim.attribution.speaker?.text ?? claim.attribution.kind,
        facet.explanation,
      ])
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}
