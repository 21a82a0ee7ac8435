// Load on the running API over loopback: autocannon against a real server process, beside a bare
// Hono route in its own process, in the same run. Usage (from the repository root):
//   pnpm exec tsx bench/api/run.ts             print the table
//   pnpm exec tsx bench/api/run.ts --record    and rewrite this benchmark's table in RESULTS.md
//   pnpm exec tsx bench/api/run.ts --record=api-before   or another section of RESULTS.md
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { freePort } from '../../packages/store/test/pg-server'
import { recordSection } from '../record'

const ROOT = new URL('../../', import.meta.url)
const SEEDS = new URL('../shared/seeds/', ROOT)
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = 10
const BARE_COMPARISON = 'bare Hono route, the comparison bytes'
const CACHED_COMPARISON = 'GET cached comparison'

interface Scenario {
  name: string
  url: string
  method?: 'GET' | 'POST'
  body?: string
}

interface Row {
  name: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

function start(script: string, port: number, ready: RegExp, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(script, ROOT).pathname], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise<ChildProcess>((resolve, reject) => {
    let output = ''
    let up = false
    // Request log lines would fill the pipe: keep reading, but keep nothing once it is up.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (up) return
      output += chunk.toString()
      if (ready.test(output)) {
        up = true
        resolve(child)
      }
    })
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)))
  })
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

function post(url: string, body: unknown): Promise<unknown> {
  return json(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function measure(scenario: Scenario): Promise<Row> {
  const result = await autocannon({
    url: scenario.url,
    method: scenario.method ?? 'GET',
    connections: CONNECTIONS,
    duration: DURATION_S,
    ...(scenario.body === undefined
      ? {}
      : { body: scenario.body, headers: { 'content-type': 'application/json' } }),
  })
  return {
    name: scenario.name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

const loadBefore = loadavg()
const seeds = ['000_666e79362ecab168.txt', '004_81cbc7f277f12237.txt'].map((name) =>
  readFileSync(new URL(name, SEEDS), 'utf8'),
)
const [apiPort, barePort] = [await freePort(), await freePort()]
const children: ChildProcess[] = []
const scratch = mkdtempSync(join(tmpdir(), 'parallax-bench-api-'))
try {
  children.push(
    await start('apps/api/src/server.ts', apiPort, /listening on/, {
      DATABASE_URL: 'memory://',
      PARALLAX_WEB_ROOT: '/nonexistent',
      // Every connection comes from one address; the per-client rate limit would turn it away.
      PARALLAX_RATE_LIMIT: '0',
    }),
  )
  const api = `http://127.0.0.1:${apiPort}`
  const story = (await post(`${api}/api/stories`, { title: 'Amnesty v. NSO' })) as { id: string }
  for (const [index, text] of seeds.entries()) {
    await post(`${api}/api/stories/${story.id}/articles`, { text, outlet: `Outlet ${index + 1}` })
  }
  // The bare server answers the very bytes of the cached comparison, so the two rows differ only
  // in what the API does to produce them.
  const comparisonBytes = await (await fetch(`${api}/api/stories/${story.id}/comparison`)).text()
  const bodyFile = join(scratch, 'comparison.json')
  writeFileSync(bodyFile, comparisonBytes)
  children.push(
    await start('bench/api/bare-server.ts', barePort, /bare: listening/, {
      BARE_BODY_FILE: bodyFile,
    }),
  )
  const compareBody = JSON.stringify({ articles: seeds.map((text) => ({ text })) })
  await post(`${api}/api/compare`, JSON.parse(compareBody))

  const scenarios: Scenario[] = [
    { name: 'bare Hono route', url: `http://127.0.0.1:${barePort}/bare` },
    {
      name: BARE_COMPARISON,
      url: `http://127.0.0.1:${barePort}/bare-comparison`,
    },
    { name: 'GET /healthz', url: `${api}/healthz` },
    { name: CACHED_COMPARISON, url: `${api}/api/stories/${story.id}/comparison` },
    {
      name: 'POST /api/compare (seed story)',
      url: `${api}/api/compare`,
      method: 'POST',
      body: compareBody,
    },
  ]
  const rows: Row[] = []
  for (const scenario of scenarios) {
    rows.push(await measure(scenario))
    process.stderr.write(`done: ${scenario.name}\n`)
  }
  const table = render(rows, comparisonBytes.length)
  process.stdout.write(`${table}\n`)
  const flag = process.argv.find((arg) => arg === '--record' || arg.startsWith('--record='))
  if (flag !== undefined) recordSection(flag.split('=')[1] ?? 'api', table)
} finally {
  for (const child of children) child.kill('SIGTERM')
  rmSync(scratch, { recursive: true, force: true })
}

function render(rows: Row[], comparisonSize: number): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  const load = loadBefore.map((value) => value.toFixed(1)).join(' ')
  const lines = [
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${cpus().length} x ${cpu}, Node ${process.version}; ` +
      `${CONNECTIONS} connections, ${DURATION_S} s per scenario, loopback; load average before: ${load}.`,
    '',
    '| scenario | requests/s | p50 ms | p99 ms | errors | non-2xx |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} |`,
    ),
  ]
  const rate = (name: string) => rows.find((row) => row.name === name)?.requestsPerSecond ?? NaN
  const ratio = rate(CACHED_COMPARISON) / rate(BARE_COMPARISON)
  lines.push(
    '',
    `Cached comparison (${comparisonSize} bytes) against the bare route answering the same bytes: ` +
      `${(ratio * 100).toFixed(1)}%.`,
  )
  return lines.join('\n')
}
