// Claims per second on long articles: `pnpm exec tsx bench/claims/run.ts [--record]`.
// Long articles are the two parsed seed articles laid end to end, sentence offsets shifted (the
// parser drops repeated paragraphs as boilerplate, so the copies are joined after parsing). Each
// row is the median of several warm runs, after one cold run that loads the models. `--record`
// rewrites the table between the claims markers of bench/RESULTS.md.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import os from 'node:os'
import { parseArticle } from '../../packages/article/src/index'
import type { Article, Sentence } from '../../packages/article/src/index'
import { extractClaims } from '../../packages/claims/src/index'
import { recordSection } from '../record'

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const texts = ['000_666e79362ecab168.txt', '004_81cbc7f277f12237.txt'].map((name) =>
  readFileSync(seeds + name, 'utf8'),
)
const RUNS = 7

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

interface Timing {
  cpu: number
  wall: number
}

// CPU time of this process (user + system): the machine is shared, and wall time there mostly
// measures the neighbours. Both are reported.
function once(fn: () => unknown): Timing {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  fn()
  const used = process.cpuUsage(cpu)
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall }
}

function timed(fn: () => unknown): Timing {
  const runs = Array.from({ length: RUNS }, () => once(fn))
  return { cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) }
}

const rows: string[][] = []
function row(input: string, claims: number | string, timing: Timing): void {
  const perSecond = typeof claims === 'number' ? ((claims / timing.cpu) * 1000).toFixed(0) : ''
  rows.push([input, String(claims), timing.cpu.toFixed(1), timing.wall.toFixed(1), perSecond])
}

const coldArticle = parseArticle({ text: texts[1] ?? '' })
row(
  'cold: first call, loads wink-nlp (second seed)',
  '',
  once(() => extractClaims(coldArticle)),
)

const seedArticles = texts.map((text) => parseArticle({ text }))
const seedClaims = seedArticles.reduce((n, a) => n + extractClaims(a).length, 0)
const seedKb = (seedArticles.reduce((n, a) => n + a.body.length, 0) / 1024).toFixed(0)
row(
  `both seeds (${seedKb} kB, warm)`,
  seedClaims,
  timed(() => seedArticles.forEach(extractClaims)),
)

function concatenate(copies: number): Article {
  let body = ''
  const sentences: Sentence[] = []
  for (let i = 0; i < copies; i++) {
    const part = seedArticles[i % seedArticles.length]
    if (!part) continue
    const offset = body.length
    for (const s of part.sentences) {
      sentences.push({
        ...s,
        index: sentences.length,
        start: s.start + offset,
        end: s.end + offset,
      })
    }
    body += part.body + '\n\n'
  }
  const first = seedArticles[0] as Article
  return { ...first, body, sentences, paragraphs: [{ index: 0, start: 0, end: body.length }] }
}

for (const copies of [10, 40]) {
  const article = concatenate(copies)
  const claims = extractClaims(article).length
  const size = `${(article.body.length / 1024).toFixed(0)} kB, ${article.sentences.length} sentences`
  row(
    `${copies} seed copies (${size})`,
    claims,
    timed(() => extractClaims(article)),
  )
}

// One sentence with no full stop for 30k words: an unsplit page must not make extraction quadratic.
const runOn = Array.from(
  { length: 3000 },
  () => 'the firm and NSO said “the court” was wrong',
).join(' ')
const runOnArticle: Article = {
  ...(seedArticles[0] as Article),
  body: runOn,
  paragraphs: [{ index: 0, start: 0, end: runOn.length }],
  sentences: [{ index: 0, paragraph: 0, start: 0, end: runOn.length, text: runOn }],
}
row(
  `one run-on sentence (${(runOn.length / 1024).toFixed(0)} kB)`,
  '1',
  timed(() => extractClaims(runOnArticle)),
)

const machine =
  `${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, Node ${process.version}, ` +
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${new Date().toISOString().slice(0, 10)}`
const table = [
  '| input | claims | CPU ms | wall ms | claims/s (CPU) |',
  '| --- | --: | --: | --: | --: |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  `Median of ${RUNS} runs. ${machine}.`,
].join('\n')
console.log(table)

if (process.argv.includes('--record')) {
  recordSection('claims', table)
}
