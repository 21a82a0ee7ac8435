import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'
import { calendarDay, resolveDate } from './dates'

const published = new Date(Date.UTC(2020, 0, 16)) // a Thursday

describe('resolveDate', () => {
  const cases: Array<[string, string | undefined, string, boolean]> = [
    ['Thursday', '2020-01-16', 'day', true],
    ['Wednesday', '2020-01-15', 'day', true],
    ['last year', '2019', 'year', true],
    ['October', '2019-10', 'month', true],
    ['since May', '2019-05', 'month', true],
    ['January', '2020-01', 'month', true],
    ['June 2018', '2018-06', 'month', false],
    ['16 January 2020', '2020-01-16', 'day', false],
    ['March 3, 2021', '2021-03-03', 'day', false],
    ['2020-01-16', '2020-01-16', 'day', false],
    ['yesterday', '2020-01-15', 'day', true],
    ['two years ago', '2018', 'year', true],
    ['last month', '2019-12', 'month', true],
    ['last week', '2020-01-06', 'week', true],
  ]
  it.each(cases)('%s', (phrase, value, granularity, relative) => {
    const resolved = resolveDate(phrase, published, false)
    expect(resolved).toEqual({ ...(value ? { value } : {}), granularity, relative })
  })

  it('looks forward when the sentence does', () => {
    expect(resolveDate('Tuesday', published, true).value).toBe('2020-01-21')
  })

  it('leaves relative dates unresolved without a published date', () => {
    expect(resolveDate('on Thursday', undefined, false)).toEqual({
      granularity: 'day',
      relative: true,
    })
  })
})

describe('calendarDay', () => {
  it('reads the month and day a phrase names, with or without a year', () => {
    expect(calendarDay('June 25')).toBe('--06-25')
    expect(calendarDay('until Feb. 15')).toBe('--02-15')
    expect(calendarDay('Sept. 3, 2018')).toBe('--09-03')
    expect(calendarDay('on 3rd March')).toBe('--03-03')
  })

  it('gives nothing for a month, a weekday, a year or a day no month has', () => {
    expect(calendarDay('June 2013')).toBeUndefined()
    expect(calendarDay('on Friday')).toBeUndefined()
    expect(calendarDay('2014')).toBeUndefined()
    expect(calendarDay('June 40')).toBeUndefined()
  })
})

describe('dates in claims', () => {
  it('reads a bare date forward in a sentence about what is expected', () => {
    const [claim] = extractClaims(
      articleOf(['The regulator is expected to decide by April 26.'], '2023-03-07'),
    )
    expect(claim?.dates.map((d) => d.value)).toEqual(['2023-04-26'])
    const [past] = extractClaims(articleOf(['The regulator decided on April 26.'], '2023-03-07'))
    expect(past?.dates.map((d) => d.value)).toEqual(['2022-04-26'])
  })

  it('finds and resolves dates against the published date', () => {
    const [claim] = extractClaims(
      articleOf(['A court shut the doors on Thursday after delays since May.'], '2020-01-16'),
    )
    expect(claim?.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([
      ['Thursday', '2020-01-16', 'day'],
      ['since May', '2019-05', 'month'],
    ])
  })

  it('reads a month after a modifier as a month, hyphenated or not, but not the verb', () => {
    const datesOf = (sentence: string) =>
      extractClaims(articleOf([sentence], '2013-02-01')).flatMap((c) =>
        c.dates.map((d) => [d.text, d.value, d.granularity]),
      )
    expect(datesOf('Both parties will hold primaries in mid May.')).toEqual([
      ['mid May', '2013-05', 'month'],
    ])
    expect(datesOf('The vote is scheduled for mid-May.')).toEqual([['mid-May', '2013-05', 'month']])
    expect(datesOf('Officials in Boston may act soon.')).toEqual([])
  })

  it('reads an abbreviated month with its day as a date, after any word', () => {
    const datesOf = (sentence: string) =>
      extractClaims(articleOf([sentence], '2019-01-25'))
        .filter((c) => c.fact === 'main')
        .flatMap((c) => c.dates.map((d) => [d.text, d.value]))
    expect(datesOf('The bill will keep the agencies open until Feb. 15.')).toEqual([
      ['until Feb. 15', '2019-02-15'],
    ])
    expect(datesOf('Talks resume Sept. 3 in Geneva.')).toEqual([['Sept. 3', '2018-09-03']])
    expect(datesOf('May 15 was the deadline, officials said.')).toEqual([['May 15', '2018-05-15']])
    expect(datesOf('Ms. May said it was over.')).toEqual([])
  })

  it('reads a month that is part of a name as no date, and one that puts a time there as one', () => {
    const datesOf = (sentence: string) =>
      extractClaims(articleOf([sentence], '2019-01-25')).flatMap((c) => c.dates.map((d) => d.text))
    expect(datesOf('Prime Minister Theresa May met April Ryan in June.')).toEqual(['June'])
    expect(datesOf('In April Trump said the wall would be built.')).toEqual(['April'])
  })
})

describe('decades', () => {
  const datesOf = (sentence: string) =>
    extractClaims(articleOf([sentence], '2016-11-30'))
      .filter((c) => c.fact === 'main')
      .flatMap((c) => c.dates.map((d) => [d.text, d.value, d.granularity]))

  it('reads an age in decades after a possessive as no date', () => {
    expect(datesOf('The three leaders are all in their 70s now.')).toEqual([])
    expect(datesOf('The winner, who is in her early 40s, moved to the city last year.')).toEqual([
      ['last year', '2015', 'year'],
    ])
  })

  it('reads a decade of the calendar as a year span, not a day', () => {
    expect(resolveDate('the 1970s', undefined, false)).toEqual({
      granularity: 'year',
      relative: false,
    })
    expect(resolveDate('the ’70s', undefined, false)).toEqual({
      granularity: 'year',
      relative: false,
    })
    expect(resolveDate('the 80s', undefined, false)).toEqual({
      granularity: 'year',
      relative: false,
    })
  })
})
