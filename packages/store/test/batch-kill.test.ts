import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { afterAll, expect, inject, it } from 'vitest'
import { createStore } from '../src/index'
import { itemText, textItem, whenDone } from './batch-handlers'
import { createDatabase } from './pg-server'

const QUICK_LEASE = { leaseSeconds: 2, maintenanceSeconds: 1, pollMs: 50 }
const WORKER = join(import.meta.dirname, 'batch-worker.ts')
const children: ChildProcess[] = []
afterAll(() => children.forEach((child) => child.kill('SIGKILL')))

/** Starts a worker process; `started` collects the items it took, by text. */
function startWorker(url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, url, '300'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const started: string[] = []
  const exited = new Promise((resolve) => child.once('exit', resolve))
  let onStart = () => {}
  const firstStart = new Promise<void>((resolve) => (onStart = resolve))
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('start ')) return
    started.push(line.slice('start '.length))
    onStart()
  })
  return { child, started, exited, firstStart }
}

it(
  'finishes a batch, each item once, after a worker is killed with SIGKILL mid-job',
  { timeout: 120_000 },
  async () => {
    const url = await createDatabase(inject('postgresUrl'), `k_${randomUUID().replaceAll('-', '')}`)
    // Leases are stamped on jobs by the process that queues them: this one.
    const store = await createStore(url, { queue: QUICK_LEASE })
    try {
      const texts = Array.from({ length: 16 }, (_, n) => itemText(['alpha', 'beta'][n % 2]!, n))
      const { id } = await store.createBatch(texts.map(textItem))
      const doomed = startWorker(url)
      await doomed.firstStart
      // Mid-job: the parse of the item just taken takes 300 ms and has not been recorded.
      doomed.child.kill('SIGKILL')
      await doomed.exited
      const killedOn = doomed.started.at(-1)!
      const survivor = startWorker(url)

      const batch = await whenDone(store, id, 90_000)
      expect(batch.failures).toEqual([])
      expect(batch.done).toBe(16)
      expect(batch.stories.map((story) => story.items)).toEqual([
        [0, 2, 4, 6, 8, 10, 12, 14],
        [1, 3, 5, 7, 9, 11, 13, 15],
      ])
      // The killed worker's item was taken again after its lease ran out.
      expect(survivor.started).toContain(killedOn)
      // Nothing twice: one story per group, one article per item, in the whole database.
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        const counts = await client.query<{ stories: number; articles: number }>(
          `SELECT (SELECT count(*) FROM stories)::int AS stories,
                  (SELECT count(*) FROM articles)::int AS articles`,
        )
        expect(counts.rows[0]).toEqual({ stories: 2, articles: 16 })
      } finally {
        await client.end()
      }
      survivor.child.kill('SIGKILL')
    } finally {
      await store.close()
    }
  },
)
