import { resolve } from 'node:path'
import { StoreError } from './errors'

export type StoreLocation =
  | { backend: 'pglite'; /** Absent for `memory://`. */ dataDir?: string }
  | { backend: 'postgres'; url: string }

/** `memory://`, `file://PATH` (absolute, or relative to the working folder), `postgres://…`. */
export function parseStoreUrl(url: string): StoreLocation {
  if (typeof url === 'string') {
    if (url.startsWith('memory://')) return { backend: 'pglite' }
    const path = url.startsWith('file://') ? decodePath(url.slice('file://'.length)) : undefined
    if (path) return { backend: 'pglite', dataDir: resolve(path) }
    if (/^postgres(ql)?:\/\/./.test(url)) return { backend: 'postgres', url }
  }
  throw new StoreError(
    'INVALID',
    'store: the database URL must be memory://, file://PATH or postgres://USER@HOST/DB',
  )
}

function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}
