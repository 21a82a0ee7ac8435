import type { NumberMention } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { looksLikeYear, numberInterval, numbersCompatible } from './numbers'

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
  ...extra,
})

describe('numbersCompatible', () => {
  it.each([
    ['about 300 and 297 agree', n('about 300', 300, 'approximate'), n('297', 297), true],
    ['300 and 350 conflict', n('300', 300), n('350', 350), false],
    ['about 300 and 350 conflict', n('about 300', 300, 'approximate'), n('350', 350), false],
    ['equal exact values agree', n('1,400', 1400), n('1400', 1400), true],
    ['1.4 million covers 1,420,000', n('1.4 million', 1_400_000), n('1,420,000', 1_420_000), true],
    [
      '1.4 million and 1.6 million conflict',
      n('1.4 million', 1_400_000),
      n('1.6 million', 1_600_000),
      false,
    ],
    [
      'more than 60,000 covers 65,000',
      n('more than 60,000', 60_000, 'at-least'),
      n('65,000', 65_000),
      true,
    ],
    [
      'more than 60,000 excludes 50,000',
      n('more than 60,000', 60_000, 'at-least'),
      n('50,000', 50_000),
      false,
    ],
    ['at most 10 covers 8', n('at most 10', 10, 'at-most'), n('8', 8), true],
    [
      'a range covers a value inside',
      n('20 to 30', 25, 'range', { low: 20, high: 30 }),
      n('28', 28),
      true,
    ],
    [
      'a range excludes a value outside',
      n('20 to 30', 25, 'range', { low: 20, high: 30 }),
      n('31', 31),
      false,
    ],
  ])('%s', (_, a, b, expected) => {
    expect(numbersCompatible(a, b)).toBe(expected)
    expect(numbersCompatible(b, a)).toBe(expected)
  })

  it('widens approximate values by a tenth', () => {
    expect(numberInterval(n('about 300', 300, 'approximate'))).toEqual([270, 330])
    expect(numberInterval(n('300', 300))).toEqual([300, 300])
  })
})

describe('looksLikeYear', () => {
  it('takes bare four-digit numbers in range for years, counted things not', () => {
    expect(looksLikeYear(n('2018', 2018))).toBe(true)
    expect(looksLikeYear(n('2018 users', 2018, 'exact', { unit: 'user' }))).toBe(false)
    expect(looksLikeYear(n('1,400', 1400))).toBe(false)
  })
})
