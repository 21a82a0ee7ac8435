import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { parseStoreUrl } from './store-url'

it('picks the backend from the URL', () => {
  expect(parseStoreUrl('memory://')).toEqual({ backend: 'pglite' })
  expect(parseStoreUrl('file:///var/lib/parallax')).toEqual({
    backend: 'pglite',
    dataDir: '/var/lib/parallax',
  })
  expect(parseStoreUrl('file://data/my%20store')).toEqual({
    backend: 'pglite',
    dataDir: resolve('data/my store'),
  })
  for (const url of [
    'postgres://u@db/parallax',
    'postgresql://u:p@10.0.0.2:5433/x?sslmode=require',
  ]) {
    expect(parseStoreUrl(url)).toEqual({ backend: 'postgres', url })
  }
})
