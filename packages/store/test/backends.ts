import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { createStore, type Store } from '../src/index'
import { createDatabase } from './pg-server'

export interface Backend {
  name: string
  /** A URL for a fresh, empty store on this backend. */
  freshUrl(): Promise<string>
  /** Removes what `freshUrl` created on disk. */
  cleanUp(): Promise<void>
}

const folders: string[] = []

export const BACKENDS: Backend[] = [
  {
    name: 'pglite memory://',
    freshUrl: () => Promise.resolve('memory://'),
    cleanUp: async () => {},
  },
  {
    name: 'pglite file://',
    freshUrl: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'parallax-store-'))
      folders.push(dir)
      return `file://${dir}`
    },
    cleanUp: async () => {
      await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
    },
  },
  {
    name: 'postgres server',
    freshUrl: () => createDatabase(inject('postgresUrl'), `t_${randomUUID().replaceAll('-', '')}`),
    cleanUp: async () => {},
  },
]

export async function openFresh(backend: Backend): Promise<Store> {
  return createStore(await backend.freshUrl())
}
