import { describe, expect, it } from 'vitest'
import { normalizePublished } from './published'

describe('normalizePublished', () => {
  it.each<[string | undefined, string | undefined]>([
    ['2020-01-16', '2020-01-16'],
    ['2020-01-16T10:05:00Z', '2020-01-16T10:05:00Z'],
    ['2020-01-16T10:05+0200', '2020-01-16T10:05:00+02:00'],
    ['2020-01-16 10:05:30.123-05:00', '2020-01-16T10:05:30.123-05:00'],
    ['2020-01-16Tgarbage', '2020-01-16'],
    ['January 16, 2020', '2020-01-16'],
    ['Thu, 16 Jan 2020 08:00:00 GMT', '2020-01-16T08:00:00Z'],
    ['2020-02-30', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(normalizePublished(value)).toBe(expected)
  })
})

describe('normalizePublished with loose dates', () => {
  it.each<[string, string | undefined]>([
    ['Jan. 5, 2023, 10:42 a.m.', '2023-01-05'],
    ['Thursday 16 January 2020', '2020-01-16'],
    ['16 Jan 2020 23:30 GMT', '2020-01-16T23:30:00Z'],
    ['Dec 31, 2020 11:59 PM', '2020-12-31'],
  ])('%j → %j', (value, expected) => {
    expect(normalizePublished(value)).toBe(expected)
  })
})
