import { describe, expect, it } from 'vitest'
import { segmentSentences } from './segment'

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end))

describe('segmentSentences', () => {
  it.each<[string, string, string[]]>([
    ['plain boundary', 'The court met. It ruled.', ['The court met.', 'It ruled.']],
    [
      'glued boundary',
      'human rights implications.Tel Aviv District Court ruled.',
      ['human rights implications.', 'Tel Aviv District Court ruled.'],
    ],
    [
      'glued before a one-letter word',
      'Judge Barkai reversed herself.A couple dozen officials came.',
      ['Judge Barkai reversed herself.', 'A couple dozen officials came.'],
    ],
    [
      'glued after a closing curly quote',
      'It is outrageous that we are being gagged.”On the other hand, it was public.',
      ['It is outrageous that we are being gagged.”', 'On the other hand, it was public.'],
    ],
    [
      'period after a closing quote, glued',
      'hide behind a veil of secrecy”.The ministry said more.',
      ['hide behind a veil of secrecy”.', 'The ministry said more.'],
    ],
    [
      'glued after a closing straight quote',
      'He said "we are done."Then he left.',
      ['He said "we are done."', 'Then he left.'],
    ],
    [
      'glued before an opening curly quote',
      'watched it happen.”“The best way is to revoke it,” said Ingleton.',
      ['watched it happen.”', '“The best way is to revoke it,” said Ingleton.'],
    ],
    [
      'straight quote opening the next sentence',
      'The hearing ended. "We will appeal," he said.',
      ['The hearing ended.', '"We will appeal," he said.'],
    ],
    [
      'question inside a quote followed by attribution',
      '“Is this legal?” he asked. Nobody answered.',
      ['“Is this legal?” he asked.', 'Nobody answered.'],
    ],
    [
      'title abbreviations',
      'Mr. Smith met Dr. Jones and Prof. Lee. They talked.',
      ['Mr. Smith met Dr. Jones and Prof. Lee.', 'They talked.'],
    ],
    [
      'plural titles before a list of names',
      'Among the candidates are Reps. Ann Lee and Tom Diaz. Sens. Ruth Ames and Al Ortiz declined.',
      [
        'Among the candidates are Reps. Ann Lee and Tom Diaz.',
        'Sens. Ruth Ames and Al Ortiz declined.',
      ],
    ],
    [
      'U.S. mid-sentence',
      'The U.S. Justice Department sued. It lost.',
      ['The U.S. Justice Department sued.', 'It lost.'],
    ],
    [
      'U.S. ending a sentence',
      'The company moved to the U.S. The move was costly.',
      ['The company moved to the U.S.', 'The move was costly.'],
    ],
    [
      'Inc. mid-sentence and at the end',
      'Apple Inc. Chief Executive spoke. Shares rose at Facebook Inc. The market shrugged.',
      ['Apple Inc. Chief Executive spoke.', 'Shares rose at Facebook Inc.', 'The market shrugged.'],
    ],
    [
      'vs.',
      'It was Amnesty vs. NSO in court. Both came.',
      ['It was Amnesty vs. NSO in court.', 'Both came.'],
    ],
    [
      'month abbreviation before a day',
      'The hearing is on Jan. 16 in Tel Aviv. It is closed.',
      ['The hearing is on Jan. 16 in Tel Aviv.', 'It is closed.'],
    ],
    [
      'No. before a number',
      'He was No. 2 in the ranking. Then he fell.',
      ['He was No. 2 in the ranking.', 'Then he fell.'],
    ],
    ['no as a word', 'She said no. The deal collapsed.', ['She said no.', 'The deal collapsed.']],
    [
      'initials',
      'J. R. R. Tolkien and John F. Kennedy were named. Both are dead.',
      ['J. R. R. Tolkien and John F. Kennedy were named.', 'Both are dead.'],
    ],
    [
      'glued initials',
      'J.K. Rowling wrote it. Fans agreed.',
      ['J.K. Rowling wrote it.', 'Fans agreed.'],
    ],
    [
      'decimals',
      'Shares fell 3.5 percent to $12.75. Analysts shrugged.',
      ['Shares fell 3.5 percent to $12.75.', 'Analysts shrugged.'],
    ],
    [
      'URLs and emails',
      'See www.Example.com/News.Html or write to press.Office@nso.com today. Then wait.',
      ['See www.Example.com/News.Html or write to press.Office@nso.com today.', 'Then wait.'],
    ],
    [
      'e.g. and i.e.',
      'Some states, e.g. Mexico, bought it. Others did not.',
      ['Some states, e.g. Mexico, bought it.', 'Others did not.'],
    ],
    [
      'ellipsis inside a quote continues the sentence',
      'It was “wrong... and baseless,” NSO said. Amnesty disagreed.',
      ['It was “wrong... and baseless,” NSO said.', 'Amnesty disagreed.'],
    ],
    ['question and exclamation', 'Is it legal? Yes! It is.', ['Is it legal?', 'Yes!', 'It is.']],
    ['no terminator at the end', 'The court met. It ruled', ['The court met.', 'It ruled']],
    [
      'glued digits after a year',
      'It began in 2019.The case goes on.',
      ['It began in 2019.', 'The case goes on.'],
    ],
    [
      'lower case after a period is not a boundary',
      'The firm, i.e. NSO, and co. were named.',
      ['The firm, i.e. NSO, and co. were named.'],
    ],
    [
      'multi-sentence quote',
      '“It is over. We lost,” he said.',
      ['“It is over.', 'We lost,” he said.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('returns nothing for blank text', () => {
    expect(segmentSentences('   ')).toEqual([])
  })

  it('keeps spans free of surrounding whitespace', () => {
    const text = '  One here.   Two there.  '
    expect(segmentSentences(text)).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 24 },
    ])
  })
})
