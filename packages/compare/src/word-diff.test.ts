import { describe, expect, it } from 'vitest'
import { diffSentenceWords } from './word-diff'

describe('diffSentenceWords', () => {
  it('marks the words that differ and keeps the rest, so both sentences can be rebuilt', () => {
    const a = 'The ministry said 300 people died.'
    const b = 'The MoD said 350 people died on Monday.'
    const changes = diffSentenceWords(a, b)
    expect(changes.filter((c) => c.type === 'removed').map((c) => c.value)).toEqual([
      'ministry',
      '300',
    ])
    expect(changes.filter((c) => c.type === 'added').map((c) => c.value.trim())).toEqual([
      'MoD',
      '350',
      'on Monday',
    ])
    const rebuild = (skip: 'added' | 'removed') =>
      changes
        .filter((c) => c.type !== skip)
        .map((c) => c.value)
        .join('')
        .replace(/\s+/g, '')
    // jsdiff keeps whitespace only as far as it can: the words and punctuation are what must survive.
    expect(rebuild('added')).toBe(a.replace(/\s+/g, ''))
    expect(rebuild('removed')).toBe(b.replace(/\s+/g, ''))
  })

  it('returns one unchanged run for equal sentences and handles empty ones', () => {
    expect(diffSentenceWords('Same words.', 'Same words.')).toEqual([
      { value: 'Same words.', type: 'same' },
    ])
    expect(diffSentenceWords('', 'New')).toEqual([{ value: 'New', type: 'added' }])
  })
})
