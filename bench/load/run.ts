// Sustained mixed load on the API over loopback, on PGlite and then on PostgreSQL with two API
// instances sharing it: zero errors, latency percentiles, and resident memory after the run against
// memory after warm-up (a leak shows as growth). Usage, from the repository root:
//   pnpm exec tsx bench/load/run.ts                   60 s per backend, print the table
//   pnpm exec tsx bench/load/run.ts --duration 10     a shorter smoke run (or LOAD_DURATION=10)
//   pnpm exec tsx bench/load/run.ts --record          and rewrite the load table in RESULTS.md
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import autocannon, { type Request } from 'autocannon'
import { createDatabase, startPostgres } from '../../packages/store/test/pg-server'
import { prepareStories, requestMix } from './mix'
import { recordSection } from '../record'
import { PARSE_TIMEOUT_MS, startApi, type ApiServer } from './servers'

const { values } = parseArgs({
  options: {
    duration: { type: 'string' },
    warmup: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
})
const DURATION_S = Number(values.duration ?? process.env.LOAD_DURATION ?? 60)
const WARMUP_S = Number(values.warmup ?? Math.min(15, Math.max(3, Math.round(DURATION_S / 4))))
const CONNECTIONS = 10
/** Largest growth of resident memory from after warm-up to after the run before it counts as a leak. */
const RSS_TOLERANCE = 0.2

interface Row {
  name: string
  requests: number
  perSecond: number
  p50: number
  p99: number
  max: number
  errors: number
  non2xx: number
  rss: { warm: number; after: number }[]
}

async function load(servers: ApiServer[], seconds: number, mix: Request[]) {
  return autocannon({
    url: servers.map((server) => server.origin),
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 60,
    requests: mix,
  })
}

/** Warm-up, memory, the measured run, memory again. */
async function measure(name: string, servers: ApiServer[]): Promise<Row> {
  const [first] = servers
  if (first === undefined) throw new Error('no server')
  const mix = requestMix(await prepareStories(first.origin))
  process.stderr.write(`${name}: warm-up ${WARMUP_S} s\n`)
  await load(servers, WARMUP_S, mix)
  await sleep(1000)
  const warm = servers.map((server) => server.rssMb())
  process.stderr.write(`${name}: load ${DURATION_S} s\n`)
  const result = await load(servers, DURATION_S, mix)
  await sleep(1000)
  const after = servers.map((server) => server.rssMb())
  return {
    name,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rss: warm.map((value, index) => ({ warm: value, after: after[index] ?? 0 })),
  }
}

function passes(row: Row): boolean {
  const steady = row.rss.every(({ warm, after }) => after <= warm * (1 + RSS_TOLERANCE))
  return row.errors === 0 && row.non2xx === 0 && steady
}

function render(rows: Row[], loadBefore: number[]): string {
  const mb = (value: number) => value.toFixed(0)
  const growth = ({ warm, after }: { warm: number; after: number }) =>
    `${after >= warm ? '+' : ''}${(((after - warm) / warm) * 100).toFixed(1)}%`
  return [
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${availableParallelism()} x ` +
      `${cpus()[0]?.model ?? 'unknown CPU'} (nproc ${availableParallelism()}), Node ${process.version}; ` +
      `${CONNECTIONS} connections, ${WARMUP_S} s warm-up then ${DURATION_S} s per backend, loopback, ` +
      `parse deadline ${PARSE_TIMEOUT_MS} ms; ` +
      `load average before: ${loadBefore.map((value) => value.toFixed(1)).join(' ')}.`,
    '',
    '| backend | requests | requests/s | p50 ms | p99 ms | max ms | errors | non-2xx | RSS after warm-up → after run (MB) | verdict |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows
      .map((row) =>
        [
          row.name,
          row.requests,
          row.perSecond.toFixed(1),
          row.p50,
          row.p99,
          row.max,
          row.errors,
          row.non2xx,
          row.rss.map((rss) => `${mb(rss.warm)} → ${mb(rss.after)} (${growth(rss)})`).join('; '),
          passes(row) ? 'pass' : 'FAIL',
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ].join('\n')
}

async function onPglite(): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-load-'))
  const server = await startApi(`file://${dir}`)
  try {
    return await measure('PGlite (data folder), 1 API', [server])
  } finally {
    await server.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

async function onPostgres(): Promise<Row> {
  const postgres = await startPostgres()
  const servers: ApiServer[] = []
  try {
    const url = await createDatabase(postgres.url, 'load')
    // One after the other: the first migrates, the second finds the schema in place.
    servers.push(await startApi(url))
    servers.push(await startApi(url))
    return await measure('PostgreSQL, 2 APIs sharing it', servers)
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
    await postgres.stop()
  }
}

const loadBefore = loadavg()
// Bounded in time whatever happens: a stuck start or run ends the process.
const watchdog = setTimeout(
  () => {
    process.stderr.write('load: over its time budget; stopping\n')
    process.exit(2)
  },
  (2 * (WARMUP_S + DURATION_S) + 600) * 1000,
)
const rows = [await onPglite(), await onPostgres()]
clearTimeout(watchdog)
const table = render(rows, loadBefore)
process.stdout.write(`${table}\n`)
if (values.record) recordSection('load', table)
if (!rows.every(passes)) process.exitCode = 1
