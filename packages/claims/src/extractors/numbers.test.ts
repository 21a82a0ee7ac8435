import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'

function numbersOf(sentence: string) {
  return extractClaims(articleOf([sentence])).flatMap((c) =>
    c.numbers.map(({ text, value, unit, precision, low, high }) => ({
      text,
      value,
      unit,
      precision,
      low,
      high,
    })),
  )
}

describe('numbers', () => {
  const cases: Array<[string, Array<Record<string, unknown>>]> = [
    [
      'The fine was $250,000 in total.',
      [{ text: '$250,000', value: 250000, unit: 'USD', precision: 'exact' }],
    ],
    [
      'The fine was 250,000 dollars in total.',
      [{ text: '250,000 dollars', value: 250000, unit: 'USD', precision: 'exact' }],
    ],
    [
      'The fine was a quarter of a million dollars.',
      [{ text: 'a quarter of a million dollars', value: 250000, unit: 'USD', precision: 'exact' }],
    ],
    [
      'It hacked about 1,400 users across four continents.',
      [
        { text: 'about 1,400', value: 1400, unit: 'user', precision: 'approximate' },
        { text: 'four', value: 4, unit: 'continent', precision: 'exact' },
      ],
    ],
    [
      'A couple dozen government officials were present.',
      [{ text: 'A couple dozen', value: 24, unit: 'official', precision: 'approximate' }],
    ],
    [
      'The deal was worth more than $60,000.',
      [{ text: 'more than $60,000', value: 60000, low: 60000, unit: 'USD', precision: 'at-least' }],
    ],
    [
      'Abuse occurred in at least three cases.',
      [{ text: 'at least three', value: 3, low: 3, unit: 'case', precision: 'at-least' }],
    ],
    [
      'Between 10 and 20 people were hurt.',
      [
        {
          text: 'Between 10 and 20',
          value: 10,
          low: 10,
          high: 20,
          unit: 'people',
          precision: 'range',
        },
      ],
    ],
    [
      'The company raised $1.2bn last year.',
      [{ text: '$1.2bn', value: 1.2e9, unit: 'USD', precision: 'exact' }],
    ],
    [
      'Support fell to twenty-five percent.',
      [{ text: 'twenty-five percent', value: 25, unit: 'percent', precision: 'exact' }],
    ],
    [
      'The deal was worth $5 million to $10 million.',
      [
        {
          text: '$5 million to $10 million',
          value: 5e6,
          low: 5e6,
          high: 1e7,
          unit: 'USD',
          precision: 'range',
        },
      ],
    ],
    ['One of the lawyers spoke.', []],
    ['The court heard the case.', []],
  ]
  it.each(cases)('%s', (sentence, expected) => {
    const found = numbersOf(sentence).map((n) =>
      Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)),
    )
    expect(found).toEqual(expected)
  })

  it('leaves the figures of a date to the date', () => {
    expect(numbersOf('The interview took place in June 2018.')).toEqual([])
  })
})
