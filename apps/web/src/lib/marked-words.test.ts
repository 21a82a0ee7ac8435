import { describe, expect, it } from 'vitest'
import { excerpt, sideOf, textOf, wholeWords } from './marked-words'

describe('wholeWords', () => {
  const text = 'He said they don’t want to use it yet.'
  it('widens a span that starts or ends inside a word', () => {
    const start = text.indexOf('’t')
    const end = text.indexOf('use') + 2
    const span = wholeWords(text, start, end)
    expect(text.slice(span.start, span.end)).toBe('don’t want to use')
  })

  it('keeps a span on word boundaries as it is, and stays inside the text', () => {
    const start = text.indexOf('they')
    expect(wholeWords(text, start, start + 4)).toEqual({ start, end: start + 4 })
    expect(wholeWords(text, -5, 999)).toEqual({ start: 0, end: text.length })
  })
})

describe('sideOf', () => {
  const diff = [
    { type: 'same' as const, value: 'a powerful wall or ' },
    { type: 'added' as const, value: 'a ' },
    { type: 'same' as const, value: 'steel barrier' },
  ]
  it('keeps each side its own words, marking those the other lacks', () => {
    expect(textOf(sideOf(diff, 'a'))).toBe('a powerful wall or steel barrier')
    expect(sideOf(diff, 'b').filter((p) => p.marked)).toEqual([{ text: 'a ', marked: true }])
    expect(sideOf(diff, 'a').some((p) => p.marked)).toBe(false)
  })
})

describe('excerpt', () => {
  const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')
  it('leaves a short text whole', () => {
    expect(excerpt([{ text: 'one two three', marked: false }], 10)).toEqual([
      { text: 'one two three', marked: false },
    ])
  })

  it('keeps the words around the first marked one, cut between words, with ellipses', () => {
    const pieces = [
      { text: long, marked: false },
      { text: ' changed ', marked: true },
      { text: long, marked: false },
    ]
    const cut = excerpt(pieces, 12)
    const text = textOf(cut)
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(cut.filter((p) => p.marked).map((p) => p.text.trim())).toEqual(['changed'])
    // Every word kept is a whole word of the input.
    for (const word of text.replaceAll('…', '').trim().split(/\s+/)) {
      expect(['changed', ...long.split(' ')]).toContain(word)
    }
    expect(text.replaceAll('…', '').trim().split(/\s+/)).toHaveLength(12)
  })
})
