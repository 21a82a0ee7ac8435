import { expect, it } from 'vitest'
import { CurrentComparisons } from './current-comparisons'

it('remembers a story’s current etag per version until the story changes', () => {
  const current = new CurrentComparisons(true)
  current.remember('s1', 'v1', 'e1', current.generation())
  current.remember('s2', 'v1', 'e2', current.generation())
  expect(current.get('s1', 'v1')).toBe('e1')
  expect(current.get('s1', 'v2')).toBeUndefined()
  current.forget('s1')
  expect(current.get('s1', 'v1')).toBeUndefined()
  expect(current.get('s2', 'v1')).toBe('e2')
})

it('does not remember what a read saw before a change that ended while it ran', () => {
  const current = new CurrentComparisons(true)
  const before = current.generation()
  current.forget('s1')
  current.remember('s1', 'v1', 'stale', before)
  expect(current.get('s1', 'v1')).toBeUndefined()
})

it('remembers nothing when off (a database other processes write too)', () => {
  const current = new CurrentComparisons(false)
  current.remember('s1', 'v1', 'e1', current.generation())
  expect(current.get('s1', 'v1')).toBeUndefined()
})
