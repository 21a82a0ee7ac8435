// API server processes for the load run: started on loopback, read for memory, stopped.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort } from '../../packages/store/test/pg-server'

const SERVER = new URL('../../apps/api/src/server.ts', import.meta.url).pathname
/**
 * The parse deadline guards against hostile input; on a shared, busy machine an ordinary article
 * can take longer than the 1.5 s default in wall time, which would count as an error here.
 */
export const PARSE_TIMEOUT_MS = process.env.PARALLAX_PARSE_TIMEOUT_MS ?? '10000'

export interface ApiServer {
  child: ChildProcess
  origin: string
  /** Resident memory of the process (main thread and its parse workers), in MB. */
  rssMb(): number
  stop(): Promise<void>
}

function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kb) / 1024
}

/** Starts the API on a free loopback port and waits until /healthz answers. */
export async function startApi(databaseUrl: string): Promise<ApiServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      PARALLAX_WEB_ROOT: '/nonexistent',
      PARALLAX_PARSE_TIMEOUT_MS: PARSE_TIMEOUT_MS,
      // Every connection comes from one address; the per-client rate limit would turn it away.
      PARALLAX_RATE_LIMIT: '0',
    },
    // The request log is one line per request: drained, not kept.
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    if (output.length < 20_000) output += chunk.toString()
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited at start: ${output}`)
    if (Date.now() > deadline) throw new Error(`the API did not answer in 120 s: ${output}`)
    const status = await fetch(`${origin}/healthz`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) break
    await sleep(100)
  }
  return {
    child,
    origin,
    rssMb: () => readRssMb(child.pid ?? 0),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
