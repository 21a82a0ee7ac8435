// Two servers on one PGlite data folder would corrupt it: the second must stop at once, saying
// which folder is taken, while the first keeps answering.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { postJson, startHealthy, startServer } from './server-process'
import { articleText } from './write-stream'

const folders: string[] = []
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))))

it('refuses a second server on the same PGlite folder; the first keeps serving', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-faults-'))
  folders.push(dir)
  const first = await startHealthy(`file://${dir}`)
  try {
    const second = await startServer(`file://${dir}`)
    const exit = await second.exited.finally(() => second.kill())
    expect(exit.code).not.toBe(0)
    expect(exit.code).not.toBeNull()
    const output = second.output()
    expect(output).toContain(dir)
    expect(output).toMatch(/in use by process \d+/)
    expect(output).toContain(String(first.pid))
    expect(output).not.toMatch(/listening on/)

    expect((await fetch(`${first.origin}/healthz`)).status).toBe(200)
    const story = await postJson(`${first.origin}/api/stories`, { title: 'Still serving' })
    expect(story.status).toBe(201)
    const { id } = (await story.json()) as { id: string }
    const added = await postJson(`${first.origin}/api/stories/${id}/articles`, {
      text: articleText(0, 0),
    })
    expect(added.status).toBe(201)
  } finally {
    await first.kill()
  }
}, 120_000)
