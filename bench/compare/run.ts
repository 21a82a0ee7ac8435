// End-to-end comparison time and peak memory: `pnpm exec tsx bench/compare/run.ts [--record]`.
// Stories of 2, 10, 30 and 100 articles of about 800 words are built from the compare package's
// hand-written fixture stories: each article tells a share of the fixture facts (in one outlet's
// words) and fills up with sentences of its own, as real coverage does. Each size runs in its own
// process, so its peak memory is its own; times are medians of warm runs after one cold run.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Article } from '../../packages/article/src/index'
import { extractClaims } from '../../packages/claims/src/index'
import { compareArticles } from '../../packages/compare/src/index'
import { growthExponent, recordSection } from '../record'

const STORIES = fileURLToPath(new URL('../../packages/compare/test/stories/', import.meta.url))
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const SIZES = [2, 10, 30, 100]
const WORDS = 800

/** mulberry32: a small seeded generator, so every run builds the same articles. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every fixture fact, as the sentences the three outlets wrote for it (paragraph by paragraph). */
function fixtureFacts(): string[][] {
  const facts: string[][] = []
  for (const story of readdirSync(STORIES).sort()) {
    const outlets = readdirSync(STORIES + story)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) =>
        readFileSync(`${STORIES}${story}/${f}`, 'utf8')
          .split(/\n\s*\n/)
          .slice(1),
      )
    const longest = Math.max(...outlets.map((o) => o.length))
    for (let i = 0; i < longest; i++) {
      facts.push(outlets.map((o) => o[i]?.trim()).filter((s): s is string => Boolean(s)))
    }
  }
  return facts
}

const SUBJECTS = [
  'A local trader',
  'The regional office',
  'A spokesperson',
  'One resident',
  'The union',
  'A retired engineer',
  'The school board',
  'A witness',
]
const VERBS = [
  'described',
  'questioned',
  'welcomed',
  'criticised',
  'recalled',
  'documented',
  'disputed',
  'praised',
]
const OBJECTS = [
  'the timetable',
  'the budget review',
  'the night shift',
  'the inspection report',
  'the river crossing',
  'the ferry service',
  'the market square',
  'the weekend closure',
]
const PLACES = [
  'Ashford',
  'Brookvale',
  'Carlow',
  'Dunmore',
  'Elston',
  'Farley',
  'Glenrock',
  'Hollins',
]

function buildArticle(index: number, facts: string[][]): string {
  const rand = random(index + 1)
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!
  const paragraphs: string[] = []
  let words = 0
  for (const variants of facts) {
    if (rand() < 0.5) continue
    const sentence = pick(variants)
    paragraphs.push(sentence)
    words += sentence.split(/\s+/).length
  }
  while (words < WORDS) {
    const sentence = `${pick(SUBJECTS)} in ${pick(PLACES)} ${pick(VERBS)} ${pick(OBJECTS)} on ${1 + Math.floor(rand() * 28)} May, citing ${2 + Math.floor(rand() * 500)} complaints from outlet ${index}'s readers.`
    paragraphs.splice(Math.floor(rand() * (paragraphs.length + 1)), 0, sentence)
    words += sentence.split(/\s+/).length
  }
  return `Coverage ${index}: the week in review\n\n${paragraphs.join('\n\n')}\n`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

// CPU time of this process, not wall time: the machine is shared, and under load wall time
// measures the neighbours. Wall time is reported beside it.
function timed<T>(fn: () => T): [T, number] {
  const start = process.cpuUsage()
  const result = fn()
  const used = process.cpuUsage(start)
  return [result, (used.user + used.system) / 1000]
}

function endToEnd(
  texts: string[],
  outlets: string[],
): { parse: number; claims: number; compare: number } {
  const [articles, parse] = timed(() =>
    texts.map((text, i) => parseArticle({ text, outlet: outlets[i] })),
  )
  const [claims, claimsMs] = timed(() =>
    Object.fromEntries(articles.map((a: Article) => [a.id, extractClaims(a)])),
  )
  const [, compare] = timed(() => compareArticles(articles, { claims }))
  return { parse, claims: claimsMs, compare }
}

interface Measurement {
  name: string
  articles: number
  words: number
  runs: number
  totalMs: number
  wallMs: number
  parseMs: number
  claimsMs: number
  compareMs: number
  peakRssMb: number
  baseRssMb: number
}

function measure(name: string, texts: string[]): Measurement {
  const outlets = texts.map((_, i) => `Outlet ${i + 1}`)
  endToEnd(texts, outlets) // cold: loads the language models
  const baseRssMb = process.memoryUsage().rss / 2 ** 20
  const runs = texts.length >= 100 ? 3 : texts.length >= 30 ? 5 : 9
  const walls: number[] = []
  const results = Array.from({ length: runs }, () => {
    const start = performance.now()
    const result = endToEnd(texts, outlets)
    walls.push(performance.now() - start)
    return result
  })
  const total = results.map((r) => r.parse + r.claims + r.compare)
  return {
    name,
    articles: texts.length,
    words: texts.reduce((n, t) => n + t.split(/\s+/).length, 0),
    runs,
    totalMs: median(total),
    wallMs: median(walls),
    parseMs: median(results.map((r) => r.parse)),
    claimsMs: median(results.map((r) => r.claims)),
    compareMs: median(results.map((r) => r.compare)),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb,
  }
}

function child(arg: string): Measurement {
  if (arg === 'seed') {
    const texts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(SEEDS + f, 'utf8'))
    return measure('seed story', texts)
  }
  const facts = fixtureFacts()
  const n = Number(arg)
  return measure(
    `${n} articles`,
    Array.from({ length: n }, (_, i) => buildArticle(i, facts)),
  )
}

const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
if (only) {
  process.stdout.write(JSON.stringify(child(only)))
} else {
  const self = fileURLToPath(import.meta.url)
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
  const rows: Measurement[] = []
  for (const arg of ['seed', ...SIZES.map(String)]) {
    const result = spawnSync(tsx, [self, arg], { encoding: 'utf8', maxBuffer: 1 << 24 })
    if (result.status !== 0) throw new Error(`bench ${arg} failed: ${result.stderr}`)
    rows.push(JSON.parse(result.stdout) as Measurement)
    console.error(`measured ${arg}`)
  }
  const f = (n: number) => n.toFixed(n < 10 ? 1 : 0)
  const cpu = os.cpus()
  const sized = rows.filter((r) => r.articles >= 10)
  const table = [
    '| input | words | end to end, CPU ms | wall ms | parse | claims | compare | peak RSS (MB) | RSS before runs (MB) |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.words} | ${f(r.totalMs)} | ${f(r.wallMs)} | ${f(r.parseMs)} | ${f(r.claimsMs)} | ${f(r.compareMs)} | ${f(r.peakRssMb)} | ${f(r.baseRssMb)} |`,
    ),
    '',
    `Growth from 10 to 100 articles (least-squares fit of log time on log n over 10, 30, 100): end to end n^${growthExponent(sized.map((r) => [r.articles, r.totalMs])).toFixed(2)}, compare alone n^${growthExponent(sized.map((r) => [r.articles, r.compareMs])).toFixed(2)}.`,
    '',
    `Median of warm runs (9, 5 and 3 for 10, 30 and 100 articles). ${cpu[0]?.model ?? 'unknown CPU'} ×${cpu.length}, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString().slice(0, 10)}.`,
  ].join('\n')
  console.log(table)

  if (process.argv.includes('--record')) {
    recordSection('compare', table)
  }
}
