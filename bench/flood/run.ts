// The parse flood of apps/api/test/flood against the real server, with its figures kept, and the
// per-client rate limit probed: `pnpm exec tsx bench/flood/run.ts [--record]`.
// One server (2 parser workers, default deadline, PGlite in memory, rate limit 10 per minute);
// three clients each POST ten ~1.47 MB real-text articles to /api/compare while a fourth asks
// for the two seed articles. Then one more client sends 12 ordinary compares in a row.
import os from 'node:os'
import { startHealthy } from '../../apps/api/test/faults/server-process'
import {
  FLOOD_ARTICLES,
  FLOOD_CLIENTS,
  ordinaryCompare,
  postFrom,
  runFlood,
  type Answer,
} from '../../apps/api/test/flood/flood'
import { recordSection } from '../record'

const RATE_LIMIT = 10
const PROBES = 12
/** How long the floods' own answers are waited for. */
const FLOOD_WAIT_MS = 300_000

const server = await startHealthy('memory://', {
  PARALLAX_PARSE_WORKERS: '2',
  PARALLAX_PARSE_TIMEOUT_MS: '',
  PARALLAX_RATE_LIMIT: String(RATE_LIMIT),
})
try {
  const loadBefore = os.loadavg()[0] ?? 0
  const run = await runFlood(server.origin)
  const gaveUp = new Promise<'waiting'>((resolve) =>
    setTimeout(() => resolve('waiting'), FLOOD_WAIT_MS).unref(),
  )
  const floods = await Promise.all(run.floods.map((flood) => Promise.race([flood, gaveUp])))

  const probes: Answer[] = []
  for (let i = 0; i < PROBES; i++) {
    probes.push(await postFrom(server.origin, '/api/compare', ordinaryCompare, '127.0.0.6').answer)
  }
  const limited = probes.filter((probe) => probe.status === 429)
  const passed = probes.filter((probe) => probe.status === 200)

  const ms = (answer: Answer) => answer.ms.toFixed(0)
  const describe = (answer: Answer | 'waiting') =>
    answer === 'waiting'
      ? `no answer after ${FLOOD_WAIT_MS / 1000} s`
      : `${answer.status}${answer.code ? ` ${answer.code}` : ''} after ${ms(answer)} ms`
  const mb = `${(run.bodyBytes / 1e6).toFixed(1)} MB`
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0
  const cpu = `${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, Node ${process.version}`
  const table = [
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${cpu}; load average before ${loadBefore.toFixed(1)}; ${FLOOD_CLIENTS} flood clients × ${FLOOD_ARTICLES} articles, body ${mb} each.`,
    '',
    '| request | answer |',
    '| --- | --- |',
    `| two seed articles, fourth client, idle server | ${describe(run.quiet)} |`,
    `| the same during the flood (target: under 3000 ms) | ${describe(run.duringFlood)} |`,
    `| ratio, during the flood / idle | ${(run.duringFlood.ms / run.quiet.ms).toFixed(1)} |`,
    ...floods.map((flood, i) => `| flood ${i + 1} (${mb} body) | ${describe(flood)} |`),
    `| rate limit ${RATE_LIMIT}/min, ${PROBES} compares in a row from one more client | ${passed.length} × 200 (median ${median(passed.map((p) => p.ms)).toFixed(0)} ms), ${limited.length} × 429 (median ${median(limited.map((p) => p.ms)).toFixed(0)} ms, Retry-After ${limited[0]?.retryAfter ?? '-'} s) |`,
  ].join('\n')
  console.log(table)
  if (process.argv.includes('--record')) recordSection('flood', table)
} finally {
  await server.kill()
}
