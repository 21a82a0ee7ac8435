import { describe, expect, it } from 'vitest'
import { keysOf } from './test-entities'

type Case = [string, string[], string[]]

describe('one key per person, however the article names them', () => {
  const cases: Case[] = [
    [
      'a suffix and an initial leave the key; a later title and surname, or a possessive, find it',
      [
        'Cesar A. Sayoc Jr. of Aventura, Fla., was arrested on Friday.',
        'Mr. Sayoc appeared in court.',
        'Sayoc’s lawyer declined to comment.',
      ],
      [
        'Cesar A. Sayoc Jr. → person:cesar-sayoc',
        'Aventura → place:aventura',
        'Fla. → place:florida',
        'Sayoc → person:cesar-sayoc',
        'Sayoc → person:cesar-sayoc',
      ],
    ],
    [
      'a surname two people share goes to the one of the same title or gender',
      [
        'Sen. Paul Marsh met his sister, Ellen Marsh, on Monday.',
        'Sen. Marsh said the talks went well.',
        'Mrs. Marsh declined to comment.',
      ],
      [
        'Paul Marsh → person:paul-marsh',
        'his → person:paul-marsh',
        'Ellen Marsh → person:ellen-marsh',
        'Marsh → person:paul-marsh',
        'Marsh → person:ellen-marsh',
      ],
    ],
    [
      'a title none of several namesakes holds names someone else',
      [
        'Ellen Marsh criticised her sister, Ruth Marsh, on Monday.',
        'Former Governor Marsh has stayed out of the dispute.',
      ],
      [
        'Ellen Marsh → person:ellen-marsh',
        'her → person:ellen-marsh',
        'Ruth Marsh → person:ruth-marsh',
        'Marsh → person:marsh',
      ],
    ],
    [
      'an organisation’s one-word name that is the surname of someone named in full is that person',
      ['Michael Bloomberg endorsed the mayor on Monday.', 'Bloomberg said she would win.'],
      ['Michael Bloomberg → person:michael-bloomberg', 'Bloomberg → person:michael-bloomberg'],
    ],
    [
      'a party word is not a committee named after the party',
      ['The Democratic National Committee met on Monday.', 'One Democratic lawmaker objected.'],
      [
        'Democratic National Committee → org:democratic-national-committee',
        'Democratic → other:democratic',
      ],
    ],
    [
      'a month that is a given name is part of the name, and the name goes on',
      ['Prime Minister Theresa May met April Ryan on Monday.', 'May said the talks went well.'],
      [
        'Theresa May → person:theresa-may',
        'April Ryan → person:april-ryan',
        'May → person:theresa-may',
      ],
    ],
    [
      'a quoted nickname names the person too',
      ['William "Bud" Tanner was sworn in.', 'Bud Tanner thanked his staff.'],
      [
        'William "Bud" Tanner → person:william-tanner',
        'Bud Tanner → person:william-tanner',
        'his → person:william-tanner',
      ],
    ],
    [
      'a name of someone from a place is the person and the place',
      ['Representative Jane Roe of Ohio spoke first.'],
      ['Jane Roe → person:jane-roe', 'Ohio → place:ohio'],
    ],
    [
      'a title ends a name before `and`',
      ['Mr. Roe and White House aides met on Monday.'],
      ['Roe → person:roe', 'White House → org:white-house'],
    ],
    [
      'a sentence that opens with an everyday word names nothing unless the article names it',
      ['Amnesty was granted to the prisoners.', 'Several Republicans objected.'],
      ['Republicans → org:republican-party'],
    ],
    [
      'an everyday word opening a sentence is the short form the article gives',
      ['Amnesty International criticised the plan.', 'Amnesty said it would appeal.'],
      [
        'Amnesty International → org:amnesty-international',
        'Amnesty → org:amnesty-international',
        'it → org:amnesty-international',
      ],
    ],
    [
      'a headline in title case gives its names, not its everyday words',
      ['Governor Names Former Aide Jane Roe To Replace Retiring Senator'],
      ['Jane Roe → person:jane-roe'],
    ],
  ]
  it.each(cases)('%s', (_name, sentences, expected) => {
    expect(keysOf(sentences)).toEqual(expected)
  })
})

describe('definite descriptions', () => {
  const cases: Case[] = [
    [
      'the president is the one introduced as President',
      ['President Jane Roe arrived on Monday.', 'The president said the talks went well.'],
      ['Jane Roe → person:jane-roe', 'The president → person:jane-roe'],
    ],
    [
      'a former president is not the president',
      ['Former President John Doe and President Jane Roe met.', 'The president spoke first.'],
      [
        'John Doe → person:john-doe',
        'Jane Roe → person:jane-roe',
        'The president → person:jane-roe',
      ],
    ],
    [
      'the suspect is the one introduced as the suspect',
      ['The suspect, Carl Finch, was arrested.', 'Police said the suspect was armed.'],
      ['Carl Finch → person:carl-finch', 'the suspect → person:carl-finch'],
    ],
    [
      'the congressman is the representative',
      ['Rep. Tom Hale voted no.', 'The congressman said he would try again.'],
      [
        'Tom Hale → person:thomas-hale',
        'The congressman → person:thomas-hale',
        'he → person:thomas-hale',
      ],
    ],
    [
      'the senator and the lawmaker',
      ['Sen. Ann Ruiz voted no.', 'The lawmaker said the senator had been misled.'],
      [
        'Ann Ruiz → person:ann-ruiz',
        'The lawmaker → person:ann-ruiz',
        'the senator → person:ann-ruiz',
      ],
    ],
    [
      'a deputy director is not the director, and a description with nobody to fit is dropped',
      ['The deputy director of the agency, Dana Cole, resigned.', 'The director was not told.'],
      ['Dana Cole → person:dana-cole'],
    ],
    [
      'a party and a state name a lawmaker',
      ['Rep. Ann Ruiz (D-Ore.) spoke.', 'The Oregon Democrat said she was ready.'],
      [
        'Ann Ruiz → person:ann-ruiz',
        'Ore. → place:oregon',
        'The Oregon Democrat → person:ann-ruiz',
        'Oregon → place:oregon',
        'she → person:ann-ruiz',
      ],
    ],
    [
      'an organisation is a company, an agency, a committee by its own name',
      [
        'Nimbus Group bought the Zephyr Agency.',
        'The company said the agency would keep its name.',
        'The Senate Ethics Committee met.',
        'The committee said its inquiry would go on.',
      ],
      [
        'Nimbus Group → org:nimbus',
        'Zephyr Agency → org:zephyr-agency',
        'The company → org:nimbus',
        'the agency → org:zephyr-agency',
        'Senate Ethics Committee → org:senate-ethics-committee',
        'The committee → org:senate-ethics-committee',
        'its → org:senate-ethics-committee',
      ],
    ],
    [
      'an unfamiliar name introduced as a company is the company',
      [
        'Brightwave, a company that makes solar panels, was fined.',
        'The company said it would appeal.',
      ],
      ['Brightwave → org:brightwave', 'The company → org:brightwave', 'it → org:brightwave'],
    ],
    [
      'a class noun before a name',
      ['The regulator fined software company Brightwave.', 'The company paid.'],
      ['Brightwave → org:brightwave', 'The company → org:brightwave'],
    ],
    [
      'the ministry',
      ['The Ministry of Energy issued a statement.', 'The ministry said it had acted lawfully.'],
      [
        'Ministry of Energy → org:ministry-of-energy',
        'The ministry → org:ministry-of-energy',
        'it → org:ministry-of-energy',
      ],
    ],
    ['a company with no antecedent is dropped', ['The company said nothing more.'], []],
  ]
  it.each(cases)('%s', (_name, sentences, expected) => {
    expect(keysOf(sentences)).toEqual(expected)
  })
})

describe('pronouns', () => {
  const cases: Case[] = [
    [
      'she is the woman named before',
      ['Mr. Hale met Ms. Ruiz.', 'She said the talks went well.'],
      ['Hale → person:hale', 'Ruiz → person:ruiz', 'She → person:ruiz'],
    ],
    [
      'he is the nearest subject, not the first person named',
      ['Tom Hale said the plan was sound, and Carl Finch agreed.', 'He said it would pass.'],
      ['Tom Hale → person:thomas-hale', 'Carl Finch → person:carl-finch', 'He → person:carl-finch'],
    ],
    [
      'a pronoun in an opening phrase refers to the subject after it',
      ['During his first term, Gov. Tom Hale raised taxes.'],
      ['his → person:thomas-hale', 'Tom Hale → person:thomas-hale'],
    ],
    [
      'inside a quote, a pronoun is the speaker’s and stays unresolved',
      ['“He is wrong,” Ann Ruiz said of Tom Hale.'],
      ['Ann Ruiz → person:ann-ruiz', 'Tom Hale → person:thomas-hale'],
    ],
    [
      'after an unnamed person, he may be that person',
      ['A spokesman for Tom Hale said he would resign.'],
      ['Tom Hale → person:thomas-hale'],
    ],
    [
      'two people joined as one subject leave he open',
      ['Tom Hale and Carl Finch met on Monday.', 'He said the meeting went well.'],
      ['Tom Hale → person:thomas-hale', 'Carl Finch → person:carl-finch'],
    ],
    [
      'two people neither of them a subject leave he open',
      ['The report named Tom Hale and Carl Finch.', 'He denied it.'],
      ['Tom Hale → person:thomas-hale', 'Carl Finch → person:carl-finch'],
    ],
    [
      'no woman named: she stays open',
      ['Tom Hale spoke on Monday.', 'She disagreed.'],
      ['Tom Hale → person:thomas-hale'],
    ],
    [
      'it is an organisation only as the nearest subject',
      ['Ann Ruiz sued Acme Corp.', 'It said the suit was baseless.', 'It was a long day.'],
      ['Ann Ruiz → person:ann-ruiz', 'Acme Corp. → org:acme'],
    ],
    [
      'it after another body named since stays open',
      ['Acme Corp said Nimbus Group had copied its design and that it would sue.'],
      ['Acme Corp → org:acme', 'Nimbus Group → org:nimbus'],
    ],
  ]
  it.each(cases)('%s', (_name, sentences, expected) => {
    expect(keysOf(sentences)).toEqual(expected)
  })
})
