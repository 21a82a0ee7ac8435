import { extractClaims, type Claim } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle, makeClaim } from '../test/build'
import { expandContractions } from './contractions'
import { buildClaimNodes, contentStems, mainClause, similarity } from './features'

/** How alike the first claims of two one-sentence articles are, of the kind of fact given. */
function similar(a: string, b: string, fact?: Claim['fact']): number {
  const story = [a, b].map((text, i) => {
    const article = makeArticle(`a${i}`, `Outlet ${i}`, [text])
    const claims = extractClaims(article)
    return { article, claims: fact ? claims.filter((c) => c.fact === fact) : claims }
  })
  const [x, y] = buildClaimNodes(story)
  return similarity(x!, y!)
}

function continuations(sentences: string[]): (number | undefined)[] {
  const article = makeArticle('a', 'Daily Ledger', sentences)
  return buildClaimNodes([{ article, claims: extractClaims(article) }]).map((n) => n.continues)
}

describe('a sentence going on about what the one before introduced', () => {
  it('continues when the thing named again is its subject', () => {
    expect(
      continuations([
        'The group asked the court to revoke a license to an unnamed country.',
        'According to estimates by analysts, the country is Chile.',
      ]),
    ).toEqual([undefined, 0])
  })

  it('does not continue when the thing was already known, named with `the` before too', () => {
    expect(
      continuations([
        'The city council approved the budget on Monday.',
        'The budget grows by 4 percent, the council said.',
      ]),
    ).toEqual([undefined, undefined])
  })

  it('does not continue when it only mentions that thing in passing', () => {
    expect(
      continuations([
        'A court heard the request to revoke the export license in a case about surveillance.',
        'Judge Mara Polk let the lawyer argue at length about keeping part of the case open to the public.',
      ]),
    ).toEqual([undefined, undefined])
  })
})

describe('mainClause', () => {
  it('drops a short opening phrase set off by a comma, and keeps a long one', () => {
    expect(mainClause('On Monday, the council voted.').trim()).toBe('the council voted.')
    const long = 'The mayor of the town and the head of the regional council of the north, met.'
    expect(mainClause(long)).toBe(long)
  })
})

describe('times of day', () => {
  it('lines up two facts by the time both give', () => {
    const same = similar(
      'The ceasefire took effect at 5 p.m. local time.',
      'The truce began at 5 pm on the border.',
      'main',
    )
    const other = similar(
      'The ceasefire took effect at 5 p.m. local time.',
      'The truce began at 9 pm on the border.',
      'main',
    )
    expect(same).toBeGreaterThan(other)
  })
})

describe('calendar days', () => {
  it('lines up two facts that date something by the day both give, with or without a year', () => {
    const dated =
      'Officials said on Monday that the runoff between the two leading candidates is set for June 25.'
    const same = similar(
      dated,
      'Voters will go to the polls in a runoff on June 25, 2013, after a bitter first round.',
      'quantity',
    )
    const other = similar(
      dated,
      'Voters will go to the polls in a runoff on July 9, 2013, after a bitter first round.',
      'quantity',
    )
    expect(same).toBeGreaterThan(2 * other)
  })

  it("weighs the day above the words around it: the other outlet's dated fact comes first", () => {
    const a = makeArticle('a', 'A', [
      'The mayor said the agreement would keep the public libraries open for two more months until Sept. 30 and that a council vote would follow.',
    ])
    const b = makeArticle('b', 'B', [
      'The mayor agreed on Tuesday to keep the public libraries open for two more months while talks with the union continue.',
      'She signed the order late Tuesday, restoring full opening hours at a number of branch libraries until Sept. 30 and ending the dispute.',
    ])
    const nodes = buildClaimNodes(
      [a, b].map((article) => ({ article, claims: extractClaims(article) })),
    )
    const dated = nodes.find((n) => n.articleIndex === 0 && n.claim.fact === 'quantity')!
    const ranked = nodes
      .filter((n) => n.articleIndex === 1)
      .sort((x, y) => similarity(dated, y) - similarity(dated, x))
      .map((n) => n.claim.text)
    expect(dated.claim.text).toBe('open for two more months until Sept. 30')
    expect(ranked[0]).toBe('a number of branch libraries until Sept. 30')
  })
})

describe('vague figures', () => {
  it('lines up an estimate with a count inside the span it allows, of the same unit', () => {
    const vague =
      'The strike has left hundreds of thousands of nurses without a contract since spring.'
    const inside = similar(
      vague,
      'Some 600,000 nurses across the state have had no contract for months.',
    )
    const outside = similar(
      vague,
      'Some 60,000 nurses across the state have had no contract for months.',
    )
    expect(inside).toBeGreaterThan(1.5 * outside)
  })

  it('keeps a span without a unit to itself: `dozens` says nothing about which count', () => {
    const vague = 'Dozens were arrested after the march through the city center on Saturday.'
    const near = similar(vague, 'Police said 40 were held after the weekend march downtown.')
    const far = similar(vague, 'Police said 400 were held after the weekend march downtown.')
    expect(near).toBeCloseTo(far, 6)
  })
})

describe('one person across outlets', () => {
  /** The entity keys two one-sentence articles share. */
  function sharedNames(a: string[], b: string[]): string[] {
    const story = [a, b].map((sentences, i) => {
      const article = makeArticle(`a${i}`, `Outlet ${i}`, sentences)
      return { article, claims: extractClaims(article) }
    })
    const nodes = buildClaimNodes(story)
    const names = (i: number) =>
      new Set(nodes.filter((n) => n.articleIndex === i).flatMap((n) => [...n.own.keys()]))
    const other = names(1)
    return [...names(0)].filter((k) => k.startsWith('e:person:') && other.has(k)).sort()
  }

  it('takes a surname one outlet only ever gives for the one full name another gives', () => {
    expect(
      sharedNames(
        ['Governor Ruiz signed the school budget bill on Monday.'],
        ['Governor Ana Ruiz signed the school budget bill on Monday.'],
      ),
    ).toEqual(['e:person:ana-ruiz'])
  })

  it('leaves a surname two full names of the story share to itself', () => {
    expect(
      sharedNames(
        ['Governor Ruiz signed the school budget bill on Monday.'],
        ['Ana Ruiz and her brother Tom Ruiz watched Governor Ruiz sign the school budget bill.'],
      ),
    ).toEqual(['e:person:ruiz'])
  })

  it('takes a name one outlet could not type for the typed one another gives', () => {
    const a = makeArticle('a', 'A', ['The law firm Popeo represents the city.'])
    const b = makeArticle('b', 'B', ['Popeo, a law firm, represents the city.'])
    const nodes = buildClaimNodes([
      { article: a, claims: [makeClaim(a, 0, { entities: [['Popeo', 'other:popeo', 'other']] })] },
      {
        article: b,
        claims: [makeClaim(b, 0, { entities: [['Popeo', 'org:popeo', 'organisation']] })],
      },
    ])
    expect(nodes.map((n) => [...n.own.keys()].filter((k) => k.startsWith('e:')))).toEqual([
      ['e:org:popeo'],
      ['e:org:popeo'],
    ])
  })
})

describe('quotes as runs of words', () => {
  function quoteKeys(text: string): string[] {
    const article = makeArticle('a', 'Daily Ledger', [text])
    const [node] = buildClaimNodes([{ article, claims: extractClaims(article) }])
    return [...node!.all.keys()].filter((k) => k.startsWith('q:')).sort()
  }

  it('reads a quote the same with and without contractions', () => {
    const written = quoteKeys('“I did not send that picture,” the senator said.')
    expect(written).toContain('q:did not send')
    expect(quoteKeys('“I didn’t send that picture,” the senator said.')).toEqual(written)
    expect(expandContractions(['we’re', "can't", 'won’t', "i'm", "she's"])).toEqual([
      'we',
      'are',
      'can',
      'not',
      'will',
      'not',
      'i',
      'am',
      "she's",
    ])
  })

  it('keys no run made only of words every speaker uses', () => {
    const keys = quoteKeys('“I am not sure that it was sent,” the senator said.')
    expect(keys).not.toContain('q:i am not')
    expect(keys).toContain('q:not sure that')
  })
})

describe('contentStems', () => {
  it('leaves out contracted function words, whichever apostrophe is used', () => {
    expect(contentStems('It’s what they didn’t say')).toEqual([])
    expect(contentStems("It's what we'll tell them that's new")).toEqual(['new'])
  })
})
