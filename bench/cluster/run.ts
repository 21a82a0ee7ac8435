// Story clustering on the real-news set (../shared/eval/cluster), in-sample and with each event held
// out, checked against the set's own score.mjs; then time from 200 to 2,000 articles (the set plus
// seeded variants) and the growth exponent. `pnpm exec tsx bench/cluster/run.ts [--record]`.
import os from 'node:os'
import { parseArgs } from 'node:util'
import {
  clusterArticles,
  CLUSTER_VERSION,
  DEFAULT_COHESION,
  DEFAULT_THRESHOLD,
} from '@parallax/cluster'
import { recordSection } from '../record'
import { readEvalSet } from './eval-set'
import { writeFloor } from './floor'
import { generateArticles } from './generate'
import { scoreDefaults, scoreHeldOut } from './quality'
import { scoreClusters, type ClusterScore } from './score'
import { checkWithScoreMjs } from './score-mjs'

const { values } = parseArgs({ options: { record: { type: 'boolean' } } })
const SIZES = [200, 500, 1000, 2000]
const f = (x: number) => x.toFixed(3)
const row = (name: string, s: ClusterScore, found: string) =>
  `| ${name} | ${found} | ${f(s.pairwise.precision)} | ${f(s.pairwise.recall)} | ${f(s.pairwise.f1)} | ${f(s.bcubed.precision)} | ${f(s.bcubed.recall)} | **${f(s.bcubed.f1)}** |`

const set = readEvalSet()
const inSample = scoreDefaults(set)
const differences = checkWithScoreMjs(set, inSample.got, inSample.score)
if (differences.length > 0) {
  console.error(`score.mjs≠score.ts: ${differences.join(', ')}`)
  process.exit(1)
}
console.error('score.mjs agrees with score.ts on the in-sample clustering')
console.error('holding out each event in turn (a grid of settings per event)…')
const heldOut = scoreHeldOut(set)
const chosen = [...heldOut.chosen]
  .sort((a, b) => b[1] - a[1])
  .map(([s, n]) => `${s} (${n})`)
  .join(', ')

const all = generateArticles(set, Math.max(...SIZES))
clusterArticles(all.slice(0, SIZES[0]).map((e) => e.article)) // untimed: warms the JIT
const timings = SIZES.map((n) => {
  const part = all.slice(0, n)
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const { stories } = clusterArticles(part.map((e) => e.article))
  const used = process.cpuUsage(cpu)
  const ms = performance.now() - wall
  const of = new Map<string, string>()
  for (const s of stories) for (const a of s.articles) of.set(a.article, s.id)
  const score = scoreClusters(
    part.map((e) => e.event),
    part.map((e) => of.get(e.article.id)!),
  )
  console.error(`${n} articles: ${(ms / 1000).toFixed(1)} s`)
  return { n, ms, cpuMs: (used.user + used.system) / 1000, stories: stories.length, score }
})
// Least-squares slope of log(time) on log(n): the exponent of the growth.
const exponent = (key: 'ms' | 'cpuMs') => {
  const xs = timings.map((t) => Math.log(t.n))
  const ys = timings.map((t) => Math.log(t[key]))
  const mx = xs.reduce((a, b) => a + b) / xs.length
  const my = ys.reduce((a, b) => a + b) / ys.length
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0)
  return num / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
}

const cpus = os.cpus()
const section = [
  `Run ${new Date().toISOString().slice(0, 16)}Z on ${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'} (nproc ${os.availableParallelism()}), Node ${process.version}; cluster ${CLUSTER_VERSION}; defaults threshold ${DEFAULT_THRESHOLD}, cohesion ${DEFAULT_COHESION}.`,
  '',
  `Quality on ${set.length} articles, ${inSample.score.events} events (score.mjs gives the same figures for the in-sample row):`,
  '',
  '| clustering | stories found | pairwise P | pairwise R | pairwise F1 | B-cubed P | B-cubed R | B-cubed F1 |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  row('defaults (in-sample)', inSample.score, String(inSample.score.found)),
  row('each event held out', heldOut.score, ''),
  '',
  `Settings chosen with each event held out (threshold/cohesion, times chosen): ${chosen}; grid threshold 0.06 to 0.30 by 0.02, cohesion 0.4 to 0.8 by 0.1.`,
  '',
  'Time to cluster (parsed articles; the first 198 are the set, the rest seeded variants):',
  '',
  "| articles | wall s | CPU s | articles/s | stories | B-cubed F1 (variants' gold) |",
  '| --: | --: | --: | --: | --: | --: |',
  ...timings.map(
    (t) =>
      `| ${t.n} | ${(t.ms / 1000).toFixed(2)} | ${(t.cpuMs / 1000).toFixed(2)} | ${Math.round((t.n / t.ms) * 1000)} | ${t.stories} | ${f(t.score.bcubed.f1)} |`,
  ),
  '',
  `Growth exponent (least-squares slope of log time on log n, ${SIZES[0]} to ${SIZES.at(-1)}): wall ${exponent('ms').toFixed(2)}, CPU ${exponent('cpuMs').toFixed(2)}.`,
].join('\n')
console.log(section)
if (values.record) {
  recordSection('cluster', section)
  writeFloor(inSample.score)
}
