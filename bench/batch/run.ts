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
import { parallelCeiling } from './cores'
import { cpuSeconds, serverCpuSeconds } from './cpu'
import { batchPhases, describePhases, type Phase } from './phases'

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

/**
 * Starts a worker process and resolves once it takes jobs (its parser loaded), so start-up is not
 * measured.
 */
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

interface Run {
  seconds: number
  failures: number
  stories: number
  /** Stories whose comparison was stored. */
  compared: number
  /** The codes of comparisons that failed (under load, a comparison can pass its deadline). */
  comparisonFailures: string[]
  /** CPU seconds during the run: the worker processes (together), the database server. */
  workerCpu: number
  databaseCpu: number
  phases: Phase[]
}

/**
 * Seconds from handing the batch in to its stories being stored and compared, with `workers`
 * processes, and the CPU time each side used meanwhile.
 */
async function timeBatch(serverUrl: string, workers: number, items: BatchItemInput[]) {
  const url = await createDatabase(serverUrl, `b_${randomUUID().replaceAll('-', '')}`)
  const port = Number(new URL(url).port)
  const store = await createStore(url, { queue: { pollMs: 100 } })
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url)))
  const workerCpu = () => children.reduce((sum, child) => sum + cpuSeconds(child.pid!), 0)
  try {
    const before = { workers: workerCpu(), database: serverCpuSeconds(port) }
    const started = performance.now()
    const { id } = await store.createBatch(items)
    for (;;) {
      const batch = await store.getBatch(id)
      if (batch?.status === 'done') {
        const run: Run = {
          seconds: (performance.now() - started) / 1000,
          failures: batch.failures.length,
          stories: batch.stories.length,
          compared: batch.stories.filter((story) => story.comparison?.status === 'stored').length,
          comparisonFailures: batch.stories.flatMap(({ comparison }) =>
            comparison?.status === 'failed' ? [comparison.code] : [],
          ),
          workerCpu: workerCpu() - before.workers,
          databaseCpu: serverCpuSeconds(port) - before.database,
          phases: await batchPhases(url),
        }
        return run
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
const loadBefore = loadavg()[0]!
const rows: { workers: number; runs: Run[] }[] = [1, 2].map((workers) => ({ workers, runs: [] }))
/** Per round, what two processes of a plain CPU loop got from the cores over one (see cores.ts). */
const ceilings: number[] = []
try {
  // Alternating one and two workers, so a change in the machine's load falls on both.
  for (let round = 0; round < ROUNDS; round++) {
    ceilings.push(await parallelCeiling())
    console.error(
      `round ${round + 1}: a CPU loop in two processes: ${ceilings.at(-1)!.toFixed(2)}×`,
    )
    for (const row of rows) {
      const run = await timeBatch(server.url, row.workers, items)
      row.runs.push(run)
      console.error(
        `${row.workers} worker(s), round ${round + 1}: ${run.seconds.toFixed(1)} s, CPU ` +
          `${run.workerCpu.toFixed(1)} s workers + ${run.databaseCpu.toFixed(1)} s database, ` +
          `load ${loadavg()[0]!.toFixed(2)}; ${describePhases(run.phases)}` +
          (run.comparisonFailures.length > 0
            ? `; comparisons failed: ${run.comparisonFailures.join(', ')}`
            : ''),
      )
    }
  }
} finally {
  await server.stop()
}

/** The run of median time, so its CPU figures are those of the same run. */
const medianRun = (runs: Run[]) =>
  [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1]!
const medians = rows.map((row) => medianRun(row.runs))
const perSecond = medians.map((run) => items.length / run.seconds)
const table = [
  '| workers | batch of | seconds (median) | articles/s | CPU s, workers | CPU s, database | ' +
    'failures | stories | compared |',
  '| ------: | -------: | ---------------: | ---------: | -------------: | --------------: | ' +
    '-------: | ------: | -------: |',
  ...rows.map((row, i) => {
    const run = medians[i]!
    return (
      `| ${row.workers} | ${items.length} | ${run.seconds.toFixed(1)} | ` +
      `${perSecond[i]!.toFixed(2)} | ${run.workerCpu.toFixed(1)} | ${run.databaseCpu.toFixed(1)} | ` +
      `${run.failures} | ${run.stories} | ${run.compared} |`
    )
  }),
].join('\n')
const ratio = perSecond[1]! / perSecond[0]!
// Two cores can at best share out all the CPU the two-worker run needed: its floor in seconds.
const [one, two] = medians as [Run, Run]
const oneCpu = one.workerCpu + one.databaseCpu
const twoCpu = two.workerCpu + two.databaseCpu
const floor = twoCpu / cpus().length
const text = [
  `Recorded ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `Node ${process.version}, load average ${loadBefore.toFixed(2)} at the start and ` +
    `${loadavg()[0]!.toFixed(2)} at the end; ${ROUNDS} rounds per worker count, alternating.`,
  '',
  table,
  '',
  `Two workers: **${ratio.toFixed(2)}×** the throughput of one (target ≥ 1.7×). In the same ` +
    `rounds, a plain CPU loop in two processes got ${median(ceilings).toFixed(2)}× the throughput ` +
    `of one (median; ${ceilings.map((c) => c.toFixed(2)).join(', ')}): what the cores gave two ` +
    'processes then, and so the most two workers could have reached.',
  '',
  // Wall times move with the machine's other work; CPU seconds hardly do.
  `CPU seconds (workers and database): ${oneCpu.toFixed(1)} s for one worker's run, ` +
    `${twoCpu.toFixed(1)} s for two workers' (${(twoCpu / oneCpu).toFixed(2)}× for the same work). ` +
    `Spread over the ${cpus().length} cores with nothing else running, the two-worker run would ` +
    `take ${floor.toFixed(1)} s, against ${oneCpu.toFixed(1)} s for the one-worker run's CPU ` +
    `seconds back to back: ${(oneCpu / floor).toFixed(2)}×.`,
  '',
  'Phases of the median runs (kind ×jobs, first start–last end after hand-in, time busy):',
  '',
  ...rows.map((row, i) => `- ${row.workers} worker(s): ${describePhases(medians[i]!.phases)}`),
].join('\n')
console.log(text)
if (process.argv.includes('--record')) recordSection('batch', text)
