import { describe, expect, it } from 'vitest'
import { speakerName } from './speaker'

describe('speakerName', () => {
  it('keeps names', () => {
    expect(speakerName('Mr. Trump')).toBe('Mr. Trump')
    expect(speakerName(' Nancy Pelosi, ')).toBe('Nancy Pelosi')
    expect(speakerName('the White House')).toBe('the White House')
    expect(speakerName('Amnesty International')).toBe('Amnesty International')
  })

  it('gives nothing for pronouns, common nouns and blanks', () => {
    for (const words of [
      'their',
      'he',
      'He',
      'They',
      'reference',
      'a spokesman',
      'a senior Democratic aide',
      'the bureau’s Office of Professional Responsibility',
      '',
      '  ',
      undefined,
    ]) {
      expect(speakerName(words)).toBeUndefined()
    }
  })
})
