import { describe, expect, it } from 'vitest'
import { analyseBody } from './analyse'

const words = (body: string) => analyseBody(body).tokens.map((t) => [t.text, t.pos])

describe('reading a body', () => {
  it('reads a body the same whatever it read before', () => {
    const body = 'Donald Trump doubts President Obama’s birth certificate.'
    const first = words(body)
    // wink-nlp learns `Obama’s` as one word from this sentence; a shared reader then splits the
    // possessive no more.
    analyseBody('It was Obama’s.')
    expect(words(body)).toEqual(first)
    expect(first).toContainEqual(['’s', 'PART'])
  })

  it('gives each token its offsets in the body', () => {
    const body = 'The council met on Monday.'
    for (const t of analyseBody(body).tokens) expect(body.slice(t.start, t.end)).toBe(t.text)
  })
})
