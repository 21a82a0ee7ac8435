import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '@parallax/article'
import { describe, expect, it } from 'vitest'
import { extractClaims } from './pipeline'
import type { Claim, EntityType } from './types'

// CI has shared/ beside the checkout: <root>/../shared/seeds.
const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url))
const load = (name: string) => parseArticle({ text: readFileSync(seeds + name, 'utf8') })
const first = load('000_666e79362ecab168.txt')
const second = load('004_81cbc7f277f12237.txt')
const claimsA = extractClaims(first)
const claimsB = extractClaims(second)

function keysFor(claims: Claim[], text: string): Set<string> {
  return new Set(
    claims.flatMap((c) =>
      c.entities.filter((e) => e.text === text).map((e) => `${e.type} ${e.key}`),
    ),
  )
}

// Every person, organisation and country the two articles name, with one key across both.
// (The second seed's photo caption naming Mohammed bin Salman is dropped by the article parser.)
const NAMED: Array<[string, EntityType, string]> = [
  ['Amnesty International', 'organisation', 'org:amnesty-international'],
  ['Amnesty', 'organisation', 'org:amnesty-international'],
  ['NSO', 'organisation', 'org:nso'],
  ['Defense Ministry', 'organisation', 'org:ministry-of-defense'],
  ['defense ministry', 'organisation', 'org:ministry-of-defense'],
  ['The ministry', 'organisation', 'org:ministry-of-defense'],
  ['Ministry of Defense', 'organisation', 'org:ministry-of-defense'],
  ['MoD', 'organisation', 'org:ministry-of-defense'],
  ['Tel Aviv District Court', 'court', 'court:tel-aviv-district-court'],
  ['Rachel Barkai', 'person', 'person:rachel-barkai'],
  ['Barkai', 'person', 'person:rachel-barkai'],
  ['Itai Mack', 'person', 'person:itai-mack'],
  ['Mack', 'person', 'person:itai-mack'],
  ['Sara Bilu', 'person', 'person:sara-bilu'],
  ['Gil Naveh', 'person', 'person:gil-naveh'],
  ['Danna Ingleton', 'person', 'person:danna-ingleton'],
  ['Ingleton', 'person', 'person:danna-ingleton'],
  ['Omri Lavie', 'person', 'person:omri-lavie'],
  ['Lavie', 'person', 'person:omri-lavie'],
  ['Omar Abdulaziz', 'person', 'person:omar-abdulaziz'],
  ['Abdulaziz', 'person', 'person:omar-abdulaziz'],
  ['Amnesty Tech', 'organisation', 'org:amnesty-tech'],
  ['University of Toronto', 'organisation', 'org:university-of-toronto'],
  ['Citizen Lab', 'organisation', 'org:citizen-lab'],
  ['WhatsApp', 'organisation', 'org:whatsapp'],
  ['Facebook Inc', 'organisation', 'org:facebook'],
  ['Facebook', 'organisation', 'org:facebook'],
  ['Wall Street Journal', 'organisation', 'org:wall-street-journal'],
  ['Jerusalem Post', 'organisation', 'org:jerusalem-post'],
  ['Israel Defense', 'organisation', 'org:israel-defense'],
  ['CBS', 'organisation', 'org:cbs'],
  ['ISIS', 'organisation', 'org:isis'],
  ['EU', 'organisation', 'org:european-union'],
  ['UN', 'organisation', 'org:united-nations'],
  ['Israel', 'place', 'place:israel'],
  ['Israeli', 'place', 'place:israel'],
  ['Saudi Arabia', 'place', 'place:saudi-arabia'],
  ['Saudi', 'place', 'place:saudi-arabia'],
  ['the kingdom', 'place', 'place:saudi-arabia'],
  ['The human rights organization', 'organisation', 'org:amnesty-international'],
  ['the firm', 'organisation', 'org:nso'],
  ['the company', 'organisation', 'org:nso'],
  ['The Israeli company', 'organisation', 'org:nso'],
  ['The organization', 'organisation', 'org:amnesty-international'],
  ['Mexico', 'place', 'place:mexico'],
  ['United Arab Emirates', 'place', 'place:united-arab-emirates'],
  ['US', 'place', 'place:united-states'],
  ['Canadian', 'place', 'place:canada'],
  ['Europe', 'place', 'place:europe'],
  ['San Francisco', 'place', 'place:san-francisco'],
  ['Tel Aviv', 'place', 'place:tel-aviv'],
]

describe('the two seed articles', () => {
  it.each(NAMED)('%s is one %s with one key across both articles', (text, type, key) => {
    const keys = new Set([...keysFor(claimsA, text), ...keysFor(claimsB, text)])
    expect([...keys]).toEqual([`${type} ${key}`])
  })

  it('finds the hedge on the Saudi Arabia sentence of the second seed', () => {
    const claim = claimsB.find((c) => c.text.startsWith('According to estimates by Israel Defense'))
    expect(claim?.hedges.map((h) => [h.text, h.kind])).toEqual([
      ['According to estimates', 'estimate'],
    ])
    expect(claim?.attribution).toMatchObject({
      kind: 'according-to',
      speaker: { key: 'org:israel-defense' },
    })
    expect(claim?.entities.map((e) => e.key)).toContain('place:saudi-arabia')
  })

  it('finds the negation on the dismissal sentence of the first seed, scoped to the dismissal', () => {
    const claim = claimsA.find((c) => c.text.includes('did not comment directly on whether'))
    expect(claim?.negated).toBe(true)
    const [negation] = claim?.negations ?? []
    expect(negation?.kind).toBe('no-comment')
    expect(negation && first.body.slice(negation.scope.start, negation.scope.end)).toBe(
      'directly on whether it had sought a dismissal or gag order',
    )
    expect(claim?.entities.map((e) => e.key)).toEqual(['org:ministry-of-defense'])
  })

  it('gives every direct quote its speaker', () => {
    for (const claim of [...claimsA, ...claimsB]) {
      if (claim.attribution.kind !== 'quote') continue
      expect(claim.attribution.speaker?.text, claim.text).toBeTruthy()
    }
    const quoted = [...claimsA, ...claimsB].filter((c) => c.attribution.kind === 'quote')
    const speakers = new Set(quoted.map((c) => c.attribution.speaker?.key))
    for (const key of [
      'person:gil-naveh',
      'person:danna-ingleton',
      'org:ministry-of-defense',
      'org:nso',
      'org:amnesty-international',
    ]) {
      expect(speakers).toContain(key)
    }
  })

  it('resolves relative dates against the first seed’s published date', () => {
    const dates = claimsA.flatMap((c) => c.dates.map((d) => [d.text, d.value]))
    expect(dates).toEqual(
      expect.arrayContaining([
        ['Thursday', '2020-01-16'],
        ['October', '2019-10'],
        ['last year', '2019'],
      ]),
    )
  })
})
