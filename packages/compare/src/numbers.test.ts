import type { NumberMention } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import type { QuantityInClaim, QuantityRelation } from './numbers'
import { compareQuantities, looksLikeYear, measuresMatch } from './numbers'

const n = (
  text: string,
  value: number,
  precision: NumberMention['precision'] = 'exact',
  extra: Partial<NumberMention> = {},
): NumberMention => ({
  start: 0,
  end: text.length,
  text,
  value,
  precision,
  type: 'count',
  ...extra,
})

/** A mention as it was recorded before mentions had a type. */
function untyped(mention: NumberMention): NumberMention {
  const { type: _type, ...rest } = mention
  return rest as NumberMention
}

describe('looksLikeYear', () => {
  it('goes by the type when there is one', () => {
    expect(looksLikeYear(n('2018', 2018, 'exact', { type: 'year' }))).toBe(true)
    expect(looksLikeYear(n('2018', 2018))).toBe(false)
  })

  it('takes bare four-digit numbers in range for years when the type is missing', () => {
    expect(looksLikeYear(untyped(n('2018', 2018)))).toBe(true)
    expect(looksLikeYear(untyped(n('2018 users', 2018, 'exact', { unit: 'user' })))).toBe(false)
    expect(looksLikeYear(untyped(n('1,400', 1400)))).toBe(false)
  })
})

describe('measuresMatch', () => {
  it.each([
    ['nurse', 'registered nurse', true],
    ['donor fund', 'fund', true],
    ['funding', 'fund', true],
    ['illegal immigrant', 'undocumented immigrant', false],
    ['without pay', 'pay', false],
    ['tax rate', 'income', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(measuresMatch(a, b)).toBe(expected)
    expect(measuresMatch(b, a)).toBe(expected)
  })
})

/** Each mention alone in its claim unless the claim's other numbers are given. */
const side = (number: NumberMention, others: NumberMention[] = []): QuantityInClaim => ({
  number,
  numbers: [number, ...others],
})

function relation(a: QuantityInClaim, b: QuantityInClaim): QuantityRelation {
  const forward = compareQuantities(a, b)
  // The relation does not depend on which outlet comes first.
  expect(compareQuantities(b, a)).toBe(forward)
  return forward
}

describe('compareQuantities at the precision each outlet states', () => {
  it.each([
    ['about 300 and 297 agree', n('about 300', 300, 'approximate'), n('297', 297), 'same'],
    ['300 and 350 conflict', n('300', 300), n('350', 350), 'conflict'],
    ['about 300 and 350 conflict', n('about 300', 300, 'approximate'), n('350', 350), 'conflict'],
    ['equal exact values agree', n('1,400', 1400), n('1400', 1400), 'same'],
    [
      '1.4 million covers 1,420,000',
      n('1.4 million', 1_400_000),
      n('1,420,000', 1_420_000),
      'same',
    ],
    [
      '1.4 million and 1.6 million conflict',
      n('1.4 million', 1_400_000),
      n('1.6 million', 1_600_000),
      'conflict',
    ],
    [
      'more than 60,000 covers 65,000, stating less',
      n('more than 60,000', 60_000, 'at-least'),
      n('65,000', 65_000),
      'vaguer',
    ],
    [
      'more than 60,000 twice agree',
      n('more than 60,000', 60_000, 'at-least'),
      n('over 60,000', 60_000, 'at-least'),
      'same',
    ],
    [
      'more than 60,000 excludes 50,000',
      n('more than 60,000', 60_000, 'at-least'),
      n('50,000', 50_000),
      'conflict',
    ],
    ['at most 10 covers 8, stating less', n('at most 10', 10, 'at-most'), n('8', 8), 'vaguer'],
    [
      'a range covers a value inside',
      n('20 to 30', 25, 'range', { low: 20, high: 30 }),
      n('28', 28),
      'same',
    ],
    [
      'a range excludes a value outside',
      n('20 to 30', 25, 'range', { low: 20, high: 30 }),
      n('31', 31),
      'conflict',
    ],
  ])('%s', (_, a, b, expected) => {
    expect(relation(side(a), side(b))).toBe(expected)
  })

  it('takes a vague quantity for the span its words allow', () => {
    const dozens = n('dozens', 24, 'approximate', { low: 24, high: 144, vague: true })
    expect(relation(side(dozens), side(n('60', 60)))).toBe('vaguer')
    expect(relation(side(dozens), side(n('200', 200)))).toBe('conflict')
  })
})

const money = (text: string, value: number, extra: Partial<NumberMention> = {}) =>
  n(text, value, 'exact', { type: 'money', unit: 'USD', ...extra })
const percent = (text: string, value: number, extra: Partial<NumberMention> = {}) =>
  n(text, value, 'exact', { type: 'percent', unit: 'percent', ...extra })
const weeks = (text: string, value: number, measure?: string) =>
  n(text, value, 'exact', {
    type: 'duration',
    unit: 'week',
    days: value * 7,
    ...(measure ? { measure } : {}),
  })

describe('compareQuantities: which quantities are the same', () => {
  it('compares only quantities of one type', () => {
    const share = percent('12%', 12)
    const count = n('12', 12, 'exact', { measure: 'member' })
    expect(relation(side(share), side(count))).toBe('incomparable')
  })

  it('keeps apart the rates of two different payers', () => {
    const owner = percent('31%', 31, { measure: 'tax rate', subject: 'lee' })
    const others = percent('30.4%', 30.4, { measure: 'income', subject: 'hendersons' })
    expect(relation(side(owner), side(others))).toBe('incomparable')
    // The same payer and measure, written to the unit by one outlet and to a tenth by the other.
    const rounded = percent('30%', 30, { measure: 'tax rate', subject: 'lee' })
    const precise = percent('30.4%', 30.4, { measure: 'effective tax rate', subject: 'lee' })
    expect(relation(side(rounded), side(precise))).toBe('same')
    const lower = percent('29%', 29, { measure: 'tax rate', subject: 'lee' })
    expect(relation(side(lower), side(precise))).toBe('conflict')
  })

  it('matches a subject key with the name it was made from', () => {
    const a = n('44', 44, 'exact', { type: 'age', subject: 'dana-ruiz' })
    const b = n('44', 44, 'exact', { type: 'age', subject: 'ruiz' })
    expect(relation(side(a), side(b))).toBe('same')
  })

  it('keeps apart durations of different things', () => {
    const unpaid = weeks('six', 6, 'without pay')
    const funded = weeks('two', 2, 'fund')
    expect(relation(side(unpaid), side(funded))).toBe('incomparable')
    const paid = weeks('six', 6, 'pay')
    expect(relation(side(unpaid), side(paid))).toBe('incomparable')
  })

  it('lines up a measure with a more specific one of the same head', () => {
    const all = n('hundreds of thousands', 2e5, 'approximate', {
      low: 2e5,
      high: 999_000,
      vague: true,
      measure: 'nurse',
    })
    const specific = n('450,000', 450_000, 'exact', { measure: 'registered nurse' })
    expect(relation(side(all), side(specific))).toBe('vaguer')
    const other = n('450,000', 450_000, 'exact', { measure: 'teacher' })
    expect(relation(side(all), side(other))).toBe('incomparable')
  })

  it('compares a quantity without a measure only when each is its claim’s one of that type', () => {
    const bare = money('$2 million', 2e6)
    const named = money('$3.5 million', 3.5e6, { measure: 'grant' })
    expect(relation(side(bare), side(named))).toBe('conflict')
    const extra = money('$40,000', 40_000, { measure: 'fee' })
    expect(relation(side(bare, [extra]), side(named))).toBe('incomparable')
    // Numbers of other types in the claim do not stand in the way.
    const count = n('3', 3, 'exact', { measure: 'donor' })
    expect(relation(side(bare, [count]), side(named))).toBe('conflict')
  })

  it('does not compare different currencies', () => {
    const dollars = money('$500', 500)
    const euros = money('€500', 500, { unit: 'EUR' })
    expect(relation(side(dollars), side(euros))).toBe('incomparable')
  })

  it('does not compare values that are not finite', () => {
    expect(relation(side(n('x', Number.NaN)), side(n('3', 3)))).toBe('incomparable')
  })
})

describe('compareQuantities: values at the precision each outlet states', () => {
  it.each([
    [
      'nearly $9 million covers $8,971,200',
      money('nearly $9 million', 9e6, { precision: 'approximate' }),
      money('$8,971,200', 8_971_200),
      'same',
    ],
    [
      '$9 million covers $8.6 million',
      money('$9 million', 9e6),
      money('$8.6 million', 8.6e6),
      'same',
    ],
    [
      'nearly $9 million stays below $9.8 million',
      money('nearly $9 million', 9e6, { precision: 'approximate' }),
      money('$9.8 million', 9.8e6),
      'conflict',
    ],
    ['$9 million and $10 million', money('$9 million', 9e6), money('$10 million', 1e7), 'conflict'],
    [
      '$1.4 million and $1.5 million',
      money('$1.4 million', 1.4e6),
      money('$1.5 million', 1.5e6),
      'conflict',
    ],
    ['$250 and $251', money('$250', 250), money('$251', 251), 'conflict'],
    ['about 300 covers 320', n('about 300', 300, 'approximate'), n('320', 320), 'same'],
    [
      'more than 60 excludes 58',
      n('more than 60', 60, 'at-least', { low: 60 }),
      n('58', 58),
      'conflict',
    ],
    [
      'more than 60 covers 63: a bound states less than a figure, a hedge',
      n('more than 60', 60, 'at-least', { low: 60 }),
      n('63', 63),
      'vaguer',
    ],
    ['two-thirds covers 67%', percent('two-thirds', 200 / 3), percent('67%', 67), 'same'],
  ])('%s', (_, a, b, expected) => {
    expect(relation(side(a), side(b))).toBe(expected)
  })
})

describe('compareQuantities: vagueness', () => {
  const span = (text: string, low: number, high: number, extra: Partial<NumberMention> = {}) =>
    n(text, low, 'approximate', { low, high, vague: true, ...extra })

  it('calls a vague quantity against a figure inside it a hedge', () => {
    expect(relation(side(span('dozens', 24, 144)), side(n('70', 70)))).toBe('vaguer')
    expect(
      relation(side(span('hundreds', 200, 999)), side(n('about 400', 400, 'approximate'))),
    ).toBe('vaguer')
  })

  it('calls a vague quantity against a figure outside it a conflict', () => {
    expect(relation(side(span('dozens', 24, 144)), side(n('900', 900)))).toBe('conflict')
  })

  it('takes two vague quantities that overlap for the same', () => {
    expect(relation(side(span('dozens', 24, 144)), side(span('scores', 40, 200)))).toBe('same')
  })

  it('reads an age by decade as a span of years', () => {
    const fifties = span('50s', 50, 59, { type: 'age', subject: 'ito' })
    expect(
      relation(side(fifties), side(n('57', 57, 'exact', { type: 'age', subject: 'ito' }))),
    ).toBe('vaguer')
    expect(
      relation(side(fifties), side(n('61', 61, 'exact', { type: 'age', subject: 'ito' }))),
    ).toBe('conflict')
  })
})

describe('compareQuantities: kinds of quantity', () => {
  const tally = (text: string, parts: number[], extra: Partial<NumberMention> = {}) =>
    n(text, parts[0] ?? 0, 'exact', { type: 'tally', parts, ...extra })
  const age = (value: number, subject?: string) =>
    n(String(value), value, 'exact', { type: 'age', unit: 'year', ...(subject ? { subject } : {}) })

  it('compares tallies part by part', () => {
    expect(relation(side(tally('61-38', [61, 38])), side(tally('61 to 38', [61, 38])))).toBe('same')
    expect(relation(side(tally('61-38', [61, 38])), side(tally('62-38', [62, 38])))).toBe(
      'conflict',
    )
    const house = tally('310-95', [310, 95], { subject: 'house' })
    const senate = tally('88-11', [88, 11], { subject: 'senate' })
    expect(relation(side(house), side(senate))).toBe('incomparable')
  })

  it('compares durations in days', () => {
    const days = n('42', 42, 'exact', {
      type: 'duration',
      unit: 'day',
      days: 42,
      measure: 'without pay',
    })
    expect(relation(side(weeks('six', 6, 'without pay')), side(days))).toBe('same')
    expect(relation(side(weeks('four', 4, 'without pay')), side(days))).toBe('conflict')
    const years = n('two', 2, 'exact', { type: 'duration', unit: 'year', days: 730.5 })
    const months = n('21', 21, 'exact', { type: 'duration', unit: 'month', days: 639.1875 })
    expect(relation(side(years), side(months))).toBe('same')
    expect(relation(side(weeks('three', 3)), side(weeks('four', 4)))).toBe('conflict')
  })

  it('compares spans of years by their ends', () => {
    const span = (low: number, high: number) =>
      n(`${low} to ${high}`, low, 'range', { type: 'year', low, high })
    expect(relation(side(span(1988, 1994)), side(span(1988, 1994)))).toBe('same')
    expect(relation(side(span(1988, 1994)), side(span(1987, 1993)))).toBe('conflict')
    const single = n('1990', 1990, 'exact', { type: 'year' })
    expect(relation(side(span(1988, 1994)), side(single))).toBe('incomparable')
  })

  it('compares ages of one person, and of the one person each sentence ages', () => {
    expect(relation(side(age(44, 'ruiz')), side(age(45, 'ruiz')))).toBe('conflict')
    expect(relation(side(age(44, 'ruiz')), side(age(61, 'ito')))).toBe('incomparable')
    expect(relation(side(age(44)), side(age(45, 'ruiz')))).toBe('conflict')
    expect(relation(side(age(44), [age(61, 'ito')]), side(age(45, 'ruiz')))).toBe('incomparable')
  })

  it('compares ranks of the same thing', () => {
    const third = n('third', 3, 'exact', { type: 'ordinal', measure: 'term' })
    const fourth = n('fourth', 4, 'exact', { type: 'ordinal', measure: 'term' })
    expect(relation(side(third), side(fourth))).toBe('conflict')
  })

  it('gives mentions recorded without a type one from their unit', () => {
    const old = untyped(n('300 patients', 300, 'exact', { unit: 'patient' }))
    const other = untyped(n('350 patients', 350, 'exact', { unit: 'patient' }))
    expect(relation(side(old), side(other))).toBe('conflict')
    const share = untyped(n('300%', 300, 'exact', { unit: 'percent' }))
    expect(relation(side(old), side(share))).toBe('incomparable')
  })
})
