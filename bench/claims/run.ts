// Claims per second on long articles: `pnpm exec tsx bench/claims/run.ts`.
// Long articles are the two parsed seed articles laid end to end, sentence offsets shifted (the
// parser drops repeated paragraphs as boilerplate, so the copies are joined after parsing); the median of several warm runs is reported, after one cold run that loads the models.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import os from 'node:os'
import { parseArticle } from '../../packages/article/src/index'
import type { Article, Sentence } from '../../packages/article/src/index'
import { extractClaims } from '../../packages/claims/src/index'

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const texts = ['000_666e79362ecab168.txt', '004_81cbc7f277f12237.txt'].map((name) =>
  readFileSync(seeds + name, 'utf8'),
)
const RUNS = 7

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const cold = time(() => extractClaims(parseArticle({ text: texts[1] ?? '' })))
console.log(`cold first call (model load + 1 seed): ${cold.toFixed(0)} ms`)

const seedArticles = texts.map((text) => parseArticle({ text }))
const seedMs = median(
  Array.from({ length: RUNS }, () => time(() => seedArticles.forEach(extractClaims))),
)
console.log(`both seeds, warm: ${seedMs.toFixed(1)} ms (median of ${RUNS})`)

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
  return {
    ...(seedArticles[0] as Article),
    body,
    sentences,
    paragraphs: [{ index: 0, start: 0, end: body.length }],
  }
}

for (const copies of [10, 40]) {
  const article = concatenate(copies)
  const body = article.body
  const claims = extractClaims(article).length
  const ms = median(Array.from({ length: RUNS }, () => time(() => extractClaims(article))))
  console.log(
    `${copies} copies: ${(body.length / 1024).toFixed(0)} kB, ${article.sentences.length} sentences, ` +
      `${claims} claims, ${ms.toFixed(0)} ms, ${((claims / ms) * 1000).toFixed(0)} claims/s (median of ${RUNS})`,
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
const runOnMs = median(Array.from({ length: RUNS }, () => time(() => extractClaims(runOnArticle))))
console.log(
  `one run-on sentence of ${(runOn.length / 1024).toFixed(0)} kB: ${runOnMs.toFixed(0)} ms`,
)
console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, node ${process.version}`)
