// Starts a throwaway PostgreSQL server for tests: initdb into a temporary folder, pg_ctl on a free
// loopback port, removed on stop. Other packages' tests import this file by relative path.
import { execFile } from 'node:child_process'
import { chownSync, existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)
const POSTGRES_ROOT = '/usr/lib/postgresql'

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`, trust auth. */
  url: string
  stop(): Promise<void>
}

/** The newest installed PostgreSQL's bin folder; fails with the fix when there is none. */
export function findPostgresBin(): string {
  const versions = existsSync(POSTGRES_ROOT)
    ? readdirSync(POSTGRES_ROOT)
        .filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  const newest = versions[0]
  if (newest === undefined) {
    throw new Error(
      `PostgreSQL is not installed (no ${POSTGRES_ROOT}/*/bin/initdb): run \`npm test\` from the ` +
        'repository root once, which installs it (apt-get install postgresql)',
    )
  }
  return join(POSTGRES_ROOT, newest, 'bin')
}

/** A port nothing listens on now, on loopback (for servers the tests and benchmarks start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/** initdb refuses to run as root, so as root the server runs as the `postgres` user. */
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const [uid, gid] = await Promise.all([
    run('id', ['-u', 'postgres']).then((r) => Number(r.stdout.trim())),
    run('id', ['-g', 'postgres']).then((r) => Number(r.stdout.trim())),
  ]).catch(() => {
    throw new Error(
      'running as root needs a `postgres` user for initdb: apt-get install postgresql',
    )
  })
  return { uid, gid }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin()
  const user = await postgresUser()
  const dir = await mkdtemp(join(tmpdir(), 'parallax-pg-'))
  const data = join(dir, 'data')
  if (user) chownSync(dir, user.uid, user.gid)
  const as = (tool: string, args: string[]) =>
    user
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args])
      : run(join(bin, tool), args)

  await as('initdb', [
    '-D',
    data,
    '--auth=trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ])
  const port = await freePort()
  // fsync off: this server holds throwaway test data only.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`
  try {
    await as('pg_ctl', [
      'start',
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      options,
    ])
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  let stopped = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return
      stopped = true
      await as('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** A new empty database on the server, so a test file starts from an unmigrated schema. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}
