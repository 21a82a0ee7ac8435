// The real API server as a child process (`node --import tsx src/server.ts`), for tests that kill,
// signal or starve it the way an operator's machine would.
import { spawn, type ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort } from '../../../../packages/store/test/pg-server'

const SERVER = new URL('../../src/server.ts', import.meta.url).pathname

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ServerProcess {
  child: ChildProcess
  pid: number
  origin: string
  /** Everything the server wrote to stderr so far (its log and any crash). */
  output(): string
  /** Resolves once stderr matches, rejects if the process exits first or `timeoutMs` passes. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>
  exited: Promise<Exit>
  /** Sends SIGKILL if it still runs and waits for the exit. */
  kill(): Promise<Exit>
}

/** Starts the server on a free loopback port; does not wait for it (see `startHealthy`). */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      PARALLAX_WEB_ROOT: '/nonexistent',
      // The machine running the suite may be busy; a parse deadline is not what these tests test.
      PARALLAX_PARSE_TIMEOUT_MS: '30000',
      // Each restart warms every worker; one is enough for small writes and halves start-up CPU.
      PARALLAX_PARSE_WORKERS: '1',
      // These tests send more parsing requests from one address than a person would.
      PARALLAX_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  const listeners = new Set<() => void>()
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    for (const listener of listeners) listener()
  })
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const waitForOutput = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output)) return
        done()
        resolve()
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`no ${pattern} from the server in ${timeoutMs} ms: ${output}`))
      }, timeoutMs)
      const done = () => {
        clearTimeout(timer)
        listeners.delete(check)
      }
      listeners.add(check)
      void exited.then((exit) => {
        // The last output may arrive just before the exit event: check it once more.
        check()
        if (!listeners.has(check)) return
        done()
        reject(new Error(`the server exited (${exit.code ?? exit.signal}) first: ${output}`))
      })
      check()
    })
  return {
    child,
    pid: child.pid ?? 0,
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    waitForOutput,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      return exited
    },
  }
}

/** Starts the server and waits until /readyz answers 200: the store and a parser worker are up. */
export async function startHealthy(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const server = await startServer(databaseUrl, env)
  try {
    await server.waitForOutput(/listening on/)
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const status = await fetch(`${server.origin}/readyz`).then(
        (response) => response.status,
        () => 0,
      )
      if (status === 200) return server
      await sleep(50)
    }
    throw new Error(`/readyz did not answer 200 within 60 s: ${server.output()}`)
  } catch (error) {
    await server.kill()
    throw error
  }
}

export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}
