// kill -9 of the server while it acknowledges article writes, at seeded random moments, then a
// restart on the same store: every acknowledged write must be there and whole, on PGlite (a data
// folder) and on PostgreSQL. Replay a failing run with PARALLAX_FAULT_SEED=<printed seed>.
import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createStore } from '@parallax/store'
import { afterAll, inject, it, type ExpectStatic } from 'vitest'
import { createDatabase } from '../../../../packages/store/test/pg-server'
import { faultSeed, seededRandom } from './seeded-random'
import { postJson, startHealthy, type ServerProcess } from './server-process'
import { emptyLedger, streamWrites, type WriteLedger } from './write-stream'

// Each round restarts the server (about 6 s of CPU): 10 per backend keep the suite inside CI's
// time; a longer soak sets PARALLAX_FAULT_ROUNDS (bench/RESULTS.md records one of 20).
const ROUNDS = Number(process.env.PARALLAX_FAULT_ROUNDS ?? 10)
/** Longest stretch of writes after the round's first acknowledgement before the kill. */
const MAX_WRITE_MS = 400
const WRITERS = 3
const seed = faultSeed()
console.log(`kill -9 during writes: seed ${seed}, ${ROUNDS} rounds per backend`)

const folders: string[] = []
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))))

const BACKENDS = [
  {
    name: 'PGlite data folder',
    url: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'parallax-faults-'))
      folders.push(dir)
      return `file://${dir}`
    },
  },
  {
    name: 'PostgreSQL',
    url: () => createDatabase(inject('postgresUrl'), `faults_${randomUUID().replaceAll('-', '')}`),
  },
]

interface StoryDetail {
  articleCount: number
  articles: {
    id: string
    storyId: string
    title: string
    outlet: string
    contentHash: string
    sourceBytes: number
  }[]
}

/** Resolves when `promise` does, rejects after `ms` so a stuck round fails instead of hanging. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

async function createStory(server: ServerProcess, round: number): Promise<string> {
  const response = await postJson(`${server.origin}/api/stories`, { title: `Round ${round}` })
  if (response.status !== 201) throw new Error(`story: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}

/** One round: writes until the first acknowledgement, a random while longer, then SIGKILL. */
async function writeThenKill(
  server: ServerProcess,
  round: number,
  random: () => number,
  ledger: WriteLedger,
) {
  const storyId = await createStory(server, round)
  ledger.stories.push(storyId)
  const stop = { now: false }
  let acknowledged!: () => void
  const firstAck = new Promise<void>((resolve) => (acknowledged = resolve))
  const writes = streamWrites({
    server,
    storyId,
    round,
    writers: WRITERS,
    ledger,
    stop,
    onAck: () => acknowledged(),
  })
  await within(Promise.race([firstAck, writes]), 60_000, `round ${round}: a write acknowledged`)
  const writingMs = Math.floor(random() * MAX_WRITE_MS)
  await sleep(writingMs)
  await server.kill()
  stop.now = true
  await writes
  return writingMs
}

/** Every story as the API shows it: acknowledged writes all there, nothing stored that was not sent. */
async function expectStoriesWhole(expect: ExpectStatic, origin: string, ledger: WriteLedger) {
  const ids = new Set<string>()
  for (const storyId of ledger.stories) {
    const response = await fetch(`${origin}/api/stories/${storyId}`, {
      signal: AbortSignal.timeout(60_000),
    })
    expect(response.status).toBe(200)
    const story = (await response.json()) as StoryDetail
    expect(story.articleCount).toBe(story.articles.length)
    for (const article of story.articles) {
      expect(ids.has(article.id)).toBe(false)
      ids.add(article.id)
      const sent = ledger.sent.get(article.contentHash)
      expect(sent, `stored article ${article.id} matches a write`).toBeDefined()
      expect([article.storyId, article.outlet, article.sourceBytes]).toEqual([
        sent?.storyId,
        sent?.outlet,
        sent?.bytes,
      ])
    }
    const stored = new Map(story.articles.map((article) => [article.id, article]))
    for (const acked of ledger.acked.values()) {
      if (acked.storyId !== storyId) continue
      const found = stored.get(acked.id)
      expect(found, `acknowledged article ${acked.id}`).toBeDefined()
      expect([found?.title, found?.outlet, found?.contentHash]).toEqual([
        acked.title,
        acked.outlet,
        acked.contentHash,
      ])
    }
  }
}

/** Opens the store itself after the last kill: each row's analysis and source bytes are whole. */
async function expectRowsWhole(expect: ExpectStatic, url: string, ledger: WriteLedger) {
  const store = await createStore(url)
  try {
    for (const storyId of ledger.stories) {
      for (const { stored, article, claims } of await store.getArticles(storyId)) {
        const sent = ledger.sent.get(stored.contentHash)
        const source = await store.getSource(storyId, stored.id)
        expect(source && new TextDecoder().decode(source.content)).toBe(sent?.text)
        expect(
          createHash('sha256')
            .update(source?.content ?? '')
            .digest('hex'),
        ).toBe(stored.contentHash)
        expect(article.sentences.length).toBeGreaterThan(0)
        for (const sentence of article.sentences) {
          expect(article.body.slice(sentence.start, sentence.end)).toBe(sentence.text)
        }
        expect(Array.isArray(claims)).toBe(true)
      }
    }
  } finally {
    await store.close()
  }
}

for (const [index, backend] of BACKENDS.entries()) {
  it.concurrent(
    `keeps every acknowledged write through ${ROUNDS} kill -9s on ${backend.name}`,
    { timeout: 60_000 + ROUNDS * 60_000 },
    async ({ expect }) => {
      const started = Date.now()
      const url = await backend.url()
      const random = seededRandom(seed + index)
      const ledger = emptyLedger()
      let server = await startHealthy(url)
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const before = ledger.acked.size
          const writingMs = await writeThenKill(server, round, random, ledger)
          const killed = Date.now()
          server = await startHealthy(url)
          const restartMs = Date.now() - killed
          await expectStoriesWhole(expect, server.origin, ledger)
          console.log(
            `${backend.name} round ${round + 1}/${ROUNDS}: killed ${writingMs} ms after the ` +
              `first acknowledgement, ${ledger.acked.size - before} acknowledged, ` +
              `restarted in ${restartMs} ms`,
          )
        }
      } finally {
        await server.kill()
      }
      expect(ledger.unexpected).toEqual([])
      expect(ledger.acked.size).toBeGreaterThanOrEqual(ROUNDS)
      await expectRowsWhole(expect, url, ledger)
      console.log(
        `${backend.name}: ${ledger.sent.size} writes sent, ${ledger.acked.size} acknowledged, ` +
          `${ROUNDS} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      )
    },
  )
}
