import { describe, expect, it } from 'vitest'
import { segmentSentence, type Mention } from './segments'

const sentence = 'According to estimates, the country is Saudi Arabia.'
const offset = 100

function mention(text: string, kind: Mention['kind'], shift = offset): Mention {
  const start = sentence.indexOf(text) + shift
  return { start, end: start + text.length, text, kind, label: kind }
}

describe('segmentSentence', () => {
  it('cuts the sentence around mentions given as body offsets', () => {
    const segments = segmentSentence(sentence, offset, [
      mention('Saudi Arabia', 'entity'),
      mention('According to estimates', 'hedge'),
    ])
    expect(segments.map((s) => [s.text, s.mark?.kind])).toEqual([
      ['According to estimates', 'hedge'],
      [', the country is ', undefined],
      ['Saudi Arabia', 'entity'],
      ['.', undefined],
    ])
    expect(segments.map((s) => s.text).join('')).toBe(sentence)
  })

  it('keeps the first of two overlapping mentions and never loses text', () => {
    const segments = segmentSentence(sentence, offset, [
      mention('Saudi Arabia', 'entity'),
      mention('Arabia.', 'number'),
    ])
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Saudi Arabia'])
    expect(segments.map((s) => s.text).join('')).toBe(sentence)
  })

  it('finds a mention by its words when its offsets point elsewhere', () => {
    const segments = segmentSentence(sentence, offset, [mention('Saudi Arabia', 'entity', 7)])
    expect(segments.find((s) => s.mark)?.text).toBe('Saudi Arabia')
  })

  it('leaves a mention unmarked when its words are not in the sentence', () => {
    const lost: Mention = { start: 0, end: 5, text: 'Qatar', kind: 'entity', label: 'place' }
    expect(segmentSentence(sentence, offset, [lost])).toEqual([{ text: sentence }])
  })

  it('keeps markup-like text as plain characters', () => {
    const hostile = '<img src=x onerror=alert(1)> said <script>'
    const segments = segmentSentence(hostile, 0, [])
    expect(segments).toEqual([{ text: hostile }])
  })

  it('returns one empty segment for an empty sentence', () => {
    expect(segmentSentence('', 0, [])).toEqual([{ text: '' }])
  })
})
