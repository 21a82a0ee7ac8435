// The API server as a child process, so what is measured is what a client on the network sees:
// the HTTP server reading bodies, the worker pool with its real deadline and heap cap.
import { spawn, type ChildProcess } from 'node:child_process'

const SERVER = new URL('../../src/server.ts', import.meta.url).pathname

export interface RunningServer {
  origin: string
  stop(): Promise<void>
}

/** Starts the server with its default limits on an in-memory store and a free loopback port. */
export async function startServer(timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: 'memory://',
      PARALLAX_WEB_ROOT: '/nonexistent',
      // These tests send more parsing requests from one address than a person would.
      PARALLAX_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const origin = await listeningOrigin(child, timeoutMs)
  return {
    origin,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(force)
    },
  }
}

function listeningOrigin(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(`did not listen within ${timeoutMs} ms`), timeoutMs)
    const fail = (why: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`the API server ${why}: ${output}`))
    }
    child.once('exit', (code) => fail(`exited with ${code}`))
    let listening = false
    // Read to the end even once listening, so the server never blocks on a full stderr pipe.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (listening) return
      output += chunk.toString()
      const origin = /listening on (http:\/\/[\d.]+:\d+)/.exec(output)?.[1]
      if (origin === undefined) return
      listening = true
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolve(origin)
    })
  })
}
