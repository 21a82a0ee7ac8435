import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { afterAll, expect, inject, it } from 'vitest'
import { createStore, type Batch } from '../src/index'
import { itemText, textItem, whenDone } from './batch-handlers'
import { createDatabase } from './pg-server'

const QUICK_LEASE = { leaseSeconds: 2, maintenanceSeconds: 1, pollMs: 50 }
const WORKER = join(import.meta.dirname, 'batch-worker.ts')
const children: ChildProcess[] = []
afterAll(() => children.forEach((child) => child.kill('SIGKILL')))

type Kind = 'start' | 'compare'

/** Starts a worker process; `taken` collects the items (by text) and stories (by id) it took. */
function startWorker(url: string, delays: { parse: number; compare: number }) {
  const args = [url, String(delays.parse), String(delays.compare)]
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const taken: Record<Kind, string[]> = { start: [], compare: [] }
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const first: Partial<Record<Kind, () => void>> = {}
  const firstOf = (kind: Kind) => new Promise<void>((resolve) => (first[kind] = resolve))
  const firstTaken = { start: firstOf('start'), compare: firstOf('compare') }
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [kind, ...rest] = line.split(' ') as [Kind, ...string[]]
    if (!(kind in taken)) return
    taken[kind].push(rest.join(' '))
    first[kind]?.()
  })
  return { child, taken, exited, firstTaken }
}

/**
 * Hands in 16 items of two topics, kills the first worker with SIGKILL as soon as it takes its
 * first job of `kind` (which then takes `delays` ms, so it is mid-job), lets a second worker finish,
 * and checks nothing was lost or done twice.
 */
async function killMidJob(kind: Kind, delays: { parse: number; compare: number }) {
  const url = await createDatabase(inject('postgresUrl'), `k_${randomUUID().replaceAll('-', '')}`)
  // Leases are stamped on jobs by the process that queues them: this one.
  const store = await createStore(url, { queue: QUICK_LEASE })
  try {
    const texts = Array.from({ length: 16 }, (_, n) => itemText(['alpha', 'beta'][n % 2]!, n))
    const { id } = await store.createBatch(texts.map(textItem))
    const doomed = startWorker(url, delays)
    await doomed.firstTaken[kind]
    doomed.child.kill('SIGKILL')
    await doomed.exited
    const killedOn = doomed.taken[kind].at(-1)!
    const survivor = startWorker(url, delays)

    const batch: Batch = await whenDone(store, id, 90_000)
    expect(batch.failures).toEqual([])
    expect(batch.done).toBe(16)
    expect(batch.stories.map(({ items, comparison }) => ({ items, comparison }))).toEqual([
      { items: [0, 2, 4, 6, 8, 10, 12, 14], comparison: { status: 'stored' } },
      { items: [1, 3, 5, 7, 9, 11, 13, 15], comparison: { status: 'stored' } },
    ])
    // The killed worker's job was taken again after its lease ran out.
    expect(survivor.taken[kind]).toContain(killedOn)
    // Nothing twice: one story per group, one article per item, one comparison per story.
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const counts = await client.query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM stories)::int AS stories,
                (SELECT count(*) FROM articles)::int AS articles,
                (SELECT count(*) FROM comparisons)::int AS comparisons`,
      )
      expect(counts.rows[0]).toEqual({ stories: 2, articles: 16, comparisons: 2 })
    } finally {
      await client.end()
    }
    survivor.child.kill('SIGKILL')
  } finally {
    await store.close()
  }
}

it(
  'finishes a batch, each item once, after a worker is killed with SIGKILL mid-parse',
  { timeout: 120_000 },
  () => killMidJob('start', { parse: 300, compare: 0 }),
)

it(
  'finishes a batch, each story compared once, after a worker is killed with SIGKILL mid-comparison',
  { timeout: 120_000 },
  () => killMidJob('compare', { parse: 0, compare: 1_000 }),
)
