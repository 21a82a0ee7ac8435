import { describe, expect, it } from 'vitest'
import { entityKey, keySurname, sameEntity, slugify } from './keys'

describe('keys', () => {
  it('makes a key from the type and canonical name only', () => {
    expect(entityKey('organisation', 'Ministry of Defense')).toBe('org:ministry-of-defense')
    expect(entityKey('person', 'Rachel Barkai')).toBe('person:rachel-barkai')
    expect(slugify('NSO’s Café')).toBe('nso-cafe')
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
  ])('sameEntity(%s, %s) is %s', (a, b, expected) => {
    expect(sameEntity(a, b)).toBe(expected)
    expect(sameEntity(b, a)).toBe(expected)
  })

  it('reads the surname of a person key only', () => {
    expect(keySurname('person:rachel-barkai')).toBe('barkai')
    expect(keySurname('org:nso')).toBeUndefined()
  })
})
