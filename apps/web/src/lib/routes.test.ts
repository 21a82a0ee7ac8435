import { describe, expect, it } from 'vitest'
import { addArticlesPath, batchPath, newBatchPath, parseRoute, storyPath } from './routes'

describe('parseRoute', () => {
  it('reads every screen from its path', () => {
    expect(parseRoute('/')).toEqual({ name: 'stories' })
    expect(parseRoute('/compare')).toEqual({ name: 'quick-compare' })
    expect(parseRoute('/stories/abc')).toEqual({ name: 'story', id: 'abc' })
    expect(parseRoute('/stories/abc/add')).toEqual({ name: 'add-articles', id: 'abc' })
    expect(parseRoute('/batches')).toEqual({ name: 'new-batch' })
    expect(parseRoute(newBatchPath)).toEqual({ name: 'new-batch' })
    expect(parseRoute('/batches/b1')).toEqual({ name: 'batch', id: 'b1' })
  })

  it('round-trips ids that need escaping', () => {
    const id = 'a b/c?d'
    expect(parseRoute(storyPath(id))).toEqual({ name: 'story', id })
    expect(parseRoute(addArticlesPath(id))).toEqual({ name: 'add-articles', id })
    expect(parseRoute(batchPath(id))).toEqual({ name: 'batch', id })
  })

  it('calls anything else not found, including broken escapes', () => {
    expect(parseRoute('/stories')).toEqual({ name: 'not-found', path: '/stories' })
    expect(parseRoute('/batches/a/b')).toEqual({ name: 'not-found', path: '/batches/a/b' })
    expect(parseRoute('/stories/a/b/c')).toEqual({ name: 'not-found', path: '/stories/a/b/c' })
    expect(parseRoute('/%E0%A4%A')).toEqual({ name: 'not-found', path: '/%E0%A4%A' })
  })
})
