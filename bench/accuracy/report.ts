// The tables run.ts prints and records, in Markdown so the printed and the recorded look alike.
import type { StoryRun } from './evaluate'
import { sumTotals } from './evaluate'
import type { FacetResult, StoryTotals } from './score'

const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / Math.max(1, of))}%)`

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`
}

function scoreCells(t: StoryTotals): (string | number)[] {
  const mean = t.filedSentences ? (t.sentenceLinks / t.filedSentences).toFixed(2) : '0'
  return [
    pct(t.grouped, t.gold),
    pct(t.status, t.gold),
    `${t.kinds}/${t.kindsWanted}`,
    t.falseDiverge,
    t.facets,
    `${t.maxFacetsPerSentence} / ${mean}`,
  ]
}

export function storyTable(runs: StoryRun[]): string {
  const cpu = (ms: number) => ms.toFixed(0)
  return [
    '| story | system | grouped | status right | kinds right | false diverge | facets | facets per filed sentence, max / mean | CPU ms |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: |',
    ...runs.flatMap((r) => [
      row([r.story.gold.id, 'Parallax', ...scoreCells(r.parallax.totals), cpu(r.cpuMs)]),
      row(['', 'TF-IDF baseline', ...scoreCells(r.tfidf.totals), '']),
    ]),
    row([
      '**total**',
      '**Parallax**',
      ...scoreCells(sumTotals(runs.map((r) => r.parallax.totals))),
      cpu(runs.reduce((n, r) => n + r.cpuMs, 0)),
    ]),
    row([
      '**total**',
      '**TF-IDF baseline**',
      ...scoreCells(sumTotals(runs.map((r) => r.tfidf.totals))),
      '',
    ]),
  ].join('\n')
}

export function confusionTable(results: FacetResult[]): string {
  const reported = ['agree', 'diverge', 'single', 'missing']
  return [
    row(['gold ↓ reported →', ...reported]),
    row(['---', ...reported.map(() => '--:')]),
    ...['agree', 'diverge', 'single'].map((want) => {
      const mine = results.filter((r) => r.want === want)
      return row([
        `${want} (${mine.length})`,
        ...reported.map((got) => mine.filter((r) => r.got === got).length),
      ])
    }),
  ].join('\n')
}

export function missCauses(results: FacetResult[], top = 10): string {
  const counts = new Map<string, number>()
  for (const r of results) if (r.miss) counts.set(r.miss, (counts.get(r.miss) ?? 0) + 1)
  const largest = [...counts]
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top)
  return [
    '| cause of a miss | gold facets |',
    '| --- | --: |',
    ...largest.map(([cause, n]) => row([cause, n])),
  ].join('\n')
}

/** One line per gold facet, as score.mjs --verbose marks it, with the cause and where the phrases went. */
export function facetLines(results: FacetResult[]): string {
  return results
    .map((r) => {
      const mark = r.grouped ? `grouped as ${r.got}${r.statusRight ? ' ✓' : ''}` : 'missing'
      return `${r.id.padEnd(30)} ${mark}${r.miss ? ` — ${r.miss}` : ''}\n${' '.repeat(31)}${r.detail}`
    })
    .join('\n')
}
