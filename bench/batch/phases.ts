// Where a batch's time went, from the queue's own record of its jobs: per kind of job, how many,
// when the first started and the last ended (seconds after the batch was handed in), and the
// seconds they ran in all.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { findPostgresBin } from '../../packages/store/test/pg-server'

const run = promisify(execFile)

export interface Phase {
  /** The queue's name without its `parallax-batch-` prefix: item, stories, story. */
  kind: string
  jobs: number
  from: number
  to: number
  busy: number
}

const QUERY = `
  SELECT replace(j.name, 'parallax-batch-', ''), count(*),
    round(extract(epoch FROM min(j.started_on) - b.created_at), 2),
    round(extract(epoch FROM max(j.completed_on) - b.created_at), 2),
    round(extract(epoch FROM sum(j.completed_on - j.started_on)), 2)
  FROM pgboss.job j, batches b WHERE j.state = 'completed'
  GROUP BY j.name, b.created_at ORDER BY 3`

/** The phases of the one batch in the database at `url`. */
export async function batchPhases(url: string): Promise<Phase[]> {
  const psql = join(findPostgresBin(), 'psql')
  const { stdout } = await run(psql, [url, '--no-psqlrc', '-At', '-F', ' ', '-c', QUERY])
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      const [kind, jobs, from, to, busy] = line.split(' ')
      return {
        kind: kind!,
        jobs: Number(jobs),
        from: Number(from),
        to: Number(to),
        busy: Number(busy),
      }
    })
}

export function describePhases(phases: Phase[]): string {
  return phases
    .map(
      (p) =>
        `${p.kind} ×${p.jobs} ${p.from.toFixed(1)}–${p.to.toFixed(1)} s (${p.busy.toFixed(1)} s busy)`,
    )
    .join(', ')
}
