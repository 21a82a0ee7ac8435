import { describe, expect, it } from 'vitest'
import { formalGivenName, parsePersonName } from './person-names'

describe('parsePersonName', () => {
  it.each([
    ['Cesar Sayoc', 'Cesar', 'Sayoc', 'Cesar Sayoc'],
    ['Cesar A. Sayoc Jr.', 'Cesar', 'Sayoc', 'Cesar Sayoc'],
    ['Cesar Sayoc, Jr.', 'Cesar', 'Sayoc', 'Cesar Sayoc'],
    ['Robert S. Doe III', 'Robert', 'Doe', 'Robert Doe'],
    ['Sen. Maria T. Lopez', 'Maria', 'Lopez', 'Maria Lopez'],
    ['Mr. Sayoc', undefined, 'Sayoc', 'Sayoc'],
    ['Mary Ellen Roe', 'Mary', 'Roe', 'Mary Roe'],
    ['William "Bud" Tanner', 'William', 'Tanner', 'William Tanner'],
    ['Ursula von der Leyen', 'Ursula', 'von der Leyen', 'Ursula von der Leyen'],
    ['Bill Smith', 'Bill', 'Smith', 'william Smith'],
    ['Sayoc', undefined, 'Sayoc', 'Sayoc'],
  ])('%s: given %s, surname %s, keyed as %s', (name, given, surname, keyName) => {
    const parsed = parsePersonName(name)
    expect(parsed.given).toBe(given)
    expect(parsed.surname).toBe(surname)
    expect(parsed.keyName).toBe(keyName)
  })

  it('never takes a suffix or a title for the surname', () => {
    expect(parsePersonName('Jr.').surname).toBe('Jr.')
    expect(parsePersonName('Mr. Jr.').surname).toBe('Jr.')
    expect(parsePersonName('Judge Roe Sr.').surname).toBe('Roe')
  })

  it('keeps a given name with no familiar form as written', () => {
    expect(formalGivenName('Chuck')).toBe('charles')
    expect(formalGivenName('Zbigniew')).toBe('Zbigniew')
    expect(parsePersonName('').keyName).toBe('')
  })
})
