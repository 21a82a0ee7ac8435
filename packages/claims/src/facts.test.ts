import { describe, expect, it } from 'vitest'
import { extractClaims } from './pipeline'
import { articleOf } from './test-article'

function factsOf(sentence: string): Array<[string, string]> {
  return extractClaims(articleOf([sentence])).map((c) => [c.fact, c.text])
}

describe('the facts of a sentence', () => {
  it('gives a name with its age and home town as a fact beside the main clause', () => {
    const facts = factsOf('Marco Lindqvist, 56, of Tampa, Fla., was arrested on Friday.')
    expect(facts[0]![0]).toBe('main')
    expect(facts).toContainEqual(['appositive', 'Marco Lindqvist, 56, of Tampa, Fla.'])
  })

  it('ends a description of a name where a list of names goes on', () => {
    const facts = factsOf(
      'Members re-elected Representative Ann Lowe, 71, of Ohio, as well as Representative Tom Barr, 68, of Iowa.',
    )
    expect(facts).toContainEqual(['appositive', 'Representative Ann Lowe, 71, of Ohio'])
    const appositives = facts.filter(([fact]) => fact === 'appositive').map(([, text]) => text)
    expect(appositives.some((text) => text.includes('Lowe') && text.includes('Barr'))).toBe(false)
  })

  it('gives an indefinite description after a noun as a fact about it, but not an item of a list', () => {
    expect(
      factsOf('The lawyer said his client, a 21-year police veteran, was fired on Friday.'),
    ).toContainEqual(['appositive', 'client, a 21-year police veteran'])
    expect(factsOf('The shop sold apples, a pear, and bread on Monday.')).toEqual([
      ['main', 'The shop sold apples, a pear, and bread on Monday.'],
    ])
  })

  it('gives a restrictive relative clause as a fact about its noun, but not what is said', () => {
    expect(
      factsOf('The storm caused more damage than the $2 billion that the city had set aside.'),
    ).toContainEqual(['relative', '$2 billion that the city had set aside'])
    expect(factsOf('The union claims that the plant is unsafe.')).toEqual([
      ['main', 'The union claims that the plant is unsafe.'],
    ])
    expect(factsOf('The governor told reporters that the plant is unsafe.')).toEqual([
      ['main', 'The governor told reporters that the plant is unsafe.'],
    ])
    expect(factsOf('The governor said Friday that the plant is unsafe.')).toEqual([
      ['main', 'The governor said Friday that the plant is unsafe.'],
    ])
  })

  it('gives a relative clause without a relative word as a fact, but not what is said', () => {
    expect(
      factsOf('The firm settled a lawsuit her former deputy, Ana Ruiz, had filed in 2016.'),
    ).toContainEqual(['relative', 'a lawsuit her former deputy, Ana Ruiz, had filed in 2016'])
    expect(factsOf('The governor vetoed the bill he had promised to sign.')).toContainEqual([
      'relative',
      'the bill he had promised to sign',
    ])
    expect(factsOf('The mayor told reporters he would resign.')).toEqual([
      ['main', 'The mayor told reporters he would resign.'],
    ])
    expect(factsOf('The company gave the agency the money.')).toEqual([
      ['main', 'The company gave the agency the money.'],
    ])
  })

  it('ends a relative clause where a clause of its own begins', () => {
    expect(
      factsOf('The plan repays the $2 billion that the city has spent since the storm began.'),
    ).toEqual([
      ['main', 'The plan repays the $2 billion that the city has spent since the storm began.'],
      ['relative', '$2 billion that the city has spent'],
      ['clause', 'since the storm began'],
    ])
  })

  it('reads a time or place after a name as no description of it', () => {
    expect(
      factsOf('The mayor was sued by his former aide, Ana Ruiz, in 2016, alleging retaliation.'),
    ).not.toContainEqual(['appositive', 'Ana Ruiz, in 2016'])
  })

  it("gives a `despite` phrase as a fact of its own, and a noun's content clause to what is said", () => {
    expect(
      factsOf(
        'The lawyer said in a statement that the agent was fired on Friday, despite a review board’s recommendation that he be suspended.',
      ),
    ).toEqual([
      [
        'main',
        'The lawyer said in a statement that the agent was fired on Friday, despite a review board’s recommendation that he be suspended.',
      ],
      ['clause', 'despite a review board’s recommendation that he be suspended'],
    ])
  })

  it('reads a `that` clause after a feeling as what is felt, not a relative clause', () => {
    expect(
      factsOf('On Monday the mayor expressed satisfaction that the chief had been dismissed.'),
    ).toEqual([
      ['main', 'On Monday the mayor expressed satisfaction that the chief had been dismissed.'],
    ])
  })

  it('gives a relative clause set off by commas as a fact about its head', () => {
    const facts = factsOf(
      'Senator Ada Brennan, who was first elected in 2010, announced her retirement on Monday.',
    )
    expect(facts).toContainEqual(['relative', 'Senator Ada Brennan, who was first elected in 2010'])
  })

  it('splits clauses joined with their own subject and verb, and a second act of one subject', () => {
    expect(
      factsOf('The council approved the budget on Tuesday, but the mayor refused to sign it.'),
    ).toContainEqual(['clause', 'but the mayor refused to sign it'])
    expect(
      factsOf('The agency did not comment on the contract but said its review was thorough.'),
    ).toContainEqual(['clause', 'said its review was thorough'])
    expect(
      factsOf('The mayor said the bridge would reopen in May and that the tolls would stay.'),
    ).toContainEqual(['clause', 'that the tolls would stay'])
  })

  it('splits a second act after an adverb, and a clause after an opening phrase set off by commas', () => {
    expect(
      factsOf('Ortiz joined the city council in 2009 and reportedly resigned this month.'),
    ).toContainEqual(['clause', 'reportedly resigned this month'])
    expect(
      factsOf(
        'Ana Ruiz was elected mayor, and in a close race, 51 to 49, Paul Okafor defeated Lena Berg to become her deputy.',
      ),
    ).toContainEqual([
      'clause',
      'and in a close race, 51 to 49, Paul Okafor defeated Lena Berg to become her deputy',
    ])
    // A preposition after `and` with no clause behind its phrase opens a second part of the subject.
    expect(
      factsOf('The mayor, and for a time the council, opposed the tolls on the bridge.'),
    ).toEqual([['main', 'The mayor, and for a time the council, opposed the tolls on the bridge.']])
  })

  it('reads `since` before a year as a time, not as an event clause', () => {
    const facts = factsOf(
      'The senator has led the committee since 2003, and that is what her rivals call the problem.',
    )
    expect(facts).toEqual([
      [
        'main',
        'The senator has led the committee since 2003, and that is what her rivals call the problem.',
      ],
      ['clause', 'and that is what her rivals call the problem'],
    ])
  })

  it('gives a concessive clause its own fact, from `even` when it opens `even though`', () => {
    expect(
      factsOf(
        'The mayor reappointed the finance director, even though the city lost its credit rating.',
      ),
    ).toContainEqual(['clause', 'even though the city lost its credit rating'])
    expect(
      factsOf('The union signed the contract although members voted against it in March.'),
    ).toContainEqual(['clause', 'although members voted against it in March'])
  })

  it('keeps a quote whole and a short plain sentence as one fact', () => {
    expect(factsOf('“We will appeal, and we will win,” the lawyer said.')).toHaveLength(1)
    expect(factsOf('The bridge reopened on Monday.')).toEqual([
      ['main', 'The bridge reopened on Monday.'],
    ])
  })

  it('states at most three facts a sentence, each inside its sentence', () => {
    const sentence =
      'Lena Ortiz, 41, a nurse from Reno, who had worked there for a decade, said on Friday, while the hospital, which employs 900 people, declined to comment, that she was fired after she complained about staffing.'
    const claims = extractClaims(articleOf([sentence]))
    expect(claims.length).toBeLessThanOrEqual(3)
    for (const claim of claims) {
      expect(claim.span.start).toBeGreaterThanOrEqual(0)
      expect(claim.span.end).toBeLessThanOrEqual(sentence.length)
      expect(sentence.slice(claim.span.start, claim.span.end)).toBe(claim.text)
    }
  })
})
