// Stops and starts a running test PostgreSQL server in place (same data folder, port and socket
// folder), to take the database away from a running API and give it back.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { findPostgresBin } from '../../../../packages/store/test/pg-server'

const run = promisify(execFile)

export interface PostgresControl {
  stop(): Promise<void>
  start(): Promise<void>
}

/** One setting of the running server, read with psql (the api package does not depend on pg). */
async function show(bin: string, url: string, setting: string): Promise<string> {
  const { stdout } = await run(`${bin}/psql`, ['-At', '-c', `SHOW ${setting}`, url])
  return stdout.trim()
}

/** Reads where the server at `url` keeps its data and how it listens, while it is up. */
export async function controlPostgres(url: string): Promise<PostgresControl> {
  const bin = findPostgresBin()
  const dataDir = await show(bin, url, 'data_directory')
  const port = await show(bin, url, 'port')
  const socketDir = await show(bin, url, 'unix_socket_directories')
  // initdb and the server refuse root; the test helper runs them as `postgres` when root.
  const pgCtl = (args: string[]) =>
    process.getuid?.() === 0
      ? run('runuser', ['-u', 'postgres', '--', `${bin}/pg_ctl`, ...args])
      : run(`${bin}/pg_ctl`, args)
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off`
  return {
    stop: async () => void (await pgCtl(['stop', '-D', dataDir, '-m', 'fast', '-w'])),
    start: async () =>
      void (await pgCtl([
        'start',
        '-D',
        dataDir,
        '-l',
        `${socketDir}/restarted.log`,
        '-w',
        '-t',
        '30',
        '-o',
        options,
      ])),
  }
}
