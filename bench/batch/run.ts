// Batch throughput on a PostgreSQL server: the clustering set's real articles handed in as one
// batch, worked by one `parallax worker` process, then by two, in the same run. Usage (from the
// repository root):
//   pnpm exec tsx bench/batch/run.ts             print the table
//   pnpm exec tsx bench/batch/run.ts --record    and rewrite this benchmark's part of RESULTS.md
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { createStore, type BatchItemInput } from '../../packages/store/src/index'
import { createDatabase, startPostgres } from '../../packages/store/test/pg-server'
import { recordSection } from '../record'

const ROOT = new URL('../../', import.meta.url)
const ARTICLES = new URL('../shared/eval/cluster/articles/', ROOT)
const CLI = fileURLToPath(new URL('apps/cli/src/index.ts', ROOT))
/** Rounds per worker count; the median is reported. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

function readItems(): BatchItemInput[] {
  const encoder = new TextEncoder()
  return readdirSync(ARTICLES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      kind: 'text',
      content: encoder.encode(readFileSync(new URL(file, ARTICLES), 'utf8')),
    }))
}

/** Starts a worker process and resolves once it takes jobs, so start-up is not measured. */
function startWorker(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('worker taking batch jobs')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${output}`)))
  })
}

async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Seconds from handing the batch in to its stories being stored, with `workers` processes. */
async function timeBatch(serverUrl: string, workers: number, items: BatchItemInput[]) {
  const url = await createDatabase(serverUrl, `b_${randomUUID().replaceAll('-', '')}`)
  const store = await createStore(url, { queue: { pollMs: 100 } })
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url)))
  try {
    const started = performance.now()
    const { id } = await store.createBatch(items)
    for (;;) {
      const batch = await store.getBatch(id)
      if (batch?.status === 'done') {
        const seconds = (performance.now() - started) / 1000
        return { seconds, failures: batch.failures.length, stories: batch.stories.length }
      }
      await sleep(100)
    }
  } finally {
    await Promise.all(children.map(stopWorker))
    await store.close()
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const items = readItems()
const server = await startPostgres()
const rows: { workers: number; seconds: number[]; failures: number; stories: number }[] = []
try {
  for (const workers of [1, 2]) rows.push({ workers, seconds: [], failures: 0, stories: 0 })
  // Alternating one and two workers, so a change in the machine's load falls on both.
  for (let round = 0; round < ROUNDS; round++) {
    for (const row of rows) {
      const result = await timeBatch(server.url, row.workers, items)
      row.seconds.push(result.seconds)
      row.failures = result.failures
      row.stories = result.stories
      console.error(`${row.workers} worker(s), round ${round + 1}: ${result.seconds.toFixed(1)} s`)
    }
  }
} finally {
  await server.stop()
}

const perSecond = rows.map((row) => items.length / median(row.seconds))
const table = [
  '| workers | batch of | seconds (median) | articles/s | failures | stories |',
  '| ------: | -------: | ---------------: | ---------: | -------: | ------: |',
  ...rows.map(
    (row, i) =>
      `| ${row.workers} | ${items.length} | ${median(row.seconds).toFixed(1)} | ` +
      `${perSecond[i]!.toFixed(2)} | ${row.failures} | ${row.stories} |`,
  ),
].join('\n')
const ratio = perSecond[1]! / perSecond[0]!
const text = [
  `Recorded ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at the end; ` +
    `${ROUNDS} rounds per worker count, alternating.`,
  '',
  table,
  '',
  `Two workers: **${ratio.toFixed(2)}×** the throughput of one (target ≥ 1.7×).`,
].join('\n')
console.log(text)
if (process.argv.includes('--record')) recordSection('batch', text)
