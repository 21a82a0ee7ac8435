import { link, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { StoreError } from '../errors'

export const LOCK_FILE_NAME = 'parallax.lock'

/** Lock files this process holds; a file with our pid that is not here was left by an earlier life. */
const heldHere = new Set<string>()

/** A held lock on a data folder; `release` removes the file. */
export interface FolderLock {
  release(): Promise<void>
}

/**
 * Takes the data folder for this process, so a second process fails with `LOCKED` instead of opening
 * the same PGlite files (PGlite does not lock its folder, and two writers would corrupt it). The
 * file holds the owner's pid; a file left by a process that no longer runs is taken over, and so is
 * one with this process's own pid that this process did not write (a container restarted after a
 * crash often gets the same pid again).
 */
export async function lockFolder(dir: string, timeoutMs: number): Promise<FolderLock> {
  const path = join(dir, LOCK_FILE_NAME)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const owner = await tryCreate(path)
    if (owner === undefined) {
      heldHere.add(path)
      return {
        release: async () => {
          heldHere.delete(path)
          await rm(path, { force: true })
        },
      }
    }
    const stale = owner === process.pid ? !heldHere.has(path) : !isRunning(owner)
    if (stale) {
      await rm(path, { force: true })
      continue
    }
    if (Date.now() >= deadline) {
      throw new StoreError(
        'LOCKED',
        `store: the data folder ${dir} is in use by process ${owner}; stop it or use another folder`,
      )
    }
    await sleep(Math.min(100, Math.max(1, deadline - Date.now())))
  }
}

/** Creates the lock file; returns undefined on success, else the pid found in the existing file. */
async function tryCreate(path: string): Promise<number | undefined> {
  // Written aside and linked into place, so the lock file never exists without its pid in it.
  const draft = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`
  await writeFile(draft, `${process.pid}\n`)
  try {
    await link(draft, path)
    return undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    await rm(draft, { force: true })
  }
  const text = await readFile(path, 'utf8').catch(() => '')
  const pid = Number.parseInt(text, 10)
  return Number.isSafeInteger(pid) && pid > 0 ? pid : 0
}

function isRunning(pid: number): boolean {
  if (pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
