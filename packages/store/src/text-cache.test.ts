import { expect, it } from 'vitest'
import { TextCache } from './text-cache'

it('keeps texts by hash within its size, dropping the least recently used first', () => {
  const cache = new TextCache(10)
  cache.set('a', 'aaaa')
  cache.set('b', 'bbbb')
  expect(cache.get('a')).toBe('aaaa')
  cache.set('c', 'cccc')
  expect(cache.get('b')).toBeUndefined()
  expect(cache.get('a')).toBe('aaaa')
  expect(cache.get('c')).toBe('cccc')
  cache.set('huge', 'x'.repeat(11))
  expect(cache.get('huge')).toBeUndefined()
  expect(cache.get('a')).toBe('aaaa')
})
