// Parse time against input size: `pnpm exec tsx bench/parse/run.ts [--record] [--sizes 256,1024]`.
// Inputs are real articles laid end to end (apps/api/test/flood/long-text.ts), from 128 kB up to
// the 5 MB article limit, parsed and their claims extracted as the API's worker does. Reports CPU
// time of this process (the machine is shared; wall time mostly measures the neighbours), the
// cost per MB, the growth exponent between sizes (1 is linear), and the API's default deadline
// for that size. `--record` rewrites the parse section of bench/RESULTS.md.
import { longText } from '../../apps/api/test/flood/long-text'
import { parseArticle } from '../../packages/article/src/index'
import { extractClaims } from '../../packages/claims/src/index'
import { machineNow, recordSection } from '../record'

const KB = 1024
const MB = KB * KB
/** The API's defaults: PARALLAX_PARSE_TIMEOUT_MS and PARALLAX_PARSE_MS_PER_MB. */
const DEADLINE_BASE_MS = 1500
const DEADLINE_MS_PER_MB = 6000

const sizesArg = process.argv.indexOf('--sizes')
const sizesKb = (sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '') : '128,256,512,1024,2048,5000')
  .split(',')
  .map(Number)

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

// The first parses load the language models and compile the hot paths: pay for that first.
extractClaims(parseArticle({ text: longText(512 * KB) }))

interface Row {
  chars: number
  body: number
  sentences: number
  claims: number
  parseMs: number
  claimsMs: number
}
const rows: Row[] = []
for (const kb of sizesKb) {
  const text = longText(kb * KB)
  let article = parseArticle({ text })
  let claims = 0
  const parseMs = cpuMs(() => (article = parseArticle({ text })))
  const claimsMs = cpuMs(() => (claims = extractClaims(article).length))
  rows.push({
    chars: text.length,
    body: article.body.length,
    sentences: article.sentences.length,
    claims,
    parseMs,
    claimsMs,
  })
  console.error(`${kb} kB: parse ${parseMs.toFixed(0)} ms, claims ${claimsMs.toFixed(0)} ms`)
}

const total = (row: Row) => row.parseMs + row.claimsMs
/** Growth exponent k in time ∝ size^k between two rows. */
const exponent = (a: Row, b: Row) => Math.log(total(b) / total(a)) / Math.log(b.chars / a.chars)

const lines = rows.map((row, i) => {
  const previous = rows[i - 1]
  const mb = row.chars / MB
  const deadline = (chars: number) =>
    DEADLINE_BASE_MS + Math.ceil((DEADLINE_MS_PER_MB * chars) / MB)
  return [
    `${(row.chars / KB).toFixed(0)} kB`,
    String(row.sentences),
    String(row.claims),
    row.parseMs.toFixed(0),
    row.claimsMs.toFixed(0),
    total(row).toFixed(0),
    (total(row) / mb).toFixed(0),
    previous ? exponent(previous, row).toFixed(2) : '',
    `${deadline(row.chars)} / ${deadline(row.body)}`,
  ]
})
const first = rows[0]
const last = rows.at(-1)
const overall = first && last && first !== last ? exponent(first, last).toFixed(2) : 'n/a'
const { machine, load } = machineNow()
const table = [
  `Run ${new Date().toISOString().slice(0, 16)}Z on ${machine}; load average ${load}; CPU ms, one run per size after a warm-up.`,
  '',
  '| input | sentences | claims | parse ms | claims ms | total ms | ms per MB | exponent vs previous | API deadlines ms (parse / claims) |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  '',
  `Growth exponent from the smallest to the largest input: ${overall} (1 is linear).`,
].join('\n')
console.log(table)
if (process.argv.includes('--record')) recordSection('parse', table)
