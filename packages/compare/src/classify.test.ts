import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle, makeClaim } from '../test/build'
import { classifyGroup } from './classify'
import { compareArticles } from './compare-articles'
import { buildClaimNodes } from './features'

const org = (text: string, key: string) => [text, key, 'organisation'] as const

/** The kinds of divergence between any fact of one outlet's sentence and any of another's. */
function kindsOfFacts(x: string, y: string): string[] {
  const story = [makeArticle('a', 'A', [x]), makeArticle('b', 'B', [y])]
  const nodes = buildClaimNodes(
    story.map((article) => ({ article, claims: extractClaims(article) })),
  )
  const kinds = new Set<string>()
  for (const a of nodes.filter((n) => n.articleIndex === 0))
    for (const b of nodes.filter((n) => n.articleIndex === 1))
      for (const d of classifyGroup([a, b], [[a, b]])) kinds.add(d.kind)
  return [...kinds]
}

/** The kinds of divergence between the main clauses of one sentence of each of two outlets. */
function kindsOf(x: string, y: string): string[] {
  const story = [makeArticle('a', 'A', [x]), makeArticle('b', 'B', [y])]
  const nodes = buildClaimNodes(
    story.map((article) => ({ article, claims: extractClaims(article) })),
  )
  const main = (article: number) =>
    nodes.find((n) => n.articleIndex === article && n.claim.fact === 'main')!
  const [na, nb] = [main(0), main(1)]
  return classifyGroup([na, nb], [[na, nb]]).map((d) => d.kind)
}

describe('classification rules', () => {
  it('counts a negation only when it covers what the other outlet asserts', () => {
    const a = makeArticle('a', 'A', [
      'Brightmart, which is not the largest chain in town, paid the ransom to the hackers.',
    ])
    const b = makeArticle('b', 'B', ['Brightmart paid the ransom to the hackers.'])
    const c = makeArticle('c', 'C', [
      'Brightmart did not say whether it paid the ransom to the hackers.',
    ])
    const terms = ['pay', 'ransom', 'hacker']
    const claims = {
      a: [
        makeClaim(a, 0, {
          entities: [[...org('Brightmart', 'brightmart')]],
          negations: [{ text: 'not', kind: 'not', scope: 'the largest chain in town' }],
          terms: ['largest', 'chain', 'town', ...terms],
        }),
      ],
      b: [makeClaim(b, 0, { entities: [[...org('Brightmart', 'brightmart')]], terms })],
      c: [
        makeClaim(c, 0, {
          entities: [[...org('Brightmart', 'brightmart')]],
          negations: [
            {
              text: 'did not say',
              kind: 'no-comment',
              scope: 'whether it paid the ransom to the hackers',
            },
          ],
          terms,
        }),
      ],
    }
    const [facet] = compareArticles([a, b], { claims }).facets
    expect(facet?.status).toBe('agree')
    const [withC] = compareArticles([b, c], { claims }).facets
    expect(withC?.kinds).toEqual(['negation'])
    expect(withC?.explanation).toContain('“did not say whether it paid the ransom to the hackers”')
  })

  it('needs a negation to share more than one word with what the other asserts', () => {
    const a = makeArticle('a', 'A', [
      'The mayor said the new bridge will not open to traffic in May.',
    ])
    const b = makeArticle('b', 'B', ['The mayor said the new bridge will open to traffic in May.'])
    const c = makeArticle('c', 'C', [
      'The mayor said the new bridge is a gift to traffic planners.',
    ])
    const mayor = org('The mayor', 'mayor')
    const claims = {
      a: [
        makeClaim(a, 0, {
          entities: [[...mayor]],
          negations: [{ text: 'not', kind: 'not', scope: 'open to traffic in May' }],
          terms: ['say', 'new', 'bridge', 'open', 'traffic'],
          predicate: 'open',
        }),
      ],
      b: [
        makeClaim(b, 0, {
          entities: [[...mayor]],
          terms: ['say', 'new', 'bridge', 'open', 'traffic'],
          predicate: 'open',
        }),
      ],
      c: [
        makeClaim(c, 0, {
          entities: [[...mayor]],
          terms: ['say', 'new', 'bridge', 'gift', 'traffic', 'planner'],
        }),
      ],
    }
    const nodes = buildClaimNodes(
      [a, b, c].map((article) => ({ article, claims: claims[article.id as 'a' | 'b' | 'c'] })),
    )
    const [na, nb, nc] = nodes
    expect(classifyGroup([na!, nb!], [[na!, nb!]]).map((d) => d.kind)).toEqual(['negation'])
    // `traffic` alone is what the two are about, not what one denies of the other.
    expect(classifyGroup([na!, nc!], [[na!, nc!]])).toEqual([])
  })

  it('needs the word a negation bears on to be stated, outside any open question', () => {
    const council = org('The council', 'city-council')
    const negated = makeArticle('a', 'A', ['The council did not approve the budget for new buses.'])
    const drafted = makeArticle('b', 'B', [
      'The council drafted the budget for new buses in March.',
    ])
    const approved = makeArticle('c', 'C', [
      'The council voted to approve the budget for new buses.',
    ])
    const asked = makeArticle('d', 'D', [
      'Residents asked whether the council would approve the budget for new buses.',
    ])
    const buses = ['budget', 'new', 'bus']
    const claims = {
      a: [
        makeClaim(negated, 0, {
          entities: [[...council]],
          negations: [{ text: 'did not', kind: 'not', scope: 'approve the budget for new buses' }],
          terms: ['approve', ...buses],
          predicate: 'approve',
        }),
      ],
      b: [
        makeClaim(drafted, 0, {
          entities: [[...council]],
          terms: ['draft', ...buses],
          predicate: 'draft',
        }),
      ],
      c: [
        makeClaim(approved, 0, {
          entities: [[...council]],
          terms: ['vote', 'approve', ...buses],
          predicate: 'approve',
        }),
      ],
      d: [
        makeClaim(asked, 0, {
          entities: [['the council', 'city-council', 'organisation']],
          terms: ['resident', 'ask', 'approve', ...buses],
          predicate: 'approve',
        }),
      ],
    }
    const [na, nb, nc, nd] = buildClaimNodes(
      [negated, drafted, approved, asked].map((article) => ({
        article,
        claims: claims[article.id as 'a' | 'b' | 'c' | 'd'],
      })),
    )
    expect(classifyGroup([na!, nc!], [[na!, nc!]]).map((d) => d.kind)).toEqual(['negation'])
    // `budget` and `buses` are shared, but nothing says the budget was approved.
    expect(classifyGroup([na!, nb!], [[na!, nb!]])).toEqual([])
    // A question asserts none of its words.
    expect(classifyGroup([na!, nd!], [[na!, nd!]])).toEqual([])
  })

  it('reads two remarks of one speaker, and `no` before a noun, as denying nothing', () => {
    const lee = {
      kind: 'quote' as const,
      speaker: { text: 'Mayor Lee', key: 'person:lee' },
      cue: 'said',
    }
    const quoted = makeArticle('a', 'A', [
      '“That is not how you build a library for the young readers of this city,” Mayor Lee said.',
      'The plan won no votes from the opposition.',
    ])
    const other = makeArticle('b', 'B', [
      '“We build a library in every town so our children can find books there,” Mayor Lee said.',
      'The plan passed in a 9-2 vote.',
    ])
    const claims = {
      a: [
        makeClaim(quoted, 0, {
          negations: [
            {
              text: 'not',
              kind: 'not',
              scope: 'how you build a library for the young readers of this city',
            },
          ],
          terms: ['build', 'library', 'young', 'reader', 'city'],
          attribution: lee,
        }),
        makeClaim(quoted, 1, {
          negations: [{ text: 'no', kind: 'not', scope: 'votes from the opposition' }],
          terms: ['plan', 'win', 'vote', 'opposition'],
        }),
      ],
      b: [
        makeClaim(other, 0, {
          terms: ['build', 'library', 'town', 'child', 'find', 'book'],
          predicate: 'build',
          attribution: lee,
        }),
        makeClaim(other, 1, { terms: ['plan', 'pass', 'vote'], predicate: 'pass' }),
      ],
    }
    const [quote, votes, remark, passed] = buildClaimNodes(
      [quoted, other].map((article) => ({ article, claims: claims[article.id as 'a' | 'b'] })),
    )
    expect(classifyGroup([quote!, remark!], [[quote!, remark!]])).toEqual([])
    expect(classifyGroup([votes!, passed!], [[votes!, passed!]])).toEqual([])
    // Credited to someone else, the same words deny what the mayor says.
    remark!.claim.attribution = { ...lee, speaker: { text: 'Ana Ortiz', key: 'person:ortiz' } }
    expect(classifyGroup([quote!, remark!], [[quote!, remark!]]).map((d) => d.kind)).toEqual([
      'negation',
    ])
  })

  it('needs two shared words for one statement from two sources, three for a hedge', () => {
    const a = makeArticle('a', 'A', [
      'The plant will close, Mayor Ana Ruiz said.',
      'The plant reportedly will close after a safety review.',
    ])
    const b = makeArticle('b', 'B', [
      'The plant was built in 1990, Governor Tom Lee said.',
      'The plant will close.',
      'The plant will close after its safety review.',
      'The plant will close in May, Governor Tom Lee said.',
    ])
    const speaker = (text: string, key: string) => ({
      kind: 'reported' as const,
      speaker: { text, key },
      cue: 'said',
    })
    const claims = {
      a: [
        makeClaim(a, 0, {
          terms: ['plant', 'close'],
          attribution: speaker('Mayor Ana Ruiz', 'person:ana-ruiz'),
        }),
        makeClaim(a, 1, {
          terms: ['plant', 'close', 'safety', 'review'],
          hedges: [{ text: 'reportedly', kind: 'report' }],
        }),
      ],
      b: [
        makeClaim(b, 0, {
          terms: ['plant', 'build'],
          attribution: speaker('Governor Tom Lee', 'person:tom-lee'),
        }),
        makeClaim(b, 1, { terms: ['plant', 'close'] }),
        makeClaim(b, 2, { terms: ['plant', 'close', 'safety', 'review'] }),
        makeClaim(b, 3, {
          terms: ['plant', 'close', 'may'],
          attribution: speaker('Governor Tom Lee', 'person:tom-lee'),
        }),
      ],
    }
    const [ruiz, reportedly, built, closes, reviewed, lee] = buildClaimNodes(
      [a, b].map((article) => ({ article, claims: claims[article.id as 'a' | 'b'] })),
    )
    const kinds = (x: typeof ruiz, y: typeof ruiz) =>
      classifyGroup([x!, y!], [[x!, y!]]).map((d) => d.kind)
    // `plant` alone is what both name, not what both say.
    expect(kinds(ruiz, built)).toEqual([])
    expect(kinds(ruiz, lee)).toEqual(['attribution'])
    // `plant will close` is too little of the hedged sentence to be the statement it qualifies.
    expect(kinds(reportedly, closes)).toEqual([])
    expect(kinds(reportedly, reviewed)).toEqual(['hedge'])
  })

  it('reads `yet to`, an opposing verb, a duty, a supposition, a request and one speaker’s other quote as denying nothing', () => {
    const ignored = 'The senator did not respond to the subpoenas from the committee.'
    expect(kindsOf(ignored, 'The senator responded to the subpoenas from the committee.')).toEqual([
      'negation',
    ])
    expect(
      kindsOf(ignored, 'The senator has yet to respond to the subpoenas from the committee.'),
    ).toEqual([])
    expect(
      kindsOf(
        'The governor rejects calls for a higher minimum wage in the state.',
        'The governor has opposed calls for a higher minimum wage in the state.',
      ),
    ).toEqual([])
    expect(
      kindsOf(
        'Insurers should not be required to cover prenatal testing, the senator said.',
        'The senator backed a requirement that insurers cover prenatal testing.',
      ),
    ).toEqual([])
    expect(
      kindsOf(
        'Let’s say the senator did not respond to the subpoenas from the committee.',
        'The senator responded to the subpoenas from the committee.',
      ),
    ).toEqual([])
    expect(
      kindsOf(
        ignored,
        'The committee sent a request to the senator to respond to the subpoenas from the committee.',
      ),
    ).toEqual([])
    expect(
      kindsOf(
        '“That is not putting people back to work,” Mr. Obama said.',
        '“We help ourselves by putting people back to work,” Mr. Obama said.',
      ),
    ).toEqual([])
  })

  it('reads two sources of two different direct quotes, or of two alike, as two statements', () => {
    const ruiz = '“The steel plant will reopen within a month,” Mayor Ana Ruiz said.'
    expect(
      kindsOf(ruiz, '“The steel plant will reopen within a month,” Governor Tom Lee said.'),
    ).toEqual(['attribution'])
    expect(
      kindsOf(ruiz, '“The steel plant must reopen before winter,” Governor Tom Lee said.'),
    ).toEqual([])
    // One quote is cut short by one outlet; two speakers' alike words differ on both sides of
    // what they share.
    expect(
      kindsOf(ruiz, '“I think the steel plant will reopen within a month,” Governor Tom Lee said.'),
    ).toEqual(['attribution'])
    expect(
      kindsOf(ruiz, '“Workers say that plant will reopen within a month,” Governor Tom Lee said.'),
    ).toEqual([])
  })

  it('sees no negation denied when the other outlet repeats it word for word', () => {
    const a = makeArticle('a', 'A', ['The mayor said the bridge will not open to traffic in May.'])
    const b = makeArticle('b', 'B', [
      '“It will not open to traffic in May,” the mayor told reporters.',
    ])
    const terms = ['bridge', 'open', 'traffic']
    const claims = {
      a: [
        makeClaim(a, 0, {
          negations: [{ text: 'not', kind: 'not', scope: 'open to traffic in May' }],
          terms,
          predicate: 'open',
        }),
      ],
      // Its cue, inside a quote, was missed: it reads as asserted.
      b: [makeClaim(b, 0, { terms, predicate: 'open' })],
    }
    const [na, nb] = buildClaimNodes(
      [a, b].map((article) => ({ article, claims: claims[article.id as 'a' | 'b'] })),
    )
    expect(classifyGroup([na!, nb!], [[na!, nb!]])).toEqual([])
  })

  it('sees a different name as a conflicting value only in the same role', () => {
    const a = makeArticle('a', 'A', ['The ministry awarded the drone contract to Aerolift.'])
    const b = makeArticle('b', 'B', ['The ministry awarded the drone contract to Skyward.'])
    const c = makeArticle('c', 'C', [
      'Aerolift lobbied as the ministry awarded the drone contract.',
    ])
    const ministry = org('The ministry', 'ministry-of-defence')
    const terms = ['award', 'drone', 'contract']
    const claims = {
      a: [makeClaim(a, 0, { entities: [[...ministry], [...org('Aerolift', 'aerolift')]], terms })],
      b: [makeClaim(b, 0, { entities: [[...ministry], [...org('Skyward', 'skyward')]], terms })],
      c: [
        makeClaim(c, 0, {
          entities: [
            ['the ministry', 'ministry-of-defence', 'organisation'],
            [...org('Aerolift', 'aerolift')],
          ],
          terms: ['lobby', ...terms],
        }),
      ],
    }
    const [conflict] = compareArticles([a, b], { claims }).facets
    expect(conflict?.kinds).toEqual(['value'])
    expect(conflict?.explanation).toMatch(/A says “Aerolift”.*B says “Skyward”/)
    const [sameName] = compareArticles([a, c], { claims }).facets
    expect(sameName?.status).toBe('agree')
    const [otherRole] = compareArticles([b, c], { claims }).facets
    expect(otherRole?.status).toBe('agree')
  })

  it('sees no conflict in one name written more or less fully, whatever keys it was given', () => {
    const a = makeArticle('a', 'A', ['The bill now goes to the Judiciary Committee for a vote.'])
    const b = makeArticle('b', 'B', [
      'The bill now goes to the Senate Judiciary Committee for a vote.',
    ])
    const c = makeArticle('c', 'C', ['The bill now goes to the Finance Committee for a vote.'])
    const terms = ['bill', 'go', 'committee', 'vote']
    const claims = {
      a: [makeClaim(a, 0, { entities: [[...org('Judiciary Committee', 'judiciary')]], terms })],
      b: [
        makeClaim(b, 0, {
          entities: [[...org('Senate Judiciary Committee', 'senate-judiciary')]],
          terms,
        }),
      ],
      c: [makeClaim(c, 0, { entities: [[...org('Finance Committee', 'finance')]], terms })],
    }
    expect(compareArticles([a, b], { claims }).facets[0]?.status).toBe('agree')
    expect(compareArticles([b, c], { claims }).facets[0]?.kinds).toEqual(['value'])
  })

  it('gives the same words from different speakers as attribution, but not when a pronoun speaks', () => {
    const quote = '"We will appeal the ruling," said'
    const a = makeArticle('a', 'A', [`${quote} Ana Ruiz.`])
    const b = makeArticle('b', 'B', [`${quote} Paul Okafor.`])
    const c = makeArticle('c', 'C', [`${quote} she.`])
    const terms = ['appeal', 'ruling']
    const speaker = (article: typeof a, name: string, key?: string) =>
      makeClaim(article, 0, {
        ...(key && { entities: [[name, key, 'person']] }),
        attribution: { kind: 'quote', speaker: { text: name, ...(key && { key }) }, cue: 'said' },
        terms,
      })
    const claims = {
      a: [speaker(a, 'Ana Ruiz', 'ana-ruiz')],
      b: [speaker(b, 'Paul Okafor', 'paul-okafor')],
      c: [speaker(c, 'she')],
    }
    expect(compareArticles([a, b], { claims }).facets[0]?.kinds).toEqual(['attribution'])
    expect(compareArticles([a, c], { claims }).facets[0]?.status).toBe('agree')
  })

  it('sees one speaker named more or less fully as one source', () => {
    const quote = '"We will appeal the ruling," said'
    const a = makeArticle('a', 'A', [`${quote} Ruiz.`])
    const b = makeArticle('b', 'B', [`${quote} Mayor Ana Ruiz.`])
    const terms = ['appeal', 'ruling']
    const speaker = (article: typeof a, name: string, key: string) =>
      makeClaim(article, 0, {
        entities: [[name, key, 'person']],
        attribution: { kind: 'quote', speaker: { text: name, key }, cue: 'said' },
        terms,
      })
    // Keys the linking left apart (`ruiz` alone, `mayor-ana-ruiz`): the words still say one name.
    const claims = {
      a: [speaker(a, 'Ruiz', 'ruiz')],
      b: [speaker(b, 'Mayor Ana Ruiz', 'mayor-ana-ruiz')],
    }
    expect(compareArticles([a, b], { claims }).facets[0]?.status).toBe('agree')
  })

  it('gives a source one outlet names and another leaves unnamed as attribution', () => {
    const said = 'The port will close for repairs in March,'
    const named = makeArticle('a', 'A', [`${said} the harbour authority said.`])
    const unnamed = makeArticle('b', 'B', [`${said} two officials said.`])
    const alsoUnnamed = makeArticle('c', 'C', [`${said} people briefed on the plan said.`])
    const pronoun = makeArticle('d', 'D', [`${said} it said.`])
    const terms = ['port', 'close', 'repair', 'march']
    const claims = {
      a: [
        makeClaim(named, 0, {
          entities: [[...org('the harbour authority', 'harbour-authority')]],
          attribution: {
            kind: 'reported',
            speaker: { text: 'the harbour authority', key: 'harbour-authority' },
            cue: 'said',
          },
          terms,
        }),
      ],
      b: [
        makeClaim(unnamed, 0, {
          attribution: { kind: 'anonymous', speaker: { text: 'two officials' }, cue: 'said' },
          terms,
        }),
      ],
      c: [makeClaim(alsoUnnamed, 0, { attribution: { kind: 'anonymous', cue: 'said' }, terms })],
      d: [
        makeClaim(pronoun, 0, {
          attribution: { kind: 'reported', speaker: { text: 'it' }, cue: 'said' },
          terms,
        }),
      ],
    }
    const [conflict] = compareArticles([named, unnamed], { claims }).facets
    expect(conflict?.kinds).toEqual(['attribution'])
    expect(conflict?.explanation).toContain(
      'B attributes it to unnamed sources (two officials): “The port will close',
    )
    expect(conflict?.explanation).toContain('A attributes it to the harbour authority:')
    const [bothUnnamed] = compareArticles([unnamed, alsoUnnamed], { claims }).facets
    expect(bothUnnamed?.status).toBe('agree')
    // `it` may be the very authority the other outlet names.
    const [pointedTo] = compareArticles([alsoUnnamed, pronoun], { claims }).facets
    expect(pointedTo?.status).toBe('agree')
  })

  it('reads two weekdays no published date resolves as two values, one weekday twice as one', () => {
    const monday = makeArticle('a', 'A', ['The city council approved the budget on Monday.'])
    const tuesday = makeArticle('b', 'B', ['The city council approved the budget on Tuesday.'])
    const again = makeArticle('c', 'C', ['The city council approved the budget on Monday.'])
    const [diverge] = compareArticles([monday, tuesday]).facets
    expect([diverge?.status, diverge?.kinds]).toEqual(['diverge', ['value']])
    expect(diverge?.explanation).toContain('Tuesday')
    const [agree] = compareArticles([monday, again]).facets
    expect(agree?.status).toBe('agree')
  })
  it('sees no value conflict in a figure the same outlet also gives, only in one it does not', () => {
    const a = makeArticle('a', 'A', [
      'The Labour Party picked up just six seats in the council election.',
      'The Labour Party has lost nearly 60 council seats over the past six years.',
    ])
    const b = makeArticle('b', 'B', [
      'The Labour Party picked up six seats in the council election.',
    ])
    const c = makeArticle('c', 'C', [
      'The Labour Party picked up nine seats in the council election.',
    ])
    const nodes = buildClaimNodes(
      [a, b, c].map((article) => ({ article, claims: extractClaims(article) })),
    )
    const [six, sixty, other, nine] = nodes
    // B's six against A's sixty: A says six too, so its sixty measures something else.
    expect(classifyGroup([six!, sixty!, other!], [[sixty!, other!]])).toEqual([])
    const [conflict] = classifyGroup([six!, sixty!, nine!], [[six!, nine!]])
    expect([conflict?.kind, conflict?.aWords, conflict?.bWords]).toEqual(['value', 'six', 'nine'])
  })

  it('reads two days as conflicting only when they date one event', () => {
    const urged = makeArticle('a', 'A', [
      'Governor Ana Ruiz urged lawmakers on Wednesday to change the school budget bill.',
      'The school budget interview with Governor Ana Ruiz was published Saturday.',
    ])
    const signed = makeArticle('b', 'B', [
      'Governor Ana Ruiz signed the school budget bill on Thursday.',
      'Governor Ana Ruiz gave an interview on the school budget, published Sunday.',
    ])
    const [urging, saturday, signing, sunday] = buildClaimNodes(
      [urged, signed].map((article) => ({ article, claims: extractClaims(article) })),
    )
    expect(classifyGroup([urging!, signing!], [[urging!, signing!]])).toEqual([])
    const [published] = classifyGroup([saturday!, sunday!], [[saturday!, sunday!]])
    expect([published?.kind, published?.aWords, published?.bWords]).toEqual([
      'value',
      'Saturday',
      'Sunday',
    ])
  })

  it('reads a plan and a report that only share the word before their days as two events', () => {
    const sent = makeArticle('a', 'A', [
      'Mayor Ana Ruiz sent an e-mail about the school budget to council members Saturday night.',
    ])
    const call = makeArticle('b', 'B', [
      'Mayor Ana Ruiz is expected to discuss the school budget on a call with council members on Monday.',
    ])
    const [email, plan] = buildClaimNodes(
      [sent, call].map((article) => ({ article, claims: extractClaims(article) })),
    )
    expect(classifyGroup([email!, plan!], [[email!, plan!]])).toEqual([])
  })

  it('reads a day outside the month another outlet gives as another date', () => {
    const day = makeArticle('a', 'A', ['The special primary election will be held on April 30.'])
    const month = makeArticle('b', 'B', ['The special primary election will be held in mid May.'])
    const inside = makeArticle('c', 'C', ['The special primary election will be held in April.'])
    const conflict = compareArticles([day, month]).facets.find((f) => f.status === 'diverge')
    expect(conflict?.kinds).toEqual(['value'])
    expect(conflict?.explanation).toContain('mid May')
    expect(compareArticles([day, inside]).facets.some((f) => f.status === 'diverge')).toBe(false)
    // One outlet's date resolved against its publication day, the other's not: the same month.
    const dated = { ...day, published: '2013-02-01' }
    const sameMonth = makeArticle('d', 'D', ['The special primary election will be held in April.'])
    expect(compareArticles([dated, sameMonth]).facets.some((f) => f.status === 'diverge')).toBe(
      false,
    )
  })

  it('reads two spans of years for one tenure as two values, however the tenure is worded', () => {
    const held = makeArticle('a', 'A', [
      'The council will elect a new chair, the first since Ruth Okafor held the seat from 1984 to 1992.',
    ])
    const served = makeArticle('b', 'B', [
      'The council will elect a new chair, the first since Ruth Okafor, who served from 1985 to 1993.',
    ])
    const same = makeArticle('c', 'C', [
      'The council will elect a new chair, the first since Ruth Okafor, who served from 1984 to 1992.',
    ])
    const conflict = compareArticles([held, served]).facets.find((f) => f.status === 'diverge')
    expect(conflict?.kinds).toEqual(['value'])
    expect(conflict?.explanation).toContain('1985 to 1993')
    expect(compareArticles([held, same]).facets.some((f) => f.status === 'diverge')).toBe(false)
  })

  it('keeps a sentence that names again what the previous one introduced with its question', () => {
    const a = makeArticle('a', 'A', [
      'The ministry granted an export licence for an unnamed country.',
      'According to estimates, the country is Saudi Arabia.',
    ])
    const b = makeArticle('b', 'B', ['The ministry granted an export licence, the court heard.'])
    const claims = {
      a: [
        makeClaim(a, 0, {
          entities: [[...org('The ministry', 'ministry')]],
          terms: ['grant', 'export', 'licence', 'unnamed', 'country'],
        }),
        makeClaim(a, 1, {
          entities: [['Saudi Arabia', 'saudi-arabia', 'place']],
          hedges: [{ text: 'According to estimates', kind: 'estimate' }],
          terms: ['estimate', 'country'],
        }),
      ],
      b: [
        makeClaim(b, 0, {
          entities: [[...org('The ministry', 'ministry')]],
          terms: ['grant', 'export', 'licence', 'court', 'hear'],
        }),
      ],
    }
    const { facets } = compareArticles([a, b], { claims })
    expect(facets).toHaveLength(1)
    expect(facets[0]!.claims.map((c) => `${c.article}#${c.sentence}`)).toEqual([
      'a#0',
      'a#1',
      'b#0',
    ])
    expect(facets[0]!.kinds).toEqual(['hedge'])
    expect(facets[0]!.explanation).toContain('A qualifies it (“According to estimates”)')
  })

  it('calls two sources for two different facts a value conflict, not an attribution one', () => {
    const a = makeArticle('a', 'A', [
      'The hacking group behind the breach is based in Russia, security sources said.',
    ])
    const b = makeArticle('b', 'B', [
      'The hacking group behind the breach is based in Iran, investigators said.',
    ])
    const claim = (article: typeof a, place: string, source: string) =>
      makeClaim(article, 0, {
        entities: [[place, place.toLowerCase(), 'place']],
        attribution: { kind: 'reported', speaker: { text: source }, cue: 'said' },
        terms: ['hack', 'group', 'breach', 'base'],
      })
    const claims = {
      a: [claim(a, 'Russia', 'security sources')],
      b: [claim(b, 'Iran', 'investigators')],
    }
    expect(compareArticles([a, b], { claims }).facets[0]?.kinds).toEqual(['value'])
  })

  it('sees no negation when the asserting outlet negates the same thing itself', () => {
    const a = makeArticle('a', 'A', [
      'The ministry does not comment on export licenses for drones.',
      'The ministry said its export licenses for drones follow a strict review.',
    ])
    const b = makeArticle('b', 'B', [
      'The ministry never publicly discussed export licenses for drones.',
    ])
    const facet = compareArticles([a, b]).facets.find((f) =>
      f.claims.some((c) => c.article === 'b'),
    )
    // B's sentence lines up with the one of A's that also declines to discuss the licenses.
    expect(facet?.claims.map((c) => `${c.article}#${c.sentence}`)).toEqual(['a#0', 'b#0'])
    expect(facet?.status).toBe('agree')
    const discussed = 'The ministry said it discussed export licenses for drones with reporters.'
    const [alone] = compareArticles([makeArticle('c', 'C', [discussed]), b]).facets
    expect(alone?.kinds).toEqual(['negation'])
  })

  it('reads a negated verb that names the asserted one in other words as a negation', () => {
    const expected = makeArticle('a', 'A', [
      'Diplomats expect the Geneva trade summit to take place on Friday despite the tariff dispute.',
    ])
    const cancelled = makeArticle('b', 'B', [
      'The Geneva trade summit will not be held on Friday, the foreign ministry announced.',
    ])
    const blamed = makeArticle('c', 'C', [
      'Hosts of the Geneva trade summit will not be held accountable on Friday for the delays, the foreign ministry announced.',
    ])
    const [negation] = compareArticles([expected, cancelled]).facets
    expect(negation?.kinds).toEqual(['negation'])
    expect(negation?.explanation).toContain('B negates it: “not be held on Friday”')
    // `held accountable` is said of people, not of whether an event happens.
    const withBlame = compareArticles([expected, blamed]).facets
    expect(withBlame.flatMap((f) => f.kinds)).not.toContain('negation')
  })

  it('reads a bound against a figure inside it as a hedge by the bound, and `nearly` as a figure', () => {
    const exact = makeArticle('a', 'A', [
      'Ortiz, who served 21 years on the city council, resigned on Friday.',
    ])
    const bound = makeArticle('b', 'B', [
      'Ortiz, who served more than 20 years on the city council, resigned on Friday.',
    ])
    const nearly = makeArticle('c', 'C', [
      'Ortiz, who served nearly 21 years on the city council, resigned on Friday.',
    ])
    const hedged = compareArticles([exact, bound]).facets.filter((f) => f.status === 'diverge')
    expect(hedged.map((f) => f.kinds)).toEqual([['hedge']])
    expect(hedged[0]?.explanation).toMatch(/^B qualifies it \(“more than 20”\).*A reports it/)
    expect(compareArticles([exact, nearly]).facets.map((f) => f.status)).not.toContain('diverge')
  })

  it('reads a qualifier as hedging only the words it bears on', () => {
    expect(
      kindsOfFacts(
        'The mayor cited the budget, and the union has fought the depot closure for months, releasing several letters laying out its argument that the closure attacks the values its members believe in.',
        'The union has fought the depot closure for months.',
      ),
    ).toEqual([])
    expect(
      kindsOf(
        'Tom Bell was accused of speeding twice in the past, with police searching his van at the depot.',
        'Police searched his van at the depot, going through the boxes and looking under the seats.',
      ),
    ).toEqual([])
    expect(
      kindsOf(
        'Police reportedly searched the van of Tom Bell at the depot on Monday.',
        'Police searched the van of Tom Bell at the depot on Monday.',
      ),
    ).toEqual(['hedge'])
    expect(
      kindsOf(
        'According to estimates by Harbor Watch, the depot handled 400 vans last year.',
        'The depot handled 400 vans last year.',
      ),
    ).toEqual(['hedge'])
    expect(
      kindsOf(
        'The depot handled 400 vans last year, according to estimates by Harbor Watch.',
        'The depot handled 400 vans last year.',
      ),
    ).toEqual(['hedge'])
  })

  it('sees no hedge between an allegation and an accusation brought, only against the act itself', () => {
    const accused = makeArticle('a', 'A', [
      'The mayor had been accused of fraud by his former deputy, Ana Ruiz, in 2019.',
    ])
    const sued = makeArticle('b', 'B', [
      'His former deputy, Ana Ruiz, filed a fraud lawsuit against the mayor in 2019.',
    ])
    const committed = makeArticle('c', 'C', [
      'The mayor committed fraud against his former deputy, Ana Ruiz, in 2019.',
    ])
    const reported = makeArticle('d', 'D', [
      'The mayor was reportedly sued for fraud by his former deputy, Ana Ruiz, in 2019.',
    ])
    const [both] = compareArticles([accused, sued]).facets
    expect(both?.status).toBe('agree')
    const [act] = compareArticles([accused, committed]).facets
    expect(act?.kinds).toEqual(['hedge'])
    // `reportedly` qualifies the lawsuit itself, which the other outlet states.
    const [lawsuit] = compareArticles([reported, sued]).facets
    expect(lawsuit?.kinds).toEqual(['hedge'])
  })

  it('reads words inside allegations, a bare verb, a limiting adverb and a request for comment as nothing denied', () => {
    const denial = 'The ministry never offered Tom Bell the post of harbour master.'
    expect(
      kindsOf(denial, 'The report said the ministry offered Tom Bell the post of harbour master.'),
    ).toEqual(['negation'])
    expect(
      kindsOf(
        denial,
        'Batting down allegations that the ministry dangled the post of harbour master before Tom Bell, the report said Bell was offered a seat on an advisory board.',
      ),
    ).toEqual([])
    // `approve` alone is a topic: nothing it is said of is stated by the other.
    expect(
      kindsOf(
        '“I did not approve them,” the senator said of the security requests.',
        'Congress has approved less money for embassy security than was requested.',
      ),
    ).toEqual([])
    // A limiting adverb grants what follows and denies only how far it goes.
    expect(
      kindsOf(
        'The mayor said the new budget does not precisely match the state rules on school funding.',
        'The new budget matches the state rules on school funding.',
      ),
    ).toEqual([])
    // Two days are two meetings: which time each was is no conflict.
    expect(
      kindsOf(
        'The mayor and the governor sat down together Sunday afternoon at City Hall for the first time in weeks.',
        'Thursday night’s meeting marks the second time in a week the mayor and the governor have met in person.',
      ),
    ).toEqual([])
    // A light verb shared (`go over well` / `going on`) is no statement shared.
    expect(
      kindsOf(
        'The plan did not go over well with farm groups and their backers.',
        'He said the farm movement is a diverse group of people upset with what is going on in the country.',
      ),
    ).toEqual([])
    // `not the only` grants what follows and adds others to it.
    expect(
      kindsOf(
        'Ohio has not been the only state pushing a bill that would limit voting by mail.',
        'The bill limiting voting by mail was pushed by the Ohio Policy Center, a conservative group.',
      ),
    ).toEqual([])
    // Not answering a request for comment leaves no statement unconfirmed.
    expect(
      kindsOf(
        'Mrs. Reyes’s spokesman, Mr. Bell, did not respond to an email seeking comment.',
        'Tom Bell, a Reyes spokesman, said Reyes’s team responded to the request by the committee seeking them.',
      ),
    ).toEqual([])
  })

  it('reads a quoted “no”, allegations named as a topic and a refusal to comment as no divergence', () => {
    const person = [['Reyes', 'person:ana-reyes', 'person']] as [string, string, 'person'][]
    const a = makeArticle('a', 'A', [
      'The lone "no" vote on the bill came from Senator Reyes.',
      'Reyes resigned from the committee on Friday following allegations of misconduct.',
      'A spokesman for the committee said he could not confirm the vote count.',
    ])
    const b = makeArticle('b', 'B', [
      'Senator Reyes cast the lone vote against the bill.',
      'Reyes resigned from the committee on Friday.',
      'Committee spokesmen declined to comment on the vote count.',
    ])
    const claims = {
      a: [
        makeClaim(a, 0, {
          entities: person,
          negations: [{ text: 'no', kind: 'not', scope: 'vote on the bill' }],
          terms: ['lone', 'vote', 'bill', 'senator'],
        }),
        makeClaim(a, 1, {
          entities: person,
          hedges: [{ text: 'allegations', kind: 'allegation' }],
          terms: ['resign', 'committee', 'friday', 'misconduct'],
        }),
        makeClaim(a, 2, {
          negations: [{ text: 'could not', kind: 'not', scope: 'confirm the vote count' }],
          attribution: { kind: 'anonymous', speaker: { text: 'A spokesman' }, cue: 'said' },
          terms: ['spokesman', 'committee', 'confirm', 'vote', 'count'],
        }),
      ],
      b: [
        makeClaim(b, 0, { entities: person, terms: ['lone', 'vote', 'bill', 'senator', 'cast'] }),
        makeClaim(b, 1, { entities: person, terms: ['resign', 'committee', 'friday'] }),
        makeClaim(b, 2, {
          negations: [
            { text: 'declined to comment', kind: 'no-comment', scope: 'on the vote count' },
          ],
          terms: ['spokesman', 'committee', 'comment', 'vote', 'count'],
        }),
      ],
    }
    const facets = compareArticles([a, b], { claims }).facets
    const crossOutlet = facets.filter((f) => f.status !== 'single')
    expect(crossOutlet).toHaveLength(3)
    for (const facet of crossOutlet) expect(facet.status, facet.label).toBe('agree')
  })
})

describe('attribution when one outlet has both sources speak', () => {
  it('is no source in dispute when the claim itself has the other source say it', () => {
    const story = compareArticles([
      makeArticle('a', 'A', [
        'Mayor Jo Roe said the audit was unfair because Tom Hale lied to the council, something Hale has denied.',
      ]),
      makeArticle('b', 'B', ['Hale denied to the Ledger that he ever lied to the council.']),
    ])
    const shared = story.facets.filter((f) => f.claims.length > 1)
    expect(shared.map((f) => [f.status, f.kinds])).toEqual([['agree', []]])
  })
})
