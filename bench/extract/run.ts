// Extraction quality and speed on the article-extraction-benchmark's 181 pages: plain
// Readability, plain defuddle and parseArticle side by side, in one run on one machine.
// Usage: pnpm exec tsx bench/extract/run.ts [--record] [--limit N] [--worst N] [--only a,b]
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { parseArticle } from '../../packages/article/src/index'
import { recordSection } from '../record'
import { countPage, scorePages, type PageCounts } from './score'
import type * as Linkedom from 'linkedom'
import type * as ReadabilityModule from '@mozilla/readability'
import type DefuddleClass from 'defuddle'

// The extractors are dependencies of packages/article; resolve them from there.
const requireFromArticle = createRequire(
  fileURLToPath(new URL('../../packages/article/package.json', import.meta.url)),
)
const { parseHTML } = requireFromArticle('linkedom') as typeof Linkedom
const { Readability } = requireFromArticle('@mozilla/readability') as typeof ReadabilityModule
// defuddle's CommonJS build exports the class itself.
const Defuddle = requireFromArticle('defuddle') as typeof DefuddleClass

const dataDir = fileURLToPath(
  new URL('../../../shared/bench/article-extraction-benchmark/', import.meta.url),
)

type Extractor = { name: string; extract: (html: string, url: string) => string }

const extractors: Extractor[] = [
  {
    name: 'readability',
    extract: (html) => {
      const { document } = parseHTML(html)
      return new Readability(document).parse()?.textContent ?? ''
    },
  },
  {
    name: 'defuddle',
    extract: (html, url) => {
      const { document } = parseHTML(html)
      const content = new Defuddle(document, { url, useAsync: false }).parse().content
      const page = parseHTML(`<!doctype html><html><body>${content}</body></html>`)
      return page.document.body.textContent ?? ''
    },
  },
  {
    name: 'parallax',
    extract: (html, url) => {
      try {
        return parseArticle({ html, url }).body
      } catch {
        return ''
      }
    },
  },
]

interface Row {
  name: string
  pages: PageCounts[]
  ms: number[]
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

const WARM_UP_PAGES = 5

function machine(): string {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU'
  return `${availableParallelism()} x ${model.trim()}, Node ${process.version}`
}

function main(): void {
  const truth = JSON.parse(readFileSync(`${dataDir}ground-truth.json`, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >
  const limit = Number(argValue('--limit') ?? Infinity)
  const only = argValue('--only')
  const worst = Number(argValue('--worst') ?? 0)
  const ids = readdirSync(`${dataDir}html`)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace('.html.gz', ''))
    .filter((id) => id in truth)
    .sort()
    .slice(0, limit)
  const active = extractors.filter((e) => !only || only.split(',').includes(e.name))
  const rows: Row[] = active.map((e) => ({ name: e.name, pages: [], ms: [] }))
  const perPage: { id: string; f: number[] }[] = []

  const readPage = (id: string) =>
    new TextDecoder().decode(gunzipSync(readFileSync(`${dataDir}html/${id}.html.gz`)))
  // Let the JIT see every extractor before any page is timed.
  for (const id of ids.slice(0, WARM_UP_PAGES)) {
    for (const extractor of active) extractor.extract(readPage(id), truth[id]!.url)
  }

  for (const id of ids) {
    const html = readPage(id)
    const { articleBody, url } = truth[id]!
    const fs: number[] = []
    active.forEach((extractor, i) => {
      const started = process.hrtime.bigint()
      const text = extractor.extract(html, url)
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6
      const counts = countPage(articleBody, text)
      rows[i]!.pages.push(counts)
      rows[i]!.ms.push(elapsed)
      fs.push(counts.tp === 0 ? 0 : (2 * counts.tp) / (2 * counts.tp + counts.fp + counts.fn))
    })
    perPage.push({ id, f: fs })
  }

  const lines = [
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${machine()}; ${ids.length} pages, one after another.`,
    '',
    '| extractor | precision | recall | F1 | ms/page median | ms/page p95 |',
    '|---|---|---|---|---|---|',
  ]
  for (const row of rows) {
    const s = scorePages(row.pages)
    const cells = [s.precision, s.recall, s.f1].map((v) => v.toFixed(3))
    const times = [percentile(row.ms, 50), percentile(row.ms, 95)].map((v) => v.toFixed(1))
    lines.push(`| ${row.name} | ${cells.join(' | ')} | ${times.join(' | ')} |`)
  }
  console.log(lines.join('\n'))
  if (process.argv.includes('--record')) recordSection('extract', lines.join('\n'))
  if (worst > 0) {
    const last = active.length - 1
    const sorted = [...perPage].sort((a, b) => a.f[last]! - b.f[last]!).slice(0, worst)
    for (const p of sorted) console.log(p.id, p.f.map((f) => f.toFixed(3)).join(' '))
  }
}

main()
