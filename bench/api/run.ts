// Load on the running API over loopback: autocannon against a real server process, beside a bare
// Hono route in its own process, in the same run. Usage (from the repository root):
//   pnpm exec tsx bench/api/run.ts             print the table
//   pnpm exec tsx bench/api/run.ts --record    and rewrite this benchmark's table in RESULTS.md
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import autocannon from 'autocannon'
import { freePort } from '../../packages/store/test/pg-server'
import { recordSection } from '../record'

const ROOT = new URL('../../', import.meta.url)
const SEEDS = new URL('../shared/seeds/', ROOT)
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = 10

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
try {
  children.push(
    await start('apps/api/src/server.ts', apiPort, /listening on/, {
      DATABASE_URL: 'memory://',
      PARALLAX_WEB_ROOT: '/nonexistent',
      // Every connection comes from one address; the per-client rate limit would turn it away.
      PARALLAX_RATE_LIMIT: '0',
    }),
  )
  children.push(await start('bench/api/bare-server.ts', barePort, /bare: listening/))
  const api = `http://127.0.0.1:${apiPort}`
  const story = (await post(`${api}/api/stories`, { title: 'Amnesty v. NSO' })) as { id: string }
  for (const [index, text] of seeds.entries()) {
    await post(`${api}/api/stories/${story.id}/articles`, { text, outlet: `Outlet ${index + 1}` })
  }
  await json(`${api}/api/stories/${story.id}/comparison`)
  const compareBody = JSON.stringify({ articles: seeds.map((text) => ({ text })) })
  await post(`${api}/api/compare`, JSON.parse(compareBody))

  const scenarios: Scenario[] = [
    { name: 'bare Hono route', url: `http://127.0.0.1:${barePort}/bare` },
    { name: 'GET /healthz', url: `${api}/healthz` },
    { name: 'GET cached comparison', url: `${api}/api/stories/${story.id}/comparison` },
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
  const table = render(rows)
  process.stdout.write(`${table}\n`)
  if (process.argv.includes('--record')) record(table)
} finally {
  for (const child of children) child.kill('SIGTERM')
}

function render(rows: Row[]): string {
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
  return lines.join('\n')
}

function record(table: string): void {
  recordSection('api', table)
}
