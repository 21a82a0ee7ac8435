import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, expect, it } from 'vitest'
import { createStore, StoreError } from '../src/index'
import { FAIL_FAST_MS, sampleNewArticle } from './samples'

const WRITER = join(import.meta.dirname, 'durability-writer.ts')
const ROUNDS = 3

interface Acknowledged {
  stories: Set<string>
  articles: Map<string, string>
}

/** Runs the writer until it has acknowledged something, lets it run `ms` more, then SIGKILLs it. */
async function writeThenKill(dir: string, round: number, ms: number, seen: Acknowledged) {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(round)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  let ready!: () => void
  const firstAck = new Promise<void>((resolve) => (ready = resolve))
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [kind, storyId, articleId] = line.split(' ')
    if (kind === 'story') seen.stories.add(storyId!)
    if (kind === 'article') {
      seen.articles.set(articleId!, storyId!)
      ready()
    }
  })
  try {
    await Promise.race([firstAck, exited])
    // While the writer runs, a second process must be kept out of its folder.
    const started = Date.now()
    const error: unknown = await createStore(`file://${dir}`).then(
      (store) => store.close(),
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('LOCKED')
    expect((error as StoreError).message).toContain(String(child.pid))
    expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS)
    await sleep(ms)
  } finally {
    // Also when an expectation fails: a writer left running would hold the folder forever.
    child.kill('SIGKILL')
    await exited
  }
}

const folders: string[] = []
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))))

it(
  'keeps every acknowledged write through SIGKILL at random moments',
  { timeout: 180_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-durability-'))
    folders.push(dir)
    const seen: Acknowledged = { stories: new Set(), articles: new Map() }
    for (let round = 0; round < ROUNDS; round++) {
      await writeThenKill(dir, round, 50 + Math.floor(Math.random() * 700), seen)
    }
    expect(seen.articles.size).toBeGreaterThanOrEqual(ROUNDS)

    // The killed writer's lock file is stale: this process takes the folder over.
    const store = await createStore(`file://${dir}`)
    try {
      for (const storyId of seen.stories) expect(await store.getStory(storyId)).toBeDefined()
      const found = new Map<string, string>()
      let cursor: string | undefined
      do {
        const page = await store.listStories({ limit: 100, cursor })
        for (const story of page.stories) {
          expect(story.title).toMatch(/^Durability round \d+ story \d+$/)
          for (const { article, claims, stored } of await store.getArticles(story.id)) {
            found.set(stored.id, story.id)
            // Whole: the parsed article, its claims and its source all match what was written.
            const expected = sampleNewArticle(article.body)
            expect(article).toEqual(expected.article)
            expect(claims).toEqual(expected.claims)
            const source = await store.getSource(story.id, stored.id)
            expect(source?.content).toEqual(expected.source.content)
            expect(createHash('sha256').update(source!.content).digest('hex')).toBe(
              stored.contentHash,
            )
          }
        }
        cursor = page.nextCursor
      } while (cursor !== undefined)
      for (const [articleId, storyId] of seen.articles) expect(found.get(articleId)).toBe(storyId)
    } finally {
      await store.close()
    }
  },
)
