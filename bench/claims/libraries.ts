// The trial behind the claims design: `pnpm exec tsx bench/claims/libraries.ts`.
// Times one full parse of both seed articles by compromise (its whole tagger, as `nlp(text)`)
// and by wink-nlp (`readDoc` plus parts of speech and lemmas), and a single date phrase by
// compromise-dates, each the median CPU time of warm runs; then prints what compromise's
// people/organisations/places finders return on the seeds, for comparison with extractClaims.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const require = createRequire(
  fileURLToPath(new URL('../../packages/claims/package.json', import.meta.url)),
)
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
const nlp = require('compromise')
const dates = require('compromise-dates')
const winkNLP = require('wink-nlp')
const model = require('wink-eng-lite-web-model')

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const text = ['000_666e79362ecab168.txt', '004_81cbc7f277f12237.txt']
  .map((name) => readFileSync(seeds + name, 'utf8'))
  .join('\n\n')
const RUNS = 7

function cpu(fn: () => unknown): number {
  const runs: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    runs.push((used.user + used.system) / 1000)
  }
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0
}

nlp.plugin(dates)
const wink = winkNLP(model)
const its = wink.its
console.log(`seeds: ${(text.length / 1024).toFixed(1)} kB`)
console.log(`compromise nlp(text): ${cpu(() => nlp(text)).toFixed(1)} ms CPU`)
console.log(
  `wink-nlp readDoc + pos + lemma: ${cpu(() => {
    const doc = wink.readDoc(text)
    doc.tokens().out(its.pos)
    doc.tokens().out(its.lemma)
  }).toFixed(1)} ms CPU`,
)
console.log(
  `compromise-dates, one phrase ("in October"): ${cpu(() => nlp('in October').dates({ today: '2020-01-16' }).json()).toFixed(1)} ms CPU, resolves to ${JSON.stringify(nlp('in October').dates({ today: '2020-01-16' }).json()[0]?.dates?.start)}`,
)
const doc = nlp(text)
for (const [label, found] of [
  ['people', doc.people()],
  ['organisations', doc.organizations()],
  ['places', doc.places()],
]) {
  console.log(`compromise ${label}: ${found.out('array').join(' | ')}`)
}
