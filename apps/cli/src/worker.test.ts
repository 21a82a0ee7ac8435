import { expect, it } from 'vitest'
import { runCli } from './cli'
import type { CliIo } from './io'

async function run(argv: string[], env: Record<string, string> = {}) {
  let stderr = ''
  const io: CliIo = { stdout: () => {}, stderr: (text) => (stderr += text), color: false, env }
  return { code: await runCli(argv, io), stderr }
}

it('refuses to work without a PostgreSQL server, naming DATABASE_URL', async () => {
  for (const env of [{}, { DATABASE_URL: 'file:///tmp/parallax' }] as Record<string, string>[]) {
    const { code, stderr } = await run(['worker'], env)
    expect(code).toBe(2)
    expect(stderr).toContain('worker needs DATABASE_URL set to a PostgreSQL server')
  }
})

it('refuses a concurrency that is not a whole number from 1 to 64', async () => {
  for (const value of ['0', '65', '1.5', 'two']) {
    const { code, stderr } = await run(['worker', '--concurrency', value], {
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
    })
    expect(code).toBe(2)
    expect(stderr).toContain(`--concurrency takes a whole number from 1 to 64, not "${value}"`)
  }
})

it('refuses a deadline setting that is not a whole number of ms, naming it', async () => {
  for (const name of [
    'PARALLAX_PARSE_TIMEOUT_MS',
    'PARALLAX_PARSE_MS_PER_MB',
    'PARALLAX_COMPARE_MS_PER_MB',
  ]) {
    const { code, stderr } = await run(['worker'], {
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
      [name]: '-5',
    })
    expect(code).toBe(2)
    expect(stderr).toContain(`${name} must be a whole number of ms, not "-5"`)
  }
})

it('says so when the server cannot be reached, with exit code 3', async () => {
  const { code, stderr } = await run(['worker'], { DATABASE_URL: 'postgres://127.0.0.1:1/none' })
  expect(code).toBe(3)
  expect(stderr).toMatch(/^parallax: cannot work the queue: store: the database cannot be reached/)
})
