import type { Comparison } from '@parallax/compare'
import { describe, expect, it } from 'vitest'
import { comparisonToCsv, csvField } from './csv'
import { comparisonToMarkdown } from './markdown'

const claim = (article: string, text: string) => ({
  article,
  sentence: 0,
  span: { start: 0, end: text.length },
  fact: 'main' as const,
  text,
  entities: [],
  numbers: [],
  dates: [],
  hedges: [],
  negated: false,
  negations: [],
  attribution: { kind: 'outlet' as const },
})

const comparison: Comparison = {
  version: 1,
  articles: [
    { id: 'a', outlet: 'The "Daily", Ltd', title: 'Title *one*', sentences: [] },
    { id: 'b', outlet: 'Other', title: 'Two', url: 'https://example.com/b', sentences: [] },
  ],
  facets: [
    {
      id: 'f1',
      label: 'Which country',
      status: 'diverge',
      kinds: ['value'],
      confidence: 0.8,
      claims: [claim('a', '=HYPERLINK("http://evil")'), claim('b', 'Line one\nline two, "quoted"')],
      explanation: 'A says one thing; B another.',
    },
  ],
  pairs: [],
  coverage: { a: { facets: 1, single: 0 }, b: { facets: 1, single: 0 } },
}

describe('comparisonToCsv', () => {
  it('quotes every field, doubles quotes, keeps newlines inside fields and ends rows with CRLF', () => {
    const csv = comparisonToCsv(comparison)
    const rows = csv.split('\r\n')
    expect(rows).toHaveLength(4)
    expect(rows[3]).toBe('')
    expect(rows[1]).toContain('"The ""Daily"", Ltd"')
    expect(rows[2]).toContain('"Line one\nline two, ""quoted"""')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('+1')).toBe('"\'+1"')
    expect(csvField('-1')).toBe('"\'-1"')
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"')
    expect(csvField('plain')).toBe('"plain"')
    expect(comparisonToCsv(comparison)).toContain('"\'=HYPERLINK(""http://evil"")"')
  })
})

describe('comparisonToMarkdown', () => {
  it('lists articles and facets with article text escaped, never as markup', () => {
    const markdown = comparisonToMarkdown(comparison, 'A <b>story</b>')
    expect(markdown.startsWith('# A \\<b\\>story\\</b\\>\n')).toBe(true)
    expect(markdown).toContain('Title \\*one\\*')
    expect(markdown).toContain('## Where the outlets diverge')
    expect(markdown).toContain('### Which country (value)')
    expect(markdown).toContain('- **Other**: “Line one line two, "quoted"”')
    expect(markdown).not.toContain('## What the outlets agree on')
    // A comparison stored before quotes were compared has no quote section.
    expect(markdown).not.toContain('## Quotes')
  })

  it('lines up each quote across outlets, with its speakers and changed words', () => {
    const quoted: Comparison = {
      ...comparison,
      quotes: [
        {
          id: 'q-1',
          status: 'altered',
          quotes: [
            { article: 'a', sentence: 0, span: { start: 0, end: 9 }, text: 'wall or *steel*' },
            {
              article: 'b',
              sentence: 2,
              span: { start: 5, end: 21 },
              text: 'wall or a steel',
              speaker: 'Mr. Trump',
            },
          ],
          diff: [
            { type: 'same', value: 'wall or ' },
            { type: 'added', value: 'a ' },
            { type: 'same', value: 'steel' },
          ],
        },
        {
          id: 'q-2',
          status: 'single',
          quotes: [{ article: 'b', sentence: 4, span: { start: 0, end: 5 }, text: 'No.' }],
        },
      ],
    }
    const markdown = comparisonToMarkdown(quoted, 'Story')
    expect(markdown).toContain(
      [
        '## Quotes',
        '',
        '### Altered',
        '',
        '- **The "Daily", Ltd**: “wall or \\*steel\\*”',
        '- **Other** (Mr. Trump): “wall or a steel”',
        '- Changed words: added “a”',
        '',
        '### Quoted by one outlet only',
        '',
        '- **Other**: “No.”',
      ].join('\n'),
    )
  })
})
