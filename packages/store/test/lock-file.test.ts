import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { createStore, StoreError } from '../src/index'
import { LOCK_FILE_NAME } from '../src/drivers/lock-file'
import { FAIL_FAST_MS } from './samples'

const folders: string[] = []
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))))

async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-lock-'))
  folders.push(dir)
  return dir
}

it('keeps a second opener out of a folder in use, lets it in once closed, clears stale locks', async () => {
  const dir = await dataFolder()
  const first = await createStore(`file://${dir}`)
  const story = await first.createStory({ title: 'Written by the first opener' })
  expect((await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).trim()).toBe(String(process.pid))

  const started = Date.now()
  const error: unknown = await createStore(`file://${dir}`).catch((reason: unknown) => reason)
  expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS)
  expect(error).toBeInstanceOf(StoreError)
  expect((error as StoreError).toJSON()).toEqual({
    code: 'LOCKED',
    message: `store: the data folder ${dir} is in use by process ${process.pid}; stop it or use another folder`,
  })

  // A waiting opener gets in as soon as the holder closes.
  const waiting = createStore(`file://${dir}`, { lockTimeoutMs: 10_000 })
  setTimeout(() => void first.close(), 200)
  const second = await waiting
  expect((await second.getStory(story.id))?.title).toBe('Written by the first opener')
  await second.close()
  await expect(readFile(join(dir, LOCK_FILE_NAME))).rejects.toMatchObject({ code: 'ENOENT' })

  // A lock left by a process that no longer runs is taken over.
  const gone = spawnSync(process.execPath, ['-e', '0']).pid
  await writeFile(join(dir, LOCK_FILE_NAME), `${gone}\n`)
  const third = await createStore(`file://${dir}`)
  expect((await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).trim()).toBe(String(process.pid))
  expect(await third.getStory(story.id)).toBeDefined()
  await third.close()

  // So is one with this process's pid that this process did not write (a restart reusing the pid).
  await writeFile(join(dir, LOCK_FILE_NAME), `${process.pid}\n`)
  const fourth = await createStore(`file://${dir}`)
  await fourth.close()
})

it('names the folder when it cannot be used', async () => {
  const dir = await dataFolder()
  const file = join(dir, 'not-a-folder')
  await writeFile(file, 'x')
  const error: unknown = await createStore(`file://${file}/data`).catch((reason: unknown) => reason)
  expect(error).toBeInstanceOf(StoreError)
  expect((error as StoreError).code).toBe('UNAVAILABLE')
  expect((error as StoreError).message).toContain(`${file}/data`)
})
