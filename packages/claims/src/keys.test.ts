import { describe, expect, it } from 'vitest'
import { entityKey, keySurname, sameEntity, slugify } from './keys'

describe('keys', () => {
  it('makes a key from the type and canonical name only', () => {
    expect(entityKey('organisation', 'Ministry of Defense')).toBe('org:ministry-of-defense')
    expect(entityKey('person', 'Rachel Barkai')).toBe('person:rachel-barkai')
    expect(slugify('NSO’s Café')).toBe('nso-cafe')
  })

  it('keys a person by given name and surname however the name is written', () => {
    for (const name of ['Cesar Sayoc', 'Cesar A. Sayoc', 'Cesar Sayoc Jr.', 'Mr. Cesar Sayoc'])
      expect(entityKey('person', name)).toBe('person:cesar-sayoc')
    expect(entityKey('person', 'Bob Roe')).toBe(entityKey('person', 'Robert Roe'))
    expect(entityKey('organisation', 'Acme Jr.')).toBe('org:acme-jr')
  })

  it.each([
    ['person:barkai', 'person:rachel-barkai', true],
    ['person:rachel-barkai', 'person:rachel-barkai', true],
    ['person:rachel-barkai', 'person:dana-barkai', false],
    ['other:pegasus', 'product:pegasus', true],
    ['other:biden', 'person:joe-biden', true],
    ['other:joe', 'person:joe-biden', false],
    ['org:nso', 'place:nso', false],
    ['org:nso', 'org:amnesty-international', false],
    // Titles, initials, middle names and generational suffixes in keys made elsewhere.
    ['person:sen-cesar-a-sayoc-jr', 'person:cesar-sayoc', true],
    ['person:mr-sayoc', 'person:cesar-sayoc', true],
    ['person:president-roe', 'person:jane-roe', true],
    ['person:cesar-sayoc-jr', 'person:cesar-sayoc-sr', true],
    ['person:mary-ellen-roe', 'person:mary-roe', true],
    ['person:chuck-roe', 'person:charles-roe', true],
    ['person:mr-sayoc', 'person:ms-sayoc', false],
    ['person:mr-sayoc', 'person:sen-sayoc', true],
    ['person:sen-jane-roe', 'person:sen-john-roe', false],
    ['person:jane-roe', 'person:jane-doe', false],
    // A one-word name of unknown kind against a person's surname, whatever the person's key holds.
    ['other:sayoc', 'person:cesar-a-sayoc-jr', true],
    ['other:sayoc-jr', 'person:cesar-sayoc', true],
    ['other:cesar', 'person:cesar-sayoc', false],
    ['other:white-house', 'org:white-house', true],
    ['org:white-house', 'place:white-house', false],
    ['', 'person:roe', false],
  ])('sameEntity(%s, %s) is %s', (a, b, expected) => {
    expect(sameEntity(a, b)).toBe(expected)
    expect(sameEntity(b, a)).toBe(expected)
  })

  it('reads the surname of a person key only', () => {
    expect(keySurname('person:rachel-barkai')).toBe('barkai')
    expect(keySurname('person:cesar-a-sayoc-jr')).toBe('sayoc')
    expect(keySurname('org:nso')).toBeUndefined()
    expect(keySurname('no-colon')).toBeUndefined()
  })
})
