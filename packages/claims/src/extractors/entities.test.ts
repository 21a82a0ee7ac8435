import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'
import { linkEntities } from './test-entities'

function entitiesOf(sentences: string[]): Array<[string, string, string]> {
  return linkEntities(sentences).map((e) => [e.text, e.key, e.type] as [string, string, string])
}

describe('entities', () => {
  const cases: Array<[string, string[], Array<[string, string, string]>]> = [
    [
      'ministry spellings share a key',
      [
        'The Defense Ministry said it was ready.',
        'The Ministry of Defence denied it.',
        'Officials at the defense ministry were present.',
      ],
      [
        ['Defense Ministry', 'org:ministry-of-defense', 'organisation'],
        ['Ministry of Defence', 'org:ministry-of-defense', 'organisation'],
        ['defense ministry', 'org:ministry-of-defense', 'organisation'],
      ],
    ],
    [
      'an acronym defined by the text',
      ['The Ministry of Defense opposed the request.', 'The MoD wants a closed hearing.'],
      [
        ['Ministry of Defense', 'org:ministry-of-defense', 'organisation'],
        ['MoD', 'org:ministry-of-defense', 'organisation'],
      ],
    ],
    [
      'the firm after a company; possessives with curly apostrophes',
      ['NSO Group sold the tool.', 'NSO’s license was challenged and the firm said it complied.'],
      [
        ['NSO Group', 'org:nso', 'organisation'],
        ['NSO', 'org:nso', 'organisation'],
        ['the firm', 'org:nso', 'organisation'],
      ],
    ],
    [
      'titles are roles; a surname resolves to the full name',
      [
        'Tel Aviv District Court Judge Rachel Barkai closed the hearing.',
        'Barkai later reversed herself.',
      ],
      [
        ['Tel Aviv District Court', 'court:tel-aviv-district-court', 'court'],
        ['Rachel Barkai', 'person:rachel-barkai', 'person'],
        ['Barkai', 'person:rachel-barkai', 'person'],
      ],
    ],
    [
      'the kingdom and the demonym resolve to the country',
      ['He visited Saudi Arabia in May.', 'A Saudi official said the kingdom would respond.'],
      [
        ['Saudi Arabia', 'place:saudi-arabia', 'place'],
        ['Saudi', 'place:saudi-arabia', 'place'],
        ['the kingdom', 'place:saudi-arabia', 'place'],
      ],
    ],
    [
      'a role before a comma; an org title split',
      ['Acme Corp lawyer, Itai Mack, spoke first.', 'NSO CEO Omri Lavie gave an interview to CBS.'],
      [
        ['Acme Corp', 'org:acme', 'organisation'],
        ['Itai Mack', 'person:itai-mack', 'person'],
        ['NSO', 'org:nso', 'organisation'],
        ['Omri Lavie', 'person:omri-lavie', 'person'],
        ['CBS', 'org:cbs', 'organisation'],
      ],
    ],
    [
      'a place leading a name is split off',
      ['WhatsApp sued NSO in the US federal court in San Francisco.'],
      [
        ['WhatsApp', 'org:whatsapp', 'organisation'],
        ['NSO', 'org:nso', 'organisation'],
        ['US', 'place:united-states', 'place'],
        ['San Francisco', 'place:san-francisco', 'place'],
      ],
    ],
    ['a sentence-initial common word is no name', ['Targets of the spree included diplomats.'], []],
    [
      'a description in a lede points to the name that follows',
      [
        'The human rights organization filed a request.',
        'Amnesty International wants the license revoked.',
      ],
      [
        ['The human rights organization', 'org:amnesty-international', 'organisation'],
        ['Amnesty International', 'org:amnesty-international', 'organisation'],
      ],
    ],
    [
      'abbreviated titles and countries; a familiar given name keys as the formal one',
      [
        'Mr. Smith told U.S. officials about the plan.',
        'Prime Minister Benjamin Netanyahu met President Joe Biden.',
      ],
      [
        ['Smith', 'person:smith', 'person'],
        ['U.S.', 'place:united-states', 'place'],
        ['Benjamin Netanyahu', 'person:benjamin-netanyahu', 'person'],
        ['Joe Biden', 'person:joseph-biden', 'person'],
      ],
    ],
    [
      'a portfolio before a title is part of the role, not a name',
      ['National Security Adviser Jane Roe met Homeland Security Secretary Tom Bell.'],
      [
        ['Jane Roe', 'person:jane-roe', 'person'],
        ['Tom Bell', 'person:thomas-bell', 'person'],
      ],
    ],
    [
      'ministries named either way round',
      [
        'The Foreign Ministry and the Justice Department declined to comment.',
        'The Ministry of Foreign Affairs later issued a statement.',
      ],
      [
        ['Foreign Ministry', 'org:ministry-of-foreign-affairs', 'organisation'],
        ['Justice Department', 'org:ministry-of-justice', 'organisation'],
        ['Ministry of Foreign Affairs', 'org:ministry-of-foreign-affairs', 'organisation'],
      ],
    ],
    [
      'an organisation named with and, its bracketed acronym, and a titled work',
      [
        'The Competition and Markets Authority (CMA) opened a review of Call of Duty.',
        'The regulator said the CMA would decide soon.',
      ],
      [
        [
          'Competition and Markets Authority',
          'org:competition-and-markets-authority',
          'organisation',
        ],
        ['CMA', 'org:competition-and-markets-authority', 'organisation'],
        ['Call of Duty', 'other:call-of-duty', 'other'],
        ['The regulator', 'org:competition-and-markets-authority', 'organisation'],
        ['CMA', 'org:competition-and-markets-authority', 'organisation'],
      ],
    ],
    [
      'and between two names stays a conjunction',
      ['Apple and Google were named.'],
      [
        ['Apple', 'org:apple', 'organisation'],
        ['Google', 'org:google', 'organisation'],
      ],
    ],
    [
      'a sentence-initial adjective is no name; parties are organisations',
      ['Environmental groups and Democrats, led by Sen. Maria Lopez, objected.'],
      [
        ['Democrats', 'org:democratic-party', 'organisation'],
        ['Maria Lopez', 'person:maria-lopez', 'person'],
      ],
    ],
    [
      'an acronym defined in brackets whatever its letters',
      ['Acme Widget Holdings (AWH) bought a rival.', 'AWH said the deal closed.'],
      [
        ['Acme Widget Holdings', 'org:acme-widget', 'organisation'],
        ['AWH', 'org:acme-widget', 'organisation'],
        ['AWH', 'org:acme-widget', 'organisation'],
      ],
    ],
    [
      'the object of a verb is not its own subject; a possessor may be',
      ['Acme Corp bought the firm.', 'Acme Corp said the firm’s staff would stay.'],
      [
        ['Acme Corp', 'org:acme', 'organisation'],
        ['Acme Corp', 'org:acme', 'organisation'],
        ['the firm', 'org:acme', 'organisation'],
      ],
    ],
    ['the company with no antecedent is dropped', ['The company said nothing more.'], []],
  ]
  it.each(cases)('%s', (_name, sentences, expected) => {
    expect(entitiesOf(sentences)).toEqual(expected)
  })

  it('gives each mention the canonical name its key is made from', () => {
    const article = articleOf([
      'The Ministry of Defense hired Judge Rachel Barkai.',
      'Barkai told the MoD no.',
    ])
    const names = extractClaims(article).flatMap((c) => c.entities.map((e) => [e.text, e.name]))
    expect(names).toEqual([
      ['Ministry of Defense', 'Ministry of Defense'],
      ['Rachel Barkai', 'Rachel Barkai'],
      ['Barkai', 'Rachel Barkai'],
      ['MoD', 'Ministry of Defense'],
    ])
  })

  it('keeps every mention offset inside the body', () => {
    const article = articleOf([
      'Judge Rachel Barkai met NSO’s lawyers in Tel Aviv.',
      'The Israeli company declined to comment.',
    ])
    for (const claim of extractClaims(article)) {
      for (const entity of claim.entities)
        expect(article.body.slice(entity.start, entity.end)).toBe(entity.text)
    }
  })
})
