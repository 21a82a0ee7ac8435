// The PostgreSQL server goes away under a running API and comes back: while it is down, requests
// that need it are answered 503 with a JSON error (and /readyz says so); once it is back they
// succeed again, from the same API process.
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  createDatabase,
  startPostgres,
  type PostgresServer,
} from '../../../../packages/store/test/pg-server'
import { SEED_TEXTS } from '../harness'
import { controlPostgres, type PostgresControl } from './pg-control'
import { postJson, startHealthy, type ServerProcess } from './server-process'

// Its own PostgreSQL server: the suite's shared one must stay up for the other test files.
let postgres: PostgresServer
let control: PostgresControl
let api: ServerProcess
beforeAll(async () => {
  postgres = await startPostgres()
  control = await controlPostgres(postgres.url)
  api = await startHealthy(await createDatabase(postgres.url, 'outage'))
}, 120_000)
afterAll(async () => {
  await api?.kill()
  await postgres?.stop()
})

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await response.json()) as { error: { code: string; message: string } }
  expect(body.error.code).toBe('UNAVAILABLE')
  expect(body.error.message).toMatch(/database/)
}

it('answers 503 while PostgreSQL is down and recovers without a restart', async () => {
  const created = await postJson(`${api.origin}/api/stories`, { title: 'Before the outage' })
  expect(created.status).toBe(201)
  const { id } = (await created.json()) as { id: string }

  await control.stop()
  await expectUnavailable(await fetch(`${api.origin}/readyz`))
  // Alive all the same: a restart would not bring the database back.
  expect((await fetch(`${api.origin}/healthz`)).status).toBe(200)
  await expectUnavailable(await fetch(`${api.origin}/api/stories`))
  await expectUnavailable(await fetch(`${api.origin}/api/stories/${id}`))
  await expectUnavailable(await postJson(`${api.origin}/api/stories`, { title: 'During' }))
  // What does not need the database keeps working.
  const compared = await postJson(`${api.origin}/api/compare`, {
    articles: SEED_TEXTS.map((text) => ({ text })),
  })
  expect(compared.status).toBe(200)

  await control.start()
  const deadline = Date.now() + 30_000
  let health = 0
  while (health !== 200 && Date.now() < deadline) {
    health = (await fetch(`${api.origin}/readyz`)).status
    if (health !== 200) await sleep(100)
  }
  expect(health).toBe(200)
  const story = await fetch(`${api.origin}/api/stories/${id}`)
  expect(story.status).toBe(200)
  expect(((await story.json()) as { title: string }).title).toBe('Before the outage')
  expect((await postJson(`${api.origin}/api/stories`, { title: 'After' })).status).toBe(201)
  // The same process throughout: nothing restarted it.
  expect(api.child.exitCode).toBeNull()
  expect(api.output()).toContain('listening on')
  expect(api.output().match(/listening on/g)).toHaveLength(1)
}, 180_000)
