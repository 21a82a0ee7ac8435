import { describe, expect, it } from 'vitest'
import { keysOf } from './test-entities'

describe('places', () => {
  it.each([
    [
      'AP abbreviations after a town, and the town itself',
      ['Jane Roe of Tacoma, Wash., met John Doe of Springfield, Mass., in Austin, Texas.'],
      [
        'Jane Roe → person:jane-roe',
        'Tacoma → place:tacoma',
        'Wash. → place:washington',
        'John Doe → person:john-doe',
        'Springfield → place:springfield',
        'Mass. → place:massachusetts',
        'Austin → place:austin',
        'Texas → place:texas',
      ],
    ],
    [
      'party affiliations with abbreviations cut by the tokenizer and postal codes',
      ['Sen. Ann Ruiz (D-N.Y.), Rep. Tom Hale (R-TX) and Rep. Carl Finch (D-Calif) spoke.'],
      [
        'Ann Ruiz → person:ann-ruiz',
        'N.Y. → place:new-york',
        'Tom Hale → person:thomas-hale',
        'TX → place:texas',
        'Carl Finch → person:carl-finch',
        'Calif → place:california',
      ],
    ],
    [
      'countries written with full stops, and the U.N. as a body',
      ['The U.S. and the U.K. signed, and the U.N. objected.'],
      ['U.S. → place:united-states', 'U.K. → place:united-kingdom', 'U.N. → org:united-nations'],
    ],
    [
      'an abbreviation that is also a word is a state only after a comma, hyphen or bracket',
      ['They went to Mass. on Sunday.', 'The CA team won in Miss. Roe’s town.'],
      ['Mass. → other:mass', 'Miss. Roe → person:roe'],
    ],
  ])('%s', (_name, sentences, expected) => {
    expect(keysOf(sentences)).toEqual(expected)
  })
})
