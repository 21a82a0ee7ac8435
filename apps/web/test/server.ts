import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

export interface RunningServer {
  url: string
  /** Everything the server wrote to stderr, for failure messages. */
  log: () => string
  stop: () => Promise<void>
}

/**
 * Starts the real API server (which serves the built web app) on a free loopback port, with an
 * in-memory store and permission to fetch from this machine's loopback address, where the tests
 * run their own page server.
 */
export async function startParallax(): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: 'memory://',
      // Every port: the page server's port is chosen at random.
      PARALLAX_ALLOW_HOSTS: '127.0.0.1:*',
      // The parse deadline guards against hostile HTML and is tested by the API; here a busy
      // two-core machine must not turn a slow parse of an ordinary article into a refusal.
      PARALLAX_PARSE_TIMEOUT_MS: '15000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 60 s')), 60_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`${error.message}\n${output}`))
    }
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => fail(new Error(`the server exited with code ${code}`)))
  })
  return { url, log: () => output, stop: () => stopChild(child) }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** Deletes every story through the API, so a test can start from an empty list. */
export async function deleteAllStories(url: string): Promise<void> {
  for (;;) {
    const response = await fetch(`${url}/api/stories?limit=100`)
    const page = (await response.json()) as { stories: { id: string }[] }
    if (page.stories.length === 0) return
    for (const story of page.stories) {
      await fetch(`${url}/api/stories/${story.id}`, { method: 'DELETE' })
    }
  }
}
