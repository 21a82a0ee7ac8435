import { describe, expect, it } from 'vitest'
import { analyseBody } from '../analyse'
import type { Entity, NumberMention } from '../types'
import { extractDates } from './dates'
import { extractNumbers } from './numbers'

// The extractor on one sentence, with the dates' mask as the pipeline gives it.
function mentionsOf(
  sentence: string,
  entities?: Pick<Entity, 'start' | 'end' | 'key'>[],
): NumberMention[] {
  const { tokens, entities: found } = analyseBody(sentence)
  const { mask } = extractDates({ body: sentence, tokens, entities: found, published: undefined })
  return extractNumbers(sentence, tokens, mask, entities)
}

type Shown = Partial<Omit<NumberMention, 'start' | 'end'>>

function numbersOf(sentence: string): Shown[] {
  return mentionsOf(sentence).map(({ start: _start, end: _end, ...rest }) => rest)
}

/** Only the fields a case names, so each case states what it is about. */
function pick(found: Shown[], fields: readonly (keyof Shown)[]): Shown[] {
  return found.map((n) => Object.fromEntries(fields.filter((f) => f in n).map((f) => [f, n[f]])))
}

const VALUE = ['text', 'value', 'low', 'high', 'unit', 'precision'] as const

describe('extractNumbers: values', () => {
  const cases: Array<[string, Shown[]]> = [
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
    [
      'More than a million people signed.',
      [
        {
          text: 'More than a million',
          value: 1e6,
          low: 1e6,
          unit: 'people',
          precision: 'at-least',
        },
      ],
    ],
    [
      'Organisers expected 10 or more speakers.',
      [{ text: '10 or more', value: 10, low: 10, unit: 'speaker', precision: 'at-least' }],
    ],
    [
      'He signed a dozen or so letters.',
      [{ text: 'a dozen or so', value: 12, unit: 'letter', precision: 'approximate' }],
    ],
    [
      'A half-dozen bakers quit.',
      [{ text: 'A half-dozen', value: 6, unit: 'baker', precision: 'exact' }],
    ],
    ['One of the lawyers spoke.', []],
    ['The court heard the case.', []],
  ]
  it.each(cases)('%s', (sentence, expected) => {
    expect(pick(numbersOf(sentence), VALUE)).toEqual(expected)
  })

  it('leaves the figures of a date to the date', () => {
    expect(numbersOf('The interview took place in June 2018.')).toEqual([])
    expect(numbersOf('The panel met on Oct. 14 to vote.')).toEqual([])
  })

  it('counts the noun after a date inside the phrase', () => {
    expect(
      pick(numbersOf('Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.'), [
        'value',
        'unit',
      ]),
    ).toEqual([
      { value: 15, unit: 'hijacker' },
      { value: 19, unit: 'hijacker' },
    ])
  })
})

describe('extractNumbers: types', () => {
  const cases: Array<[string, Shown[]]> = [
    ['The school spent $3,000 on paint.', [{ text: '$3,000', type: 'money' }]],
    ['Nearly 40 percent of tenants moved.', [{ text: 'Nearly 40 percent', type: 'percent' }]],
    ['The club has 212 members.', [{ text: '212', type: 'count' }]],
    ['Maria Lopez, 34, runs the shop.', [{ text: '34', type: 'age', unit: 'year' }]],
    ['The 61-year-old pilot landed.', [{ text: '61-year-old', type: 'age' }]],
    ['Ann Kim, aged 70, retired.', [{ text: '70', type: 'age' }]],
    ['The council voted 7-2 to close it.', [{ text: '7-2', type: 'tally', parts: [7, 2] }]],
    ['The board approved the plan 11 to 4.', [{ text: '11 to 4', type: 'tally', parts: [11, 4] }]],
    ['It passed in a 5-to-3 decision.', [{ text: '5-to-3', type: 'tally', parts: [5, 3] }]],
    ['The strike lasted 12 days.', [{ text: '12', type: 'duration', unit: 'day', days: 12 }]],
    [
      'The museum was shut for two months.',
      [{ text: 'two', type: 'duration', unit: 'month', days: 60.875 }],
    ],
    ['Her 1998 campaign was short.', [{ text: '1998', type: 'year' }]],
    [
      'He taught there from 2001 to 2004.',
      [{ text: '2001 to 2004', type: 'year', low: 2001, high: 2004, precision: 'range' }],
    ],
    ['In his second term he slowed down.', [{ text: 'second', type: 'ordinal', value: 2 }]],
    ['She was the No. 4 seed.', [{ text: 'No. 4', type: 'ordinal', value: 4 }]],
    ['They lost in the 3rd round.', [{ text: '3rd', type: 'ordinal', value: 3 }]],
    ['The pipe runs 1,200 miles.', [{ text: '1,200', type: 'other', unit: 'mile' }]],
    ['Voters aged 18 to 24 stayed home.', [{ text: '18 to 24', type: 'age', precision: 'range' }]],
    ['Fares rose 5-10% in May.', [{ text: '5-10%', type: 'percent', low: 5, high: 10 }]],
    ['Tickets cost $20-30 each.', [{ text: '$20-30', type: 'money', unit: 'USD', low: 20 }]],
    ['The 2016-17 season was long.', [{ text: '2016-17', type: 'year', low: 2016, high: 2017 }]],
    ['About 2000 people marched.', [{ text: 'About 2000', type: 'count' }]],
  ]
  it.each(cases)('%s', (sentence, expected) => {
    const fields = Object.keys(expected[0] ?? { text: '' }) as (keyof Shown)[]
    expect(pick(numbersOf(sentence), fields)).toEqual(expected)
  })
})

describe('extractNumbers: what a figure measures', () => {
  const cases: Array<[string, string | undefined]> = [
    ['The charity received $12,500 in private donations.', 'private donation'],
    ['She left $3,000 to a hospice.', 'hospice'],
    ['A penalty of $40,000 was imposed.', 'penalty'],
    ['He has a $2 million budget.', 'budget'],
    ['Crews found 14 rusty bicycles.', 'rusty bicycle'],
    ['Nine of the 30 passengers were hurt.', 'passenger'],
    ['The approval rating was 41%.', 'approval rating'],
    ['A tax rate of 31% applies.', 'tax rate'],
    ['She paid 30% of her income.', 'income'],
    ['Volunteers built 10 more houses.', 'house'],
    ['Staff went three weeks without pay.', 'without pay'],
    ['The library was funded for three weeks.', 'fund'],
    ['The strike lasted 12 days.', 'strike'],
    ['He faces a 90-day review.', 'review'],
    ['They spent two years of talks on it.', 'talk'],
    ['The board voted by a vote of 52 to 47.', 'vote'],
    ['The court issued a 6-3 ruling.', 'ruling'],
    ['Twelve arrived late.', undefined],
    ['The two senators voted no.', 'senator'],
    ['Rents rose 4% in the 1990s.', undefined],
    ['A 6-3 vote days later ended it.', 'vote'],
    ['He said "42" twice.', undefined],
  ]
  it.each(cases)('%s → %s', (sentence, measure) => {
    expect(numbersOf(sentence)[0]?.measure).toBe(measure)
  })
})

describe('extractNumbers: whose quantity', () => {
  it('reads the subject of an age from the name beside it', () => {
    expect(numbersOf('Maria Lopez, 34, runs the shop.')[0]?.subject).toBe('lopez')
    expect(numbersOf('The 61-year-old Garcia landed.')[0]?.subject).toBe('garcia')
    expect(numbersOf('Tom Reyes, a 52-year-old welder, spoke.')[0]?.subject).toBe('reyes')
    expect(numbersOf('Senator Jo Park of Utah, 66, spoke.')[0]?.subject).toBe('park')
  })

  it('reads a possessor or the name before the verb', () => {
    expect(numbersOf("The mayor's approval rating was 41%.")[0]).toMatchObject({
      measure: 'approval rating',
      subject: 'mayor',
    })
    expect(numbersOf("Lee's tax rate was 31%.")[0]?.subject).toBe('lee')
    expect(numbersOf('The Hendersons paid 28% in state taxes.')[0]).toMatchObject({
      subject: 'hendersons',
      measure: 'state tax',
    })
    expect(numbersOf('The Senate voted 61-38 on Friday.')[0]?.subject).toBe('senate')
  })

  it('uses the key of the entity that covers the subject', () => {
    const sentence = 'Maria Lopez, 34, runs the shop.'
    const entity = { start: 0, end: 11, key: 'maria-lopez' }
    expect(sentence.slice(entity.start, entity.end)).toBe('Maria Lopez')
    expect(mentionsOf(sentence, [entity])[0]?.subject).toBe('maria-lopez')
  })

  it('names no subject where the sentence shows none', () => {
    expect(numbersOf('About 300 people were evacuated.')[0]?.subject).toBeUndefined()
  })
})

describe('extractNumbers: vague quantities', () => {
  const cases: Array<[string, Shown]> = [
    [
      'Hundreds of thousands of residents fled.',
      { text: 'Hundreds of thousands', low: 2e5, high: 999000, vague: true, measure: 'resident' },
    ],
    ['Dozens of volunteers came.', { text: 'Dozens', low: 24, high: 144, vague: true }],
    [
      'Several hundred fans waited.',
      { text: 'Several hundred', low: 300, high: 1000, vague: true },
    ],
    ['A handful of shops opened.', { text: 'A handful', low: 2, high: 8, vague: true }],
    [
      'Donors gave tens of thousands of dollars.',
      { text: 'tens of thousands of dollars', type: 'money', unit: 'USD', vague: true },
    ],
    [
      'She is in her early 40s.',
      { text: 'early 40s', type: 'age', low: 40, high: 43, vague: true },
    ],
    ['A few weeks passed.', { text: 'A few', type: 'duration', low: 2, high: 6, vague: true }],
  ]
  it.each(cases)('%s', (sentence, expected) => {
    const [found] = numbersOf(sentence)
    expect(found).toMatchObject(expected)
    expect(found?.precision).toBe('approximate')
  })

  it('keeps bounds and estimates apart from vague words', () => {
    expect(numbersOf('More than a million people signed.')[0]?.vague).toBeUndefined()
    expect(numbersOf('Nearly $8 million was lost.')[0]?.vague).toBeUndefined()
    expect(numbersOf('The couple married in May.')).toEqual([])
  })

  it('reads `a couple` as a count only before `of` or a scale word', () => {
    expect(numbersOf('He met a couple of voters.')[0]).toMatchObject({ text: 'a couple', low: 2 })
    expect(numbersOf('It cost a couple hundred dollars.')[0]?.vague).toBe(true)
    // A married couple is two people, but no outlet counting them wrote a figure.
    expect(numbersOf('He helped a couple whose children were hurt in a crash.')).toEqual([])
  })
})

describe('extractNumbers: shares', () => {
  it('reads written fractions as percentages of what follows', () => {
    expect(numbersOf('Two-thirds of members agreed.')[0]).toMatchObject({
      type: 'percent',
      unit: 'percent',
      measure: 'member',
    })
    expect(numbersOf('Two-thirds of members agreed.')[0]?.value).toBeCloseTo(66.667, 2)
    expect(numbersOf('Half of the tenants left.')[0]).toMatchObject({ value: 50, type: 'percent' })
  })

  it('leaves fractions that are not shares alone', () => {
    expect(numbersOf('They installed a third-party app.')).toEqual([])
    expect(numbersOf('He waited half an hour.')).toEqual([])
    expect(numbersOf('He won a third term.')[0]).toMatchObject({ type: 'ordinal', value: 3 })
  })
})

describe('extractNumbers: odd input', () => {
  it.each([
    ['a currency sign with no figure', '$ signs were painted on the wall.'],
    ['digits badly grouped', 'The codes 1,2,3 were used.'],
    ['an ordinal with no noun', 'She came first.'],
    ['an ordinal before a name', 'It was the first Mr. Ito had seen.'],
    ['a day of the month', 'The Jan. 6 hearing resumed.'],
    ['a figure that points back', 'Critics see no distinction between the two.'],
    ['a figure that points back, with a partitive', 'The three of them left early.'],
  ])('%s', (_, sentence) => {
    expect(numbersOf(sentence)).toEqual([])
  })

  it('keeps a quoted figure without a measure', () => {
    expect(numbersOf('He said "42" twice.')).toEqual([
      { text: '42', value: 42, precision: 'exact', type: 'count' },
    ])
  })

  it('reads a minus sign', () => {
    expect(numbersOf('Output changed by -5% last year.')[0]).toMatchObject({
      value: -5,
      type: 'percent',
    })
  })

  it('reads zero', () => {
    expect(numbersOf('Exactly 0 people attended.')[0]).toMatchObject({ value: 0, type: 'count' })
  })

  it('gives each mention offsets into the body', () => {
    const sentence = 'Crews found 14 bicycles, Jo Ames, 41, said, after 3 weeks.'
    for (const n of mentionsOf(sentence)) expect(sentence.slice(n.start, n.end)).toBe(n.text)
  })

  it('stays linear on a long run of figures', () => {
    // Figures below 1000, which the dates would not take for years.
    const figures = Array.from({ length: 3000 }, (_, i) => `${(i % 999) + 1} boats`)
    const sentence = figures.join(' and ') + '.'
    const found = mentionsOf(sentence)
    expect(found).toHaveLength(3000)
    expect(found.every((n) => n.type === 'count' && n.measure === 'boat')).toBe(true)
  })
})
