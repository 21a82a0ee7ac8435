import { describe, expect, it } from 'vitest'
import { findQuotes } from './quotes'

function quoted(body: string): string[] {
  return findQuotes(body).map((q) => body.slice(q.inner.start, q.inner.end))
}

describe('findQuotes', () => {
  const cases: Array<[string, string, string[]]> = [
    ['curly quotes', 'He said “we will appeal” on Monday.', ['we will appeal']],
    [
      'straight quotes pair in order',
      'He said "we will appeal" and "soon".',
      ['we will appeal', 'soon'],
    ],
    [
      'a nested single quote stays inside',
      '“They called it ‘a fig leaf’ and left,” she said.',
      ['They called it ‘a fig leaf’ and left,'],
    ],
    [
      'an apostrophe is no quote',
      'NSO’s lawyers said “the firm’s license is valid.”',
      ['the firm’s license is valid.'],
    ],
    [
      'a quote over two sentences',
      '“It is harmful. It is outrageous,” he said.',
      ['It is harmful. It is outrageous,'],
    ],
    [
      'a straight mark closed by a curly one',
      '"We hope they join us in saying, ‘No,’ ” Sanders said on "Face the Nation."',
      ['We hope they join us in saying, ‘No,’ ', 'Face the Nation.'],
    ],
    [
      'a curly mark closed by a straight one',
      '“It is a disgrace. They left," he told reporters.',
      ['It is a disgrace. They left,'],
    ],
    [
      'a straight quote nested in a curly one',
      '“He called it "a fig leaf" and left,” she said.',
      ['He called it "a fig leaf" and left,'],
    ],
    [
      'glued quotes',
      '“stood by and watched it happen.”“The best way is to revoke it,” she said.',
      ['stood by and watched it happen.', 'The best way is to revoke it,'],
    ],
    [
      'a quote left open ends at the paragraph',
      '“We will appeal.\n\nThe court ruled.',
      ['We will appeal.'],
    ],
    ['no quotes', 'The court ruled on Monday.', []],
    ['an empty quote is no quote', 'He said “” and left.', []],
  ]
  it.each(cases)('%s', (_name, body, expected) => {
    expect(quoted(body)).toEqual(expected)
  })

  it('gives the outer span with the marks and the inner span without', () => {
    const body = 'A “b” c'
    expect(findQuotes(body)).toEqual([{ outer: { start: 2, end: 5 }, inner: { start: 3, end: 4 } }])
  })
})
