import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'

function attributionsOf(sentences: string[]) {
  // One attribution per sentence: its main clause's.
  return extractClaims(articleOf(sentences))
    .filter((c) => c.fact === 'main')
    .map(({ attribution }) => [
      attribution.kind,
      attribution.speaker?.text,
      attribution.speaker?.key,
    ])
}

describe('attribution', () => {
  const cases: Array<[string, string[], Array<Array<string | undefined>>]> = [
    [
      'speaker after a curly quote',
      ['“The case is a campaign against us,” NSO representatives wrote.'],
      [['quote', 'NSO representatives', 'org:nso']],
    ],
    [
      'inverted speaker after a quote',
      ['“We must revoke the license,” said Danna Ingleton, deputy director of Amnesty Tech.'],
      [['quote', 'Danna Ingleton', 'person:danna-ingleton']],
    ],
    [
      'a quote that runs over two sentences, speaker before',
      [
        'Amnesty representative Gil Naveh said the decision was “harmful to democracy.',
        'It is outrageous that we are being gagged.”',
      ],
      [
        ['quote', 'Amnesty representative Gil Naveh', 'person:gil-naveh'],
        ['quote', 'Amnesty representative Gil Naveh', 'person:gil-naveh'],
      ],
    ],
    [
      'a quote after a participle goes to the subject of its clause, not the last name before it',
      [
        'Mayor Ana Ruiz accused Governor Tom Bell of stalling the budget, saying “the city cannot wait.”',
      ],
      [['quote', 'Mayor Ana Ruiz', 'person:ana-ruiz']],
    ],
    [
      'a description with a name set off beside it speaks as the name',
      [
        '“We disagree,” the Republican leader, Michael Thibodeau, said in a statement.',
        '“They will fail,” Ana Ruiz, the head of a charity, a local group, said.',
      ],
      [
        ['quote', 'Michael Thibodeau', 'person:michael-thibodeau'],
        ['quote', 'Ana Ruiz', 'person:ana-ruiz'],
      ],
    ],
    [
      'a source set off between a subject and its reporting verb passes on what the subject said',
      ['Mayor Ana Ruiz, according to the Gazette, said she would resign.'],
      [['reported', 'Mayor Ana Ruiz', 'person:ana-ruiz']],
    ],
    [
      'a title the tagger cut from its name; no day read as a speaker',
      [
        '“The law is wrong,” said Press Secretary Josh Earnest.',
        'In an interview on Monday, the attorney general said that he had misspoken.',
        'The mayor will not attend, Senator Ana Ruiz, Democrat of Ohio, said Tuesday.',
        'The union pushed back Friday on a report claiming the plant would close.',
      ],
      [
        ['quote', 'Press Secretary Josh Earnest', 'person:joshua-earnest'],
        ['reported', undefined, undefined],
        ['reported', 'Senator Ana Ruiz', 'person:ana-ruiz'],
        ['reported', undefined, undefined],
      ],
    ],
    [
      'the subject of the verb a reporting verb is the infinitive of',
      [
        'As criticism swelled, Mayor Ana Ruiz came to believe that a council member had called her a liar.',
      ],
      [['reported', 'Mayor Ana Ruiz', 'person:ana-ruiz']],
    ],
    [
      'a description after the reporting verb with a name set off after it speaks as the name',
      [
        '“The talks have stalled,” said a city hall spokesman, Tom Bell.',
        '“The talks will resume,” said a city hall spokesman, who declined to be named.',
      ],
      [
        ['quote', 'Tom Bell', 'person:thomas-bell'],
        ['quote', undefined, undefined],
      ],
    ],
    [
      'a reporting clause a full stop inside the quote split off speaks the quote before it',
      [
        'Senator Lindsey Graham called the absence “appalling and unacceptable.”',
        '“We offered the minister a meeting with the whole committee.”',
        'Ana Ruiz said.',
        '“His refusal to meet is disappointing.”',
      ],
      [
        ['quote', 'Senator Lindsey Graham', 'person:lindsey-graham'],
        ['quote', 'Ana Ruiz', 'person:ana-ruiz'],
        ['reported', 'Ana Ruiz', 'person:ana-ruiz'],
        ['quote', 'Ana Ruiz', 'person:ana-ruiz'],
      ],
    ],
    [
      'a participle after a word in quotation marks leaves it to the main clause',
      [
        'Adviser Ana Ruiz warned that the speech will be a “destructive” force in U.S.-Israel relations, adding to the acrimony.',
      ],
      [['reported', 'Adviser Ana Ruiz', 'person:ana-ruiz']],
    ],
    [
      'a gerund after a preposition speaks for no one before it',
      ['The mayor has been criticized by some council members for saying little about the budget.'],
      [['outlet', undefined, undefined]],
    ],
    [
      'a nested quote stays inside its quote',
      ['“They called it ‘a fig leaf’ and moved on,” the ministry said.'],
      [['quote', undefined, undefined]],
    ],
    [
      'a name in quotation marks is no quote',
      ['Amnesty International believes governments are using the “Pegasus” tool.'],
      [['reported', 'Amnesty International', 'org:amnesty-international']],
    ],
    [
      'reported speech with a pronoun speaker',
      [
        'The Ministry of Defense claimed that the courts have no business here.',
        'It claimed the case should be dismissed.',
      ],
      [
        ['reported', 'The Ministry of Defense', 'org:ministry-of-defense'],
        ['reported', 'Ministry of Defense', 'org:ministry-of-defense'],
      ],
    ],
    [
      'according to a named source',
      ['According to estimates by Israel Defense, the country is Saudi Arabia.'],
      [['according-to', 'Israel Defense', 'org:israel-defense']],
    ],
    [
      'anonymous sources',
      [
        'According to NSO sources, many countries are unconcerned.',
        'Officials said the tool was sold.',
      ],
      [
        ['anonymous', 'NSO sources', 'org:nso'],
        ['anonymous', 'Officials', undefined],
      ],
    ],
    [
      'a subject with a bracketed acronym',
      ['The Competition and Markets Authority (CMA) said the deal could harm competition.'],
      [['reported', 'Competition and Markets Authority', 'org:competition-and-markets-authority']],
    ],
    [
      'an owner is not the source',
      ['Britain’s competition regulator said on Tuesday it had opened an investigation.'],
      [['reported', 'Britain’s competition regulator', undefined]],
    ],
    [
      'an unnamed official is not keyed by nationality',
      ['A European counter-terror official told the newspaper that the agent went dark.'],
      [['anonymous', 'A European counter-terror official', undefined]],
    ],
    [
      'people familiar with the matter are anonymous',
      ['The CMA will decide in April, according to people familiar with the matter.'],
      [['anonymous', undefined, undefined]],
    ],
    [
      'a speaker with an appositive after the quote, and the quote that continues',
      [
        '"She lobbied against the rules she will enforce," Sen. Maria Lopez, D-Calif., said in a statement.',
        '"That is not a qualification; it is a conflict."',
      ],
      [
        ['quote', 'Sen. Maria Lopez', 'person:maria-lopez'],
        ['quote', 'Sen. Maria Lopez', 'person:maria-lopez'],
      ],
    ],
    [
      'a quote followed by a new clause takes the speaker before it',
      [
        'Senate Majority Leader Tom Harris called her "a seasoned manager who knows the work," and said she would cut the budget.',
      ],
      [['quote', 'Senate Majority Leader Tom Harris', 'person:thomas-harris']],
    ],
    [
      'a possessive speaker belongs to the person the pronoun refers to',
      [
        'Sen. Maria Lopez criticised John Whitfield on Monday.',
        'His spokesman did not respond to requests for comment.',
      ],
      [
        ['outlet', undefined, undefined],
        ['anonymous', 'John Whitfield’s spokesman', 'person:john-whitfield'],
      ],
    ],
    [
      'the outlet’s own voice',
      ['The court heard the case on Monday.'],
      [['outlet', undefined, undefined]],
    ],
  ]
  it.each(cases)('%s', (_name, sentences, expected) => {
    expect(attributionsOf(sentences)).toEqual(expected)
  })

  it('gives a direct quote the span of the quoted words', () => {
    const article = articleOf(['“The case is baseless,” NSO said.'])
    const quote = extractClaims(article)[0]?.attribution.quote
    expect(quote && article.body.slice(quote.start, quote.end)).toBe('The case is baseless,')
  })
})
