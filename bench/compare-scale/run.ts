// Compare time against article size: `pnpm exec tsx bench/compare-scale/run.ts [--record]
// [--sizes 16,64] [--repeated 512,2048]`. Two long articles of different real articles
// (apps/api/test/flood/long-text.ts, `coverageText`: two outlets' coverage of the same events, then
// different pages) from 16 to 512 kB each, and two of one set of articles repeated (`longText`,
// each copy's paragraphs numbered) up to 2 MB each: the worst case for the aligner, every claim
// with dozens of equal rivals. Only `compareArticles` is timed (CPU time of the process; the
// machine is shared), as a ratio to the seed story's comparison timed in the same process, with
// its cost per MB of the bodies compared, the growth exponent between sizes (1 is linear) and the
// API's default deadline for the comparison. `--record` rewrites the compare-scale section of
// bench/RESULTS.md.
import { coverageText, longText, seedTexts } from '../../apps/api/test/flood/long-text'
import { parseArticle, type Article } from '../../packages/article/src/index'
import { extractClaims, type Claim } from '../../packages/claims/src/index'
import { compareArticles } from '../../packages/compare/src/index'
import { growthExponent, machineNow, recordSection } from '../record'

const KB = 1024
const MB = KB * KB
/** The API's defaults: PARALLAX_PARSE_TIMEOUT_MS and PARALLAX_COMPARE_MS_PER_MB. */
const DEADLINE_BASE_MS = 1500
const DEADLINE_MS_PER_MB = 15_000

function sizes(flag: string, fallback: string): number[] {
  const at = process.argv.indexOf(flag)
  return (at > 0 ? (process.argv[at + 1] ?? '') : fallback).split(',').filter(Boolean).map(Number)
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

interface Prepared {
  articles: Article[]
  claims: Record<string, Claim[]>
}

function prepare(texts: string[]): Prepared {
  const articles = texts.map((text, i) => parseArticle({ text, outlet: `Outlet ${i + 1}` }))
  return { articles, claims: Object.fromEntries(articles.map((a) => [a.id, extractClaims(a)])) }
}

/** Median CPU ms of `runs` comparisons, after one untimed. */
function timeCompare({ articles, claims }: Prepared, runs: number): number {
  compareArticles(articles, { claims })
  return median(
    Array.from({ length: runs }, () => cpuMs(() => compareArticles(articles, { claims }))),
  )
}

interface Row {
  input: string
  kind: 'different' | 'repeated'
  bytes: number
  claims: number
  ms: number
}

// The reference: the seed story, two ordinary articles, compared in this process.
const seed = prepare(seedTexts())
const referenceMs = timeCompare(seed, 15)
console.error(`reference (seed story): ${referenceMs.toFixed(1)} ms`)

const rows: Row[] = []
const cases: [Row['kind'], number][] = [
  ...sizes('--sizes', '16,32,64,128,256,512').map((kb): [Row['kind'], number] => ['different', kb]),
  ...sizes('--repeated', '128,512,2048').map((kb): [Row['kind'], number] => ['repeated', kb]),
]
for (const [kind, kb] of cases) {
  const texts =
    kind === 'different'
      ? [coverageText(kb * KB, 0), coverageText(kb * KB, 1)]
      : [longText(kb * KB, 0), longText(kb * KB, 7)]
  const prepared = prepare(texts)
  const ms = timeCompare(prepared, kb <= 64 ? 5 : kb <= 256 ? 3 : 1)
  rows.push({
    input: `2 × ${kb} kB, ${kind}`,
    kind,
    bytes: prepared.articles.reduce((sum, a) => sum + a.body.length, 0),
    claims: Object.values(prepared.claims).reduce((sum, list) => sum + list.length, 0),
    ms,
  })
  console.error(`${kind} 2 × ${kb} kB: ${ms.toFixed(0)} ms`)
}

/** Growth exponent k in time ∝ size^k between two rows. */
const exponent = (a: Row, b: Row) => Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes)

const lines = rows.map((row, i) => {
  const previous = rows[i - 1]?.kind === row.kind ? rows[i - 1] : undefined
  const mb = row.bytes / MB
  return [
    row.input,
    (row.bytes / KB).toFixed(0),
    String(row.claims),
    row.ms.toFixed(0),
    (row.ms / referenceMs).toFixed(0),
    (row.ms / mb).toFixed(0),
    previous ? exponent(previous, row).toFixed(2) : '',
    String(DEADLINE_BASE_MS + Math.ceil((DEADLINE_MS_PER_MB * row.bytes) / MB)),
  ]
})

// From 64 kB up: below that, fixed costs of a comparison still weigh.
const fitted = (kind: Row['kind']) => {
  const points = rows.filter((r) => r.kind === kind && r.bytes >= 2 * 64 * KB)
  return points.length >= 2 ? growthExponent(points.map((r) => [r.bytes, r.ms])).toFixed(2) : 'n/a'
}
const { machine, load } = machineNow()
const table = [
  `Run ${new Date().toISOString().slice(0, 16)}Z on ${machine}; load average ${load}; CPU ms of \`compareArticles\` alone, median of 5, 3 or 1 runs (up to 64, 256 kB, above) after an untimed one. Reference: the seed story's comparison in the same process, ${referenceMs.toFixed(1)} ms.`,
  '',
  '| input | bodies (kB) | claims | compare ms | × reference | ms per MB | exponent vs previous | API deadline ms |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  '',
  `Growth exponent from 2 × 64 kB up (least-squares fit of log time on log size; 1 is linear): different articles ${fitted('different')}, repeated ${fitted('repeated')}.`,
].join('\n')
console.log(table)
if (process.argv.includes('--record')) recordSection('compare-scale', table)
